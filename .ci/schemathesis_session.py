"""schemathesis hook: authenticate with a session cookie and its CSRF token,
signing in again whenever an answer is 401 (after a fuzzed logout or a
revoked session)."""
import os

import requests
import schemathesis

BASE = os.environ["STEWARD_BASE"]


@schemathesis.auth(refresh_interval=3600, retry_on=[401])
class SessionLogin:
    def get(self, case, context):
        r = requests.post(
            f"{BASE}/api/v1/auth/login",
            json={"tenant": "demo", "email": "owner@demo.test", "password": "demo-owner-password"},
            timeout=10,
        )
        r.raise_for_status()
        return {"cookie": r.cookies["steward_session"], "csrf": r.json()["csrf_token"]}

    def set(self, case, data, context):
        case.cookies = dict(case.cookies or {}, steward_session=data["cookie"])
        case.headers = dict(case.headers or {}, **{"X-CSRF-Token": data["csrf"]})
