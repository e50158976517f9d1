"""Schemathesis hooks for contract-tests/schemathesis.test.ts (loaded through SCHEMATHESIS_HOOKS).

A generated `cwd` that names a real directory is pointed at the run's sandbox (FUZZ_SANDBOX, a temp
git repository), so no fuzzed chat, and no git route that acts on a chat's project, ever touches a
directory of this machine. Everything else stays as generated.
"""
import os

import schemathesis

SANDBOX = os.environ["FUZZ_SANDBOX"]


@schemathesis.hook
def map_body(ctx, body):
    if isinstance(body, dict) and isinstance(body.get("cwd"), str):
        cwd = body["cwd"]
        if os.path.isabs(cwd) and os.path.isdir(cwd) and not cwd.startswith(SANDBOX):
            body["cwd"] = SANDBOX
    return body
