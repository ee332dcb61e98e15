"""A profile's texts in several languages: the language they are written in, and their
translations (``city.text_language``, ``city.translations``, ``practice.translations``).

Revision ID: 0006
Revises: 0005

Columns are only added (in place). Our own city's texts were typed before profiles had
a language: they are taken to be in its first language among the seven the app speaks
(else English); the peers' texts came from the English seed or older bundles: English.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXT_LANGUAGES = ("en", "es", "fr", "pt", "it", "nl", "pl")


def upgrade() -> None:
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.add_column(sa.Column("text_language", sa.String(length=2), server_default="en",
                                      nullable=False))
        batch_op.add_column(sa.Column("translations", sa.JSON(), server_default="{}",
                                      nullable=False))
    with op.batch_alter_table("practice", schema=None) as batch_op:
        batch_op.add_column(sa.Column("translations", sa.JSON(), server_default="{}",
                                      nullable=False))
    city = sa.table("city", sa.column("id", sa.Integer()), sa.column("is_ours", sa.Boolean()),
                    sa.column("languages", sa.JSON()),
                    sa.column("text_language", sa.String(2)))
    bind = op.get_bind()
    for city_id, languages in bind.execute(
            sa.select(city.c.id, city.c.languages).where(city.c.is_ours.is_(True))).all():
        language = next((code for code in languages or () if code in TEXT_LANGUAGES), "en")
        bind.execute(sa.update(city).where(city.c.id == city_id)
                     .values(text_language=language))


def downgrade() -> None:
    with op.batch_alter_table("practice", schema=None) as batch_op:
        batch_op.drop_column("translations")
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.drop_column("translations")
        batch_op.drop_column("text_language")
