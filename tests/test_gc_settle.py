"""The collector paused while a store is parsed or grouped, and what was made meanwhile moved to
its oldest generation on leaving (``store.storage.settle``): no pass over millions of young
objects when it resumes, nothing kept out of collection for good, a freeze made on purpose kept."""

from __future__ import annotations

import gc

import pytest

from store.storage import paused_gc, settle


@pytest.fixture
def collector():
    enabled = gc.isenabled()
    gc.unfreeze()  # a reader opened by an earlier test froze its store
    gc.enable()
    yield
    gc.unfreeze()
    if not enabled:
        gc.disable()


def _in_generation(obj: object, generation: int) -> bool:
    return any(o is obj for o in gc.get_objects(generation=generation))


def test_what_is_made_while_paused_ends_in_the_oldest_generation(collector) -> None:
    with paused_gc():
        assert not gc.isenabled()
        made = [[n] for n in range(1000)]
    assert gc.isenabled()
    assert _in_generation(made, 2) and not _in_generation(made, 0)
    assert gc.get_freeze_count() == 0  # still collectable


def test_a_pause_inside_a_pause_leaves_the_outer_one_paused(collector) -> None:
    with paused_gc():
        with paused_gc():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_freeze_made_on_purpose_is_kept(collector) -> None:
    kept = [[1], [2]]
    gc.freeze()
    settle()
    # an unfreeze would empty the permanent generation and put ``kept`` back in the oldest one;
    # the exact count may drop meanwhile, as frozen temporaries of other code are freed
    assert gc.get_freeze_count() > 0 and not _in_generation(kept, 2)
