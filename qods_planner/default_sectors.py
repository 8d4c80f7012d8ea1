"""The default sectors of Qods and how much they complement each other.

The sectors follow the industries of Qods county (see CONTEXT.md): the value chains
mining → basic metals and casting → machinery and metalworking → automotive parts,
chemicals → plastics and rubber → packaging → food, electrical ↔ electronics ↔ knowledge-based
firms, and construction materials ↔ mining. Three non-commercial stand types complete the
list: the industrial estates, the service desks of government offices, and banks and insurers.

Complementarity weights (0–3): 3 for direct suppliers in a chain, 2 for two steps apart or a
strong cross-chain link, 1 for a weak link. Each colour is distinct and readable with black
or white text (`text_colour` picks which).
"""

from __future__ import annotations

from .model.sector import Complementarity, Sector

# id, Persian name, English name, colour. The order is the order users see.
_SECTORS: tuple[tuple[str, str, str, str], ...] = (
    ("auto-parts", "قطعات خودرو", "Automotive parts", "#c62828"),
    ("basic-metals", "فلزات پایه و ریخته‌گری", "Basic metals and casting", "#78909c"),
    ("machinery", "ماشین‌آلات و فلزکاری", "Machinery and metalworking", "#1565c0"),
    ("mining", "معدن و مواد معدنی", "Mining and minerals", "#795548"),
    ("construction", "مصالح ساختمانی", "Construction materials", "#d7b98e"),
    ("chemicals", "صنایع شیمیایی", "Chemicals", "#2e7d32"),
    ("plastics", "پلاستیک و لاستیک", "Plastics and rubber", "#9ccc65"),
    ("packaging", "بسته‌بندی", "Packaging", "#90caf9"),
    ("food", "مواد غذایی و آشامیدنی", "Food and beverages", "#ef6c00"),
    ("textiles", "نساجی و پوشاک", "Textiles and clothing", "#f48fb1"),
    ("electrical", "تجهیزات برقی", "Electrical equipment", "#fdd835"),
    ("electronics", "الکترونیک", "Electronics", "#4dd0e1"),
    ("high-tech", "شرکت‌های دانش‌بنیان", "Knowledge-based (high-tech) firms", "#7b1fa2"),
    ("industrial-estates", "شهرک‌های صنعتی", "Industrial estates", "#00695c"),
    ("gov-services", "میز خدمت دستگاه‌های دولتی", "Government service desks", "#283593"),
    ("banks", "بانک‌ها و بیمه‌ها", "Banks and insurers", "#afb42b"),
)

# Sectors that are not companies selling something: they stand for offices and estates.
NON_COMMERCIAL: frozenset[str] = frozenset({"industrial-estates", "gov-services", "banks"})

# Sectors whose exhibitors show heavy machines or materials (heavy floor load).
HEAVY_SECTORS: frozenset[str] = frozenset({"mining", "basic-metals", "machinery", "construction"})

# Sectors that often need water at the stand (tasting, samples, cleaning).
WATER_SECTORS: frozenset[str] = frozenset({"food", "chemicals"})

# Value chains in supply order; weights fall with the distance along a chain.
_CHAINS: tuple[tuple[str, ...], ...] = (
    ("mining", "basic-metals", "machinery", "auto-parts"),
    ("chemicals", "plastics", "packaging", "food"),
    ("electrical", "electronics", "high-tech"),
    ("construction", "mining"),
)
_CHAIN_WEIGHT = {1: 3, 2: 2, 3: 1}

# Links across chains (and to the non-commercial stands), by hand.
_LINKS: tuple[tuple[str, str, int], ...] = (
    ("construction", "basic-metals", 2),
    ("auto-parts", "plastics", 2),
    ("auto-parts", "electrical", 2),
    ("auto-parts", "electronics", 1),
    ("auto-parts", "high-tech", 2),
    ("machinery", "electrical", 2),
    ("machinery", "high-tech", 1),
    ("chemicals", "textiles", 2),
    ("textiles", "packaging", 1),
    ("chemicals", "mining", 1),
    ("plastics", "electrical", 1),
    ("food", "machinery", 1),
    ("industrial-estates", "gov-services", 2),
    ("industrial-estates", "banks", 2),
    ("gov-services", "banks", 2),
)


def default_sectors() -> list[Sector]:
    """The sectors of a Qods exhibition, flagship (automotive parts) first."""
    return [Sector(sid, fa, en, colour) for sid, fa, en, colour in _SECTORS]


def default_complementarity() -> Complementarity:
    """The default matrix: value chains (3, 2, 1 by distance) plus hand-set cross links."""
    weights: dict[tuple[str, str], int] = {}

    def put(a: str, b: str, w: int) -> None:
        key = (a, b) if a <= b else (b, a)
        weights[key] = max(w, weights.get(key, 0))  # the strongest link wins

    for chain in _CHAINS:
        for i, a in enumerate(chain):
            for j in range(i + 1, len(chain)):
                put(a, chain[j], _CHAIN_WEIGHT.get(j - i, 0))
    for a, b, w in _LINKS:
        put(a, b, w)
    return Complementarity(weights)


def _luminance(colour: str) -> float:
    """WCAG relative luminance of a #rrggbb colour."""

    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(colour_a: str, colour_b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours (1 to 21)."""
    la, lb = sorted((_luminance(colour_a), _luminance(colour_b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_colour(background: str) -> str:
    """Black or white, whichever reads better on `background` (#rrggbb)."""
    return (
        "#000000"
        if contrast(background, "#000000") >= contrast(background, "#ffffff")
        else ("#ffffff")
    )
