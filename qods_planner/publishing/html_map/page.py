"""`build_html(project, fonts)`: the whole floor map as one HTML file that needs nothing else.

Everything is inside: the plans (inline SVG), the exhibitors, sectors and supply chains
(JSON), both languages' words, the script and style, and Vazirmatn (base64 `@font-face`).
A Content-Security-Policy allows only what is inline or a `data:` URL, so the page cannot
make a request even if a name held a URL. See docs/publishing.md.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Mapping
from html import escape
from importlib import resources
from typing import Any

from ...layout import layout_of
from ...model import Project
from ...text import normalise_key
from ..dates import event_dates
from ..stand_facts import placed_stands
from ..value_chain import supply_chain, value_chain_order
from .map_words import templates
from .svg import MARGIN_CM, hall_svg

CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "font-src data:; img-src data:; base-uri 'none'; form-action 'none'"
)


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def map_data(project: Project) -> dict:
    """The page's data: exhibitors with search keys, sectors in value-chain order with their
    supply chains, halls, the event, and every word in both languages."""
    layout = layout_of(project)
    stands = placed_stands(project, layout)
    order = value_chain_order(project)
    used = {project.exhibitors[e].sector_id for e in stands}
    sectors = [
        {
            "id": sid,
            "fa": project.sectors[sid].name_fa,
            "en": project.sectors[sid].name_en,
            "colour": project.sectors[sid].colour,
            "chain": supply_chain(project, sid),
        }
        for sid in order
        if sid in used
    ]
    rank = {sid: i for i, sid in enumerate(order)}
    entries: list[dict[str, Any]] = []
    for ex in project.exhibitors.values():
        stand = stands.get(ex.id)
        if stand is None or not ex.registered:
            continue
        names = {ex.name_fa, ex.name_en}
        entries.append(
            {
                "id": ex.id,
                "fa": ex.name_fa,
                "en": ex.name_en or ex.name_fa,
                "sector": ex.sector_id,
                "hall": stand.hall_id,
                "labels": list(stand.labels),
                "keys": sorted({normalise_key(n) for n in names if n}),
                "labelKeys": [normalise_key(label) for label in stand.labels],
            }
        )
    entries.sort(key=lambda e: (rank.get(e["sector"], len(rank)), e["labels"]))
    event = project.event
    return {
        "lang": event.language,
        "event": {
            "fa": event.name_fa,
            "en": event.name_en or event.name_fa,
            "dates": {"fa": event_dates(event, "fa"), "en": event_dates(event, "en")},
        },
        "words": {"fa": templates("fa"), "en": templates("en")},
        "halls": [{"id": h.id, "fa": h.name_fa, "en": h.name_en} for h in project.halls.values()],
        "sectors": sectors,
        "stands": entries,
    }


def _font_faces(fonts: Mapping[str, bytes]) -> str:
    """@font-face rules for "regular" and "bold" TrueType fonts, as data: URLs."""
    rules = []
    for weight, key in ((400, "regular"), (700, "bold")):
        if key in fonts:
            data = base64.b64encode(fonts[key]).decode("ascii")
            rules.append(
                "@font-face{font-family:'Vazirmatn';font-style:normal;"
                f"font-weight:{weight};src:url(data:font/ttf;base64,{data}) format('truetype');}}"
            )
    return "".join(rules)


def build_html(project: Project, fonts: Mapping[str, bytes], language: str | None = None) -> str:
    """The floor map of `project`'s current plan, opening in `language` (default: the
    project's); `fonts` maps "regular" and "bold" to Vazirmatn's TrueType bytes."""
    data = map_data(project)
    lang = language or data["lang"]
    data["lang"] = lang
    words = data["words"][lang]
    layout = layout_of(project)
    stands = placed_stands(project, layout)
    svg_words = {k: {"entrance": v["entrance"]} for k, v in data["words"].items()}
    halls = []
    for hall in project.halls.values():
        hid = escape(hall.id, quote=True)
        o = hall.outline
        halls.append(
            f'<section class="hall" data-hall="{hid}" aria-labelledby="hall-{hid}">'
            f'<h2 id="hall-{hid}" data-fa="{escape(hall.name_fa, quote=True)}"'
            f' data-en="{escape(hall.name_en, quote=True)}">{escape(hall.name(lang))}</h2>'
            '<div class="zoom" role="group">'
            '<button type="button" class="zin" data-word="zoom_in" aria-label="">+</button>'
            '<button type="button" class="zout" data-word="zoom_out" aria-label="">−</button>'
            '<button type="button" class="zhome" data-word="whole" aria-label="">⤢</button>'
            "</div>"
            f'<div class="viewport" tabindex="0" data-hall="{hid}"'
            f' style="aspect-ratio: {o.w + 2 * MARGIN_CM} / {o.h + 2 * MARGIN_CM}">'
            f"{hall_svg(project, hall.id, stands, svg_words, lang)}</div></section>"
        )
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    title = words["title"].format(event=data["event"][lang])
    values = {
        "CSP": CSP,
        "LANG": lang,
        "DIR": "rtl" if lang == "fa" else "ltr",
        "TITLE": escape(title),
        "FONTS": _font_faces(fonts),
        "STYLE": _asset("map.css"),
        "HALLS": "".join(halls),
        "DATA": payload,
        "SCRIPT": _asset("map.js"),
    }
    # One pass over the template: a name that reads "{{DATA}}" is not a placeholder.
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], _asset("template.html"))
