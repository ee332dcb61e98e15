"""``rrr-desktop db``: the database itself (copying it in or out of a team database)."""
