#!/usr/bin/env bash
# Signs a package with a throw-away key made here (in a temporary GNUPGHOME, no passphrase),
# and checks that packaging/linux/verify.sh accepts exactly the genuine package: it must
# refuse a package with one byte changed, one signed by any key but the release key whose
# fingerprint ships with it (even a key of the user's own keyring, or a second key in the
# shipped key file), one without a signature, and, with no fingerprint, or no GNUPGHOME and
# no release key shipped, say it cannot check. sign.sh must refuse to add to a SHA256SUMS it
# did not write (no signature, a broken one, or another key's).
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
fingerprint_of() { GNUPGHOME=$1 gpg --batch --with-colons --fingerprint | awk -F: '$1 == "fpr" { print $10; exit }'; }
signer_fpr=$(fingerprint_of "$signer")
# A user's keyring that holds both public keys, as a helpdesk's might.
user=$work/gnupg-user
mkdir -m 700 "$user"
for home in "$signer" "$stranger"; do
    GNUPGHOME=$home gpg --batch --armor --export | GNUPGHOME=$user gpg --batch --quiet --import 2>/dev/null
done

# verify.sh as shipped: next to it the release key's fingerprint (the signer's); the key
# itself comes from GNUPGHOME here, from release-key.asc further down.
mkdir "$work/shipped"
cp "$verify" "$work/shipped/verify.sh"
echo "$signer_fpr" >"$work/shipped/release-key.fingerprint"
verify=$work/shipped/verify.sh

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

expect 0 '^Genuine: ' "genuine package, user's keyring with two keys" -- env GNUPGHOME="$user" "$verify" "$deb"
# A keyring without the release key cannot check, whatever else it holds.
expect 2 '^Cannot check .*does not hold a readable copy of the project.s release key' \
    "package checked against a keyring without the release key" -- env GNUPGHOME="$stranger" "$verify" "$deb"
# Without the fingerprint next to it, verify.sh trusts nothing.
mkdir "$work/no-fingerprint"
cp "$source_dir/packaging/linux/verify.sh" "$work/no-fingerprint/verify.sh"
expect 2 '^Cannot check .*without the fingerprint' "no fingerprint shipped" -- \
    env GNUPGHOME="$signer" "$work/no-fingerprint/verify.sh" "$deb"

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

# sign.sh adds only to a SHA256SUMS it wrote itself.
sums=$work/out/SHA256SUMS
echo "0000000000000000000000000000000000000000000000000000000000000000  evil.deb" >>"$sums"
cp "$sums" "$work/sums.before"
expect 1 '^Refusing to sign: .*not signed by your key' "sign.sh on a SHA256SUMS changed since it was signed" -- \
    env GNUPGHOME="$signer" "$sign" "$deb"
cmp -s "$sums" "$work/sums.before" || fail "sign.sh changed a SHA256SUMS it refused"
grep -q evil.deb "$sums" || fail "sign.sh dropped a line it should have left alone"
GNUPGHOME=$stranger gpg --batch --yes --armor --detach-sign -o "$sums.asc" "$sums" 2>/dev/null
GNUPGHOME=$stranger gpg --batch --armor --export | GNUPGHOME=$signer gpg --batch --quiet --import 2>/dev/null
expect 1 '^Refusing to sign: ' "sign.sh on a SHA256SUMS signed by another key" -- env GNUPGHOME="$signer" \
    MRA_SIGNING_KEY=signer@example.invalid "$sign" "$deb"
rm -f "$sums.asc"
expect 1 '^Refusing to sign: ' "sign.sh on a SHA256SUMS without a signature" -- env GNUPGHOME="$signer" "$sign" "$deb"
rm -f "$sums"

# Signed by a key the verifier does not trust: the package's own signature and the checksums'.
GNUPGHOME=$stranger "$sign" "$deb" >/dev/null 2>&1 || fail "sign.sh with the stranger's key failed"
expect 1 "^NOT genuine: .*signed with a key .* not the project's release key" "package signed by an unknown key" -- \
    env GNUPGHOME="$signer" "$verify" "$deb"
# The user's own keyring holds the stranger's key too: still not trusted.
expect 1 "^NOT genuine: .*signed with a key .* not the project's release key" \
    "package signed by another key of the user's keyring" -- env GNUPGHOME="$user" "$verify" "$deb"
# Only the checksum file, signed by another key of the user's keyring: refused as well.
mv "$deb.asc" "$work/stranger.asc"
expect 1 "^NOT genuine: .*signed with a key .* not the project's release key" \
    "SHA256SUMS signed by another key of the user's keyring" -- env GNUPGHOME="$user" "$verify" "$deb"
mv "$work/stranger.asc" "$deb.asc"

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
cp "$verify" "$work/shipped/release-key.fingerprint" "$work/no-key/"
rm -f "$work/out/SHA256SUMS" "$work/out/SHA256SUMS.asc"
GNUPGHOME=$signer "$sign" "$deb" >/dev/null 2>&1
expect 2 '^Cannot check .*without the project.s public release key' "no GNUPGHOME, no release key" -- \
    env -u GNUPGHOME "$work/no-key/verify.sh" "$deb"
# With the signer's public key shipped as the release key, the same package is genuine...
GNUPGHOME=$signer gpg --batch --armor --export >"$work/no-key/release-key.asc"
expect 0 '^Genuine: ' "no GNUPGHOME, signer's key shipped as the release key" -- \
    env -u GNUPGHOME "$work/no-key/verify.sh" "$deb"
# ...and one signed by someone else is not, even when the shipped file holds the other key too.
GNUPGHOME=$user gpg --batch --armor --export >"$work/no-key/release-key.asc"
rm -f "$work/out/SHA256SUMS" "$work/out/SHA256SUMS.asc"
GNUPGHOME=$stranger "$sign" "$deb" >/dev/null 2>&1
expect 1 "^NOT genuine: .*not the project's release key" "no GNUPGHOME, package signed by another key" -- \
    env -u GNUPGHOME "$work/no-key/verify.sh" "$deb"
# A fingerprint the key file does not hold: cannot check.
echo "0123456789ABCDEF0123456789ABCDEF01234567" >"$work/no-key/release-key.fingerprint"
expect 2 "^Cannot check .*does not hold the project.s release key" \
    "no GNUPGHOME, shipped key file without the pinned key" -- env -u GNUPGHOME "$work/no-key/verify.sh" "$deb"

# The real release key, once shipped, must be a public key only, and its fingerprint ships too.
if [ -f "$source_dir/packaging/linux/release-key.asc" ]; then
    grep -q 'PUBLIC KEY BLOCK' "$source_dir/packaging/linux/release-key.asc" ||
        fail "packaging/linux/release-key.asc is not an armoured public key"
    [ -s "$source_dir/packaging/linux/release-key.fingerprint" ] ||
        fail "packaging/linux/release-key.asc is shipped without release-key.fingerprint"
fi

[ "$failures" -eq 0 ] || { echo "$failures sign/verify checks failed"; exit 1; }
echo "ok: sign and verify"
