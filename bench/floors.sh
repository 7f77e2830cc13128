# Shared by the benches that print their floors (sourced, not run).

# Processor seconds (user + system) of the processes whose /proc/PID/stat files are given.
cpu() { awk '{ s += $14 + $15 } END { printf "%.2f", s / 100 }' "$@" 2>/dev/null || echo 0; }

# The HTTP floor: GET /api/v1/me with USER's personal token (authentication, a small JSON answer, no SQL), wrk
# with CONNECTIONS on core 1 (where the benches run their load) for SECONDS; wrk's output goes to OUT, and the
# rate and p99 are shown. Usage: http_floor PORT USER CONNECTIONS SECONDS OUT
http_floor() {
  local token
  token=$(curl -fs -u "$2:demo" -H 'Content-Type: application/json' -d '{"name":"floor"}' \
    "http://127.0.0.1:$1/api/v1/me/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
  echo "HTTP floor: GET /api/v1/me with a token, wrk, $3 connections on one core, $4 s"
  taskset -c 1 wrk -t1 -c"$3" -d"$4s" --latency -H "Authorization: Bearer ${token}" "http://127.0.0.1:$1/api/v1/me" \
    | tee "$5" | grep -E "Requests/sec|99%"
}
