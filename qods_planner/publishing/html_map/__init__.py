"""The offline floor map for visitors: one self-contained HTML file (see `page`)."""

from .page import CSP, build_html, map_data
from .words import WORDS, templates

__all__ = ["CSP", "WORDS", "build_html", "map_data", "templates"]
