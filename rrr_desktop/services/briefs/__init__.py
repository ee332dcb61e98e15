"""Printable PDF briefing notes: a city brief and a peer meeting brief.

The callers gather the data into the plain dataclasses of :mod:`.inputs`, choose
:class:`.options.BriefOptions` and call :func:`.render.render_city_brief` or
:func:`.render.render_peer_brief`. Nothing here touches the database or Qt.
"""
