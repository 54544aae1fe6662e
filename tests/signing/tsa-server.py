#!/usr/bin/env python3
"""A throw-away RFC 3161 time-stamping service on 127.0.0.1, for check-sign.sh only.

Usage: tsa-server.py OPENSSL_TS_CONFIG PORT_FILE
Answers each POST of an application/timestamp-query with `openssl ts -reply`, signed by the
TSA certificate named in the config. Writes the port it listens on to PORT_FILE.
"""
import http.server
import os
import subprocess
import sys
import tempfile

CONFIG = sys.argv[1]


class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 (the name http.server wants)
        length = int(self.headers.get("Content-Length", "0"))
        query = self.rfile.read(length)
        with tempfile.TemporaryDirectory() as tmp:
            query_path = os.path.join(tmp, "query.tsq")
            reply_path = os.path.join(tmp, "reply.tsr")
            with open(query_path, "wb") as f:
                f.write(query)
            result = subprocess.run(
                ["openssl", "ts", "-reply", "-config", CONFIG,
                 "-queryfile", query_path, "-out", reply_path],
                capture_output=True, check=False)
            if result.returncode != 0:
                sys.stderr.write(result.stderr.decode(errors="replace"))
                self.send_error(500, "openssl ts -reply failed")
                return
            with open(reply_path, "rb") as f:
                reply = f.read()
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, format, *args):  # noqa: A002 (the name http.server uses)
        sys.stderr.write("tsa-server: " + (format % args) + "\n")


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
with open(sys.argv[2] + ".tmp", "w", encoding="ascii") as f:
    f.write(str(server.server_address[1]))
os.replace(sys.argv[2] + ".tmp", sys.argv[2])
server.serve_forever()
