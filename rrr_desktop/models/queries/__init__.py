"""Named queries: the raw SQL the services call by name, one module per table family."""
