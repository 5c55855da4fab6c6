"""Shared fixtures for the benchmarks, and two collection rules.

1. ``bench_*.py`` files are collected as test modules (beside the usual
   ``test_*.py``), so ``pytest benchmarks`` finds every benchmark without a
   ``-o python_files=...`` option.  The default test run never sees them:
   ``testpaths`` in pyproject.toml is ``tests``.
2. Tests marked ``agreement`` run even under ``--benchmark-only`` (which would
   otherwise skip every test that does not time something): a speed figure
   for an engine that gives different answers is meaningless, so the
   benchmark run always checks the answers too.
"""

from __future__ import annotations

import fnmatch

import pytest

import baseline
import workload


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "agreement: checks that engines give the same verdicts; runs even under --benchmark-only"
    )


def pytest_collect_file(file_path, parent):
    if file_path.suffix != ".py" or not file_path.name.startswith("bench_"):
        return None
    if parent.session.isinitpath(file_path):
        return None  # named on the command line: pytest collects it already
    if any(fnmatch.fnmatch(file_path.name, pattern) for pattern in parent.config.getini("python_files")):
        return None  # e.g. run with -o python_files="bench_*.py": pytest collects it already
    return pytest.Module.from_parent(parent, path=file_path)


@pytest.hookimpl(trylast=True)  # after pytest-benchmark has marked non-benchmarks to skip
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.getoption("benchmark_only", default=False):
        return
    for item in items:
        if item.get_closest_marker("agreement") is not None:
            item.own_markers[:] = [
                mark
                for mark in item.own_markers
                if not (mark.name == "skip" and "--benchmark-only" in str(mark.kwargs.get("reason", "")))
            ]


# ---------------------------------------------------------------- workloads and reference answers


@pytest.fixture(scope="session")
def service() -> dict:
    return workload.one_service()


@pytest.fixture(scope="session")
def batch() -> list[workload.Case]:
    return workload.national_batch()


@pytest.fixture(scope="session")
def batch_by_date(batch) -> dict:
    """The batch's facts grouped by evaluation date, in batch order."""
    return workload.by_evaluation_date(batch)


@pytest.fixture(scope="session")
def expected_service(service) -> dict:
    """The baseline's verdicts for the one service: the reference answer."""
    return baseline.verdicts(service, workload.ONE_SERVICE_DATE)


@pytest.fixture(scope="session")
def expected_batch(batch) -> list[dict]:
    """The baseline's verdicts for the national batch, in batch order."""
    return [baseline.verdicts(case.facts, case.evaluation_date) for case in batch]
