"""Tests on ../shared data skip when it is absent, but fail under CI."""

from __future__ import annotations

import pytest

from conftest import need_shared


def test_absent_shared_data_skips_outside_ci(monkeypatch, tmp_path):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="absent"):
        need_shared(tmp_path / "absent.jsonl")


def test_absent_shared_data_fails_under_ci(monkeypatch, tmp_path):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        need_shared(tmp_path / "absent.jsonl")


def test_present_shared_data_is_given_back(monkeypatch, tmp_path):
    monkeypatch.setenv("CI", "true")
    path = tmp_path / "present.jsonl"
    path.write_text("{}\n", encoding="utf-8")
    assert need_shared(path) == path
