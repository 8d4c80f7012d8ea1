"""The Persian normaliser and the Jalali helpers."""

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qods_planner.text import (
    DateError,
    format_jalali,
    normalise,
    normalise_key,
    parse_date,
    to_ascii_digits,
)

PERSIAN_SOUP = st.text(
    alphabet=st.sampled_from(
        list("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكىۀةؤئأإآ ءـ")
        + [
            "\u200c",
            "\u200d",
            "\u200f",
            "\u064e",
            "\u0650",
            "\u0654",
            "\ufeb3",
            "\ufefb",
            " ",
            "\t",
            "\n",
            "\xa0",
        ]
        + list("0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬-.,abcXYZ")
    ),
    max_size=30,
)


@given(PERSIAN_SOUP)
def test_normalise_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once


@given(st.text(max_size=30))
def test_normalise_is_idempotent_on_any_unicode(text):
    once = normalise(text)
    assert normalise(once) == once
    assert normalise_key(normalise_key(text)) == normalise_key(text)


@given(PERSIAN_SOUP)
def test_key_is_idempotent_and_ignores_spelling(text):
    key = normalise_key(text)
    assert normalise_key(key) == key
    assert normalise_key(text.replace("ی", "ي").replace("ک", "ك")) == key


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ايران خودرو", "ایران خودرو"),
        ("كاشي  سازي\u200f", "کاشی سازی"),
        ("می\u200c\u200cرود", "می\u200cرود"),
        ("آهن \u200c ", "آهن"),
        ("دو\u200cقلو", "دوقلو"),  # ZWNJ after a non-joining letter does nothing
        ("۱۲٫۵ متر", "12.5 متر"),
        ("٣٤", "34"),
        ("ﺳﻼﻡ", "سلام"),
        ("فولاد\u0640\u0640ی", "فولادی"),
    ],
)
def test_normalise_examples(raw, expected):
    assert normalise(raw) == expected


def test_key_equates_common_spellings():
    key = normalise_key("ایران‌خودرو")
    assert key == normalise_key("ايران خودرو") == normalise_key("ایرانخودرو")
    assert normalise_key("آهن") == normalise_key("اهن")
    assert normalise_key("Auto Parts") == normalise_key("auto-parts")
    assert normalise_key("ایران خودرو") != normalise_key("سایپا")


def test_ascii_digits_only_touches_digits():
    assert to_ascii_digits("ك۱٢") == "ك12"


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("1405/07/05", "2026-09-27"),
        ("۱۴۰۵-۷-۵", "2026-09-27"),
        ("١٤٠٥/٠٧/٠٥", "2026-09-27"),
        ("5 مهر 1405", "2026-09-27"),
        ("2026-09-27", "2026-09-27"),
        (46292, "2026-09-27"),
        (datetime(2026, 9, 27, 10, 30), "2026-09-27"),
        (datetime(1405, 7, 5), "2026-09-27"),  # Excel took the Jalali "1405/07/05" for a date
        (None, None),
        ("  ", None),
    ],
)
def test_parse_date(raw, iso):
    assert parse_date(raw) == iso


@pytest.mark.parametrize("raw", ["1405/13/01", "1405/12/30", "27/09/2026", "فردا", 3.5, True, 12])
def test_parse_date_refuses(raw):
    with pytest.raises(DateError):
        parse_date(raw)


@given(st.dates(min_value=date(1921, 3, 21), max_value=date(2099, 12, 31)))
def test_jalali_round_trip(day):
    """Within the plausible window (Jalali 1300/01/01 is 1921-03-21)."""
    assert parse_date(format_jalali(day.isoformat())) == day.isoformat()
    assert parse_date(format_jalali(day.isoformat(), persian_digits=True)) == day.isoformat()


def test_date_problems_are_said_in_the_user_language():
    from qods_planner.messages import set_language

    set_language("fa")
    try:
        with pytest.raises(DateError) as bad_month:
            parse_date("1405/13/01")
        with pytest.raises(DateError) as bad_year:
            parse_date("3000/01/01")
        with pytest.raises(DateError) as not_a_date:
            parse_date("فردا")
    finally:
        set_language("en")
    assert str(bad_month.value) == "1405/13/01 تاریخ شمسی درستی نیست"  # as written: ASCII
    assert str(bad_year.value) == "سال ۳۰۰۰ نه شمسی است (۱۳۰۰ تا ۱۵۰۰) و نه میلادی (۱۹۰۰ تا ۲۱۰۰)"
    assert str(not_a_date.value) == (
        "'فردا' تاریخ نیست؛ آن را به شکل 1405/07/05 یا 2026-09-27 بنویسید"
    )
    with pytest.raises(DateError, match=r"^'فردا' is not a date; write it like 1405/07/05 or"):
        parse_date("فردا")
