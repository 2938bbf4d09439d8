"""The map step run anywhere: in this process, in local worker processes, or on a Dask cluster.

The jobs of a plan are cut into tasks of consecutive articles (at most ``TASK_TEXTS`` texts and
``TASK_CHARS`` characters), the same cut whatever runs them, and each task is parsed as one batch
by ``run_task``. A parse depends on the batch it is in only through padding, never in its result,
but keeping the batches identical makes ``--jobs 1``, ``--jobs N`` and ``--dask`` give the same
rows by construction rather than by luck.

Every runner yields outcomes as tasks finish (not in plan order), so the writer can commit what
is done while the rest is parsed: a killed ingest loses only what was not yet committed. The
corpus stage lays the tables out in one order afterwards (``corpus_stage.lay_out``).

An article whose extraction raises is skipped with a line, wherever it ran; a worker process
that dies (killed, out of memory) has its tasks run again in a new one, ``ATTEMPTS`` times at
most, after which their articles are skipped with a line.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from store.errors import ClaimscopeError
from store.ingest.extraction import ArticleJob, ArticleResult, extract_all

TASK_TEXTS = 4  # articles per task: a short last task (a batch of 4 parses as fast as 8)
TASK_CHARS = 100_000  # ...and characters (the parser's batch, see ``extraction.BATCH_CHARS``)
AUTO_POOL_CHARS = 150_000  # with --jobs unset, fewer characters than this are parsed in-process
IN_FLIGHT = 2  # tasks handed to each worker ahead of time
ATTEMPTS = 3  # runs of a task whose worker process died before it is given up

Task = list[tuple[int, ArticleJob]]  # (the job's place in the plan, the job)


@dataclass
class Outcome:
    """What became of one job: its rows, or the line that says why it was skipped."""

    number: int
    result: ArticleResult | None
    error: str | None = None


def tasks_of(jobs: Sequence[ArticleJob]) -> list[Task]:
    """Consecutive jobs grouped into tasks; the cut depends on the jobs alone."""
    tasks: list[Task] = []
    current: Task = []
    size = 0
    for number, job in enumerate(jobs):
        if current and (len(current) >= TASK_TEXTS or size + len(job.text) > TASK_CHARS):
            tasks.append(current)
            current, size = [], 0
        current.append((number, job))
        size += len(job.text)
    if current:
        tasks.append(current)
    return tasks


_MODEL: dict[str, Any] = {}  # this process's model and armed-group names, loaded once
_LOADING = threading.Lock()  # a Dask worker may run tasks on several threads


def _model() -> tuple[Any, frozenset[str]]:
    with _LOADING:
        return _loaded()


def _loaded() -> tuple[Any, frozenset[str]]:
    if "nlp" not in _MODEL:
        # deferred: spaCy and the extraction code load only where a task runs
        from store.extract.nlp import load_nlp
        from store.knowledge.aliases import armed_group_names

        _MODEL["nlp"] = load_nlp()
        _MODEL["armed"] = armed_group_names()
    return _MODEL["nlp"], _MODEL["armed"]


def use_model(nlp: Any) -> None:
    """Run this process's tasks with a model already loaded (an in-process ingest given one)."""
    from store.knowledge.aliases import armed_group_names  # deferred: as in ``_model``

    _MODEL["nlp"], _MODEL["armed"] = nlp, armed_group_names()


def run_task(task: Task, ingested_at: str) -> list[Outcome]:
    """Parse a task's articles as one batch and extract their rows. The map step's one function:
    it reads no store and no other article. An article whose extraction raises is tried alone, and
    skipped with a line if it raises again."""
    nlp, armed = _model()
    try:
        results = list(extract_all([job for _, job in task], nlp, armed, ingested_at))
    except Exception as exc:  # an article the extraction cannot handle: find which, skip it
        if len(task) == 1:
            return [Outcome(task[0][0], None, f"could not be read ({type(exc).__name__}: {exc})")]
        return [outcome for item in task for outcome in run_task([item], ingested_at)]
    return [Outcome(number, result) for (number, _), (_, result) in zip(task, results,
                                                                        strict=True)]


def in_process(tasks: list[Task], ingested_at: str) -> Iterator[Outcome]:
    """``--jobs 1``: the tasks one after another in this process."""
    for task in tasks:
        yield from run_task(task, ingested_at)


def _worker_start() -> None:
    """A worker process: ignore the terminal's Ctrl-C (the parent decides), end when the parent
    ends however it ended (a SIGKILLed ingest leaves no workers behind), load the model once."""
    import multiprocessing

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        def orphaned() -> None:
            from multiprocessing.connection import wait as wait_for

            wait_for([parent.sentinel])
            os._exit(1)

        threading.Thread(target=orphaned, daemon=True).start()
    _model()


def in_pool(tasks: list[Task], ingested_at: str, workers: int,
            run: Callable[[Task, str], list[Outcome]] = run_task) -> Iterator[Outcome]:
    """``--jobs N``: the tasks on N worker processes (started fresh, each loading the model once),
    outcomes as each task finishes. ``run`` is what a worker does with a task (a function a
    worker can import by name).

    A worker that dies breaks the pool and every task in flight with it, and which one killed it
    cannot be told: those become suspects, and run again one at a time in a new pool, so a death
    then is the suspect's own; a suspect that dies ``ATTEMPTS`` times alone is given up. Workers
    that never finish a task (the model will not load) end the ingest with one line instead."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # never fork a process that has threads
    waiting = list(reversed(tasks))
    suspects: list[Task] = []
    deaths: dict[int, int] = {}  # a suspect's first job number -> its deaths while alone
    finished = broken_pools = 0
    while waiting or suspects:
        if broken_pools >= ATTEMPTS and not finished:
            raise ClaimscopeError("the worker processes ended before they read one article "
                                  "(their error is above; --jobs 1 reads in this process)")
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                   initializer=_worker_start)
        running: dict[Future, Task] = {}
        try:
            broken = False
            while (waiting or suspects or running) and not broken:
                if suspects and not running:
                    future = pool.submit(run, suspects[-1], ingested_at)
                    running[future] = suspects.pop()
                while not suspects and waiting and len(running) < IN_FLIGHT * workers:
                    future = pool.submit(run, waiting[-1], ingested_at)
                    running[future] = waiting.pop()
                alone = len(running) == 1  # a death now is this task's own
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    task = running.pop(future)
                    try:
                        outcomes = future.result()
                    except BrokenProcessPool:
                        broken = True
                        yield from _died(task, alone, deaths, suspects)
                        continue
                    finished += 1
                    yield from outcomes
        except BrokenProcessPool:  # the pool broke while tasks were handed out
            broken = True
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        broken_pools += broken
        for task in running.values():  # in flight when a worker died: suspects all
            yield from _died(task, False, deaths, suspects)


def _died(task: Task, alone: bool, deaths: dict[int, int],
          suspects: list[Task]) -> Iterator[Outcome]:
    """A task whose worker died: a suspect to run again alone, or, after ``ATTEMPTS`` deaths
    alone, its articles given up with a line."""
    first = task[0][0]
    deaths[first] = deaths.get(first, 0) + (1 if alone else 0)
    if deaths[first] < ATTEMPTS:
        suspects.insert(0, task)
        return
    for number, _ in task:
        yield Outcome(number, None, f"the worker process reading it died {ATTEMPTS} times")


def run_map(jobs: Sequence[ArticleJob], ingested_at: str, *,
            workers: int | None = None) -> Iterator[Outcome]:
    """Every job's outcome, as tasks finish, on ``workers`` local processes (``None``: every core
    for a large ingest, this process for a small one, since a model load costs seconds) or in
    this process. (On a Dask cluster: ``store.ingest.cluster.on_cluster``.)"""
    tasks = tasks_of(jobs)
    if workers is None:
        chars = sum(len(job.text) for job in jobs)
        workers = cpu_count() if chars >= AUTO_POOL_CHARS else 1
    workers = min(workers, len(tasks))
    if workers <= 1:
        yield from in_process(tasks, ingested_at)
    else:
        yield from in_pool(tasks, ingested_at, workers)


def cpu_count() -> int:
    """The cores this process may run on."""
    with contextlib.suppress(AttributeError):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
