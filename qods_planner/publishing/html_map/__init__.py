"""The offline floor map for visitors: one self-contained HTML file (see `page`)."""

from .map_words import WORDS, templates
from .page import CSP, build_html, map_data

__all__ = ["CSP", "WORDS", "build_html", "map_data", "templates"]
