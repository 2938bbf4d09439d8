"""Actors: mentions resolved across the corpus into people, organisations and places, and the
links between them."""
