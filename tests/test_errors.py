"""User-facing error lines: one line, exact wording the command line relies on."""

from pathlib import Path

import pytest

from store.errors import (
    ClaimscopeError,
    NotAStore,
    SkipFile,
    StoreBusy,
    StoreCorrupt,
    StoreReadOnly,
    StoreTooNew,
)

STORE = Path("/x/y.json")
BACKUP = Path("/x/y.json.bak-20261125T101500")


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            StoreCorrupt(STORE, BACKUP, reason="not valid JSON at byte 17"),
            "the store /x/y.json is damaged (not valid JSON at byte 17); newest backup: "
            "/x/y.json.bak-20261125T101500 (copy it over the store to restore)",
        ),
        (
            StoreCorrupt(STORE, None),
            "the store /x/y.json is damaged (not valid JSON); no backup exists",
        ),
        (StoreBusy(STORE, 4242), "the store /x/y.json is being written by process 4242"),
        (StoreBusy(STORE, None), "the store /x/y.json is being written by another process"),
    ],
)
def test_exact_messages(error: ClaimscopeError, expected: str) -> None:
    assert str(error) == expected


@pytest.mark.parametrize(
    "error",
    [
        StoreCorrupt(STORE, None),
        StoreBusy(STORE, 1),
        StoreTooNew(STORE, found=3, supported=2),
        NotAStore(STORE),
        StoreReadOnly(STORE),
    ],
)
def test_every_store_error_is_one_line_with_exit_code(error: ClaimscopeError) -> None:
    assert isinstance(error, ClaimscopeError)
    assert error.exit_code == 2
    assert "\n" not in str(error)
    assert "/x/y.json" in str(error)


def test_hostile_path_is_shown_harmlessly() -> None:
    message = str(StoreBusy(Path("/tmp/\x1b]52;c;aGk=\x07\nx.json"), 7))
    assert "\x1b" not in message and "\x07" not in message and "\n" not in message
    assert "␛]52;c;aGk=␇" in message


def test_too_new_names_both_versions() -> None:
    message = str(StoreTooNew(STORE, found=5, supported=2))
    assert "5" in message and "2" in message


def test_skip_file_carries_its_reason() -> None:
    skip = SkipFile("empty file")
    assert skip.reason == "empty file"
    assert str(skip) == "empty file"
    assert not isinstance(skip, ClaimscopeError)
