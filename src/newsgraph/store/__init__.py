"""The store: SQLite by default, PostgreSQL for shared deployments, one schema and one API for both."""

from .store import Store, open_store

__all__ = ["Store", "open_store"]
