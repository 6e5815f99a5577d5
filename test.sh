#!/usr/bin/env bash
# Runs Keel's whole test suite. Installs what the tests need when it is missing: PostgreSQL (Debian package,
# as root) for the durability tests, on a throwaway server with a private port and socket directory; Node.js and npm
# (Debian packages, as root) for the OpenAPI lint test (scripts/lint-openapi.sh installs the linter itself); Chromium
# (Debian package) for the lobby page's browser test (Playwright drives the installed Chromium).
# Results (TRX) land in TestResults/; extra arguments go to `dotnet test`.
# Set KEEL_TEST_POSTGRES to an Npgsql connection string to use a server of your own instead.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2
  exit 1
fi

missing=()
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing the Debian packages the tests need: ${missing[*]}..." >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
fi

if [ -z "${KEEL_TEST_POSTGRES:-}" ]; then
  pg_dir=$(mktemp -d /tmp/keel-test-pg.XXXXXX)
  trap 'scripts/postgres.sh stop "$pg_dir"' EXIT
  KEEL_TEST_POSTGRES=$(scripts/postgres.sh start "$pg_dir" 25432)
  export KEEL_TEST_POSTGRES
  echo "PostgreSQL for tests: $KEEL_TEST_POSTGRES"
fi

rm -rf TestResults
dotnet test Keel.slnx --logger "trx" --logger "console;verbosity=normal" --results-directory TestResults "$@"
