"""schemathesis hook for the token pass: the fuzzer may do anything an owner
can, except lock out the identity it runs as. Disabling or demoting the
token's maker, or revoking the token itself, would turn every later answer
into a 401 and leave the rest of the run testing nothing; such calls are sent
to an unknown ID instead (a 404, still checked against the spec). Likewise a
cancellation of the tenant is never confirmed with its real slug, nor an
erasure with the customer's real ID (both a 422)."""
import os
import uuid

import schemathesis

PROTECTED = {
    ("PATCH", "/users/{id}"): os.environ["STEWARD_FUZZ_MAKER_ID"],
    ("DELETE", "/tokens/{id}"): os.environ["STEWARD_FUZZ_TOKEN_ID"],
}


@schemathesis.hook
def before_call(ctx, case, kwargs):
    own = PROTECTED.get((case.method.upper(), case.operation.path))
    params = case.path_parameters
    if own is not None and params is not None and str(params.get("id")) == own:
        params["id"] = str(uuid.uuid4())
    if (case.method.upper(), case.operation.path) == ("POST", "/tenant/cancel"):
        body = case.body if isinstance(case.body, dict) else None
        if body is not None and str(body.get("confirm", "")).strip() == "demo":
            body["confirm"] = "not-the-slug"
    if case.method.upper() == "POST" and case.operation.path in (
        "/customers/{id}/shred",
        "/customers/{id}/anonymize",
    ):
        body = case.body if isinstance(case.body, dict) else None
        target = str((params or {}).get("id", ""))
        if body is not None and str(body.get("confirm", "")).strip() == target:
            body["confirm"] = "not-the-id"
