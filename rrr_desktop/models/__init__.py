"""ORM entities, the database engine and schema migrations. No Qt here."""
