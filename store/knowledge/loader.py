"""The one reader of the curated TOML files shipped in ``store/data``."""

from __future__ import annotations

import tomllib
from importlib import resources


def load_data(name: str) -> dict:
    """Parse ``store/data/<name>``. Callers cache what they build from it, so each file is read
    once per process."""
    with resources.files("store.data").joinpath(name).open("rb") as fh:
        return tomllib.load(fh)
