"""A Steward server for the browser tests: the debug build on a fresh data
directory, one tenant with a user per role, mail written to files, and jobs
every second. Chromium is Debian's (/usr/bin/chromium)."""

import json
import os
import pathlib
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
import http.cookiejar

import pytest
from playwright.sync_api import expect

# A loaded CI machine (two cores, a build beside) is slow: wait up to 15 s.
expect.set_options(timeout=15_000)

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = ROOT / "target" / "debug" / "steward"
SHOTS = ROOT / "target" / "e2e"
CHROMIUM = os.environ.get("STEWARD_E2E_CHROMIUM", "/usr/bin/chromium")
PASSWORD = "a long enough password"


class Server:
    slug = "acme"
    password = PASSWORD
    owner_email = "owner@acme.test"
    staff_email = "sam.staff@acme.test"
    admin_email = "ada.admin@acme.test"
    viewer_email = "vic.viewer@acme.test"

    def __init__(self, tmp: pathlib.Path):
        self.tmp = tmp
        self.data = tmp / "data"
        self.mail_dir = self.data / "mail"
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.env = dict(
            os.environ,
            STEWARD_DATA_DIR=str(self.data),
            STEWARD_SERVER__ADDR=f"127.0.0.1:{self.port}",
            STEWARD_SERVER__PUBLIC_URL=f"http://127.0.0.1:{self.port}",
            STEWARD_JOBS__INTERVAL="PT1S",
            STEWARD_LOG__LEVEL="warn",
        )
        self.proc = None
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.csrf = None

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def cli(self, *args: str) -> str:
        out = subprocess.run([str(BIN), *args], env=self.env, cwd=self.tmp,
                             capture_output=True, text=True)
        assert out.returncode == 0, f"steward {' '.join(args)}: {out.stderr}"
        return out.stdout

    def start(self) -> None:
        self.cli("tenant", "create", "--slug", self.slug, "--name", "Acme Ltd",
                 "--owner-email", self.owner_email, "--owner-password", PASSWORD)
        self.log = open(self.tmp / "server.log", "w")
        self.proc = subprocess.Popen([str(BIN), "serve"], env=self.env, cwd=self.tmp,
                                     stdout=self.log, stderr=subprocess.STDOUT)
        for _ in range(150):
            try:
                urllib.request.urlopen(self.url("/healthz"), timeout=1)
                break
            except Exception:
                if self.proc.poll() is not None:
                    raise RuntimeError("the server exited: see " + str(self.tmp / "server.log"))
                time.sleep(0.2)
        else:
            raise RuntimeError("the server did not answer /healthz")
        login = self.api("POST", "/auth/login", {"tenant": self.slug, "email": self.owner_email,
                                                  "password": PASSWORD})
        self.csrf = login["csrf_token"]
        for email, name, role in [(self.staff_email, "Sam Staff", "staff"),
                                  (self.admin_email, "Ada Admin", "admin"),
                                  (self.viewer_email, "Vic Viewer", "viewer")]:
            self.api("POST", "/users", {"email": email, "name": name, "role": role,
                                        "password": PASSWORD})

    def api(self, method: str, path: str, body=None):
        req = urllib.request.Request(self.url("/api/v1" + path), method=method,
                                     data=None if body is None else json.dumps(body).encode())
        req.add_header("content-type", "application/json")
        if self.csrf:
            req.add_header("x-csrf-token", self.csrf)
        with self.opener.open(req) as resp:
            raw = resp.read()
            return json.loads(raw) if raw else None

    def api_customer(self, name: str, email: str) -> str:
        return self.api("POST", "/customers", {"name": name, "email": email})["id"]

    def run_jobs(self) -> None:
        self.cli("jobs", "run-once")

    def stop(self) -> None:
        if self.proc:
            self.proc.terminate()
            self.proc.wait(timeout=20)
            self.log.close()


@pytest.fixture(scope="session")
def server():
    assert BIN.exists(), f"{BIN} is missing: run cargo build first"
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed"
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="steward-e2e-"))
    s = Server(tmp)
    s.start()
    yield s
    s.stop()
    # The server's log stays beside the screenshots, to read after a failure.
    SHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(tmp / "server.log", SHOTS / "server.log")
    shutil.copytree(tmp / "data" / "mail", SHOTS / "mail", dirs_exist_ok=True)
    shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    assert pathlib.Path(CHROMIUM).exists(), f"Chromium is missing at {CHROMIUM}"
    return {**browser_type_launch_args, "executable_path": CHROMIUM}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1440, "height": 900},
            "accept_downloads": True}


@pytest.fixture
def shots(request):
    """Saves a full-page screenshot as target/e2e/<test>-<name>.png."""
    SHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str, width: int | None = None):
        if width:
            page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SHOTS / f"{request.node.name}-{name}.png"), full_page=True)
        if width:
            # Nothing may overflow sideways at this width.
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{name}: the page is {overflow}px wider than {width}px"
            page.set_viewport_size({"width": 1440, "height": 900})

    return take


@pytest.fixture(autouse=True)
def no_blocked_content(page):
    """A page the Content-Security-Policy had to block something on fails."""
    page.set_default_timeout(15_000)
    problems = []
    page.on("console", lambda m: m.type == "error" and problems.append(m.text))
    yield
    blocked = [p for p in problems if "Content Security Policy" in p]
    assert not blocked, blocked
