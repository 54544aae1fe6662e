#!/usr/bin/env bash
# Checks that a downloaded package is genuine: signed by the project's release key and not
# changed since.
#
# Usage: verify.sh PACKAGE
#
# Put next to PACKAGE what was published with it: PACKAGE.asc (its signature), and/or
# SHA256SUMS with SHA256SUMS.asc. Every signature found must be good and at least one must be
# there; a SHA256SUMS that lists PACKAGE must also give its exact SHA-256.
#
# Trusted: ONE key, the release key whose fingerprint release-key.fingerprint (next to this
# script) names; never any other key, whatever keyrings hold. The key itself comes from
# release-key.asc next to this script, or, when that is missing and GNUPGHOME is set, from
# the keyring GNUPGHOME points to (only the key with that fingerprint is taken from it).
#
# Prints one plain sentence on standard output and exits with
#   0  the package is genuine (only then)
#   1  it is not: changed, signed by another key, expired or revoked key, or not signed
#   2  it could not be checked: bad usage, no such file, no release key to check against
set -euo pipefail
export LC_ALL=C

if [ $# -ne 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
    echo "Usage: $0 PACKAGE   (checks PACKAGE against PACKAGE.asc or a signed SHA256SUMS next to it)" >&2
    exit 2
fi
package=$1
name=$(basename -- "$package")
if [ ! -f "$package" ]; then
    echo "Cannot check $name: there is no such file."
    exit 2
fi
for tool in gpg gpgv sha256sum; do
    if ! command -v "$tool" >/dev/null; then
        echo "Cannot check $name: the program $tool is missing (Debian: apt install gnupg gpgv coreutils)."
        exit 2
    fi
done

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
release_key=$script_dir/release-key.asc
fingerprint_file=$script_dir/release-key.fingerprint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private, empty home for gpg and gpgv: nothing is read from or written to the user's
# keyrings except the export of the release key below.
mkdir -m 700 "$work/home"
trusted=$work/trusted.gpg
trusted_name="the project's release key"

# The one fingerprint trusted: hex digits only (spaces and a "0x" allowed), comments after '#'.
pinned=""
if [ -f "$fingerprint_file" ]; then
    pinned=$(sed -e 's/#.*//' -e 's/0[xX]//g' "$fingerprint_file" | tr -d ' \t\r\n' | tr 'a-f' 'A-F')
fi
if ! [[ "$pinned" =~ ^([0-9A-F]{40}|[0-9A-F]{64})$ ]]; then
    echo "Cannot check $name: this copy of verify.sh comes without the fingerprint of the project's release key ($fingerprint_file), so the package was NOT verified."
    exit 2
fi

if [ -f "$release_key" ]; then
    if grep -q 'PRIVATE KEY' "$release_key"; then
        echo "Cannot check $name: $release_key holds a private key, which must never be shipped; ask the project for its public release key."
        exit 2
    fi
    key_source=$release_key
    key_file=$release_key
elif [ -n "${GNUPGHOME:-}" ]; then
    key_source="the keyring GNUPGHOME points to ($GNUPGHOME)"
    key_file=$work/exported.gpg
    gpg --batch --export -- "$pinned" >"$key_file" 2>/dev/null || true
else
    echo "Cannot check $name: this copy of verify.sh comes without the project's public release key ($release_key), and GNUPGHOME is not set to a keyring that holds it, so the package was NOT verified."
    exit 2
fi
if [ ! -s "$key_file" ] || ! gpg --homedir "$work/home" --batch --quiet --import -- "$key_file" 2>/dev/null; then
    echo "Cannot check $name: $key_source does not hold a readable copy of the project's release key $pinned."
    exit 2
fi
# Only the key whose primary fingerprint is the pinned one (not a key that merely has a
# subkey of that fingerprint, nor any other key in the file).
primary=$({ gpg --homedir "$work/home" --batch --with-colons --fingerprint -- "$pinned" 2>/dev/null || true; } |
    awk -F: '$1 == "pub" { want = 1; next } want && $1 == "fpr" { print $10; exit }')
if [ "$primary" != "$pinned" ] ||
    ! gpg --homedir "$work/home" --batch --export -- "$pinned" >"$trusted" 2>/dev/null || [ ! -s "$trusted" ]; then
    echo "Cannot check $name: $key_source does not hold the project's release key $pinned."
    exit 2
fi

# verify_signature SIGNATURE DATA: prints "good <uid> <fingerprint>", "bad", "unknown <keyid>",
# "expired <fingerprint>", "revoked <fingerprint>" or "malformed".
verify_signature() {
    local signature=$1 data=$2 packets status
    # Only a detached signature will do: a signed message carries its own data, which gpgv
    # would check instead of DATA.
    packets=$(gpg --homedir "$work/home" --batch --list-packets -- "$signature" 2>/dev/null) || true
    if ! grep -q '^:signature packet:' <<<"$packets" ||
        grep -q -E '^:(literal data|compressed|onepass_sig|encrypted|pubkey enc)' <<<"$packets"; then
        echo malformed
        return
    fi
    status=$(gpgv --homedir "$work/home" --keyring "$trusted" --status-fd 1 -- "$signature" "$data" 2>/dev/null) || true
    awk -v pinned="$pinned" '
        $1 != "[GNUPG:]" { next }
        $2 == "BADSIG" { bad = 1 }
        $2 == "ERRSIG" { unknown = (NF >= 9 && $9 != "-") ? $9 : $3 }
        $2 == "EXPKEYSIG" || $2 == "EXPSIG" { expired = $3 }
        $2 == "REVKEYSIG" { revoked = $3 }
        $2 == "GOODSIG" { good++; uid = $4; for (i = 5; i <= NF; i++) uid = uid " " $i }
        $2 == "VALIDSIG" { fingerprint = (NF >= 12) ? $12 : $3 } # the primary key

        END {
            if (bad) print "bad"
            else if (revoked != "") print "revoked " revoked
            else if (expired != "") print "expired " expired
            else if (unknown != "") print "unknown " unknown
            else if (good >= 1 && fingerprint != "" && toupper(fingerprint) != pinned) print "unknown " fingerprint
            else if (good >= 1 && fingerprint != "") print "good " fingerprint " " uid
            else print "malformed"
        }' <<<"$status"
}

directory=$(dirname -- "$package")
results=()
if [ -f "$package.asc" ]; then
    results+=("$(verify_signature "$package.asc" "$package")")
elif [ -f "$package.sig" ]; then
    results+=("$(verify_signature "$package.sig" "$package")")
fi
sums=$directory/SHA256SUMS
if [ -f "$sums" ] && [ -f "$sums.asc" ]; then
    listed=$(awk -v name="$name" '$2 == name || $2 == "*" name { print $1 }' "$sums" | head -n 1)
    if [ -n "$listed" ]; then
        result=$(verify_signature "$sums.asc" "$sums")
        if [ "${result%% *}" = good ] && [ "$listed" != "$(sha256sum -- "$package" | cut -d' ' -f1)" ]; then
            result=bad
        fi
        results+=("$result")
    fi
fi

if [ ${#results[@]} -eq 0 ]; then
    echo "NOT verified: there is no signature for $name ($name.asc, or SHA256SUMS with SHA256SUMS.asc, next to it); get it from where you got the package, and do not install the package until it checks out."
    exit 1
fi
good=""
for result in "${results[@]}"; do
    case "$result" in
    good\ *) good=${result#good } ;;
    bad)
        echo "NOT genuine: $name has been changed since it was signed, or damaged in the download; do not install it."
        exit 1
        ;;
    unknown\ *)
        echo "NOT genuine: $name is signed with a key (${result#unknown }) that is not $trusted_name ($pinned); do not install it."
        exit 1
        ;;
    expired\ *)
        echo "NOT genuine: $name is signed with a key (${result#expired }) that has expired; get the current release key and package, and do not install this one."
        exit 1
        ;;
    revoked\ *)
        echo "NOT genuine: $name is signed with a key (${result#revoked }) that has been revoked; do not install it."
        exit 1
        ;;
    *)
        echo "NOT genuine: the signature next to $name is not a valid detached signature; do not install the package."
        exit 1
        ;;
    esac
done
fingerprint=${good%% *}
uid=${good#* }
echo "Genuine: $name is signed by $uid (key $fingerprint) and has not been changed since."
exit 0
