"""Our city's profile: contact office, topics in the city's own words, self-assessment.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TOPIC_ROLES = ("offers", "wants_to_learn", "shared_challenge")


def upgrade() -> None:
    op.create_table(
        "city_free_topic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.Enum(*TOPIC_ROLES, name="topicrole", native_enum=False, length=32),
                  nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["city_id"], ["city.id"],
                                name=op.f("fk_city_free_topic_city_id_city"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_city_free_topic")),
        sa.UniqueConstraint("city_id", "role", "text", name=op.f("uq_city_free_topic_city_id")),
    )
    with op.batch_alter_table("city_free_topic") as batch_op:
        batch_op.create_index(batch_op.f("ix_city_free_topic_city_id"), ["city_id"], unique=False)

    op.create_table(
        "topic_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.String(length=64), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.CheckConstraint("score IS NULL OR score BETWEEN 0 AND 10",
                           name=op.f("ck_topic_assessment_score_0_to_10")),
        sa.ForeignKeyConstraint(["city_id"], ["city.id"],
                                name=op.f("fk_topic_assessment_city_id_city"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["topic_id"], ["topic.id"],
                                name=op.f("fk_topic_assessment_topic_id_topic"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topic_assessment")),
        sa.UniqueConstraint("city_id", "topic_id", name=op.f("uq_topic_assessment_city_id")),
    )
    with op.batch_alter_table("topic_assessment") as batch_op:
        batch_op.create_index(batch_op.f("ix_topic_assessment_city_id"), ["city_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_topic_assessment_topic_id"), ["topic_id"],
                              unique=False)

    # Existing cities get an empty contact office (SQLite adds the column in place).
    with op.batch_alter_table("city") as batch_op:
        batch_op.add_column(sa.Column("contact_office", sa.Text(), nullable=False,
                                      server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("city") as batch_op:
        batch_op.drop_column("contact_office")
    with op.batch_alter_table("topic_assessment") as batch_op:
        batch_op.drop_index(batch_op.f("ix_topic_assessment_topic_id"))
        batch_op.drop_index(batch_op.f("ix_topic_assessment_city_id"))
    op.drop_table("topic_assessment")
    with op.batch_alter_table("city_free_topic") as batch_op:
        batch_op.drop_index(batch_op.f("ix_city_free_topic_city_id"))
    op.drop_table("city_free_topic")
