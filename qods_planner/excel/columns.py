"""The columns a registration sheet and a booth sheet may have, named in Persian and English.

A header matches a column when its `normalise_key` equals the key of one of the column's names
(with or without a trailing unit in parentheses, e.g. "متراژ (متر مربع)"). The first name in
each language is the one the template and exports write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import normalise, normalise_key

IGNORE = "ignore"


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    fa: str
    en: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    example: object = None
    help_fa: str = ""
    help_en: str = ""

    def header(self, language: str) -> str:
        return self.fa if language == "fa" else self.en

    def names(self) -> tuple[str, ...]:
        return (self.fa, self.en, self.key, *self.aliases)


EXHIBITOR_COLUMNS: tuple[Column, ...] = (
    Column(
        "id",
        "شناسه",
        "ID",
        ("کد", "کد شرکت", "exhibitor id", "code"),
        example="ex-1",
        help_fa="خالی بگذارید تا برنامه شناسه بدهد",
        help_en="leave blank for a new one",
    ),
    Column(
        "name_fa",
        "نام شرکت",
        "Company",
        (
            "نام",
            "نام واحد",
            "نام واحد صنعتی",
            "عنوان شرکت",
            "نام شرکت فارسی",
            "نام فارسی",
            "company name",
            "name",
            "persian name",
            "name fa",
        ),
        required=True,
        example="قطعه‌سازان البرز",
    ),
    Column(
        "name_en",
        "نام انگلیسی",
        "English name",
        ("نام لاتین", "english", "latin name", "company english", "name en"),
        example="Alborz Parts",
    ),
    Column(
        "sector",
        "رسته",
        "Sector",
        (
            "گروه",
            "صنعت",
            "گروه صنعتی",
            "حوزه فعالیت",
            "زمینه فعالیت",
            "گروه کالایی",
            "industry",
            "category",
        ),
        required=True,
    ),
    Column(
        "area",
        "متراژ",
        "Area",
        (
            "متراژ درخواستی",
            "مساحت",
            "فضای درخواستی",
            "متراژ غرفه",
            "requested area",
            "area m2",
            "size",
            "m2",
            "sqm",
        ),
        required=True,
        example=18,
    ),
    Column(
        "min_area",
        "حداقل متراژ",
        "Smallest area",
        ("کمترین متراژ", "min area", "minimum area"),
        example=12,
    ),
    Column(
        "max_area",
        "حداکثر متراژ",
        "Largest area",
        ("بیشترین متراژ", "max area", "maximum area"),
        example=24,
    ),
    Column("power", "برق", "Power", ("نیاز به برق", "برق سه فاز", "electricity"), example="بله"),
    Column("water", "آب", "Water", ("نیاز به آب",), example="خیر"),
    Column(
        "heavy_floor",
        "کف مقاوم",
        "Heavy floor",
        ("کف سنگین", "بار سنگین", "heavy load", "heavy floor load"),
    ),
    Column("corner", "نبش", "Corner", ("غرفه نبش", "corner booth"), example="بله"),
    Column("island", "جزیره", "Island", ("غرفه جزیره", "island booth")),
    Column("hall", "سالن", "Hall", ("سالن ترجیحی", "preferred hall")),
    Column("hall_required", "سالن الزامی", "Hall required", ("فقط همین سالن", "hall is required")),
    Column(
        "priority",
        "اولویت",
        "Priority",
        ("نوع مشارکت", "سطح", "tier"),
        example="عادی",
        help_fa="حامی، سابقه‌دار یا عادی",
        help_en="sponsor, returning or regular",
    ),
    Column(
        "registered_on",
        "تاریخ ثبت‌نام",
        "Registration date",
        ("تاریخ", "تاریخ ثبت", "date", "registered", "registration"),
        example="1405/05/12",
    ),
    Column("competitors", "رقبا", "Competitors", ("رقیب", "شرکت‌های رقیب", "competitor")),
    Column("partners", "همکاران", "Partners", ("شرکا", "شریک", "همسایه دلخواه", "partner")),
    Column(
        "pinned",
        "غرفه ثابت",
        "Pinned booths",
        ("شماره غرفه", "غرفه", "booth", "booths", "pinned booth"),
    ),
    Column(
        "choices",
        "غرفه‌های انتخابی",
        "Booth choices",
        ("انتخاب غرفه", "غرفه درخواستی", "غرفه‌های درخواستی", "choices", "preferred booths"),
        example="A-12، A-13",
        help_fa="شماره غرفه‌ها به ترتیب، بهترین اول",
        help_en="booth labels in order, best first",
    ),
    Column(
        "choices_only",
        "فقط غرفه‌های انتخابی",
        "Choices only",
        ("فقط همین غرفه‌ها", "only these booths", "choices only"),
    ),
    Column(
        "priority_points",
        "امتیاز اولویت",
        "Priority points",
        ("امتیاز", "priority score", "points"),
        example="0",
    ),
    Column(
        "status",
        "وضعیت",
        "Status",
        ("وضعیت ثبت نام",),
        example="ثبت‌نام",
        help_fa="ثبت‌نام یا انصراف",
        help_en="registered or withdrawn",
    ),
    Column(
        "phone",
        "تلفن",
        "Phone",
        (
            "شماره تماس",
            "موبایل",
            "تلفن همراه",
            "تماس",
            "mobile",
            "tel",
            "telephone",
            "phone number",
        ),
        example="09121234567",
    ),
    Column("note", "توضیحات", "Note", ("یادداشت", "ملاحظات", "notes", "remarks", "comment")),
    Column(IGNORE, "ردیف", "#", ("row", "no", "شماره ردیف", "ردیف شماره")),
)

BOOTH_COLUMNS: tuple[Column, ...] = (
    Column("id", "شناسه", "ID", ("booth id", "کد"), example="b-1"),
    Column(
        "label",
        "شماره غرفه",
        "Label",
        ("غرفه", "برچسب", "booth", "booth label"),
        required=True,
        example="A-1",
    ),
    Column("hall", "سالن", "Hall", ("hall id",), required=True, example="h1"),
    Column("x", "x", "X (m)", ("x m", "طول از چپ"), required=True, example=0),
    Column("y", "y", "Y (m)", ("y m", "فاصله از بالا"), required=True, example=0),
    Column("width", "عرض", "Width (m)", ("پهنا", "width"), required=True, example=3),
    Column("depth", "عمق", "Depth (m)", ("depth", "height"), required=True, example=3),
    Column("power", "برق", "Power", ("electricity",)),
    Column("water", "آب", "Water", ()),
    Column("heavy_floor", "کف مقاوم", "Heavy floor", ("کف سنگین", "heavy load")),
    Column("premium", "ممتاز", "Premium", ("ویژه",)),
    Column(
        "choices",
        "غرفه‌های انتخابی",
        "Booth choices",
        ("انتخاب غرفه", "غرفه درخواستی", "غرفه‌های درخواستی", "choices", "preferred booths"),
        example="A-12، A-13",
        help_fa="شماره غرفه‌ها به ترتیب، بهترین اول",
        help_en="booth labels in order, best first",
    ),
    Column(
        "choices_only",
        "فقط غرفه‌های انتخابی",
        "Choices only",
        ("فقط همین غرفه‌ها", "only these booths", "choices only"),
    ),
    Column(
        "priority_points",
        "امتیاز اولویت",
        "Priority points",
        ("امتیاز", "priority score", "points"),
        example="0",
    ),
    Column(
        "status",
        "وضعیت",
        "Status",
        (),
        help_fa="آزاد، مسدود یا رزروشده",
        help_en="available, blocked or reserved",
    ),
    Column(IGNORE, "ردیف", "#", ("row", "no")),
)

_UNIT = re.compile(r"\s*[(\[].*?[)\]]\s*$")


def header_keys(text: str) -> tuple[str, ...]:
    """The keys a header is matched by: the whole text, and the text without a unit in
    parentheses ("Area (m²)" → "Area")."""
    text = normalise(text)
    keys = [normalise_key(text)]
    stripped = _UNIT.sub("", text)
    if stripped and stripped != text:
        keys.append(normalise_key(stripped))
    return tuple(k for k in keys if k)


def column_index(columns: tuple[Column, ...]) -> dict[str, str]:
    """name key → column key, for every name of every column."""
    index: dict[str, str] = {}
    for col in columns:
        for name in col.names():
            for key in header_keys(name):
                index.setdefault(key, col.key)
    return index


def match_header(text: str, index: dict[str, str]) -> str | None:
    """The column key a header names, or None."""
    for key in header_keys(text):
        if key in index:
            return index[key]
    return None


def by_key(columns: tuple[Column, ...]) -> dict[str, Column]:
    return {c.key: c for c in columns}
