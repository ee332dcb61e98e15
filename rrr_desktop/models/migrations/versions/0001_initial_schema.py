"""Initial schema: cities, topics, practices and seed bookkeeping.

Revision ID: 0001
Revises: (none)
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_meta")),
    )
    op.create_table(
        "city",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("region", sa.String(length=200), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("profile_source", sa.String(length=500), nullable=False),
        sa.Column("profile_updated_at", sa.DateTime(), nullable=True),
        sa.Column("is_ours", sa.Boolean(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_city")),
        sa.UniqueConstraint("uuid", name=op.f("uq_city_uuid")),
    )
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_city_name"), ["name"], unique=False)
        batch_op.create_index(
            "uq_city_is_ours", ["is_ours"], unique=True, sqlite_where=sa.text("is_ours = 1"),
            postgresql_where=sa.text("is_ours"),  # a team database: the same partial index
        )

    op.create_table(
        "seeded_record",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("seeded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "key", name=op.f("pk_seeded_record")),
    )
    op.create_table(
        "topic",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topic")),
    )
    op.create_table(
        "city_topic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.String(length=64), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "offers",
                "wants_to_learn",
                "shared_challenge",
                name="topicrole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["city_id"], ["city.id"], name=op.f("fk_city_topic_city_id_city"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topic.id"],
            name=op.f("fk_city_topic_topic_id_topic"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_city_topic")),
        sa.UniqueConstraint("city_id", "topic_id", "role", name=op.f("uq_city_topic_city_id")),
    )
    with op.batch_alter_table("city_topic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_city_topic_city_id"), ["city_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_city_topic_topic_id"), ["topic_id"], unique=False)

    op.create_table(
        "practice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "award",
                "platform",
                "hub",
                "financial_mechanism",
                "impact_bond",
                "communication_strategy",
                "digital_programme",
                "partnership",
                "network",
                "other",
                name="practicekind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "idea",
                "pilot",
                "running",
                "evaluated",
                name="practicestage",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("year_started", sa.Integer(), nullable=True),
        sa.Column("link", sa.String(length=500), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["city_id"], ["city.id"], name=op.f("fk_practice_city_id_city"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice")),
        sa.UniqueConstraint("uuid", name=op.f("uq_practice_uuid")),
    )
    with op.batch_alter_table("practice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_practice_city_id"), ["city_id"], unique=False)

    op.create_table(
        "topic_relation",
        sa.Column("topic_id", sa.String(length=64), nullable=False),
        sa.Column("other_id", sa.String(length=64), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("related", "leads_to", name="relationkind", native_enum=False, length=20),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["other_id"],
            ["topic.id"],
            name=op.f("fk_topic_relation_other_id_topic"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topic.id"],
            name=op.f("fk_topic_relation_topic_id_topic"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("topic_id", "other_id", "kind", name=op.f("pk_topic_relation")),
    )
    op.create_table(
        "topic_synonym",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.String(length=64), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topic.id"],
            name=op.f("fk_topic_synonym_topic_id_topic"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topic_synonym")),
        sa.UniqueConstraint("topic_id", "text", name=op.f("uq_topic_synonym_topic_id")),
    )
    with op.batch_alter_table("topic_synonym", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_topic_synonym_topic_id"), ["topic_id"], unique=False)

    op.create_table(
        "practice_topic",
        sa.Column("practice_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["practice_id"],
            ["practice.id"],
            name=op.f("fk_practice_topic_practice_id_practice"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topic.id"],
            name=op.f("fk_practice_topic_topic_id_topic"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("practice_id", "topic_id", name=op.f("pk_practice_topic")),
    )


def downgrade() -> None:
    op.drop_table("practice_topic")
    with op.batch_alter_table("topic_synonym", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_topic_synonym_topic_id"))

    op.drop_table("topic_synonym")
    op.drop_table("topic_relation")
    with op.batch_alter_table("practice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_city_id"))

    op.drop_table("practice")
    with op.batch_alter_table("city_topic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_city_topic_topic_id"))
        batch_op.drop_index(batch_op.f("ix_city_topic_city_id"))

    op.drop_table("city_topic")
    op.drop_table("topic")
    op.drop_table("seeded_record")
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.drop_index("uq_city_is_ours", sqlite_where=sa.text("is_ours = 1"))
        batch_op.drop_index(batch_op.f("ix_city_name"))

    op.drop_table("city")
    op.drop_table("app_meta")
