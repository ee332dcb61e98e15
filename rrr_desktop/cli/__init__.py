"""The command line: the same program as the GUI, for IT staff, scripts and tests.

Exit codes are in :mod:`rrr_desktop.errors`.
"""
