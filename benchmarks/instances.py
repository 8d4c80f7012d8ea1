"""The benchmark instances: generated exhibitions stored as gzipped project files.

`python -m benchmarks.instances` writes any that are missing (the generator is deterministic,
so the files only pin the exact instances down). 1.2 booths per exhibitor, one hall per 400
exhibitors; `-clash` instances add the generator's known clash (surplus exhibitors and a water
shortage) for the explanation benchmark.
"""

from __future__ import annotations

import gzip
import os
import tempfile
from pathlib import Path

from qods_planner.files import load_project, save_project
from qods_planner.generate import generate_project
from qods_planner.model import Project

HERE = Path(__file__).resolve().parent / "instances"
SIZES = (50, 200, 400, 1000, 2000)
SEEDS = (1, 2, 3)
BOOTHS_PER_EXHIBITOR = 1.2


def name(exhibitors: int, seed: int, clash: bool = False) -> str:
    return f"gen-{exhibitors:04d}-s{seed}{'-clash' if clash else ''}"


def path_of(exhibitors: int, seed: int, clash: bool = False) -> Path:
    return HERE / f"{name(exhibitors, seed, clash)}.qods.json.gz"


def generate(exhibitors: int, seed: int, clash: bool = False) -> Project:
    booths = round(BOOTHS_PER_EXHIBITOR * exhibitors)
    halls = max(1, exhibitors // 400)
    return generate_project(exhibitors, booths, halls, seed, feasible=not clash)


def ensure(exhibitors: int, seed: int, clash: bool = False) -> Path:
    """The instance file, written first if missing."""
    path = path_of(exhibitors, seed, clash)
    if not path.exists():
        HERE.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            plain = Path(tmp) / "p.qods.json"
            save_project(generate(exhibitors, seed, clash), plain)
            path.write_bytes(gzip.compress(plain.read_bytes(), mtime=0))
    return path


def load(path: Path) -> Project:
    """Load a gzipped project file through the normal, validating loader."""
    fd, tmp = tempfile.mkstemp(suffix=".qods.json")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(gzip.decompress(path.read_bytes()))
        return load_project(tmp)
    finally:
        os.unlink(tmp)


if __name__ == "__main__":
    for n in SIZES:
        for s in SEEDS:
            print(ensure(n, s))
        print(ensure(n, 1, clash=True))
