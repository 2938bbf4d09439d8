"""Where the bundled sample articles are: inside the installed package, or the checkout's seeds/."""

from __future__ import annotations

from pathlib import Path

from store.errors import ClaimscopeError


def bundled_seeds() -> Path:
    installed = Path(__file__).resolve().parent / "seeds"
    if installed.is_dir():
        return installed
    checkout = Path(__file__).resolve().parent.parent / "seeds"
    if checkout.is_dir():
        return checkout
    raise ClaimscopeError("the bundled sample articles are missing from this installation")
