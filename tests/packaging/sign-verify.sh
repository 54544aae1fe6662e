#!/usr/bin/env bash
# Signs a package with a throw-away key made here (in a temporary GNUPGHOME, no passphrase),
# and checks that packaging/linux/verify.sh accepts exactly the genuine package: it must
# refuse a package with one byte changed, one signed by a key it does not trust, one without
# a signature, and, with no GNUPGHOME and no release key shipped, say it cannot check.
#
# Usage: sign-verify.sh SOURCE_DIR PACKAGE
set -euo pipefail
source_dir=$1
package=$2
sign=$source_dir/packaging/linux/sign.sh
verify=$source_dir/packaging/linux/verify.sh

work=$(mktemp -d)
cleanup() {
    for home in "$work"/gnupg-*; do
        if [ -d "$home" ]; then GNUPGHOME=$home gpgconf --kill gpg-agent 2>/dev/null || true; fi
    done
    rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

new_keyring() { # new_keyring NAME USER-ID: a keyring with one fresh signing key, no passphrase
    local home=$work/gnupg-$1
    mkdir -m 700 "$home"
    GNUPGHOME=$home gpg --batch --quiet --passphrase '' --quick-gen-key "$2" ed25519 sign 1d 2>/dev/null
    echo "$home"
}
signer=$(new_keyring signer "Throw-away Release Signer <signer@example.invalid>")
stranger=$(new_keyring stranger "Someone Else <stranger@example.invalid>")

# expect CODE SENTENCE-PATTERN DESCRIPTION -- COMMAND...: runs COMMAND, checks its exit code
# and that it printed a sentence matching the pattern.
expect() {
    local code=$1 pattern=$2 what=$3 output status=0
    shift 4
    output=$("$@" 2>&1) || status=$?
    if [ "$status" -ne "$code" ] || ! grep -q -E "$pattern" <<<"$output"; then
        fail "$what: exit $status (wanted $code), said: $output"
    else
        echo "ok: $what: $output"
    fi
}

mkdir "$work/out"
cp "$package" "$work/out/"
deb=$work/out/$(basename "$package")

# The repository ships no private key, and signing uses only the signer's own keyring.
if grep -r -l -E 'BEGIN PGP (PRIVATE|SECRET) KEY' "$source_dir/packaging" "$source_dir/resources" 2>/dev/null; then
    fail "the files above hold a private key"
fi

GNUPGHOME=$signer "$sign" "$deb" >"$work/sign.log" 2>&1 || { cat "$work/sign.log"; fail "sign.sh failed"; }
for file in "$deb.asc" "$work/out/SHA256SUMS" "$work/out/SHA256SUMS.asc"; do
    [ -s "$file" ] || fail "sign.sh did not write $(basename "$file")"
done
(cd "$work/out" && sha256sum --quiet -c SHA256SUMS) || fail "SHA256SUMS does not match the package"
GNUPGHOME=$signer gpg --batch --quiet --verify "$work/out/SHA256SUMS.asc" "$work/out/SHA256SUMS" 2>/dev/null ||
    fail "SHA256SUMS.asc is not a good signature of SHA256SUMS"

expect 0 '^Genuine: .*Throw-away Release Signer' "genuine package" -- env GNUPGHOME="$signer" "$verify" "$deb"
# The signer named explicitly gives the same result.
GNUPGHOME=$signer MRA_SIGNING_KEY=signer@example.invalid "$sign" "$deb" >/dev/null 2>&1 ||
    fail "sign.sh with MRA_SIGNING_KEY failed"
expect 0 '^Genuine: ' "genuine package, key named in MRA_SIGNING_KEY" -- env GNUPGHOME="$signer" "$verify" "$deb"

# Someone else's keyring does not trust the signer.
expect 1 '^NOT genuine: .*not a key of your keyring' "package checked against another keyring" -- \
    env GNUPGHOME="$stranger" "$verify" "$deb"

# One byte changed, in the middle of the package.
cp "$deb" "$work/original.deb"
size=$(stat -c %s "$deb")
offset=$((size / 2))
byte=$(od -An -tu1 -j "$offset" -N1 "$deb" | tr -d ' ')
printf '%b' "$(printf '\\0%03o' $(((byte + 1) % 256)))" | dd of="$deb" bs=1 seek="$offset" conv=notrunc status=none
cmp -s "$deb" "$work/original.deb" && fail "the package was not changed by the tampering"
expect 1 '^NOT genuine: .*changed since it was signed' "package with one byte changed" -- \
    env GNUPGHOME="$signer" "$verify" "$deb"
# Even with only the checksum file's signature to go by.
mv "$deb.asc" "$work/package.asc"
expect 1 '^NOT genuine: .*changed since it was signed' "changed package, only SHA256SUMS signed" -- \
    env GNUPGHOME="$signer" "$verify" "$deb"
cp "$work/original.deb" "$deb"
expect 0 '^Genuine: ' "unchanged package, only SHA256SUMS signed" -- env GNUPGHOME="$signer" "$verify" "$deb"
mv "$work/package.asc" "$deb.asc"

# Signed by a key the verifier does not trust: the package's own signature and the checksums'.
GNUPGHOME=$stranger "$sign" "$deb" >/dev/null 2>&1 || fail "sign.sh with the stranger's key failed"
expect 1 '^NOT genuine: .*signed with a key .* not a key of your keyring' "package signed by an unknown key" -- \
    env GNUPGHOME="$signer" "$verify" "$deb"

# A signed message holding other data is not a signature of the package.
echo "something else" | GNUPGHOME=$signer gpg --batch --yes --armor --sign -o "$deb.asc" 2>/dev/null
rm -f "$work/out/SHA256SUMS" "$work/out/SHA256SUMS.asc"
expect 1 '^NOT genuine: .*not a valid detached signature' "a signed message instead of a signature" -- \
    env GNUPGHOME="$signer" "$verify" "$deb"

# No signature at all.
rm -f "$deb.asc"
expect 1 '^NOT verified: there is no signature' "package without a signature" -- \
    env GNUPGHOME="$signer" "$verify" "$deb"

# No GNUPGHOME and no release key shipped next to the script: it says it cannot check.
mkdir "$work/no-key"
cp "$verify" "$work/no-key/verify.sh"
GNUPGHOME=$signer "$sign" "$deb" >/dev/null 2>&1
expect 2 '^Cannot check .*without the project.s public release key' "no GNUPGHOME, no release key" -- \
    env -u GNUPGHOME "$work/no-key/verify.sh" "$deb"
# With the signer's public key shipped as the release key, the same package is genuine...
GNUPGHOME=$signer gpg --batch --armor --export >"$work/no-key/release-key.asc"
expect 0 '^Genuine: ' "no GNUPGHOME, signer's key shipped as the release key" -- \
    env -u GNUPGHOME "$work/no-key/verify.sh" "$deb"
# ...and one signed by someone else is not.
GNUPGHOME=$stranger "$sign" "$deb" >/dev/null 2>&1
expect 1 "^NOT genuine: .*not the project's release key" "no GNUPGHOME, package signed by another key" -- \
    env -u GNUPGHOME "$work/no-key/verify.sh" "$deb"

# The real release key, once shipped, must be a public key only.
if [ -f "$source_dir/packaging/linux/release-key.asc" ]; then
    grep -q 'PUBLIC KEY BLOCK' "$source_dir/packaging/linux/release-key.asc" ||
        fail "packaging/linux/release-key.asc is not an armoured public key"
fi

[ "$failures" -eq 0 ] || { echo "$failures sign/verify checks failed"; exit 1; }
echo "ok: sign and verify"
