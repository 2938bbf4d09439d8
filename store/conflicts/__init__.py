"""Conflict groups: figures about the same quantity, compared, with a verdict."""
