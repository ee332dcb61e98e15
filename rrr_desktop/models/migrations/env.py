"""Alembic environment: migrations run inside the app's own transaction.

The app passes an open connection in ``config.attributes["connection"]``; the
whole upgrade then commits or rolls back as one SQLite transaction. Developers
generating a revision use ``alembic.ini`` at the repository root instead.
"""

from alembic import context
from sqlalchemy import Connection

from rrr_desktop.models.engine import create_sqlite_engine
from rrr_desktop.models.entities import Base

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


shared_connection = config.attributes.get("connection")
if shared_connection is not None:
    _run(shared_connection)
else:
    url = config.get_main_option("sqlalchemy.url") or "sqlite:///dev.sqlite3"
    engine = create_sqlite_engine(url.removeprefix("sqlite:///"))  # type: ignore[arg-type]
    with engine.begin() as developer_connection:
        _run(developer_connection)
    engine.dispose()
