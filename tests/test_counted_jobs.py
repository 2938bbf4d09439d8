"""A role, post or position whose sentence says it is cut, lost, created or at risk counts jobs,
the unit the same count is given in elsewhere; without such a fate the word keeps its own
plural (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, unit
JOB_WORDS = [
    ("The bus company said it would cut up to 300 roles at its depots.", "300", "jobs"),
    ("About 120 posts are at risk at the bakery chain, the union said.", "120", "jobs"),
    ("The chess federation puts 45 posts at risk in its regional offices.", "45", "jobs"),
    ("Some 80 roles will be removed from the marathon's organising team.", "80", "jobs"),
    ("The ferry operator plans to create 150 new positions next year.", "150", "jobs"),
    ("A further 60 posts will go at the brewery.", "60", "jobs"),
    # no fate told: the word keeps its own plural
    ("The prison service has 410 posts vacant.", "410", "posts"),
    ("The theatre cast 12 roles for the winter play.", "12", "roles"),
    ("The forum deleted 30 posts overnight.", "30", "posts"),
    ("Her 20 posts went viral overnight.", "20", "posts"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), JOB_WORDS)
def test_a_role_or_post_whose_fate_is_told_is_a_job(extract, sentence: str, text: str,
                                                    unit: str) -> None:
    found = {f.text: f.unit for f in extract(sentence)}
    assert found[text] == unit


# a sentence about jobs, the noun's own participle: jobs too
JOBS_TOLD_AROUND = [
    ("The bakery raised the number of jobs to be cut to 90, taking in 20 more roles in its "
     "cafes.", "20", "jobs"),
    ("The federation counts 35 roles affected by the merger.", "35", "jobs"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), JOBS_TOLD_AROUND)
def test_a_role_in_a_sentence_about_jobs_is_a_job(extract, sentence: str, text: str,
                                                  unit: str) -> None:
    found = {f.text: f.unit for f in extract(sentence)}
    assert found[text] == unit


# sentence, figure, counted phrase: a role or post counted in jobs names jobs (with its own
# modifiers), so the employer's "roles" and the union's "jobs" are one thing counted; a post
# with no fate keeps its word
NAMED_AS_JOBS = [
    ("The bus company said it would cut up to 300 roles at its depots.", "300", "jobs"),
    ("About 120 posts are at risk at the bakery chain, the union said.", "120", "jobs"),
    ("The ferry operator plans to create 150 new positions next year.", "150", "new jobs"),
    ("The union put the number of posts at risk at the dairy at 60.", "60", "jobs"),
    ("The prison service has 410 posts vacant.", "410", "posts"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), NAMED_AS_JOBS)
def test_a_role_counted_in_jobs_names_jobs(extract, sentence: str, text: str,
                                           counted: str) -> None:
    found = {f.text: f.counted for f in extract(sentence)}
    assert found[text] == counted
