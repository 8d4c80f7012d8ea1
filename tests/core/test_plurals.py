"""English messages say "1 row" and "2 rows", not "row(s)"."""

from __future__ import annotations

from qods_planner.messages import english_plurals, render

KEY = "{problems} problem(s) in {rows} row(s); fix the file or import the valid rows only"


def test_each_plural_follows_the_number_before_it():
    assert render(KEY, {"problems": 16, "rows": 1}, "en").startswith("16 problems in 1 row;")
    assert render(KEY, {"problems": 1, "rows": 15}, "en").startswith("1 problem in 15 rows;")


def test_a_plural_after_no_number_stays_as_written():
    key = "{who} is given blocked booth(s) {booths}"
    assert english_plurals(key, {"who": "Saipa", "booths": "A-1"}) == key


def test_persian_is_untouched():
    assert "(s)" not in render(KEY, {"problems": 2, "rows": 3}, "fa")
