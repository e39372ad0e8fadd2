"""Shared fixtures: the Spanish pipeline (loaded once) and the ../shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_606bf0f3ea0d4f0b.txt"
EVAL = SHARED / "eval"


def need_shared(path: Path) -> Path:
    """``path`` under ../shared, or skip the test with a clear reason."""
    if not path.exists():
        pytest.skip(f"{path} is absent (tests on shared data need the ../shared folder)")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from heraldo.pipeline import Pipeline

    return Pipeline("es")


@pytest.fixture(scope="session")
def seed_document(pipeline):
    text = need_shared(SEED).read_text(encoding="utf-8")
    return pipeline.extract(text, published="2022-01-03")
