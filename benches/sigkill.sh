#!/usr/bin/env bash
# Kills the server with SIGKILL in the middle of a load and checks that every visit the server
# acknowledged (answered 200) is in the database after a restart.
#   bash benches/sigkill.sh [path/to/passkey-guide]   (default: target/release/passkey-guide)
set -euo pipefail
bin=${1:-target/release/passkey-guide}
dir=$(mktemp -d)
db="sqlite://$dir/crash.db"
port=39217
ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"

"$bin" serve --addr 127.0.0.1:$port --database "$db" 2>"$dir/server.log" &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done

# 16 clients, each counting the requests the server acknowledged, for at most 20 s.
for c in $(seq 16); do
  (
    ok=0
    end=$((SECONDS + 20))
    while [ $SECONDS -lt $end ]; do
      code=$(curl -s -o /dev/null -w '%{http_code}' -A "$ua" -H 'accept-language: en' "http://127.0.0.1:$port/demo?c=load" || true)
      [ "$code" = 200 ] && ok=$((ok + 1))
      echo "$ok" > "$dir/acked.$c"
      [ "$code" = 000 ] && break
    done
  ) &
done
sleep 3
kill -9 "$server"
wait "$server" 2>/dev/null || true
sleep 0.5
wait 2>/dev/null || true
acked=$(cat "$dir"/acked.* | awk '{ s += $1 } END { print s + 0 }')

"$bin" serve --addr 127.0.0.1:$port --database "$db" 2>>"$dir/server.log" &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
token=$("$bin" token create --tenant demo --database "$db" | tail -n 1)
stored=$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/tenants/demo/funnel" |
  python3 -c 'import json,sys; print(next(s["events"] for s in json.load(sys.stdin)["funnel"] if s["stage"]=="visit"))')
kill "$server"
wait "$server" 2>/dev/null || true
rm -rf "$dir"

echo "acknowledged visits before SIGKILL: $acked"
echo "visits in the database after restart: $stored"
if [ "$stored" -lt "$acked" ]; then
  echo "LOST $((acked - stored)) acknowledged events"
  exit 1
fi
echo "no acknowledged event was lost"
