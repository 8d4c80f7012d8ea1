"""Whether two stands touch: the one test of neighbourhood between placements."""

from __future__ import annotations

from .instance import Instance


def stands_touch(inst: Instance, p: int, q: int, *, apart_only: bool = False) -> bool:
    """True when a booth of placement `p` neighbours a booth of placement `q`; with
    `apart_only`, only by a relation that must keep competitors apart."""
    other = set(inst.p_booths[q])
    return any(
        n in other and (apart or not apart_only)
        for b in inst.p_booths[p]
        for n, _f, apart in inst.nbrs[b]
    )
