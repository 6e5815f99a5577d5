#!/usr/bin/env bash
# Writes a database with the build at HEAD (37bd3df's formats): users, mails, lobby rooms, a game, a queued event.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
pgdir=/tmp/fixture/pg; rm -rf $pgdir
CS=$(scripts/postgres.sh start $pgdir 26432)
PGURL="postgresql://postgres@127.0.0.1:$(cat $pgdir/port)"
psql "$PGURL/postgres" -qc "CREATE DATABASE keel_fixture"
DB="${CS/Database=postgres/Database=keel_fixture}"
export Keel__Storage=Postgres ConnectionStrings__Postgres="$DB" Keel__ServiceId=keel-integration \
  Keel__Auth__SigningKey='GRo6zt4N7t8f/yOozYd4EVIPJuupFjpp7CumhM66BVI=' Keel__RateLimit__Enabled=false \
  ASPNETCORE_ENVIRONMENT=Production Keel__Mail__PickupDirectory=/tmp/fixture/mail DOTNET_ENVIRONMENT=Production
API=Api/bin/Debug/net10.0/Keel.Api.dll; SILO=Silo/bin/Debug/net10.0/Keel.Silo.dll
tok() { dotnet $API token --user "$1" ${2:+--role $2}; }
ADMIN=$(tok ops admin); ADA=$(tok ada); BOB=$(tok bob); CAROL=$(tok carol); DAVE=$(tok dave)
wait_health() { for i in $(seq 1 120); do curl -sf "$1/health" >/dev/null && return 0; sleep 0.5; done; echo "not healthy: $1" >&2; return 1; }
post2() { curl -sf -X POST "http://127.0.0.1:5191$1" -H "authorization: Bearer $2" -H 'content-type: application/json' -d "$3"; }
post() { curl -sf -X POST "http://127.0.0.1:5190$1" -H "authorization: Bearer $2" -H 'content-type: application/json' -d "$3"; }
(cd /tmp && exec env Keel__SiloPort=21111 Keel__GatewayPort=21000 dotnet $PWD/$API --urls http://127.0.0.1:5190 > /tmp/fixture/api1.log 2>&1) & P=$!
wait_health http://127.0.0.1:5190
U1=$(post /api/v1/users "$ADMIN" '{"email":"Ada.Lovelace@Example.com","name":"Ada Lovelace"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["userId"])')
for i in $(seq 1 60); do n=$(curl -sf "http://127.0.0.1:5190/api/v1/email/messages?to=Ada.Lovelace@example.com" -H "authorization: Bearer $ADMIN" | python3 -c 'import json,sys;print(len(json.load(sys.stdin)))'); [ "$n" = 1 ] && break; sleep 0.5; done
ROOM1=$(post /api/v1/lobby/players/ada/join "$ADA" '{"address":"friends:new:2"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["roomId"])')
CODE1=${ROOM1#friends-}
post /api/v1/lobby/players/bob/join "$BOB" "{\"address\":\"friends:$CODE1\"}" >/dev/null
ROOM2=$(post /api/v1/lobby/players/carol/join "$CAROL" '{"address":"friends:new:3"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["roomId"])')
curl -sf -X PUT http://127.0.0.1:5190/api/v1/lobby/players/carol/wait-mode -H "authorization: Bearer $CAROL" -H 'content-type: application/json' -d '{"mode":"OnlineAndOffline"}' >/dev/null
post /api/v1/lobby/players/dave/join "$DAVE" '{"address":"global:2"}' >/dev/null
ERIN=$(tok erin)
for i in $(seq 1 51); do post /api/v1/lobby/players/erin/join "$ERIN" '{"address":"friends:new:2"}' >/dev/null; post /api/v1/lobby/players/erin/leave "$ERIN" '' >/dev/null; done
U3=$(curl -sf -X POST http://127.0.0.1:5190/api/v1/users -H 'content-type: application/json' -H 'Idempotency-Key: fixture-key-1' -d '{"email":"keyed@example.com","name":"Keyed Client"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["userId"])')
for i in $(seq 1 60); do curl -sf "http://127.0.0.1:5190/api/v1/games/$ROOM1" -H "authorization: Bearer $ADMIN" >/dev/null && break; sleep 0.5; done
kill $P; wait $P || true
# Phase 2: no silo hosts the Email service; a registration's event waits for it.
(cd /tmp && exec env Keel__Services=users,lobby,games Keel__SiloPort=21112 Keel__GatewayPort=21001 dotnet $PWD/$SILO > /tmp/fixture/silo.log 2>&1) & S=$!
(cd /tmp && exec env Keel__Mode=Client Keel__GatewayPort=21001 dotnet $PWD/$API --urls http://127.0.0.1:5191 > /tmp/fixture/api2.log 2>&1) & A=$!
wait_health http://127.0.0.1:5191
U2=$(post2 /api/v1/users "$ADMIN" '{"email":"grace@example.com","name":"Grace Hopper"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["userId"])')
sleep 3
kill $A $S; wait $A $S || true
pg_dump --inserts --no-owner --no-privileges "$PGURL/keel_fixture" > /tmp/fixture/keel-37bd3df.sql
cat > /tmp/fixture/manifest.json <<JSON
{"welcomed": {"userId": "$U1", "email": "Ada.Lovelace@example.com", "name": "Ada Lovelace"},
 "queued": {"userId": "$U2", "email": "grace@example.com", "name": "Grace Hopper"},
 "keyed": {"userId": "$U3", "email": "keyed@example.com", "name": "Keyed Client", "idempotencyKey": "fixture-key-1"},
 "playingRoom": "$ROOM1", "waitingRoom": "$ROOM2"}
JSON
psql "$PGURL/keel_fixture" -c "select service, stream, version, event_type from keel_events order by position" || psql "$PGURL/keel_fixture" -c '\d keel_events'
psql "$PGURL/keel_fixture" -c "select stream, version from keel_snapshots" || true
scripts/postgres.sh stop $pgdir
