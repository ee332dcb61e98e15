"""Command line: working groups shared between cities."""
