"""Benchmarks and benchmark wires: `python -m bench.run`, `python -m bench.wire N`."""
