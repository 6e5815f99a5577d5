#!/usr/bin/env bash
# A local Keel cluster: a throwaway PostgreSQL, a silo hosting the Users service, a silo hosting the Email
# service, and an Api joined as an Orleans client. Ctrl-C stops everything this script started.
#   scripts/run-cluster.sh            (HTTP on http://localhost:5080; KEEL_HTTP_PORT to change it)
set -euo pipefail
cd "$(dirname "$0")/.."

http_port=${KEEL_HTTP_PORT:-5080}
state=$(mktemp -d /tmp/keel-cluster.XXXXXX)
chmod 755 "$state" # the PostgreSQL server runs as its own user and must reach its folder
pids=()

stop_all() {
  echo; echo "Stopping the cluster..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  scripts/postgres.sh stop "$state/pg"
  rm -rf "$state"
}
trap stop_all EXIT INT TERM

echo "Building..."
dotnet build Keel.slnx -c Release -v quiet -nologo >/dev/null

connection=$(scripts/postgres.sh start "$state/pg" 25500)
export Keel__Storage=Postgres
export ConnectionStrings__Postgres="$connection"
export Keel__ServiceId=keel-local Keel__ClusterId=keel-local
export Keel__Mail__PickupDirectory="$state/mail"
export Keel__Admin__Enabled=true Keel__Dashboard__Enabled=true
export Logging__LogLevel__Default=Warning

start() { # name, then the command
  local name=$1; shift
  "$@" >"$state/$name.log" 2>&1 &
  pids+=($!)
  echo "  $name (pid $!): log in $state/$name.log"
}

echo "Starting (PostgreSQL: $connection)"
Keel__Services=users Keel__SiloPort=11111 Keel__GatewayPort=30000 \
  start silo-users dotnet Silo/bin/Release/net10.0/Keel.Silo.dll
Keel__Services=email Keel__SiloPort=11112 Keel__GatewayPort=30001 \
  start silo-email dotnet Silo/bin/Release/net10.0/Keel.Silo.dll
Keel__Services=lobby,games,wallet Keel__SiloPort=11113 Keel__GatewayPort=30002 \
  start silo-lobby dotnet Silo/bin/Release/net10.0/Keel.Silo.dll
# Development: the Api checks tokens with this machine's development key (see README, "Tokens").
Keel__Mode=Client ASPNETCORE_URLS="http://localhost:$http_port" ASPNETCORE_ENVIRONMENT=Development \
  start api dotnet Api/bin/Release/net10.0/Keel.Api.dll

for _ in $(seq 1 120); do
  curl -fs "http://localhost:$http_port/health" >/dev/null 2>&1 && break
  sleep 0.5
done
cat <<MSG

Keel cluster is up:
  API            http://localhost:$http_port/api/v1/users   (Scalar UI: /scalar, OpenAPI: /openapi/v1.json)
  health         http://localhost:$http_port/health
  where grains run  http://localhost:$http_port/api/v1/admin/activations
  dead letters   http://localhost:$http_port/api/v1/admin/dead-letters
  mails          $state/mail
  a token        dotnet run -v q --project Api -- token --user <user id>   (add --role admin for the admin endpoints;
                 the dashboard: /dashboard?access_token=<admin token>)
  PostgreSQL     $connection

Try: curl -X POST localhost:$http_port/api/v1/users -H 'content-type: application/json' -d '{"email":"ada@example.com","name":"Ada"}'
Press Ctrl-C to stop everything.
MSG
wait -n "${pids[@]}" || true
echo "A process exited; see the logs above."
