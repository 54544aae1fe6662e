#!/usr/bin/env bash
# Exercises packaging/windows/sign for real, offline: builds a tiny hello.exe with mingw-w64
# (carrying the program's own version resource and icon), makes a throw-away CA, code-signing
# certificate and time-stamping authority with openssl, signs with the script (SHA-256, an
# RFC 3161 timestamp from a local TSA on 127.0.0.1, and once with --no-timestamp), and checks
# with `osslsigncode verify` that the signatures verify against that CA, and that an unsigned,
# a tampered and a foreign-CA case fail.
#
#   check-sign.sh CONFIGURED_RC_FILE WORK_DIR
# Exit codes: 0 pass, 1 fail, 77 skipped (mingw-w64 or osslsigncode missing).
set -euo pipefail

rc_file="$1"
work_parent="$2"
for tool in x86_64-w64-mingw32-g++ x86_64-w64-mingw32-windres osslsigncode; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (Debian: apt-get install g++-mingw-w64-x86-64 osslsigncode)"
        exit 77
    fi
done
command -v openssl >/dev/null || { echo "FAIL: openssl is not installed"; exit 1; }
here="$(cd "$(dirname "$0")" && pwd)"
sign="$here/../../packaging/windows/sign"

mkdir -p "$work_parent"
work="$(mktemp -d "$work_parent/signing.XXXXXX")"
tsa_pid=""
cleanup() {
    if [ -n "$tsa_pid" ]; then kill "$tsa_pid" 2>/dev/null || true; wait "$tsa_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
cd "$work"

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# verify NAME FILE [osslsigncode verify options...]: prints osslsigncode's report to NAME.log
verify() {
    local name="$1" file="$2"
    shift 2
    osslsigncode verify -in "$file" "$@" >"$name.log" 2>&1
}

# --- Throw-away PKI: a root CA, a code-signing certificate and a time-stamping certificate --
quiet() { "$@" >/dev/null 2>&1 || { echo "FAIL: $*"; "$@"; exit 1; }; }
make_ca() { # make_ca NAME CN
    quiet openssl req -x509 -newkey rsa:3072 -nodes -sha256 -days 2 -keyout "$1.key" -out "$1.crt" \
        -subj "/CN=$2" -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign"
}
make_leaf() { # make_leaf NAME CN EXTENSIONS
    printf '%s\n' "$3" >"$1.ext"
    quiet openssl req -newkey rsa:3072 -nodes -sha256 -keyout "$1.key" -out "$1.csr" -subj "/CN=$2/O=Throw-away test"
    quiet openssl x509 -req -sha256 -days 2 -in "$1.csr" -CA ca.crt -CAkey ca.key -CAcreateserial \
        -extfile "$1.ext" -out "$1.crt"
}
make_ca ca "Mailgun Recovery Assistant TEST Root CA"
make_ca other-ca "Some other CA"
make_leaf codesign "Mailgun Recovery Assistant TEST code signing" "basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=codeSigning
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid"
make_leaf tsa "Mailgun Recovery Assistant TEST time-stamping" "basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,nonRepudiation
extendedKeyUsage=critical,timeStamping
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid"
export MRA_SIGN_PASSWORD="throw-away-$RANDOM$RANDOM"
quiet openssl pkcs12 -export -inkey codesign.key -in codesign.crt -certfile ca.crt \
    -name "test code signing" -out codesign.p12 -passout env:MRA_SIGN_PASSWORD
if openssl x509 -in codesign.crt -noout -ext extendedKeyUsage | grep -q "Code Signing"; then
    pass "the throw-away certificate is for code signing"
else
    fail "the throw-away certificate lacks extendedKeyUsage codeSigning"
fi

# --- hello.exe with the program's version resource and icon --------------------------------
x86_64-w64-mingw32-windres -O coff -i "$rc_file" -o hello.res.o
x86_64-w64-mingw32-g++ -O2 -static -o hello.exe "$here/hello.cpp" hello.res.o
echo "built hello.exe ($(stat -c %s hello.exe) bytes)"
if command -v strings >/dev/null; then
    if strings -el hello.exe | grep -qx "Mailgun Recovery Assistant" \
        && strings -el hello.exe | grep -qx "ProductVersion"; then
        pass "the version resource (ProductName, ProductVersion) is in the exe"
    else
        fail "no version resource in hello.exe"
    fi
fi

# --- Unsigned: must not verify ---------------------------------------------------------------
if verify unsigned hello.exe -CAfile ca.crt; then fail "an unsigned exe verified"; else pass "an unsigned exe does not verify"; fi

# --- The script refuses a password on its command line --------------------------------------
set +e
"$sign" --pkcs12 codesign.p12 --password secret hello.exe >refuse.log 2>&1
code=$?
set -e
if [ $code -eq 2 ] && grep -q MRA_SIGN_PASSWORD refuse.log; then pass "a password on the command line is refused"; else fail "a --password argument was not refused (exit $code)"; fi

# --- Signed without a timestamp (offline) -----------------------------------------------------
cp hello.exe hello-nots.exe
"$sign" --pkcs12 codesign.p12 --no-timestamp hello-nots.exe
if verify nots hello-nots.exe -CAfile ca.crt && grep -q "^Signature verification: ok" nots.log \
    && ! grep -q "Timestamp time:" nots.log; then
    pass "signed with --no-timestamp verifies against the test CA"
else
    cat nots.log; fail "the --no-timestamp signature does not verify"
fi
if grep -qi "message digest algorithm *: *SHA256" nots.log; then pass "the file digest is SHA-256"; else cat nots.log; fail "the file digest is not SHA-256"; fi

# --- Signed with an RFC 3161 timestamp from a local TSA --------------------------------------
if command -v python3 >/dev/null; then
    mkdir tsa-db
    echo 01 >tsa-db/serial
    cat >tsa.cnf <<CNF
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
serial = $work/tsa-db/serial
crypto_device = builtin
signer_cert = $work/tsa.crt
certs = $work/ca.crt
signer_key = $work/tsa.key
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1
digests = sha256, sha384, sha512, sha1
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
CNF
    python3 "$here/tsa-server.py" "$work/tsa.cnf" "$work/tsa.port" 2>tsa-server.log &
    tsa_pid=$!
    for _ in $(seq 50); do [ -s tsa.port ] && break; sleep 0.1; done
    if [ -s tsa.port ]; then
        tsa_url="http://127.0.0.1:$(cat tsa.port)"
        cp hello.exe hello-ts.exe
        if "$sign" --pkcs12 codesign.p12 --timestamp-url "$tsa_url" hello-ts.exe; then
            pass "signed with an RFC 3161 timestamp from $tsa_url"
        else
            cat tsa-server.log; fail "signing with the local TSA failed"
        fi
        if verify ts hello-ts.exe -CAfile ca.crt -TSA-CAfile ca.crt \
            && grep -q "^Signature verification: ok" ts.log \
            && grep -q "Timestamp time:" ts.log \
            && grep -q "^Timestamp Server Signature verification: ok" ts.log; then
            pass "the timestamped signature and its timestamp verify"
        else
            cat ts.log; fail "the timestamped signature does not verify"
        fi
        cp hello-ts.exe signed.exe
    else
        cat tsa-server.log; fail "the local TSA did not start"
        cp hello-nots.exe signed.exe
    fi
else
    echo "NOTE: python3 missing: the RFC 3161 path is not exercised (only --no-timestamp)"
    cp hello-nots.exe signed.exe
fi

# --- A certificate from another CA: must not verify -------------------------------------------
if verify foreign signed.exe -CAfile other-ca.crt -TSA-CAfile ca.crt; then fail "verified against an unrelated CA"; else pass "does not verify against an unrelated CA"; fi

# --- Tampered after signing: must not verify ----------------------------------------------------
cp signed.exe tampered.exe
# One byte of the code (the first section starts at 0x400 in a mingw-w64 exe), well before
# the signature at the end of the file.
orig="$(od -An -tu1 -j 1100 -N 1 tampered.exe | tr -d ' ')"
printf '%b' "\\0$(printf '%03o' $(((orig + 1) % 256)))" | dd of=tampered.exe bs=1 seek=1100 conv=notrunc status=none
if cmp -s signed.exe tampered.exe; then fail "tampering did not change the file"; fi
if verify tampered tampered.exe -CAfile ca.crt -TSA-CAfile ca.crt; then
    cat tampered.log; fail "a tampered exe verified"
else
    pass "a tampered exe does not verify ($(grep -m1 -i "mismatch" tampered.log || echo failed))"
fi

if [ $failures -gt 0 ]; then echo "$failures check(s) failed"; exit 1; fi
echo "all signing checks passed"
