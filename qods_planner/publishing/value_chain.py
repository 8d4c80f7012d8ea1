"""The sectors in value-chain order, read from the complementarity matrix.

Sectors that feed each other should follow each other in the catalogue (mining → basic metals →
machining → automotive parts), but the matrix is symmetric: it says which sectors belong
together, not which way goods flow. The order is found in three steps, all deterministic:

1. **Chains.** Pairs are taken heaviest first (ties in the project's sector order); a pair
   joins two chain ends when neither sector already has two chain neighbours and it closes no
   loop (the greedy path cover of the matrix). Each chain is a run of sectors whose
   neighbours complement each other as strongly as the matrix allows.
2. **Direction.** A chain runs from its *less connected* end (the smaller sum of its weights
   with every sector: raw materials feed few, finished goods draw on many) to the other; a tie
   starts at the end that comes first in the project.
3. **Chains in order.** Longer chains first; equal lengths by their first sector in the project.
   Sectors that complement none stand alone at the end, in the project's order.
"""

from __future__ import annotations

from ..model import Project


def value_chain_order(project: Project) -> list[str]:
    """Every sector id of `project` once, in value-chain order (see the module doc)."""
    order = {sid: i for i, sid in enumerate(project.sectors)}
    weights = project.complementarity.weights
    pairs = sorted(
        ((a, b, w) for (a, b), w in weights.items() if a in order and b in order and w > 0),
        key=lambda p: (-p[2], min(order[p[0]], order[p[1]]), max(order[p[0]], order[p[1]])),
    )
    links: dict[str, list[str]] = {sid: [] for sid in order}
    chain_of = {sid: sid for sid in order}  # union-find: a loop would join a chain to itself

    def root(s: str) -> str:
        while chain_of[s] != s:
            chain_of[s] = chain_of[chain_of[s]]
            s = chain_of[s]
        return s

    for a, b, _ in pairs:
        if len(links[a]) < 2 and len(links[b]) < 2 and root(a) != root(b):
            links[a].append(b)
            links[b].append(a)
            chain_of[root(a)] = root(b)
    strength = {sid: 0 for sid in order}
    for (a, b), w in weights.items():
        if a in order and b in order:
            strength[a] += w
            strength[b] += w
    chains: list[list[str]] = []
    seen: set[str] = set()
    for sid in order:
        if sid in seen or len(links[sid]) == 2:
            continue
        chain = _walk(sid, links)
        seen.update(chain)
        first, last = chain[0], chain[-1]
        if (strength[last], order[last]) < (strength[first], order[first]):
            chain.reverse()
        chains.append(chain)
    alone = [c for c in chains if len(c) == 1 and not strength[c[0]]]
    linked = [c for c in chains if c not in alone]
    linked.sort(key=lambda c: (-len(c), min(order[s] for s in c)))
    return [s for chain in (*linked, *alone) for s in chain]


def _walk(start: str, links: dict[str, list[str]]) -> list[str]:
    chain, previous, here = [start], None, start
    while True:
        nxt = [n for n in links[here] if n != previous]
        if not nxt:
            return chain
        previous, here = here, nxt[0]
        chain.append(here)


def supply_chain(project: Project, sector_id: str) -> list[str]:
    """The sectors that complement `sector_id` (weight > 0), strongest first, then in the
    project's order: what "show the supply chain" lights up."""
    order = {sid: i for i, sid in enumerate(project.sectors)}
    found = [
        (other, project.complementarity.weight(sector_id, other))
        for other in project.sectors
        if other != sector_id
    ]
    return [s for s, w in sorted(found, key=lambda x: (-x[1], order[x[0]])) if w > 0]
