"""Shorthands of the domain-model tests (tests/core/test_model_*.py): a ModelError expected by its
exact text, and a valid hall and exhibitor to vary."""

from __future__ import annotations

import re

import pytest

from qods_planner.model import Exhibitor, Hall, ModelError, Rect


def fails(message: str):
    """pytest.raises for a ModelError whose text contains `message` literally."""
    return pytest.raises(ModelError, match=re.escape(message))


def hall(hid="H1", w=3000, h=2000, entrances=()):
    return Hall(hid, f"سالن {hid}", f"Hall {hid}", Rect(0, 0, w, h), tuple(entrances))


def exhibitor(eid="E-1", sector="auto", req=9, lo=None, hi=None, **kw):
    return Exhibitor(
        eid, "شرکت", "Co", sector, req, req if lo is None else lo, req if hi is None else hi, **kw
    )
