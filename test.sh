#!/usr/bin/env bash
# Runs Keel's whole test suite. Installs what the tests need when it is missing.
# Results (TRX) land in TestResults/; pass extra `dotnet test` arguments after the script name.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2
  exit 1
fi

rm -rf TestResults
dotnet test Keel.slnx --logger "trx" --logger "console;verbosity=normal" --results-directory TestResults "$@"
