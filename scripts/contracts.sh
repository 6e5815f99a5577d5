#!/usr/bin/env bash
# The contract gate (tests/Contracts.Tests): what crosses a wire or rests on disk, recorded in
# tests/Contracts.Tests/contracts.snapshot.
#   scripts/contracts.sh check    run the gate: breaking changes and unrecorded additions fail it
#   scripts/contracts.sh record   record the code's contracts as the new snapshot; refuses while a change is breaking
# Review the snapshot's diff like code: every line in it is something a stored row or another process depends on.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-check}" in
  check) dotnet test tests/Contracts.Tests --filter 'FullyQualifiedName~ContractGateTests' ;;
  record) KEEL_CONTRACTS_RECORD=1 dotnet test tests/Contracts.Tests --filter 'FullyQualifiedName~ContractGateTests.TheCodeKeepsEveryRecordedContract'
          git --no-pager diff --stat -- tests/Contracts.Tests/contracts.snapshot ;;
  *) echo "usage: scripts/contracts.sh [check|record]" >&2; exit 2 ;;
esac
