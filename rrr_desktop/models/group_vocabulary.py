"""A working group's controlled values, importable without SQLAlchemy.

The group page, the command line and the bundle schema need these names without
paying for the ORM import; the entities in ``groups`` and ``workspace`` store them.
"""

from __future__ import annotations

import enum


class GroupStage(enum.StrEnum):
    """Where a working group stands, from its first meeting to its end."""

    FORMING = "forming"
    CO_CREATION = "co_creation"
    CO_IMPLEMENTATION = "co_implementation"
    COLLABORATIVE_MANAGEMENT = "collaborative_management"
    CLOSED = "closed"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


FINISHED_ACTIONS = frozenset({ActionStatus.DONE, ActionStatus.DROPPED})
