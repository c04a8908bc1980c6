"""Persistent state: keys and exchange records, in SQLite by default or PostgreSQL."""
