#!/usr/bin/env bash
# Types lines "method<TAB>style<TAB>keys" (\b in keys = Backspace) through
# Unikey's own engine, as built in Debian's scim-unikey package, with
# Unikey's defaults (spell check, free marking, restoring non-Vietnamese
# words; no macros), and prints what it typed, one line each. A test aid:
# it made Tests/DoiThoaiCoreTests/Typing/unikey-more-cases.tsv. Keys must be
# ASCII: bytes are fed one by one, as key codes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="${UNIKEY_ORACLE_DIR:-/tmp/unikey-oracle}"
mkdir -p "$work"
if [ ! -f "$work/oracle" ]; then
  (cd "$work" && apt-get download scim-unikey libscim8v5 >/dev/null)
  for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
  gcc -O1 -o "$work/oracle" "$here/oracle.c" -ldl
fi
lib="$work/root/usr/lib/x86_64-linux-gnu"
LD_LIBRARY_PATH="$lib" exec "$work/oracle" "$lib/scim-1.0/1.4.0/IMEngine/unikey.so"
