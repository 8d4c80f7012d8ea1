"""The one error printing raises: its message is translated and ready to show."""

from __future__ import annotations


class PrintError(Exception):
    """The plan cannot be printed (no halls, an unknown paper, a file that cannot be written)."""
