"""Every word the floor map shows, as templates in both languages: the page switches language
without a network, so it carries both. Placeholders ({hall}, {n}) are filled by the script.
The Persian templates come from the core's catalogue (`messages/fa_publishing.py`)."""

from __future__ import annotations

from ...messages import catalogue

WORDS = {
    "title": "{event} — floor map",
    "skip": "Skip to the list of exhibitors",
    "language": "Language",
    "search": "Search exhibitors or booths",
    "search_hint": "A name in Persian or English, or a booth label",
    "found": "{n} found",
    "nothing": "Nothing found",
    "sectors": "Sectors",
    "all": "Show all",
    "none": "Hide all",
    "zoom_in": "Zoom in",
    "zoom_out": "Zoom out",
    "whole": "Whole hall",
    "plan_of": "Plan of {hall}: + and − zoom, arrow keys move; choose a stand in the list",
    "list": "List of exhibitors",
    "shown": "{n} of {total} exhibitors shown",
    "exhibitor": "Exhibitor",
    "booths": "Booth(s)",
    "hall": "Hall",
    "sector": "Sector",
    "chain": "Show the supply chain",
    "chain_on": "Supply chain of {sector}: {sectors}",
    "chain_none": "No sector complements {sector}",
    "clear": "Clear",
    "close": "Close",
    "entrance": "Entrance",
    "open_card": "{name}, booth {booths}",
}


def templates(language: str) -> dict[str, str]:
    """WORDS in `language` (English keys stay as written)."""
    if language == "en":
        return dict(WORDS)
    translated = catalogue(language)
    return {k: translated.get(v, v) for k, v in WORDS.items()}
