"""The main window's pages. Each fills itself from the services in the background."""
