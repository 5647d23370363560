"""Signs in as the demo owner; prints a new owner-role API token, the
owner's user ID and the token's ID, separated by spaces."""
import json
import sys
import urllib.request
from http.cookiejar import CookieJar

base = sys.argv[1]
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))


def post(path, body, headers=None):
    req = urllib.request.Request(
        base + path,
        data=json.dumps(body).encode(),
        headers={"content-type": "application/json", **(headers or {})},
        method="POST",
    )
    with opener.open(req) as resp:
        return json.load(resp)


login = post("/api/v1/auth/login", {"tenant": "demo", "email": "owner@demo.test", "password": "demo-owner-password"})
token = post("/api/v1/tokens", {"name": "api fuzzing", "role": "owner"}, {"x-csrf-token": login["csrf_token"]})
print(token["token"], login["user"]["id"], token["id"])
