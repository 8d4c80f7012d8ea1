"""The words of the exported workbook, in Persian and English.

Column keys are stable; the re-import of an edited export finds its columns by the header text
in either language, so an export made in Persian reads back in an English session too. These
words are the workbook's vocabulary, not messages: they are read back, so both languages live
here side by side and never change with an edit of the message catalogue. Sentences written
into the workbook (waitlist and change reasons, the floor plan's scale) go through the
catalogue (`qods_planner.messages`), rendered in the workbook's language. Persian words follow
the glossary of docs/i18n.md (یک‌بر / دوبر (نبش) / سه‌بر / چهاربر (جزیره), سابقه‌دار, رزروشده).
"""

from __future__ import annotations

from ...model import BoothKind, BoothStatus, PriorityTier
from ...text import normalise_key

META_SHEET = "_qods"
FORMAT = "qods-planner-export"
FORMAT_VERSION = 1

SHEETS = {
    "assignments": ("تخصیص غرفه‌ها", "Assignments"),
    "booths": ("غرفه‌ها", "Booths"),
    "by_sector": ("به تفکیک رسته", "By sector"),
    "waitlist": ("فهرست انتظار", "Waitlist"),
    "changes": ("تغییرات", "Changes"),
    "fairness": ("ترتیب اولویت", "Fair order"),
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
        ("asked", "متراژ درخواستی (متر مربع)", "Area asked (m²)"),
        ("given", "متراژ داده‌شده (متر مربع)", "Area given (m²)"),
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
        ("area", "مساحت (متر مربع)", "Area (m²)"),
        ("kind", "نوع", "Kind"),
        ("power", "برق", "Power"),
        ("water", "آب", "Water"),
        ("heavy_floor", "کف مقاوم", "Heavy floor"),
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
        ("asked", "متراژ درخواستی (متر مربع)", "Area asked (m²)"),
        ("given", "متراژ داده‌شده (متر مربع)", "Area given (m²)"),
    ),
    "waitlist": (
        ("id", "شناسه", "ID"),
        ("name_fa", "نام شرکت", "Company"),
        ("sector", "رسته", "Sector"),
        ("asked", "متراژ درخواستی (متر مربع)", "Area asked (m²)"),
        ("priority", "اولویت", "Priority"),
        ("registered_on", "تاریخ ثبت‌نام", "Registration date"),
        ("reason", "علت", "Reason"),
    ),
    "changes": (
        ("id", "شناسه", "ID"),
        ("name_fa", "نام شرکت", "Company"),
        ("from", "از غرفه", "From"),
        ("to", "به غرفه", "To"),
        ("why", "علت", "Why"),
    ),
    "fairness": (
        ("id", "شناسه", "ID"),
        ("name", "نام شرکت", "Company"),
        ("rank", "رتبه", "Rank"),
        ("asked", "خواسته", "Asked for"),
        ("place", "غرفه", "Place"),
        ("holder", "در اختیار", "Held by"),
        ("reason", "علت", "Reason"),
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
    "entrance": ("ورودی", "Entrance"),
    "free": ("آزاد", "free"),
    "derived": ("(خودکار)", "(derived)"),
    "taken_by": ("واگذارشده به {name}", "taken by {name}"),
    "reserved_for": ("رزروشده برای {name}", "reserved for {name}"),
    "blocked": ("مسدود", "blocked"),
    "reserved": ("رزروشده", "reserved"),
    "legend": ("راهنما", "Legend"),
    "waiting": ("در انتظار", "waitlisted"),
    "choice_k": ("انتخاب {k}", "choice {k}"),
    "any_place": ("هر جای مناسب", "any place that fits"),
    "inversions": (
        "وارونگی‌های اولویت: {n} (انتظار: ۰)",
        "Priority inversions: {n} (expected: 0)",
    ),
}

BOOTH_STATUS = {
    BoothStatus.AVAILABLE: ("آزاد", "available"),
    BoothStatus.BLOCKED: ("مسدود", "blocked"),
    BoothStatus.RESERVED: ("رزروشده", "reserved"),
}
BOOTH_KIND = {
    BoothKind.INLINE: ("یک‌بر", "inline"),
    BoothKind.CORNER: ("دوبر (نبش)", "corner"),
    BoothKind.PENINSULA: ("سه‌بر", "peninsula"),
    BoothKind.ISLAND: ("چهاربر (جزیره)", "island"),
}
PRIORITY = {
    PriorityTier.SPONSOR: ("حامی", "sponsor"),
    PriorityTier.RETURNING: ("سابقه‌دار", "returning"),
    PriorityTier.REGULAR: ("عادی", "regular"),
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
