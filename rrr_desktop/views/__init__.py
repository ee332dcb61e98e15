"""Qt widgets, dialogs and item models. Talks to the services, never to SQLAlchemy."""
