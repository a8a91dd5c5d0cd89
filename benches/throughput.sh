#!/usr/bin/env bash
# Guide-page throughput and latency, side by side in one run with nginx serving the very same
# bytes as a static file. Also reports the server's memory at rest and under load.
#   cargo build --release && bash benches/throughput.sh
# The two alternate for ROUNDS rounds (default 3), and the medians are compared, so one noisy
# moment on a shared machine does not decide the figure.
# Needs wrk and nginx (Debian: apt-get install wrk nginx-light).
set -euo pipefail
bin=${BIN:-target/release/passkey-guide}
duration=${DURATION:-10s}
rounds=${ROUNDS:-3}
connections=${CONNECTIONS:-64}
dir=$(mktemp -d)
app_port=39311
nginx_port=39312
ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"

"$bin" serve --addr 127.0.0.1:$app_port --database "sqlite://$dir/bench.db" 2>"$dir/server.log" &
server=$!
trap 'kill $server 2>/dev/null || true; [ -f "$dir/nginx.pid" ] && kill "$(cat "$dir/nginx.pid")" 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$app_port/healthz" >/dev/null && break; sleep 0.1; done

mkdir -p "$dir/www"
curl -s -A "$ua" -H 'accept-language: en' "http://127.0.0.1:$app_port/demo" > "$dir/www/index.html"
cat > "$dir/nginx.conf" <<CONF
worker_processes 2;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    server {
        listen 127.0.0.1:$nginx_port;
        root $dir/www;
        location / { try_files /index.html =404; }
    }
}
CONF
nginx -c "$dir/nginx.conf" -p "$dir"
sleep 0.5

rss() { awk '/VmRSS/ { print $2 / 1024 " MB" }' "/proc/$server/status"; }
echo "page: $(wc -c < "$dir/www/index.html") bytes; server memory at rest: $(rss)"

# CPU time taken by other guests of a virtual machine (steal), from /proc/stat: on a shared host
# it moves both figures, so each round prints it.
cpu_ticks() { awk '/^cpu / { print $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
run() {
  local before after rps p99
  before=$(cpu_ticks)
  wrk -t2 -c"$connections" -d"$duration" --latency -H "User-Agent: $ua" -H "Accept-Language: en" "$1" > "$dir/wrk.out"
  after=$(cpu_ticks)
  rps=$(awk '/Requests\/sec/ { print $2 }' "$dir/wrk.out")
  p99=$(awk '$1 == "99%" { print $2 }' "$dir/wrk.out")
  echo "  $2: $rps req/s, p99 $p99, $(echo "$before $after" | awk '{ printf "%.0f%%", 100 * ($3 - $1) / ($4 - $2) }') of CPU time stolen by the host"
  echo "$rps $(to_ms "$p99")" >> "$dir/$3"
}
# wrk prints latencies as 950.00us, 9.85ms or 1.02s.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.2f", n }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for round in $(seq "$rounds"); do
  echo "round $round of $rounds, $connections connections, $duration each:"
  run "http://127.0.0.1:$nginx_port/" "nginx, static file" nginx
  run "http://127.0.0.1:$app_port/demo" "passkey-guide /demo (each request records a visit)" app
done
nginx_rps=$(cut -d' ' -f1 "$dir/nginx" | median)
app_rps=$(cut -d' ' -f1 "$dir/app" | median)
echo "median nginx: $nginx_rps req/s, p99 $(cut -d' ' -f2 "$dir/nginx" | median) ms"
echo "median passkey-guide: $app_rps req/s, p99 $(cut -d' ' -f2 "$dir/app" | median) ms"
echo "server memory after load: $(rss); database log (WAL) after load: $(( $(stat -c %s "$dir/bench.db-wal") / 1048576 )) MB"
echo "ratio: $(awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN { printf "%.2f", a / n }') of nginx"
