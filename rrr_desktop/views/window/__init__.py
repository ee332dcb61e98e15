"""The main window's parts: menus, file opening, preferences, single instance."""
