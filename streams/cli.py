"""`claimwatch`: run the worker, feed articles, read alerts, or check a file without a broker.

Bad input and an unreachable broker end in one line on stderr and exit code 2, never a stack
trace. `feed` and `check` report each bad line ("line 7: invalid JSON: ...") and go on; they
exit 1 if any line was bad.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from schemas import Alert, Claim, InvalidMessage, parse_article
from streams.settings import Settings, SettingsError, bootstrap_servers

EXIT_BAD_LINES = 1
EXIT_USAGE = 2
CONNECT_TIMEOUT = 15.0  # seconds to reach the broker before giving up

cli = typer.Typer(
    name="claimwatch",
    help="Alert when a news claim contradicts an earlier one (Faust on Kafka).",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


class Fatal(Exception):
    """An error for the user: printed as one line, exit code 2."""


def load_settings() -> Settings:
    try:
        return Settings.from_env()
    except SettingsError as exc:
        raise Fatal(str(exc)) from None


def progress(enabled: bool) -> Progress:
    """A progress bar on stderr; stdout stays clean for data."""
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
        disable=not enabled,
    )


# --- worker --------------------------------------------------------------------------------


@cli.command()
def worker(
    web_port: Annotated[
        int | None,
        typer.Option(
            "--web-port",
            min=1,
            max=65535,
            help="Port of /health and /metrics [default: $CLAIMWATCH_WEB_PORT or 6066]",
        ),
    ] = None,
    loglevel: Annotated[
        str, typer.Option("--loglevel", "-l", help="critical, error, warning, info or debug")
    ] = "info",
) -> None:
    """Run the stream processor (agents clean, extract, detect; web /health, /metrics).

    Configured by CLAIMWATCH_* environment variables (broker, partitions, table store, data
    dir); stops cleanly on Ctrl-C or SIGTERM.
    """
    if loglevel.lower() not in ("critical", "error", "warning", "warn", "info", "debug"):
        raise Fatal(f"--loglevel {loglevel!r}: expected critical, error, warning, info or debug")
    if web_port is not None:
        # The app reads its settings at import; the flag overrides the environment.
        os.environ["CLAIMWATCH_WEB_PORT"] = str(web_port)
    settings = load_settings()
    asyncio.run(check_broker(settings.broker))
    settings.data_dir.mkdir(parents=True, exist_ok=True)

    logging.getLogger("aiokafka").setLevel(logging.NOTSET)  # the worker logs them itself

    import faust

    from streams.app import app, topics
    from streams.topics import ensure_topics, topic_specs

    specs = topic_specs(app, topics)
    try:
        asyncio.run(
            ensure_topics(settings.bootstrap_servers, specs, app.conf.topic_replication_factor)
        )
    except Exception as exc:
        raise Fatal(f"cannot prepare the topics: {_why(exc)}") from None
    faust.Worker(app, loglevel=loglevel.lower()).execute_from_commandline()


async def connect(broker: str) -> Any:
    """A bootstrapped aiokafka client, or Fatal with one line if the broker is unreachable."""
    from aiokafka import AIOKafkaClient

    client = AIOKafkaClient(bootstrap_servers=bootstrap_servers(broker), request_timeout_ms=10_000)
    try:
        await asyncio.wait_for(client.bootstrap(), CONNECT_TIMEOUT)
    except (TimeoutError, Exception) as exc:
        await client.close()
        raise unreachable(broker, exc) from None
    return client


async def check_broker(broker: str) -> None:
    """Fail fast with one line when the broker cannot be reached (Faust would retry forever)."""
    client = await connect(broker)
    await client.close()


def unreachable(broker: str, exc: BaseException) -> Fatal:
    if isinstance(exc, TimeoutError):
        why = f"no answer within {CONNECT_TIMEOUT:g} s"
    elif type(exc).__name__ == "KafkaConnectionError":
        why = "connection failed (is it running? see scripts/kafka status)"
    else:
        why = _why(exc)
    return Fatal(f"cannot reach the Kafka broker at {broker}: {why}")


def _why(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


# --- feed ----------------------------------------------------------------------------------


@dataclass
class Item:
    """One message to send: where it came from (for errors), its key and its bytes."""

    where: str  # "line 7" or a file path
    key: bytes | None
    value: bytes
    error: str | None = None


def read_jsonl(lines: Iterator[bytes], raw: bool, max_bytes: int) -> Iterator[Item]:
    for n, line in enumerate(lines, 1):
        line = line.rstrip(b"\r\n")
        if not line.strip():
            continue
        where = f"line {n}"
        if raw:
            yield Item(where, _id_of(line), line)
            continue
        try:
            article = parse_article(line, max_bytes=max_bytes)
        except InvalidMessage as exc:
            yield Item(where, None, line, error=exc.reason)
            continue
        yield Item(where, article.id.encode(), line)


def _id_of(line: bytes) -> bytes | None:
    try:
        data = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    ident = data.get("id") if isinstance(data, dict) else None
    return ident.encode() if isinstance(ident, str) and ident else None


def text_file_article(path: Path) -> dict[str, Any]:
    """A plain-text article: id = file stem, title = first non-empty line, body = the rest."""
    text = path.read_text(encoding="utf-8", errors="replace")
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    title = lines[first].strip() if first is not None else ""
    body = "\n".join(lines[first + 1 :]).strip() if first is not None else ""
    mtime = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    return {
        "id": path.stem,
        "source": "file",
        "published_at": mtime.isoformat().replace("+00:00", "Z"),
        "title": title,
        "body": body,
    }


def read_text_files(paths: list[Path], raw: bool, max_bytes: int) -> Iterator[Item]:
    for path in paths:
        try:
            value = orjson.dumps(text_file_article(path))
        except OSError as exc:
            yield Item(str(path), None, b"", error=f"cannot read: {exc.strerror or exc}")
            continue
        if raw:
            yield Item(str(path), path.stem.encode(), value)
            continue
        try:
            article = parse_article(value, max_bytes=max_bytes)
        except InvalidMessage as exc:
            yield Item(str(path), None, value, error=exc.reason)
            continue
        yield Item(str(path), article.id.encode(), value)


def feed_items(source: str, raw: bool, max_bytes: int) -> tuple[Iterator[Item], int | None]:
    """The items of `source` (`-`, a .jsonl file, a .txt file or a folder) and their count."""
    if source == "-":
        return read_jsonl(iter(sys.stdin.buffer), raw, max_bytes), None
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix == ".txt" and p.is_file())
        if not files:
            raise Fatal(f"{source}: no .txt files in this folder")
        return read_text_files(files, raw, max_bytes), len(files)
    if not path.is_file():
        raise Fatal(f"{source}: no such file or folder")
    if path.suffix == ".txt":
        return read_text_files([path], raw, max_bytes), 1
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise Fatal(f"{source}: cannot read: {exc.strerror or exc}") from None
    lines = data.splitlines()
    return read_jsonl(iter(lines), raw, max_bytes), sum(1 for x in lines if x.strip())


@cli.command()
def feed(
    source: Annotated[
        str,
        typer.Argument(
            metavar="PATH|-",
            help="JSON Lines file (one article per line: id, source, published_at, title, "
            "body, optional url), '-' for stdin, a .txt file, or a folder of .txt files",
        ),
    ],
    broker: Annotated[
        str | None,
        typer.Option(help="Kafka broker, kafka://HOST:PORT [default: $CLAIMWATCH_BROKER]"),
    ] = None,
    topic: Annotated[
        str | None, typer.Option(help="Topic to produce to [default: claimwatch.articles]")
    ] = None,
    raw: Annotated[
        bool, typer.Option("--raw", help="Send lines as they are, without validating them")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Validate only; connect to no broker")
    ] = False,
) -> None:
    """Publish articles to the input topic, keyed by article id.

    Each article is validated first; a bad line is reported on stderr ("line 7: invalid
    JSON: ...") and skipped, the rest are still sent. Exit code 1 if any line was bad.

    A .txt file becomes one article: id = file name without .txt, title = first non-empty
    line, body = the rest, source = "file", published_at = the file's modification time.
    """
    settings = load_settings()
    broker = broker or settings.broker
    topic = topic or settings.topic("articles")
    items, total = feed_items(source, raw, settings.max_article_bytes)
    bad, sent = asyncio.run(_feed(items, total, broker, topic, dry_run))
    verb = "valid" if dry_run else f"sent to {topic}"
    print(f"{sent} article(s) {verb}, {bad} bad", file=sys.stderr)
    if bad:
        raise typer.Exit(EXIT_BAD_LINES)


async def _feed(
    items: Iterator[Item], total: int | None, broker: str, topic: str, dry_run: bool
) -> tuple[int, int]:
    from aiokafka import AIOKafkaProducer
    from aiokafka.errors import KafkaError

    producer = None
    if not dry_run:
        producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap_servers(broker), request_timeout_ms=30_000
        )
        try:
            await asyncio.wait_for(producer.start(), CONNECT_TIMEOUT)
        except (TimeoutError, Exception) as exc:
            await producer.stop()
            raise unreachable(broker, exc) from None
    bad = sent = 0
    pending: list[tuple[str, asyncio.Future[Any]]] = []
    try:
        with progress(sys.stderr.isatty()) as bar:
            task = bar.add_task(f"feeding {topic}", total=total)
            for item in items:
                bar.advance(task)
                if item.error is not None:
                    bad += 1
                    bar.console.print(f"{item.where}: {item.error}", markup=False)
                    continue
                if producer is None:
                    sent += 1
                    continue
                try:
                    fut = await producer.send(topic, item.value, key=item.key)
                except KafkaError as exc:  # e.g. the message is larger than max_request_size
                    bad += 1
                    bar.console.print(f"{item.where}: not sent: {_why(exc)}", markup=False)
                    continue
                pending.append((item.where, fut))
            for where, fut in pending:
                try:
                    await fut
                    sent += 1
                except KafkaError as exc:
                    bad += 1
                    bar.console.print(f"{where}: not sent: {_why(exc)}", markup=False)
    finally:
        if producer is not None:
            await producer.stop()
    return bad, sent


# --- alerts --------------------------------------------------------------------------------


def format_alert(alert: Alert) -> str:
    """The explanation, then each claim: who, when, and the sentence it was read from."""

    def claim_line(label: str, claim: Claim) -> str:
        date = (claim.as_of or claim.published_at or "")[:10]
        return f"  {label} {claim.speaker or '?'} ({date}, {claim.source}): {claim.text}"

    head = f"[{alert.kind} {alert.confidence:.2f}] {alert.explanation}"
    return "\n".join(
        [head, claim_line("new:    ", alert.claim), claim_line("earlier:", alert.conflicts_with)]
    )


@cli.command()
def alerts(
    follow: Annotated[
        bool, typer.Option("--follow", "-f", help="Keep waiting for new alerts")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object (Alert) per line")
    ] = False,
    from_beginning: Annotated[
        bool,
        typer.Option(
            "--from-beginning/--latest", help="Start at the oldest alert, or only new ones"
        ),
    ] = True,
    timeout: Annotated[
        float | None,
        typer.Option(
            min=0,
            help="Wait up to SECONDS: without --follow, for the first alert (exit 1 if none "
            "came); with --follow, in total",
        ),
    ] = None,
    max_alerts: Annotated[
        int | None, typer.Option("--max", min=1, help="Exit after N alerts")
    ] = None,
    broker: Annotated[
        str | None,
        typer.Option(help="Kafka broker, kafka://HOST:PORT [default: $CLAIMWATCH_BROKER]"),
    ] = None,
    topic: Annotated[
        str | None, typer.Option(help="Topic to read [default: claimwatch.alerts]")
    ] = None,
) -> None:
    """Print the alerts on the alerts topic.

    Without --follow, prints what is there and exits once caught up; with --timeout it
    first waits for at least one alert. Reads with no consumer group, so it never moves the
    worker's offsets.
    """
    settings = load_settings()
    broker = broker or settings.broker
    topic = topic or settings.topic("alerts")
    code = asyncio.run(_alerts(broker, topic, follow, as_json, from_beginning, timeout, max_alerts))
    raise typer.Exit(code)


async def _alerts(
    broker: str,
    topic: str,
    follow: bool,
    as_json: bool,
    from_beginning: bool,
    timeout: float | None,
    max_alerts: int | None,
) -> int:
    from aiokafka import AIOKafkaConsumer, TopicPartition

    deadline = None if timeout is None else time.monotonic() + timeout
    waiting = follow or deadline is not None

    def expired() -> bool:
        return deadline is not None and time.monotonic() >= deadline

    # The topic may not exist until a worker has started; wait for it if asked to.
    client = await connect(broker)
    try:
        while True:
            parts = (await client.fetch_all_metadata()).partitions_for_topic(topic)
            if parts or not waiting or expired():
                break
            await asyncio.sleep(0.5)
    finally:
        await client.close()
    if not parts:
        if waiting and not follow:
            print(f"claimwatch: no alerts: topic {topic} does not exist", file=sys.stderr)
            return EXIT_BAD_LINES
        return 0

    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap_servers(broker),
        group_id=None,
        enable_auto_commit=False,
        request_timeout_ms=30_000,
    )
    try:
        await asyncio.wait_for(consumer.start(), CONNECT_TIMEOUT)
    except (TimeoutError, Exception) as exc:
        await consumer.stop()
        raise unreachable(broker, exc) from None
    printed = 0
    try:
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        consumer.assign(tps)
        if from_beginning:
            await consumer.seek_to_beginning(*tps)
        else:
            await consumer.seek_to_end(*tps)
        while True:
            batch = await consumer.getmany(*tps, timeout_ms=500)
            for records in batch.values():
                for record in records:
                    print(_render(record.value, as_json), flush=True)
                    printed += 1
                    if max_alerts is not None and printed >= max_alerts:
                        return 0
            if expired():
                break
            if batch or follow:
                continue
            ends = await consumer.end_offsets(tps)
            caught_up = all([await consumer.position(tp) >= ends[tp] for tp in tps])
            if caught_up and (deadline is None or printed > 0):
                break
    finally:
        await consumer.stop()
    if not follow and deadline is not None and printed == 0:
        print(f"claimwatch: no alerts within {timeout:g} s", file=sys.stderr)
        return EXIT_BAD_LINES
    return 0


def _render(value: bytes | None, as_json: bool) -> str:
    if as_json:
        return (value or b"").decode("utf-8", "replace")
    try:
        return format_alert(Alert.from_dict(orjson.loads(value or b"")))
    except Exception as exc:  # someone else wrote to the topic
        return f"(unreadable alert: {_why(exc)})"


# --- check ---------------------------------------------------------------------------------


@cli.command()
def check(
    path: Annotated[
        str,
        typer.Argument(metavar="FILE.jsonl|-", help="JSON Lines articles, oldest first"),
    ],
    batch_size: Annotated[
        int | None, typer.Option(min=1, help="Articles per NLP batch [default: 16]")
    ] = None,
) -> None:
    """Run the whole pipeline over a file, in order, without a broker.

    Prints each alert as one JSON line on stdout; bad lines are reported on stderr with
    their line numbers (exit code 1 if there were any).
    """
    settings = load_settings()
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            raise Fatal(f"{path}: no such file") from None
        except OSError as exc:
            raise Fatal(f"{path}: cannot read: {exc.strerror or exc}") from None
    numbered = [(n, line) for n, line in enumerate(data.splitlines(), 1) if line.strip()]

    from claimwatch.pipeline import Pipeline

    pipeline = Pipeline(batch_size=batch_size or settings.batch_size)
    bad = 0
    with progress(sys.stderr.isatty()) as bar:
        task = bar.add_task("checking", total=len(numbered))
        # process_raw yields exactly one outcome per message, in input order.
        outcomes = pipeline.process_raw(line for _, line in numbered)
        for (n, _), outcome in zip(numbered, outcomes, strict=True):
            bar.advance(task)
            if outcome.error is not None:
                bad += 1
                bar.console.print(f"line {n}: {outcome.error}", markup=False)
            for alert in outcome.alerts:
                sys.stdout.buffer.write(orjson.dumps(alert.to_dict()) + b"\n")
            sys.stdout.flush()
    if bad:
        raise typer.Exit(EXIT_BAD_LINES)


def main() -> None:
    """Console-script entry point."""
    # aiokafka logs each failed connection attempt; our own one-line error says it better.
    # (The worker configures logging itself and shows them again.)
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    try:
        cli()
    except Fatal as exc:
        print(f"claimwatch: {exc}", file=sys.stderr)
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
