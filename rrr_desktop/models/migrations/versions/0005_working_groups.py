"""Working groups shared between cities: the group gains a purpose, a stage, a
revision and its source bundle; meetings, actions, members' notes and the officer's
last look at each group get tables of their own.

Revision ID: 0005
Revises: 0004

Saved groups stay as they are and become groups in the forming stage, at revision 1,
made here. Portable operations only (no SQLite-only SQL): the new columns are added
with their foreign key inline, as 0004 did, so SQLite need not rebuild the table.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "working_group_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("owner_city_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "done",
                "dropped",
                name="actionstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("source_bundle_id", sa.Integer(), nullable=True),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["working_group.id"],
            name=op.f("fk_working_group_action_group_id_working_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_city_id"],
            ["city.id"],
            name=op.f("fk_working_group_action_owner_city_id_city"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_bundle_id"],
            ["bundle_import.id"],
            name=op.f("fk_working_group_action_source_bundle_id_bundle_import"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_working_group_action")),
        sa.UniqueConstraint("uuid", name=op.f("uq_working_group_action_uuid")),
    )
    with op.batch_alter_table("working_group_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_working_group_action_group_id"), ["group_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_working_group_action_owner_city_id"), ["owner_city_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_working_group_action_source_bundle_id"),
            ["source_bundle_id"],
            unique=False,
        )

    op.create_table(
        "working_group_look",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("looked_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["working_group.id"],
            name=op.f("fk_working_group_look_group_id_working_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", name=op.f("pk_working_group_look")),
    )
    op.create_table(
        "working_group_meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("link", sa.String(length=500), nullable=False),
        sa.Column("agenda", sa.JSON(), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("decisions", sa.JSON(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("source_bundle_id", sa.Integer(), nullable=True),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["working_group.id"],
            name=op.f("fk_working_group_meeting_group_id_working_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_bundle_id"],
            ["bundle_import.id"],
            name=op.f("fk_working_group_meeting_source_bundle_id_bundle_import"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_working_group_meeting")),
        sa.UniqueConstraint("uuid", name=op.f("uq_working_group_meeting_uuid")),
    )
    with op.batch_alter_table("working_group_meeting", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_working_group_meeting_group_id"), ["group_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_working_group_meeting_source_bundle_id"),
            ["source_bundle_id"],
            unique=False,
        )

    op.create_table(
        "working_group_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source_bundle_id", sa.Integer(), nullable=True),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_working_group_note_city_id_city"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["working_group.id"],
            name=op.f("fk_working_group_note_group_id_working_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_bundle_id"],
            ["bundle_import.id"],
            name=op.f("fk_working_group_note_source_bundle_id_bundle_import"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_working_group_note")),
        sa.UniqueConstraint("group_id", "city_id", name=op.f("uq_working_group_note_group_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_working_group_note_uuid")),
    )
    with op.batch_alter_table("working_group_note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_working_group_note_city_id"), ["city_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_working_group_note_group_id"), ["group_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_working_group_note_source_bundle_id"), ["source_bundle_id"], unique=False
        )

    with op.batch_alter_table("working_group", schema=None) as batch_op:
        batch_op.add_column(sa.Column("purpose", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column(
                "stage",
                sa.Enum(
                    "forming",
                    "co_creation",
                    "co_implementation",
                    "collaborative_management",
                    "closed",
                    name="groupstage",
                    native_enum=False,
                    length=32,
                ),
                server_default="forming",
                nullable=False,
            )
        )
        batch_op.add_column(
            sa.Column(
                "source_bundle_id",
                sa.Integer(),
                sa.ForeignKey(
                    "bundle_import.id",
                    ondelete="SET NULL",
                    name=op.f("fk_working_group_source_bundle_id_bundle_import"),
                ),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("withdrawn_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("revision", sa.Integer(), server_default="1", nullable=False))
        batch_op.create_index(
            batch_op.f("ix_working_group_source_bundle_id"), ["source_bundle_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("working_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_working_group_source_bundle_id"))
        batch_op.drop_column("revision")
        batch_op.drop_column("withdrawn_at")
        batch_op.drop_column("source_bundle_id")
        batch_op.drop_column("stage")
        batch_op.drop_column("purpose")

    with op.batch_alter_table("working_group_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_working_group_note_source_bundle_id"))
        batch_op.drop_index(batch_op.f("ix_working_group_note_group_id"))
        batch_op.drop_index(batch_op.f("ix_working_group_note_city_id"))

    op.drop_table("working_group_note")
    with op.batch_alter_table("working_group_meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_working_group_meeting_source_bundle_id"))
        batch_op.drop_index(batch_op.f("ix_working_group_meeting_group_id"))

    op.drop_table("working_group_meeting")
    op.drop_table("working_group_look")
    with op.batch_alter_table("working_group_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_working_group_action_source_bundle_id"))
        batch_op.drop_index(batch_op.f("ix_working_group_action_owner_city_id"))
        batch_op.drop_index(batch_op.f("ix_working_group_action_group_id"))

    op.drop_table("working_group_action")
