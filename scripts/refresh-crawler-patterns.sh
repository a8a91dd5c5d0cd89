#!/usr/bin/env bash
# Refreshes src/detect/crawler-patterns.txt from crawler-user-agents, the list maintained at
# https://github.com/monperrus/crawler-user-agents (MIT) and published to npm as the same
# crawler-user-agents.json. Keeps only the patterns, with a header naming version and date.
#
#   scripts/refresh-crawler-patterns.sh          # latest version on npm
#   scripts/refresh-crawler-patterns.sh 1.60.0   # a given version
#
# Needs npm, jq and tar. Without npm, the file is also at
# https://raw.githubusercontent.com/monperrus/crawler-user-agents/master/crawler-user-agents.json
# (pass it through `jq -r '.[].pattern'`). Afterwards run `cargo test --lib detect -- --nocapture`
# and read the corpus figures before committing.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/src/detect/crawler-patterns.txt"
version="${1:-$(npm view crawler-user-agents version)}"
published="$(npm view crawler-user-agents time --json | jq -r --arg v "$version" '.[$v]')"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "crawler-user-agents@$version" >/dev/null && tar xzf crawler-user-agents-*.tgz)

{
  echo "# Crawler User-Agent patterns (regular expressions, case-sensitive), one a line."
  echo "# Source: npm crawler-user-agents $version ($published), published from"
  echo "# https://github.com/monperrus/crawler-user-agents (crawler-user-agents.json)."
  echo "# Licence: MIT, Copyright (c) 2017 Martin Monperrus; see crawler-patterns.LICENSE."
  echo "# Refresh: scripts/refresh-crawler-patterns.sh"
  jq -r '.[].pattern' "$work/package/crawler-user-agents.json"
} >"$out.tmp"
mv "$out.tmp" "$out"
cp "$work/package/LICENSE" "$here/src/detect/crawler-patterns.LICENSE"
echo "wrote $(grep -vc '^#' "$out") patterns of crawler-user-agents $version to $out"
