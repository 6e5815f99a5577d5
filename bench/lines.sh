#!/usr/bin/env bash
# Lines it took to write each service, per layer (non-blank lines; and without comment lines), and which generic
# files the Lobby's own commits touched: does adding a service need the machinery to change? See BENCHMARKS.md, "Lobby".
#   bench/lines.sh        prints the tables (bench/lobby.sh writes them to bench/results/lobby-lines.txt)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# count FILE...: non-blank lines, and non-blank lines that are not comments (//, ///, /* */ lines, <!-- -->)
count() {
  [ "$#" -gt 0 ] || { echo "0 0 0"; return; }
  cat "$@" | awk -v files="$#" '
    /^[[:space:]]*$/ {next}
    {all++}
    /^[[:space:]]*(\/\/|\/\*|\*|<!--)/ {next}
    {code++}
    END {printf "%d %d %d\n", files, all, code}'
}

files() {
  find "$@" -type f \( -name '*.cs' -o -name '*.html' -o -name '*.js' -o -name '*.css' \) -not -path '*/obj/*' -not -path '*/bin/*' 2>/dev/null | sort
}

row() {  # row SERVICE LAYER FILE...
  local service=$1 layer=$2; shift 2
  read -r n all code < <(count "$@")
  printf '| %s | %s | %d | %d | %d |\n' "$service" "$layer" "$n" "$all" "$code"
}

# The Lobby's realtime parts: the gateway in the Api and the contracts and grains that feed it.
RT_CONTRACTS="Grains.Interfaces/Lobby/ILobbyWatcher.cs Grains.Interfaces/Lobby/ILobbyWatchersGrain.cs Grains.Interfaces/Lobby/JoinFailure.cs"
RT_GRAINS="Grains/Lobby/LobbyWatchersGrain.cs Grains/Lobby/RoomFeedSubscription.cs"
not_in() { local list=" $1 "; shift; for f in "$@"; do [[ "$list" == *" $f "* ]] || echo "$f"; done; }

echo "Lines per layer (commit $(git rev-parse --short HEAD)): files, non-blank lines, non-blank lines without comments"
echo
echo "| service | layer | files | lines | code lines |"
echo "|---|---|---:|---:|---:|"
# shellcheck disable=SC2046
{
  row Lobby domain $(files Domain/Lobby)
  row Lobby contracts $(not_in "$RT_CONTRACTS" $(files Grains.Interfaces/Lobby))
  row Lobby grains $(not_in "$RT_GRAINS" $(files Grains/Lobby))
  row Lobby endpoints Api/Lobby/LobbyEndpoints.cs Api/Lobby/Players.cs
  row Lobby "realtime (Api/Lobby/Realtime, LobbyRealtimeEndpoints, watcher contracts and grains)" \
    $(files Api/Lobby/Realtime) Api/Lobby/LobbyRealtimeEndpoints.cs $RT_CONTRACTS $RT_GRAINS
  row Lobby "page (Api/wwwroot/lobby)" $(files Api/wwwroot/lobby)
  row Lobby "total" $(files Domain/Lobby Grains.Interfaces/Lobby Grains/Lobby Api/Lobby Api/wwwroot/lobby)
  row Lobby "tests (tests/*/Lobby)" $(files tests/*/Lobby)
  row Users "domain (Domain/Users, Domain/UserEmails)" $(files Domain/Users Domain/UserEmails)
  row Users contracts $(files Grains.Interfaces/Users)
  row Users grains $(files Grains/Users)
  row Users endpoints $(files Api/Users)
  row Users total $(files Domain/Users Domain/UserEmails Grains.Interfaces/Users Grains/Users Api/Users)
  row Users "tests (tests/*/Users)" $(files tests/*/Users)
  row Games domain $(files Domain/Games)
  row Games contracts $(files Grains.Interfaces/Games)
  row Games grains $(files Grains/Games)
  row Games endpoints $(files Api/Games)
  row Games total $(files Domain/Games Grains.Interfaces/Games Grains/Games Api/Games)
  row Games "tests (tests/*/Games)" $(files tests/*/Games)
  row "generic machinery" "for scale: Domain/Common, Grains.Interfaces/Messaging, Grains/{EventLog,Messaging,Placement,Diagnostics}, Silo, Api/{Http,Hosting}" \
    $(files Domain/Common Grains.Interfaces/Messaging Grains/EventLog Grains/Messaging Grains/Placement Grains/Diagnostics Silo Api/Http Api/Hosting)
}

# The Lobby branch: the commits the lobby merge brought in (its second parent, not reachable from its first).
MERGE=$(git log --merges --format=%h --grep='^Merge lobby:' -1)
echo
if [ -z "$MERGE" ]; then
  echo "(no 'Merge lobby:' commit in this history: generic files not checked)"
  exit 0
fi
SERVICE_PATHS='^(Domain/(Lobby|Games)/|Grains\.Interfaces/(Lobby|Games)/|Grains/(Lobby|Games)/|Api/(Lobby|Games)/|Api/wwwroot/lobby/|tests/|README\.md$)'
echo "Files the Lobby branch changed outside its own service folders (Domain/Grains.Interfaces/Grains/Api {Lobby,Games}, Api/wwwroot/lobby), tests and README,"
echo "over its $(git rev-list --count "$MERGE^1..$MERGE^2") commits ($MERGE^1..$MERGE^2, merged in $MERGE):"
generic=$(git log --format= --name-only "$MERGE^1..$MERGE^2" | sort -u | grep -v '^$' | grep -Ev "$SERVICE_PATHS" || true)
if [ -z "$generic" ]; then echo "  none"; else echo "$generic" | sed 's/^/  /'; fi
tests=$(git log --format= --name-only "$MERGE^1..$MERGE^2" | sort -u | grep '^tests/' | grep -Ev '/(Lobby|Room|Player|GlobalRooms|Game|ScriptedRoomCodes)[^/]*$' || true)
echo "Test files it changed that are not the Lobby's own:"
if [ -z "$tests" ]; then echo "  none"; else echo "$tests" | sed 's/^/  /'; fi
echo
echo "Commits after the merge that name the Lobby (benchmark-only commits left out), and the generic files they changed:"
git log --format='%h %s' "$MERGE..HEAD" --no-merges --grep='[Ll]obby' | while read -r hash subject; do
  [ -n "$(git show --format= --name-only "$hash" | grep -v '^$' | grep -v '^bench/' || true)" ] || continue
  changed=$(git show --format= --name-only "$hash" | grep -v '^$' | grep -Ev "$SERVICE_PATHS" | grep -v '^aspire/\|^scripts/' || true)
  echo "  $hash ${subject:0:110}"
  if [ -n "$changed" ]; then echo "$changed" | sed 's/^/      /'; else echo "      (none)"; fi
done
