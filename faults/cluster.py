"""Processes the harness starts and must stop: a local broker (scripts/kafka) and workers.

A worker is started in its own session (Ctrl-C in the terminal reaches the harness only, which
then stops it) and asks the kernel to SIGKILL it if the harness dies (PR_SET_PDEATHSIG), so
not even a killed harness leaves a worker behind. The broker runs detached (scripts/kafka);
`Broker.stop()` is always called on the way out.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
KAFKA_SCRIPT = ROOT / "scripts" / "kafka"
CLAIMWATCH = str(Path(sys.executable).parent / "claimwatch")
PR_SET_PDEATHSIG = 1


def free_port(pairs: int = 1) -> int:
    """A free TCP port on 127.0.0.1 such that port .. port+pairs-1 are all free."""
    for _ in range(200):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        if port + pairs <= 65535 and all(_is_free(port + i) for i in range(1, pairs)):
            return port
    raise RuntimeError("no free port")


def _is_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


class Broker:
    """One local KRaft broker from scripts/kafka, on its own ports and run dir (the fault
    harness and the benchmark both run theirs through this)."""

    def __init__(self, run_dir: Path, port: int | None = None, partitions: int | None = None) -> None:
        self.run_dir = run_dir
        self.port = port or free_port(pairs=2)
        self.partitions = partitions  # the topics' default; None: the script's
        self.started = False

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        try:
            return int((self.run_dir / "kafka.pid").read_text().strip())
        except (OSError, ValueError):
            return None

    def _env(self, keep_data: bool) -> dict[str, str]:
        env = {
            **os.environ,
            "KAFKA_PORT": str(self.port),
            "KAFKA_CONTROLLER_PORT": str(self.port + 1),
            "KAFKA_RUN_DIR": str(self.run_dir),
            "KAFKA_KEEP_DATA": "1" if keep_data else "0",
        }
        if self.partitions is not None:
            env["KAFKA_PARTITIONS"] = str(self.partitions)
        return env

    def start(self, keep_data: bool = False) -> None:
        """Start it (keep_data: on the data of the previous start) and wait until it serves."""
        self.started = True  # from here on, stop() must run
        # Own session: a Ctrl-C at the terminal must not kill the script half-way; we stop it.
        done = subprocess.run(
            [str(KAFKA_SCRIPT), "start"],
            env=self._env(keep_data),
            capture_output=True,
            text=True,
            timeout=600,
            start_new_session=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"scripts/kafka start failed:\n{done.stdout}\n{done.stderr}")

    def stop(self) -> None:
        if not self.started:
            return
        subprocess.run(
            [str(KAFKA_SCRIPT), "stop"],
            env=self._env(True),
            capture_output=True,
            text=True,
            timeout=120,
            start_new_session=True,
        )


def die_with_parent() -> None:  # runs in the child between fork and exec
    with contextlib.suppress(OSError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


class Worker:
    """`claimwatch worker` subprocesses, one at a time, with the same environment and data
    dir each time (a restart after a crash)."""

    def __init__(self, env: dict[str, str], data_dir: Path, log_dir: Path) -> None:
        self.env = env
        self.data_dir = data_dir
        self.log_dir = log_dir
        self.web_port = int(env["CLAIMWATCH_WEB_PORT"])
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self.log_path: Path | None = None

    def start(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            raise RuntimeError("a worker is already running")
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = self.log_dir / f"worker{self.starts}.log"
        self.starts += 1
        with self.log_path.open("wb") as log:
            self.proc = subprocess.Popen(
                [CLAIMWATCH, "worker", "--loglevel", "info"],
                cwd=self.data_dir,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                preexec_fn=die_with_parent,
            )

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        """SIGKILL: no clean shutdown, no commit, no leaving the group."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        """SIGTERM (a clean stop), SIGKILL if it hangs."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()

    def health(self) -> dict[str, Any] | None:
        try:
            with urllib.request.urlopen(
                f"http://127.0.0.1:{self.web_port}/health", timeout=5
            ) as resp:
                return dict(json.loads(resp.read()))
        except urllib.error.HTTPError as exc:
            try:
                return dict(json.loads(exc.read()))
            except ValueError:
                return None
        except (OSError, ValueError):
            return None

    def wait_ready(self, timeout: float, should_stop: Callable[[], bool] = lambda: False) -> dict:
        """Wait until /health says ready and the table has been recovered; the health."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not should_stop():
            if not self.alive:
                raise RuntimeError(f"worker exited ({self.returncode}):\n{self.log_tail()}")
            health = self.health()
            if (
                health
                and health.get("ready")
                and health.get("detector", {}).get("table_recoveries", 0) >= 1
            ):
                return health
            time.sleep(0.25)
        raise RuntimeError(f"worker not ready after {timeout:.0f} s:\n{self.log_tail()}")

    @property
    def returncode(self) -> int | None:
        return None if self.proc is None else self.proc.poll()

    def log_tail(self, chars: int = 4000) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-chars:]
