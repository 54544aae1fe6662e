#!/usr/bin/env bash
# Signs release packages with the signer's own OpenPGP key:
#   PACKAGE.asc            detached, ASCII-armoured signature of the package
#   SHA256SUMS             the package's SHA-256 (other packages' lines in it are kept)
#   SHA256SUMS.asc         detached signature of SHA256SUMS
# all written next to the package.
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

# Signs $1 into $1.asc and prints the fingerprint of the key that made the signature.
sign_file() {
    local file=$1 status
    status=$(gpg "${gpg_args[@]}" --status-fd 1 --armor --detach-sign --output "$file.asc" -- "$file") ||
        { say "gpg could not sign $file."; return 1; }
    # SIG_CREATED type pk-algo hash-algo class time fingerprint (of the signing (sub)key)
    local key
    key=$(awk '$1 == "[GNUPG:]" && $2 == "SIG_CREATED" { print $8 }' <<<"$status" | head -n 1)
    [ -n "$key" ] || { say "gpg did not report a signature for $file."; return 1; }
    printf '%s\n' "$key"
}

for package in "$@"; do
    [ -f "$package" ] || { say "No such file: $package"; exit 2; }
    directory=$(cd "$(dirname "$package")" && pwd -P)
    name=$(basename "$package")
    case "$name" in
    *[[:space:]]*) say "The package name must not contain spaces: $name"; exit 2 ;;
    esac

    key=$(sign_file "$directory/$name")
    # Every later signature must come from the same key, even if the default changes.
    [ -n "${MRA_SIGNING_KEY:-}" ] || gpg_args+=(--local-user "$key!")

    sums="$directory/SHA256SUMS"
    touch "$sums"
    {
        awk -v name="$name" '!($2 == name || $2 == "*" name)' "$sums"
        (cd "$directory" && sha256sum -- "$name")
    } | sort -k 2 >"$sums.new"
    mv "$sums.new" "$sums"
    sign_file "$sums" >/dev/null

    say "Signed $name with key $key:"
    say "  $directory/$name.asc"
    say "  $sums and $sums.asc"
done
