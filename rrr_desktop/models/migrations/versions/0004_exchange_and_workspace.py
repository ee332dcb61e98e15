"""Exchange bundles (trusted senders, imports and their changes, exports, shared
records, peers" shared stakeholders), revision counters, and the officer"s own
workspace (peer notes and preferences, saved working groups, preferences, briefs).

Revision ID: 0004
Revises: 0003

Columns are only added to existing tables (SQLite"s in-place ADD COLUMN, with the
foreign key inline): rebuilding ``city`` with foreign keys on would cascade.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bundle_export",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bundle_export")),
    )
    op.create_table(
        "bundle_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("sender_uuid", sa.Uuid(), nullable=False),
        sa.Column("sender_name", sa.String(length=200), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("bundle_created_at", sa.DateTime(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bundle_import")),
    )
    with op.batch_alter_table("bundle_import", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bundle_import_file_sha256"), ["file_sha256"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_bundle_import_sender_uuid"), ["sender_uuid"], unique=False
        )

    op.create_table(
        "preference",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_preference")),
    )
    op.create_table(
        "trusted_sender",
        sa.Column("city_uuid", sa.Uuid(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("pinned_at", sa.DateTime(), nullable=False),
        sa.Column("previous_fingerprint", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("city_uuid", name=op.f("pk_trusted_sender")),
    )
    op.create_table(
        "bundle_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("record_uuid", sa.Uuid(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("previous", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["bundle_import.id"],
            name=op.f("fk_bundle_change_import_id_bundle_import"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bundle_change")),
    )
    with op.batch_alter_table("bundle_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bundle_change_import_id"), ["import_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_bundle_change_record_uuid"), ["record_uuid"], unique=False
        )

    op.create_table(
        "shared_record",
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("record_uuid", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("last_export_id", sa.Integer(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["last_export_id"],
            ["bundle_export.id"],
            name=op.f("fk_shared_record_last_export_id_bundle_export"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("entity", "record_uuid", name=op.f("pk_shared_record")),
    )
    with op.batch_alter_table("shared_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_shared_record_last_export_id"), ["last_export_id"], unique=False
        )

    op.create_table(
        "brief_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("peer_city_id", sa.Integer(), nullable=True),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["peer_city_id"],
            ["city.id"],
            name=op.f("fk_brief_record_peer_city_id_city"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_brief_record")),
    )
    with op.batch_alter_table("brief_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_brief_record_peer_city_id"), ["peer_city_id"], unique=False
        )

    op.create_table(
        "peer_note",
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["city_id"], ["city.id"], name=op.f("fk_peer_note_city_id_city"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("city_id", name=op.f("pk_peer_note")),
    )
    op.create_table(
        "peer_preference",
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_peer_preference_city_id_city"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("city_id", name=op.f("pk_peer_preference")),
    )
    op.create_table(
        "peer_stakeholder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("is_person", sa.Boolean(), nullable=False),
        sa.Column("sectors", sa.JSON(), nullable=False),
        sa.Column("district", sa.String(length=200), nullable=False),
        sa.Column("locality", sa.String(length=200), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("topic_ids", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("stage", sa.String(length=32), nullable=False),
        sa.Column("contact_person", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=64), nullable=False),
        sa.Column("source_bundle_id", sa.Integer(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_peer_stakeholder_city_id_city"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_bundle_id"],
            ["bundle_import.id"],
            name=op.f("fk_peer_stakeholder_source_bundle_id_bundle_import"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_peer_stakeholder")),
        sa.UniqueConstraint("city_id", "uuid", name=op.f("uq_peer_stakeholder_city_id")),
    )
    with op.batch_alter_table("peer_stakeholder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_peer_stakeholder_city_id"), ["city_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_peer_stakeholder_source_bundle_id"), ["source_bundle_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_peer_stakeholder_uuid"), ["uuid"], unique=False)

    op.create_table(
        "working_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("topic_ids", sa.JSON(), nullable=False),
        sa.Column("lead_city_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_city_id"],
            ["city.id"],
            name=op.f("fk_working_group_lead_city_id_city"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_working_group")),
        sa.UniqueConstraint("uuid", name=op.f("uq_working_group_uuid")),
    )
    with op.batch_alter_table("working_group", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_working_group_lead_city_id"), ["lead_city_id"], unique=False
        )

    op.create_table(
        "working_group_member",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_working_group_member_city_id_city"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["working_group.id"],
            name=op.f("fk_working_group_member_group_id_working_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "city_id", name=op.f("pk_working_group_member")),
    )
    with op.batch_alter_table("working_group_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_working_group_member_city_id"), ["city_id"], unique=False
        )

    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "source_bundle_id",
                sa.Integer(),
                sa.ForeignKey(
                    "bundle_import.id",
                    ondelete="SET NULL",
                    name=op.f("fk_city_source_bundle_id_bundle_import"),
                ),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("revision", sa.Integer(), server_default="1", nullable=False))
        batch_op.create_index(
            batch_op.f("ix_city_source_bundle_id"), ["source_bundle_id"], unique=False
        )

    with op.batch_alter_table("practice", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "source_bundle_id",
                sa.Integer(),
                sa.ForeignKey(
                    "bundle_import.id",
                    ondelete="SET NULL",
                    name=op.f("fk_practice_source_bundle_id_bundle_import"),
                ),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("revision", sa.Integer(), server_default="1", nullable=False))
        batch_op.create_index(
            batch_op.f("ix_practice_source_bundle_id"), ["source_bundle_id"], unique=False
        )

    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.add_column(sa.Column("revision", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.drop_column("revision")

    with op.batch_alter_table("practice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_source_bundle_id"))
        batch_op.drop_column("revision")
        batch_op.drop_column("source_bundle_id")

    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_city_source_bundle_id"))
        batch_op.drop_column("revision")
        batch_op.drop_column("source_bundle_id")

    with op.batch_alter_table("working_group_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_working_group_member_city_id"))

    op.drop_table("working_group_member")
    with op.batch_alter_table("working_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_working_group_lead_city_id"))

    op.drop_table("working_group")
    with op.batch_alter_table("peer_stakeholder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_peer_stakeholder_uuid"))
        batch_op.drop_index(batch_op.f("ix_peer_stakeholder_source_bundle_id"))
        batch_op.drop_index(batch_op.f("ix_peer_stakeholder_city_id"))

    op.drop_table("peer_stakeholder")
    op.drop_table("peer_preference")
    op.drop_table("peer_note")
    with op.batch_alter_table("brief_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_brief_record_peer_city_id"))

    op.drop_table("brief_record")
    with op.batch_alter_table("shared_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shared_record_last_export_id"))

    op.drop_table("shared_record")
    with op.batch_alter_table("bundle_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bundle_change_record_uuid"))
        batch_op.drop_index(batch_op.f("ix_bundle_change_import_id"))

    op.drop_table("bundle_change")
    op.drop_table("trusted_sender")
    op.drop_table("preference")
    with op.batch_alter_table("bundle_import", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bundle_import_sender_uuid"))
        batch_op.drop_index(batch_op.f("ix_bundle_import_file_sha256"))

    op.drop_table("bundle_import")
    op.drop_table("bundle_export")
