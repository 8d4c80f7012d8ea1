"""The normaliser is idempotent: what it gives, it gives again (a hypothesis property)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from qods_planner.text import normalise, normalise_key

# The characters the rules are about, and a few of everything else.
TRICKY = list(
    "شرکتزوجایدذرژؤۀءةأإآيىكـ"  # joining and non-joining letters, Arabic forms, kashida
    "\u200c\u200d\u200e\u200f\ufeff\u00ad \t\n\u00a0\u3000"  # ZWNJ, ZWJ, marks, spaces
    "\u064b\u0650\u0654\u0670"  # diacritics, a combining hamza
    "۰۱٢٣0\u066b\u066c"  # digits and separators
    "\ufeb5\ufefb\ufdf2"  # presentation forms (one decomposes into several letters)
    "aA-_.,،"
)
texts = st.text(alphabet=st.one_of(st.sampled_from(TRICKY), st.characters()), max_size=30)


@settings(max_examples=2000, derandomize=True, deadline=None)
@given(texts)
def test_normalise_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once


@settings(max_examples=1000, derandomize=True, deadline=None)
@given(texts)
def test_normalise_key_is_idempotent(text):
    once = normalise_key(text)
    assert normalise_key(once) == once


def test_the_reported_case():
    assert normalise("شرکت\u200c \u200cزوج") == "شرکت زوج"
