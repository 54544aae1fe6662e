#!/usr/bin/env bash
# Starts Stoplight Prism as a validating proxy between a client and a (practice) Mailgun
# server: every request and response is checked against Mailgun's OpenAPI spec. With
# --errors, a request that violates the spec is answered 422 by Prism (never forwarded) and
# a response that violates it becomes a 500; lesser findings (an undocumented status code)
# go to the `sl-violations` header and to the log on stdout, which the tst_contract_* suites read.
#
# Usage: prism-proxy.sh SPEC UPSTREAM_URL PORT
#   SPEC is the spec with the errata applied: node spec-errata.cjs openapi.yaml /tmp/spec.json
#   e.g. prism-proxy.sh /tmp/spec.json http://127.0.0.1:40123 4010
# Install Prism first: npm ci --prefix tests/contract
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 SPEC UPSTREAM_URL PORT" >&2
    exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
prism="$here/node_modules/.bin/prism"
if [ ! -x "$prism" ]; then
    echo "Stoplight Prism is not installed: run 'npm ci --prefix tests/contract'" >&2
    exit 127
fi
exec "$prism" proxy --errors --host 127.0.0.1 --port "$3" "$1" "$2"
