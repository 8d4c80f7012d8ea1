"""Fixtures for the solver tests: tiny projects through the public model API. The helpers
they share with other folders live in tests/helpers (`helpers.builders`, `helpers.solving`)."""

from __future__ import annotations

import pytest
from helpers.builders import TinyProject


@pytest.fixture
def tiny() -> TinyProject:
    return TinyProject()
