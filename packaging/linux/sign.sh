#!/usr/bin/env bash
# Signs release packages with the signer's own OpenPGP key:
#   PACKAGE.asc            detached, ASCII-armoured signature of the package
#   SHA256SUMS             the package's SHA-256 (other packages' lines in it are kept)
#   SHA256SUMS.asc         detached signature of SHA256SUMS
# all written next to the package. A SHA256SUMS already there is only added to when its
# signature is good and made by the same key: one this script wrote. Anything else (no
# signature, a broken one, another key's) is refused, so that lines someone else put there
# are never signed with the release key.
#
# Usage: packaging/linux/sign.sh PACKAGE...
#
# The key is the default secret key of the keyring GNUPGHOME points to (gpg's own default,
# ~/.gnupg, when GNUPGHOME is unset), or the one MRA_SIGNING_KEY names (a fingerprint, key
# id or e-mail address). This script never imports a key, and it refuses a keyring that lives
# inside the source tree: the project's repository holds only the PUBLIC release key
# (packaging/linux/release-key.asc), never a private one.
# gpg asks for the key's passphrase through gpg-agent as usual.
set -euo pipefail

say() { printf '%s\n' "$*" >&2; }

if [ $# -eq 0 ] || [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
    say "Usage: $0 PACKAGE..."
    say "Signs each PACKAGE with your OpenPGP key (default key of \$GNUPGHOME, or \$MRA_SIGNING_KEY)."
    exit 2
fi
command -v gpg >/dev/null || { say "gpg is not installed (Debian: apt install gnupg)."; exit 2; }

source_tree=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
keyring=${GNUPGHOME:-$HOME/.gnupg}
if [ -d "$keyring" ]; then
    keyring_real=$(cd "$keyring" && pwd -P)
    case "$keyring_real/" in
    "$source_tree"/*)
        say "Refusing to sign with a keyring inside the source tree ($keyring_real):"
        say "release keys live in the signer's own keyring, never in the repository."
        exit 2
        ;;
    esac
fi

gpg_args=(--batch --yes)
if [ -t 0 ] && [ -z "${GPG_TTY:-}" ]; then
    GPG_TTY=$(tty)
    export GPG_TTY
fi
if [ -n "${MRA_SIGNING_KEY:-}" ]; then
    if ! gpg --batch --list-secret-keys -- "$MRA_SIGNING_KEY" >/dev/null 2>&1; then
        say "There is no secret key \"$MRA_SIGNING_KEY\" (MRA_SIGNING_KEY) in the keyring $keyring."
        exit 1
    fi
    gpg_args+=(--local-user "$MRA_SIGNING_KEY")
elif ! gpg --batch --list-secret-keys --with-colons 2>/dev/null | grep -q '^sec:'; then
    say "The keyring $keyring holds no secret key to sign with."
    say "Set GNUPGHOME to the keyring of your release key, or MRA_SIGNING_KEY to the key's fingerprint."
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Signs FILE into OUTPUT and prints the fingerprint of the key that made the signature.
sign_file() {
    local file=$1 output=$2 status
    status=$(gpg "${gpg_args[@]}" --status-fd 1 --armor --detach-sign --output "$output" -- "$file") ||
        { say "gpg could not sign $file."; return 1; }
    # SIG_CREATED type pk-algo hash-algo class time fingerprint (of the signing (sub)key)
    local key
    key=$(awk '$1 == "[GNUPG:]" && $2 == "SIG_CREATED" { print $8 }' <<<"$status" | head -n 1)
    [ -n "$key" ] || { say "gpg did not report a signature for $file."; return 1; }
    printf '%s\n' "$key"
}

# The primary key's fingerprint of the key that has (sub)key fingerprint $1.
primary_of() {
    { gpg --batch --with-colons --fingerprint -- "$1" 2>/dev/null || true; } |
        awk -F: '$1 == "pub" { want = 1; next } want && $1 == "fpr" { print $10; exit }'
}

# True when SUMS.asc is a good signature of SUMS by the primary key $2.
signed_by() {
    local sums=$1 primary=$2 status
    [ -f "$sums.asc" ] || return 1
    status=$(gpg --batch --status-fd 1 --verify -- "$sums.asc" "$sums" 2>/dev/null) || return 1
    awk -v primary="$primary" '
        $1 != "[GNUPG:]" { next }
        $2 == "BADSIG" || $2 == "ERRSIG" || $2 == "EXPKEYSIG" || $2 == "REVKEYSIG" { bad = 1 }
        $2 == "GOODSIG" { good++ }
        $2 == "VALIDSIG" { fingerprint = (NF >= 12) ? $12 : $3 }
        END { exit !(good == 1 && !bad && toupper(fingerprint) == toupper(primary)) }' <<<"$status"
}

for package in "$@"; do
    [ -f "$package" ] || { say "No such file: $package"; exit 2; }
    directory=$(cd "$(dirname "$package")" && pwd -P)
    name=$(basename "$package")
    case "$name" in
    *[[:space:]]*) say "The package name must not contain spaces: $name"; exit 2 ;;
    esac

    key=$(sign_file "$directory/$name" "$work/package.asc")
    # Every later signature must come from the same key, even if the default changes.
    [ -n "${MRA_SIGNING_KEY:-}" ] || gpg_args+=(--local-user "$key!")

    sums="$directory/SHA256SUMS"
    if [ -s "$sums" ] && ! signed_by "$sums" "$(primary_of "$key")"; then
        say "Refusing to sign: $sums is already there, and it is not signed by your key ($key),"
        say "so this script did not write it. Someone else may have added lines to it. Check it,"
        say "move it and $sums.asc away, and sign again. Nothing was signed."
        exit 1
    fi
    mv "$work/package.asc" "$directory/$name.asc"
    touch "$sums"
    {
        awk -v name="$name" '!($2 == name || $2 == "*" name)' "$sums"
        (cd "$directory" && sha256sum -- "$name")
    } | sort -k 2 >"$sums.new"
    mv "$sums.new" "$sums"
    sign_file "$sums" "$sums.asc" >/dev/null

    say "Signed $name with key $key:"
    say "  $directory/$name.asc"
    say "  $sums and $sums.asc"
done
