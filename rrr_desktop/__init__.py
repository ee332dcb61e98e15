"""RRR Desktop: a desktop companion for city officers in the RRR peer-city network."""

__version__ = "0.1.0"

APP_NAME = "RRR Desktop"
APP_ID = "rrr-desktop"
ORGANISATION = "RRR peer cities"
LICENCE = "MIT"
