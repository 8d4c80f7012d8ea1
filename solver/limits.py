"""Time limits that need no OR-Tools: the desktop program reads them on its GUI thread, where
OR-Tools is never loaded (docs/architecture.md)."""

from __future__ import annotations

# A re-solve's time limit is at most this: its targets are the minimal-move plan within 1 s
# and the whole frontier within 10 s (measured: benchmarks/analysis-resolve.md).
RESOLVE_LIMIT_S = 10.0


def limit_for(
    time_limit_s: float, is_resolve: bool, resolve_limit_s: float = RESOLVE_LIMIT_S
) -> float:
    """The time limit a solve runs with: a re-solve's is at most `resolve_limit_s`."""
    return min(time_limit_s, resolve_limit_s) if is_resolve else time_limit_s
