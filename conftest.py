"""Fixtures for the whole suite: services a test needs, headless Chromium, a real Celery worker process.

Markers do the service checks: `postgres` needs PostgreSQL (DATABASE_URL), `worker` needs PostgreSQL and
Redis (REDIS_URL), `browser` needs /usr/bin/chromium.  Missing, the test skips with the reason; with CI=true
it fails instead.  bin/test sets all of this up.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's ORM would refuse to run beside it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def _missing(service: str) -> str | None:
    """Return why `service` is unavailable, or None when it is there."""
    if service == "postgres":
        from django.conf import settings

        if "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
            return "needs PostgreSQL: set DATABASE_URL=postgres://… (bin/test does)"
        return None
    if service == "redis":
        url = os.environ.get("REDIS_URL")
        if not url:
            return "needs Redis: set REDIS_URL=redis://… (bin/test does)"
        try:
            import redis

            redis.Redis.from_url(url, socket_connect_timeout=3).ping()
        except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
            return f"Redis at {url} does not answer: {exc}"
        return None
    if service == "chromium":
        if not os.access(CHROMIUM, os.X_OK):
            return f"needs {CHROMIUM} (apt-get install chromium fonts-noto-core; bin/test does)"
        return None
    raise ValueError(f"unknown service {service!r}")


def require_service(service: str) -> None:
    """Skip the running test when `service` is unavailable; fail it instead when CI=true."""
    reason = _missing(service)
    if reason is None:
        return
    if in_ci():
        pytest.fail(f"CI=true and {service} is unavailable: {reason}", pytrace=False)
    pytest.skip(reason)


MARKER_SERVICES = {"postgres": ["postgres"], "worker": ["postgres", "redis"], "browser": ["chromium"]}


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Check a marked test's services before its fixtures start anything."""
    for marker, services in MARKER_SERVICES.items():
        if item.get_closest_marker(marker):
            for service in services:
                require_service(service)


@pytest.fixture(name="require_service")
def require_service_fixture():
    """`require_service("redis")` inside a test: skip (or fail in CI) when Redis is unavailable."""
    return require_service


# --- Playwright ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's chromium instead of a downloaded browser (nothing can be downloaded here)."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


# --- A real Celery worker -----------------------------------------------------------------------------------

@dataclass
class WorkerProcess:
    process: subprocess.Popen
    queue: str
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_for_log(self, pattern: str, timeout: float = 30) -> re.Match:
        """Wait until the worker's log matches `pattern` (a regex); fail with the log when it does not."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            match = re.search(pattern, self.log())
            if match:
                return match
            if self.process.poll() is not None:
                break
            time.sleep(0.2)
        pytest.fail(f"worker log never matched {pattern!r} within {timeout}s; log:\n{self.log()[-5000:]}")


def _database_url(settings_dict: dict) -> str:
    user = quote(settings_dict.get("USER") or "", safe="")
    password = quote(settings_dict.get("PASSWORD") or "", safe="")
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = settings_dict.get("HOST") or "localhost"
    port = f":{settings_dict['PORT']}" if settings_dict.get("PORT") else ""
    return f"postgres://{auth}{host}{port}/{quote(settings_dict['NAME'], safe='')}"


def _reset_producer(app) -> None:
    """Drop the Celery app's cached connections and routing so changed settings take effect."""
    app._pool = None  # not closed: kombu keeps pools in a global registry and would hand the closed one back
    app.__dict__.pop("amqp", None)


@pytest.fixture
def celery_worker_process(transactional_db, tmp_path):
    """Start `celery -A newsroom worker` against REDIS_URL and the test database; stop it after the test.

    Tasks sent by this process go to a queue of this run only (no stale messages from other runs), and are
    not run eagerly.  The test must commit its rows (transactional_db or live_server) for the worker to see them.
    """
    require_service("postgres")
    require_service("redis")
    from django.db import connection

    from newsroom.celery import app

    redis_url = os.environ["REDIS_URL"]
    queue = f"newsroom-test-{uuid.uuid4().hex[:12]}"
    log_path = tmp_path / "celery-worker.log"
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "newsroom.settings_test"),
        "DATABASE_URL": _database_url(connection.settings_dict),
        "CELERY_BROKER_URL": redis_url,
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "NEWSROOM_VAR_DIR": str(tmp_path / "var"),
        "PYTHONUNBUFFERED": "1",
    }
    command = [
        sys.executable, "-m", "celery", "-A", "newsroom", "worker", "--pool=solo", "--concurrency=1",
        "--queues", queue, "--hostname", f"{queue}@%h", "--loglevel=INFO",
        "--without-gossip", "--without-mingle", "--without-heartbeat",
    ]
    with open(log_path, "wb") as log_file:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT)
    worker = WorkerProcess(process=process, queue=queue, log_path=log_path)

    saved = {key: app.conf[key] for key in ("broker_url", "task_always_eager", "task_default_queue")}
    try:
        worker.wait_for_log(r"\bready\.", timeout=60)
        app.conf.update(broker_url=redis_url, task_always_eager=False, task_default_queue=queue)
        _reset_producer(app)
        yield worker
    finally:
        app.conf.update(saved)
        _reset_producer(app)
        process.terminate()  # warm shutdown: finishes the task at hand
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        print(f"--- celery worker log ({log_path}) ---\n{worker.log()[-5000:]}")
        _forget_queue(redis_url, queue)


def _forget_queue(redis_url: str, queue: str) -> None:
    """Remove this run's queue and kombu's bookkeeping of it from Redis (it may be shared with other work)."""
    import redis

    client = redis.Redis.from_url(redis_url)
    name = queue.encode()
    try:
        client.delete(queue)
        for key in client.scan_iter("_kombu.binding*"):
            if name in key:
                client.delete(key)
            elif (kind := client.type(key)) == b"set":
                if members := [m for m in client.smembers(key) if name in m]:
                    client.srem(key, *members)
            elif kind == b"zset":
                if members := [m for m in client.zrange(key, 0, -1) if name in m]:
                    client.zrem(key, *members)
    except redis.RedisError:
        pass
    finally:
        client.close()
