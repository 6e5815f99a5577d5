#!/usr/bin/env bash
# Lints Keel's OpenAPI document with a standard linter: Redocly CLI, its built-in "recommended" rules. Exits non-zero
# when the document has any error; warnings are printed and allowed.
#   scripts/lint-openapi.sh [URL|FILE]
# Default: http://localhost:5080/openapi/v1.json, the Api of `dotnet run --project Api`.
# The linter is installed with npm into .tools/openapi-lint (git-ignored) on first use; Node.js (18.17 or later) and
# npm are required (./test.sh installs them when they are missing).
set -euo pipefail
cd "$(dirname "$0")/.."

version=1.34.20
tools=.tools/openapi-lint
source=${1:-http://localhost:5080/openapi/v1.json}

for tool in node npm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is required to lint the OpenAPI document (apt-get install nodejs npm)." >&2; exit 2; }
done

if [ ! -x "$tools/node_modules/.bin/redocly" ] || [ "$(cat "$tools/version" 2>/dev/null)" != "$version" ]; then
  echo "Installing @redocly/cli@$version into $tools..." >&2
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "@redocly/cli@$version" >&2
  echo "$version" >"$tools/version"
fi

case "$source" in
  http://* | https://*)
    document=$(mktemp --suffix=.json)
    trap 'rm -f "$document"' EXIT
    curl -fsS --max-time 30 "$source" -o "$document"
    ;;
  *) document=$source ;;
esac

# No telemetry, no update check: the linter reads the document and nothing else.
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1 \
  "$tools/node_modules/.bin/redocly" lint --format=stylish "$document"
