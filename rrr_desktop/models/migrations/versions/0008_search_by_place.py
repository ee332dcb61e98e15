"""The register's search finds a stakeholder by where it is: ``stakeholder.search_text``
now also holds the address, postcode, locality and district, folded.

Revision ID: 0008
Revises: 0007

No column changes: every stakeholder's search text is folded again, with the one
function the app's writers use (``codecs.folded_search_text``), in chunks so that a
register of 100,000 rows does not sit in memory at once. Revisions and change times are
left alone: the record did not change, only what finds it. Downgrading keeps the wider
text; the older version's search still works on it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from rrr_desktop.models.queries.codecs import SEARCHED_COLUMNS, folded_search_text

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHUNK = 2000


def upgrade() -> None:
    stakeholder = sa.table(
        "stakeholder", sa.column("id", sa.Integer()), sa.column("search_text", sa.Text()),
        *(sa.column(name, sa.JSON() if name == "tags" else sa.Text())
          for name in SEARCHED_COLUMNS))
    bind = op.get_bind()
    last_id = 0
    while True:
        rows = bind.execute(
            sa.select(stakeholder.c.id, *(stakeholder.c[name] for name in SEARCHED_COLUMNS))
            .where(stakeholder.c.id > last_id).order_by(stakeholder.c.id).limit(CHUNK)).all()
        if not rows:
            return
        bind.execute(
            sa.update(stakeholder).where(stakeholder.c.id == sa.bindparam("row_id"))
            .values(search_text=sa.bindparam("folded")),
            [{"row_id": row[0],
              "folded": folded_search_text(dict(zip(SEARCHED_COLUMNS, row[1:], strict=True)))}
             for row in rows])
        last_id = rows[-1][0]


def downgrade() -> None:
    """Nothing to undo: the schema is that of 0007."""
