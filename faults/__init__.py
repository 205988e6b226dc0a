"""The fault harness: claimwatch on a real broker under crashes, restarts and bad input.

`python -m faults.run` feeds a realistic wire (bench.wire) with bad input mixed in to a
worker, kills the worker with SIGKILL at seeded random moments and restarts it, restarts the
broker once, and compares the alerts on the output topic with a clean run of the same wire.
See faults/run.py.
"""
