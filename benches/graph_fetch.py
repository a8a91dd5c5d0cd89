#!/usr/bin/env python3
"""How long `passkey-guide entra fetch` takes for a large tenant over a slow link.

A local stand-in for the Microsoft identity platform and Microsoft Graph answers in their
documented formats (client credentials token, userRegistrationDetails pages of 1,000 with
@odata.nextLink, JSON batching of fido2Methods), adding a fixed latency to every call. The
authentication-methods configuration and the company branding answer 404, as for a tenant
without them. Run after `cargo build --release`:

    python3 benches/graph_fetch.py [--users 20000] [--latency-ms 150]
"""

import argparse
import json
import os
import subprocess
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

DIRECTORY = "84841066-274d-4ec0-a5c1-276be684bdd3"
CLIENT_ID = "0f9a3c1e-7b2d-4e8f-9a6b-3c5d7e9f1a2b"
SECRET = "bench-secret"
TOKEN = "bench-token"
PAGE = 1000
AUTHENTICATOR_IOS = "90a3ccdf-635c-4729-a248-9b709135078f"


def make_users(count):
    users = []
    for i in range(count):
        # 95% have a passkey: the lookups a fetch must make near the end of a rollout.
        methods = ["passKeyDeviceBoundAuthenticator"] if i % 20 else ["mobilePhone"]
        users.append({"id": f"u-{i}", "userPrincipalName": f"user{i}@contoso.com", "userDisplayName": f"User {i}",
                      "userType": "member", "isAdmin": False, "methodsRegistered": methods})
    return users


def serve(users, latency, counters):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def reply(self, status, body):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):
            time.sleep(latency)
            length = int(self.headers.get("content-length", 0))
            body = self.rfile.read(length)
            counters["calls"] += 1
            path = urlparse(self.path).path
            if path.endswith("/oauth2/v2.0/token"):
                return self.reply(200, {"token_type": "Bearer", "expires_in": 3599, "access_token": TOKEN})
            if path == "/v1.0/$batch":
                counters["batches"] += 1
                requests = json.loads(body)["requests"]
                responses = [{"id": r["id"], "status": 200, "headers": {"Content-Type": "application/json"},
                              "body": {"value": [{"id": "m", "aaGuid": AUTHENTICATOR_IOS,
                                                  "model": "Microsoft Authenticator - iOS",
                                                  "attestationLevel": "attested",
                                                  "createdDateTime": "2026-10-02T08:15:00Z"}]}}
                             for r in requests]
                return self.reply(200, {"responses": responses})
            return self.reply(404, {"error": {"code": "NotFound", "message": "Not found."}})

        def do_GET(self):
            time.sleep(latency)
            counters["calls"] += 1
            url = urlparse(self.path)
            if url.path == "/v1.0/reports/authenticationMethods/userRegistrationDetails":
                skip = int(parse_qs(url.query).get("$skiptoken", ["0"])[0])
                body = {"value": users[skip:skip + PAGE]}
                if skip + PAGE < len(users):
                    port = self.server.server_address[1]
                    body["@odata.nextLink"] = (f"http://127.0.0.1:{port}/v1.0/reports/authenticationMethods/"
                                               f"userRegistrationDetails?$skiptoken={skip + PAGE}")
                return self.reply(200, body)
            return self.reply(404, {"error": {"code": "Request_ResourceNotFound", "message": "Not found."}})

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=20000)
    parser.add_argument("--latency-ms", type=int, default=150)
    parser.add_argument("--binary", default="target/release/passkey-guide")
    args = parser.parse_args()
    counters = {"calls": 0, "batches": 0}
    server = serve(make_users(args.users), args.latency_ms / 1000, counters)
    url = f"http://127.0.0.1:{server.server_address[1]}"
    with tempfile.TemporaryDirectory() as scratch:
        database = f"sqlite://{scratch}/bench.db"
        env = dict(os.environ, PASSKEY_GUIDE_GRAPH_CLIENT_SECRET=SECRET, RUST_LOG="warn")
        subprocess.run([args.binary, "tenant", "create", "bench", "--name", "Bench", "--database", database],
                       env=env, check=True, capture_output=True)
        started = time.monotonic()
        result = subprocess.run([args.binary, "entra", "fetch", "--tenant", "bench", "--directory", DIRECTORY,
                                 "--client-id", CLIENT_ID, "--graph-url", url, "--login-url", url,
                                 "--database", database], env=env, capture_output=True, text=True)
        elapsed = time.monotonic() - started
    if result.returncode != 0:
        raise SystemExit(f"the fetch failed: {result.stderr.strip()}")
    print(result.stdout.splitlines()[0][:160])
    print(f"{args.users} users, {args.latency_ms} ms per call: {elapsed:.1f} s, "
          f"{counters['calls']} calls ({counters['batches']} batches of passkey lookups)")


if __name__ == "__main__":
    main()
