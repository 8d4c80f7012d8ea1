"""The words of the exported workbook, in Persian and English.

Column keys are stable; the re-import of an edited export finds its columns by the header text
in either language, so an export made in Persian reads back in an English session too.
"""

from __future__ import annotations

from ...model import BoothKind, BoothStatus, ExhibitorStatus, PriorityTier
from ...text import normalise_key

META_SHEET = "_qods"
FORMAT = "qods-planner-export"
FORMAT_VERSION = 1

SHEETS = {
    "assignments": ("تخصیص‌ها", "Assignments"),
    "booths": ("غرفه‌ها", "Booths"),
    "by_sector": ("به تفکیک رسته", "By sector"),
    "waitlist": ("فهرست انتظار", "Waitlist"),
    "changes": ("تغییرات", "Changes"),
    "plan": ("نقشه", "Plan"),
}

# key → (Persian header, English header), per table, in column order.
COLUMNS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "assignments": (
        ("id", "شناسه", "ID"),
        ("name_fa", "نام شرکت", "Company"),
        ("name_en", "نام انگلیسی", "English name"),
        ("sector", "رسته", "Sector"),
        ("booths", "غرفه", "Booths"),
        ("hall", "سالن", "Hall"),
        ("asked", "متراژ درخواستی (م²)", "Area asked (m²)"),
        ("given", "متراژ داده‌شده (م²)", "Area given (m²)"),
        ("kind", "نوع غرفه", "Booth kind"),
        ("locked", "قفل", "Locked"),
    ),
    "booths": (
        ("id", "شناسه", "ID"),
        ("label", "شماره غرفه", "Label"),
        ("hall", "سالن", "Hall"),
        ("x", "x", "X (m)"),
        ("y", "y", "Y (m)"),
        ("width", "عرض", "Width (m)"),
        ("depth", "عمق", "Depth (m)"),
        ("area", "مساحت (م²)", "Area (m²)"),
        ("kind", "نوع", "Kind"),
        ("power", "برق", "Power"),
        ("water", "آب", "Water"),
        ("heavy_floor", "کف سنگین", "Heavy floor"),
        ("premium", "ممتاز", "Premium"),
        ("status", "وضعیت", "Status"),
        ("occupant_id", "شناسه غرفه‌دار", "Exhibitor ID"),
        ("occupant", "غرفه‌دار", "Exhibitor"),
        ("sector", "رسته غرفه‌دار", "Exhibitor sector"),
    ),
    "by_sector": (
        ("sector", "رسته", "Sector"),
        ("hall", "سالن", "Hall"),
        ("exhibitors", "تعداد غرفه‌دار", "Exhibitors"),
        ("asked", "متراژ درخواستی (م²)", "Area asked (m²)"),
        ("given", "متراژ داده‌شده (م²)", "Area given (m²)"),
    ),
    "waitlist": (
        ("id", "شناسه", "ID"),
        ("name_fa", "نام شرکت", "Company"),
        ("sector", "رسته", "Sector"),
        ("asked", "متراژ درخواستی (م²)", "Area asked (m²)"),
        ("priority", "اولویت", "Priority"),
        ("registered_on", "تاریخ ثبت نام", "Registration date"),
        ("reason", "علت", "Reason"),
    ),
    "changes": (
        ("id", "شناسه", "ID"),
        ("name_fa", "نام شرکت", "Company"),
        ("from", "از غرفه", "From"),
        ("to", "به غرفه", "To"),
        ("why", "علت", "Why"),
    ),
}

WORDS = {
    "yes": ("بله", "yes"),
    "no": ("خیر", "no"),
    "all_halls": ("همه سالن‌ها", "All halls"),
    "waitlist": ("فهرست انتظار", "waitlist"),
    "none": ("—", "—"),
    "no_baseline": (
        "هنوز نقشه‌ای منتشر نشده است؛ تغییرات از زمان انتشار نقشه نشان داده می‌شود.",
        "No plan has been published yet; changes are counted from the published plan.",
    ),
    "cell_is": ("هر خانه = {size} متر", "each cell = {size} m"),
    "entrance": ("ورودی", "Entrance"),
    "free": ("آزاد", "free"),
    "blocked": ("مسدود", "blocked"),
    "reserved": ("رزرو", "reserved"),
    "legend": ("راهنما", "Legend"),
}

BOOTH_STATUS = {
    BoothStatus.AVAILABLE: ("آزاد", "available"),
    BoothStatus.BLOCKED: ("مسدود", "blocked"),
    BoothStatus.RESERVED: ("رزرو", "reserved"),
}
BOOTH_KIND = {
    BoothKind.INLINE: ("ردیفی", "inline"),
    BoothKind.CORNER: ("نبش", "corner"),
    BoothKind.PENINSULA: ("سه‌بر", "peninsula"),
    BoothKind.ISLAND: ("جزیره", "island"),
}
PRIORITY = {
    PriorityTier.SPONSOR: ("حامی", "sponsor"),
    PriorityTier.RETURNING: ("قدیمی", "returning"),
    PriorityTier.REGULAR: ("عادی", "regular"),
}
EXHIBITOR_STATUS = {
    ExhibitorStatus.REGISTERED: ("ثبت‌نام", "registered"),
    ExhibitorStatus.WITHDRAWN: ("انصراف", "withdrawn"),
}


def pick(pair: tuple[str, str], language: str) -> str:
    return pair[0] if language == "fa" else pair[1]


def word(key: str, language: str) -> str:
    return pick(WORDS[key], language)


def headers(table: str, language: str) -> list[str]:
    return [fa if language == "fa" else en for _, fa, en in COLUMNS[table]]


def header_lookup(table: str) -> dict[str, str]:
    """normalise_key(header in either language) → column key."""
    out: dict[str, str] = {}
    for key, fa, en in COLUMNS[table]:
        out[normalise_key(fa)] = key
        out[normalise_key(en)] = key
    return out


_BAD_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


def sheet_title(text: str, taken: set[str]) -> str:
    """A valid, unique sheet name: no []:*?/\\, at most 31 characters."""
    base = " ".join(text.translate(_BAD_SHEET_CHARS).split())[:31] or "Sheet"
    title, n = base, 2
    while title.casefold() in {t.casefold() for t in taken}:
        suffix = f" ({n})"
        title = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(title)
    return title
