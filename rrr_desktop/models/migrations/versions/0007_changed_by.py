"""Who made the last change to each record officers edit: ``changed_by`` on every table
whose records carry a ``revision`` (stakeholders, cities and practices, working groups
with their meetings, actions and notes).

Revision ID: 0007
Revises: 0006

Columns are only added (in place), empty: who changed a record before names were kept
is not known, and the window then says only when.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("city", "practice", "stakeholder", "working_group", "working_group_action",
          "working_group_meeting", "working_group_note")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("changed_by", sa.String(length=200), nullable=True))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("changed_by")
