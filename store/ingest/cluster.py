"""The map step on a Dask distributed cluster (``claimscope ingest --dask ADDRESS``).

Only the map is sent: each task (``workers.run_task``, a function of its articles alone) runs on
a Dask worker, which loads the model the first time it runs one and keeps it; the plan, the
commits and the corpus stage stay here. Dask runs a task again when its worker dies; a task that
kills workers ``distributed.scheduler.allowed-failures`` times has its articles skipped with a
line, as does an article whose extraction raises. Tasks are handed out a few per worker ahead of
time, so the texts of a large ingest are never all in the scheduler's memory at once.

The workers need claimscope (and its model) installed at the same version as here.
"""

from __future__ import annotations

from collections.abc import Iterator

from store.errors import ClaimscopeError
from store.ingest.workers import IN_FLIGHT, Outcome, Task, run_task

CONNECT_SECONDS = 30


def on_cluster(tasks: list[Task], ingested_at: str, address: str) -> Iterator[Outcome]:
    """Every task's outcomes as the cluster finishes them."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise ClaimscopeError("--dask needs Dask: pip install 'claimscope[cluster]'") from None
    try:
        client = Client(address, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError) as exc:
        raise ClaimscopeError(f"no Dask scheduler answers at {address} ({exc})") from None
    with client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        waiting = list(reversed(tasks))
        by_key: dict[str, Task] = {}
        running = as_completed()

        def submit() -> None:
            task = waiting.pop()
            future = client.submit(run_task, task, ingested_at, pure=False)
            by_key[future.key] = task
            running.add(future)

        for _ in range(min(len(waiting), IN_FLIGHT * workers)):
            submit()
        for future in running:
            task = by_key.pop(future.key)
            if future.status == "finished":
                yield from future.result()
            else:
                exc = future.exception()
                for number, _ in task:
                    yield Outcome(number, None, f"the cluster could not run it "
                                                f"({type(exc).__name__}: {exc})")
            future.release()
            if waiting:
                submit()
