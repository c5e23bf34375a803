"""Shared fixtures: the pipelines under test and the paths of the labelled sets."""

from __future__ import annotations

from pathlib import Path

import pytest

import dutchfacts
from dutchfacts.pipeline import PACKAGED_MODEL

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
SHARED_DEV = REPO.parent / "shared" / "dev"


@pytest.fixture(scope="session")
def blank_nlp():
    """The rules on spaCy's blank Dutch pipeline: fast, and what a model-less user gets."""
    return dutchfacts.load("blank:nl")


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline: the packaged model when it is there."""
    return dutchfacts.load()


@pytest.fixture
def shared_dev() -> Path:
    if not SHARED_DEV.is_dir():
        pytest.skip(f"{SHARED_DEV} is absent: the shared development articles come with the project's CI only")
    return SHARED_DEV


def has_packaged_model() -> bool:
    return (PACKAGED_MODEL / "meta.json").is_file()


@pytest.fixture(params=["blank:nl", "packaged"])
def any_nlp(request):
    """Each test twice: on the rules alone and with the packaged model (skipped where it is absent)."""
    if request.param == "packaged" and not has_packaged_model():
        pytest.skip("the packaged model is absent")
    return request.getfixturevalue("blank_nlp" if request.param == "blank:nl" else "nlp")
