"""Use cases: plain Python over short-lived sessions, returning plain objects. No Qt."""
