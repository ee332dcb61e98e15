"""Stakeholders, their interactions and topics, and list imports (for undo).

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    op.create_table(
        "stakeholder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "social_enterprise",
                "cooperative",
                "mutual",
                "association",
                "foundation",
                "network",
                "public_body",
                "financier",
                "academia",
                "community_group",
                "business",
                "other",
                name="stakeholderkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("is_person", sa.Boolean(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("sectors", sa.JSON(), nullable=False),
        sa.Column("district", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("locality", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=32), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "not_engaged",
                "informed",
                "consulted",
                "co_creating",
                "co_implementing",
                "co_managing",
                name="collaborationstage",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("influence", sa.Integer(), nullable=True),
        sa.Column("interest", sa.Integer(), nullable=True),
        sa.Column("trust", sa.Integer(), nullable=True),
        sa.Column("next_contact_on", sa.Date(), nullable=True),
        sa.Column("review_due_on", sa.Date(), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("shareable", sa.Boolean(), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.Column("contact_person", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=64), nullable=False),
        sa.Column("consent_given", sa.Boolean(), nullable=False),
        sa.Column("consent_on", sa.Date(), nullable=True),
        sa.Column("consent_source", sa.String(length=300), nullable=False),
        sa.Column("consent_note", sa.Text(), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        # Folded text compares byte by byte on a team database too (SQLite's way).
        sa.Column("search_text", sa.Text().with_variant(sa.Text(collation="C"), "postgresql"),
                  nullable=False),
        sa.Column("sort_name", sa.String(length=300).with_variant(
            sa.String(length=300, collation="C"), "postgresql"), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "influence IS NULL OR influence BETWEEN 1 AND 5",
            name=op.f("ck_stakeholder_influence_1_to_5"),
        ),
        sa.CheckConstraint(
            "interest IS NULL OR interest BETWEEN 1 AND 5",
            name=op.f("ck_stakeholder_interest_1_to_5"),
        ),
        sa.CheckConstraint(
            "trust IS NULL OR trust BETWEEN 1 AND 5", name=op.f("ck_stakeholder_trust_1_to_5")
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batch.id"],
            name=op.f("fk_stakeholder_import_batch_id_import_batch"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["stakeholder.id"],
            name=op.f("fk_stakeholder_organisation_id_stakeholder"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder")),
        sa.UniqueConstraint("uuid", name=op.f("uq_stakeholder_uuid")),
    )
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stakeholder_archived"), ["archived"], unique=False)
        batch_op.create_index(batch_op.f("ix_stakeholder_district"), ["district"], unique=False)
        batch_op.create_index(batch_op.f("ix_stakeholder_email"), ["email"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_stakeholder_external_id"), ["external_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_stakeholder_import_batch_id"), ["import_batch_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_stakeholder_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_stakeholder_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_stakeholder_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_stakeholder_owner"), ["owner"], unique=False)
        batch_op.create_index(batch_op.f("ix_stakeholder_stage"), ["stage"], unique=False)
        batch_op.create_index(batch_op.f("ix_stakeholder_website"), ["website"], unique=False)

    op.create_table(
        "import_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.Column("previous", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batch.id"],
            name=op.f("fk_import_change_batch_id_import_batch"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_import_change_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_change")),
    )
    with op.batch_alter_table("import_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_change_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_import_change_stakeholder_id"), ["stakeholder_id"], unique=False
        )

    op.create_table(
        "interaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "meeting",
                "call",
                "email",
                "event",
                "site_visit",
                "decision",
                name="interactionkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("follow_up_done", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_interaction_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction")),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interaction_follow_up_on"), ["follow_up_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_interaction_occurred_on"), ["occurred_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_interaction_stakeholder_id"), ["stakeholder_id"], unique=False
        )

    op.create_table(
        "stakeholder_topic",
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_stakeholder_topic_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topic.id"],
            name=op.f("fk_stakeholder_topic_topic_id_topic"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("stakeholder_id", "topic_id", name=op.f("pk_stakeholder_topic")),
    )
    with op.batch_alter_table("stakeholder_topic", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stakeholder_topic_topic_id"), ["topic_id"], unique=False
        )
    op.create_index(
        "ix_stakeholder_register",
        "stakeholder",
        ["archived", "sort_name", "search_text"],
    )


def downgrade() -> None:
    with op.batch_alter_table("stakeholder_topic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stakeholder_topic_topic_id"))

    op.drop_table("stakeholder_topic")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_stakeholder_id"))
        batch_op.drop_index(batch_op.f("ix_interaction_occurred_on"))
        batch_op.drop_index(batch_op.f("ix_interaction_follow_up_on"))

    op.drop_table("interaction")
    with op.batch_alter_table("import_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_change_stakeholder_id"))
        batch_op.drop_index(batch_op.f("ix_import_change_batch_id"))

    op.drop_table("import_change")
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stakeholder_website"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_stage"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_owner"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_name"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_kind"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_import_batch_id"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_external_id"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_email"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_district"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_archived"))

    op.drop_table("stakeholder")
    op.drop_table("import_batch")
