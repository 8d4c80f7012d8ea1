"""Solver benchmarks: `python -m benchmarks.run [--quick]` (see docs/benchmarks.md)."""
