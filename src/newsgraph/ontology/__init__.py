"""Ontologies: countries and actors (this module), PLOVER event types (to come)."""
