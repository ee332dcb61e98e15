"""The one error a bundle from a stranger can raise."""

from __future__ import annotations

from rrr_desktop.errors import RejectedInput

ASK_AGAIN = "Ask the sender to export it again."


class BundleRejected(RejectedInput):
    """A bundle (or a member of it) that was refused; ``str()`` says why and what to do.

    Nothing has been changed on disk or in the database when this is raised.
    """


class UnsafeDocument(RejectedInput):
    """A YAML or JSON document refused by the safe loaders (``safe_yaml``, ``safe_json``).

    The message names the problem and, for YAML, the line; callers that know which
    file or member it came from wrap it (the bundle reader turns it into
    :class:`BundleRejected` naming the member).
    """
