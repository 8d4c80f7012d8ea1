"""Find import cycles between modules, and between subpackages, of the three packages.

    python scripts/import_cycles.py        # prints each cycle; exits 1 when there is one

Every import counts, including those under `if TYPE_CHECKING:` and inside functions: a
cycle there still ties the modules together for a reader. Subpackages are compared at every
depth (`ui.planning` against `ui.solving`, `solver.run` against `solver.stand_rules`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

import grimp

PACKAGES = ("qods_planner", "solver", "ui")


def strongly_connected(nodes: Iterable[str], edges: dict[str, set[str]]) -> list[list[str]]:
    """The groups of two or more nodes that reach each other (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def cycles(packages: Iterable[str] = PACKAGES) -> tuple[list[list[str]], list[list[str]]]:
    """(module cycles, subpackage cycles) among `packages`."""
    graph = grimp.build_graph(*packages, cache_dir=None)
    modules = sorted(graph.modules)
    imports = {m: set(graph.find_modules_directly_imported_by(m)) & set(modules) for m in modules}
    parents = {m for m in modules if any(o.startswith(m + ".") for o in modules)}

    def package_of(module: str) -> str:
        return module if module in parents else module.rpartition(".")[0]

    between: dict[str, set[str]] = {}
    for importer, imported_all in imports.items():
        for imported in imported_all:
            a, b = package_of(importer), package_of(imported)
            # A package and its own subpackages are one tree: only siblings and cousins count.
            if a != b and not a.startswith(b + ".") and not b.startswith(a + "."):
                between.setdefault(a, set()).add(b)
    packages_found = sorted({package_of(m) for m in modules})
    return strongly_connected(modules, imports), strongly_connected(packages_found, between)


def main() -> int:
    module_cycles, package_cycles = cycles()
    for group in module_cycles:
        print("module cycle:", " <-> ".join(group))
    for group in package_cycles:
        print("package cycle:", " <-> ".join(group))
    print(f"{len(module_cycles)} module cycle(s), {len(package_cycles)} package cycle(s)")
    return 1 if module_cycles or package_cycles else 0


if __name__ == "__main__":
    sys.exit(main())
