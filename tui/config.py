"""The user's settings: ``config.toml`` in the user config directory
(``~/.config/claimscope/config.toml`` on Linux), or the file ``--config`` or
``$CLAIMSCOPE_CONFIG`` names.

    theme = "textual-light"            # any theme of the palette's "Change theme"
    store = "~/desk/claims.json"       # the default store (--db and $CLAIMSCOPE_DB come first)

    [keys]                             # binding id = keys (comma-separated), as `?` lists them
    "reader.next_figure" = "n,j"
    "reader.conflicts" = "v,f5"

A setting that cannot be used is reported in one line naming the file and the key, and the
default is used instead: a bad config never stops the reader. Plain data, no widgets: the command
line reads it before it decides whether Textual is needed at all.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from store.sanitize import one_line

ENV = "CLAIMSCOPE_CONFIG"
SETTINGS = ("theme", "store", "keys")


@dataclass(frozen=True)
class Config:
    """What the file asks for, with the problems found in it (one line each)."""

    path: Path | None = None
    theme: str | None = None
    store: Path | None = None
    keys: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def config_path() -> Path:
    """Where the config file is looked for when ``--config`` names none."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV]).expanduser()
    # deferred: platformdirs only when a config path is needed
    from platformdirs import user_config_path

    return user_config_path("claimscope", appauthor=False) / "config.toml"


def load_config(path: Path | None = None) -> Config:
    """The settings of ``path`` (default: ``config_path()``); a missing default file is no
    problem, a missing file named on purpose is."""
    named = path is not None or bool(os.environ.get(ENV))
    path = (path or config_path()).expanduser()
    where = one_line(str(path), 200)
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        return Config(path, problems=[f"config {where}: no such file; using the defaults"]
                      if named else [])
    except (OSError, UnicodeDecodeError) as exc:
        return Config(path, problems=[f"config {where}: not readable ({one_line(str(exc), 80)});"
                                      " using the defaults"])
    except tomllib.TOMLDecodeError as exc:
        return Config(path, problems=[f"config {where}: not valid TOML "
                                      f"({one_line(str(exc), 80)}); using the defaults"])
    problems: list[str] = []

    def bad(key: str, why: str) -> None:
        problems.append(f"config {where}: {one_line(key, 60)}: {why}; using the default")

    for key in data:
        if key not in SETTINGS:
            bad(key, "not a setting (one of " + ", ".join(SETTINGS) + ")")
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        bad("theme", "should be a theme's name in quotes")
        theme = None
    store = data.get("store")
    if store is not None and not (isinstance(store, str) and store.strip()):
        bad("store", "should be a file path in quotes")
        store = None
    keys: dict[str, str] = {}
    raw_keys = data.get("keys", {})
    if not isinstance(raw_keys, dict):
        bad("keys", 'should be a table: [keys] then "binding.id" = "key"')
        raw_keys = {}
    for binding_id, value in raw_keys.items():
        if isinstance(value, str) and value.strip():
            keys[binding_id] = value.strip()
        else:
            bad(f"keys.{binding_id}", "should be keys in quotes, such as \"n\" or \"n,j\"")
    return Config(path, theme, Path(store).expanduser() if store else None, keys, problems)


def unknown_bindings(config: Config, known: set[str]) -> list[str]:
    """One line per key of ``[keys]`` that names no binding of the reader."""
    where = one_line(str(config.path), 200)
    return [f"config {where}: keys.{one_line(b, 60)}: no key has this id (the help screen, "
            "?, and the README list them); ignored" for b in config.keys if b not in known]
