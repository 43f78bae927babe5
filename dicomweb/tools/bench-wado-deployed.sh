#!/usr/bin/env bash
# dicomweb/tools/bench-wado-deployed.sh [N_INSTANCES=1300] [REPS=5] [WORK_DIR=/tmp/drimbox-wado-deployed]
#
# The issue #6 benchmark, one run, side by side, on one synthetic study (dicom/tools/make-study.sh):
#   box warm   full-study WADO-RS through the deployed box (bin/demo, WildFly, /drimbox/dicomweb), study cached
#   box cold   the same after DELETE /admin/cache: study-level retrieval from the PACS (Orthanc) streamed through
#   orthanc    Orthanc's own DICOMweb plugin (transfer-syntax=*), same study, same machine
#   nginx      the box's multipart answer saved as one static file, served by nginx (sendfile) on a free port
#   getscu     dcmtk getscu C-GET of the study from the same Orthanc into a directory (the cold-path anchor)
# plus the time to the first byte of the first instance ("DICM" of part 1) warm, and the box's heap (jstat samples
# every 200 ms during the runs; the box runs with BOX_HEAP, default -Xmx256m, so completing is the proof).
#
# Run it under the machine lock, with nothing else on the demo ports:
#   flock /work/box.lock dicomweb/tools/bench-wado-deployed.sh 1300 5
# It starts the PSC simulator and (re)starts bin/demo in demo trust mode (unsigned ANS test whitelist, no client
# certificate, tokens from the simulator), publishes a KOS for the study with bin/bench-source latency (which loads
# the study into the demo PACS), runs the timings interleaved, then stops the demo and the simulator (KEEP=1 keeps
# them; run under flock, the kept demo inherits the lock and holds it until it is stopped). The box runs on a private
# H2 database under WORK_DIR (KEEP_DB=1: the demo's own, with whatever backlog of publications earlier demo runs left,
# which competes for the CPU). PROFILE=1 records the box with JFR during the timings (WORK_DIR/box.jfr).
# Results: WORK_DIR/results.txt. Needs nginx, dcmtk, curl, python3, a JDK (jstat).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
N=${1:-1300}; REPS=${2:-5}; W=${3:-/tmp/drimbox-wado-deployed}
BOX=${BOX_URL:-http://127.0.0.1:8080/drimbox/dicomweb}
PACS_HTTP=${PACS_HTTP:-http://127.0.0.1:8042}
PACS_DICOM=${PACS_DICOM:-4242}
export TCP_NODELAY=1  # dcmtk: without it getscu waits for delayed ACKs (40 ms per instance)
for c in nginx getscu curl python3 jstat jcmd; do
  command -v "$c" >/dev/null || { echo "$c not found (bin/setup-machine installs it)" >&2; exit 1; }
done
mkdir -p "$W"; W=$(cd "$W" && pwd); chmod 755 "$W"
RESULTS=$W/results.txt; : > "$RESULTS"
log() { echo "$*" | tee -a "$RESULTS"; }
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "${NGX:-/nonexistent}/nginx.pid" ] && kill "$(cat "$NGX/nginx.pid")" 2>/dev/null || true
  if [ "${KEEP:-0}" != 1 ] && [ "${STARTED:-0}" = 1 ]; then
    "$ROOT/bin/demo" stop >/dev/null 2>&1 || true
    "$ROOT/bin/psc-simulator" stop >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

# ------------------------------------------------------------------ the box, in demo trust mode
if [ "${NO_START:-0}" != 1 ]; then
  STARTED=1
  "$ROOT/bin/psc-simulator" start >/dev/null
  export DRIMBOX_TRUST_MODE=demo DRIMBOX_TRUST_DEMO_CONFIRM=accept-unverified-peers
  export DRIMBOX_WHITELIST="${WHITELIST:-/work/shared/drimm-data/Référencement DRIMBox/Liste blanche TEST/Liste blanche non signée/LISTEBLANCHE_DRIM-M_NONSIGNEE_TEST.xml}"
  export DRIMBOX_PSC_INTROSPECTION_URL=http://127.0.0.1:8089/psc/introspect DRIMBOX_PSC_CLIENT_SECRET=drimbox-secret
  # a private H2 database: the publication backlog that earlier demo runs left in var/demo would compete for the CPU
  [ "${KEEP_DB:-0}" = 1 ] || export DRIMBOX_DB_URL="jdbc:h2:file:$W/db/drimbox;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
  export JBOSS_JAVA_SIZING="${BOX_HEAP:--Xms64m -Xmx256m} -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m"
  "$ROOT/bin/demo" stop >/dev/null 2>&1 || true
  "$ROOT/bin/demo" > "$W/demo.log" 2>&1 || { tail -20 "$W/demo.log" >&2; exit 1; }
fi
BOX_PID=$(pgrep -f "jboss.home.dir=$ROOT/var/demo/wildfly" | head -1)
[ -n "$BOX_PID" ] || { echo "the demo box is not running" >&2; exit 1; }

# ------------------------------------------------------------------ study in the PACS, KOS published, token
"$ROOT/bin/bench-source" latency 1 "$N" > "$W/publish.log"
STUDY=$(python3 -c "import uuid; print('2.25.%d' % uuid.UUID('5f1c0c4e-6a55-4b1e-9f53-%012d' % $N).int)")
STUDY_DIR=$ROOT/var/bench/study-$N
KOS=$(curl -fsS http://127.0.0.1:8080/dmp-simulator/submissions | python3 -c "
import json, sys
ids = [s['uniqueId'] for s in json.load(sys.stdin)
       if s['metadata'].get('mimeType') == 'application/dicom' and '$STUDY' in json.dumps(s)]
print(ids[-1])")
TOKEN=$("$ROOT/bin/psc-simulator" token 10001234567)
BYTES=$(find "$STUDY_DIR" -type f -name '*.dcm' -printf '%s\n' | awk '{s+=$1} END {print s}')
ACCEPT='multipart/related; type="application/dicom"; transfer-syntax=1.2.840.10008.1.2.1'
ACCEPT_ANY='multipart/related; type="application/dicom"; transfer-syntax=*'
BOXARGS=(-H "Accept: $ACCEPT" -H "KOS-SOPInstanceUID: $KOS" -H "Authorization: Bearer $TOKEN")

# warm-up (waits for the prefetch started by the publication) and the static copy of the answer
curl -fsS -o "$W/study.multipart" "${BOXARGS[@]}" "$BOX/studies/$STUDY"
ANSWER=$(stat -c %s "$W/study.multipart")
chmod 644 "$W/study.multipart"
log "study $STUDY: $N instances, $BYTES bytes of Part 10 files, WADO-RS answer $ANSWER bytes; KOS $KOS"

# ------------------------------------------------------------------ nginx on a free port, own config
NGX=$W/nginx; rm -rf "$NGX"; mkdir -p "$NGX/www" "$NGX/tmp"; ln -f "$W/study.multipart" "$NGX/www/study" 2>/dev/null \
  || cp "$W/study.multipart" "$NGX/www/study"
NGX_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$NGX/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $NGX/nginx.pid;
error_log $NGX/error.log warn;
events { worker_connections 64; }
http {
  access_log off; sendfile on; tcp_nopush on; keepalive_timeout 5;
  client_body_temp_path $NGX/tmp; proxy_temp_path $NGX/tmp; fastcgi_temp_path $NGX/tmp;
  uwsgi_temp_path $NGX/tmp; scgi_temp_path $NGX/tmp;
  types { } default_type application/octet-stream;
  server { listen 127.0.0.1:$NGX_PORT; root $NGX/www; }
}
CONF
chmod -R a+rwX "$NGX"
if [ "$(id -u)" = 0 ]; then
  setpriv --reuid=nobody --regid=nogroup --clear-groups nginx -p "$NGX" -c "$NGX/nginx.conf" 2> "$W/nginx.stderr" &
else
  nginx -p "$NGX" -c "$NGX/nginx.conf" 2> "$W/nginx.stderr" &
fi
PIDS+=($!)
for _ in $(seq 1 50); do curl -fsS -o /dev/null "http://127.0.0.1:$NGX_PORT/study" 2>/dev/null && break; sleep 0.1; done

# ------------------------------------------------------------------ heap sampling
[ "${PROFILE:-0}" = 1 ] && jcmd "$BOX_PID" JFR.start name=bench settings=profile > /dev/null
jstat -gc "$BOX_PID" 200 > "$W/jstat.txt" 2>&1 &
PIDS+=($!)

# ------------------------------------------------------------------ timings
declare -A T F
fetch() {  # fetch LABEL URL curl-args...: one timed run, checks status and size
  local label=$1 url=$2; shift 2
  local out; out=$(curl -sS -o /dev/null -w '%{http_code} %{size_download} %{time_total}' "$@" "$url")
  set -- $out
  [ "$1" = 200 ] && [ "$2" -ge $((BYTES * 95 / 100)) ] || { echo "$label: HTTP $1, $2 bytes" >&2; exit 1; }
  T[$label]="${T[$label]:-} $3"
}
first_instance() {  # first_instance LABEL URL header...: seconds to the "DICM" of the first part
  local label=$1; shift
  local s; s=$(python3 "$ROOT/dicomweb/tools/first-instance.py" "$@")
  F[$label]="${F[$label]:-} $s"
}
getscu_run() {
  rm -rf "$W/getscu"; mkdir -p "$W/getscu"
  local t0 t1; t0=$(date +%s.%N)
  getscu -aet DRIMBOX -aec ORTHANC -od "$W/getscu" 127.0.0.1 "$PACS_DICOM" -k QueryRetrieveLevel=STUDY \
    -k StudyInstanceUID="$STUDY" > "$W/getscu.log" 2>&1
  t1=$(date +%s.%N)
  local n; n=$(find "$W/getscu" -type f | wc -l)
  [ "$n" -ge "$N" ] || { echo "getscu: $n files" >&2; exit 1; }
  T[getscu]="${T[getscu]:-} $(python3 -c "print(round($t1 - $t0, 3))")"
}
log "load before: $(uptime)"
for r in $(seq 1 "$REPS"); do
  curl -fsS -X DELETE -o /dev/null "$BOX/admin/cache"
  fetch cold "$BOX/studies/$STUDY" "${BOXARGS[@]}"
  curl -fsS -X DELETE -o /dev/null "$BOX/admin/cache"
  first_instance cold "$BOX/studies/$STUDY" "Accept: $ACCEPT" "KOS-SOPInstanceUID: $KOS" "Authorization: Bearer $TOKEN"
  fetch warm "$BOX/studies/$STUDY" "${BOXARGS[@]}"
  first_instance warm "$BOX/studies/$STUDY" "Accept: $ACCEPT" "KOS-SOPInstanceUID: $KOS" "Authorization: Bearer $TOKEN"
  fetch orthanc "$PACS_HTTP/dicom-web/studies/$STUDY" -H "Accept: $ACCEPT_ANY"
  first_instance orthanc "$PACS_HTTP/dicom-web/studies/$STUDY" "Accept: $ACCEPT_ANY"
  fetch nginx "http://127.0.0.1:$NGX_PORT/study"
  getscu_run
  log "run $r done, load: $(uptime | sed 's/.*load average: //')"
done
kill "${PIDS[-1]}" 2>/dev/null || true
[ "${PROFILE:-0}" = 1 ] && jcmd "$BOX_PID" JFR.dump name=bench filename="$W/box.jfr" > /dev/null

# ------------------------------------------------------------------ report
python3 - "$BYTES" "$W/jstat.txt" "${T[warm]}" "${T[cold]}" "${T[orthanc]}" "${T[nginx]}" "${T[getscu]}" \
  "${F[warm]}" "${F[orthanc]}" "${F[cold]}" <<'PY' | tee -a "$RESULTS"
import statistics, sys
nbytes, jstat = int(sys.argv[1]), sys.argv[2]
runs = dict(zip(["warm", "cold", "orthanc", "nginx", "getscu"], [[float(x) for x in a.split()] for a in sys.argv[3:8]]))
first = dict(zip(["warm", "orthanc", "cold"], [[float(x) for x in a.split()] for a in sys.argv[8:11]]))
names = {"warm": "box, warm cache (WADO-RS, WildFly)", "cold": "box, cold cache (C-GET from Orthanc streamed)",
         "orthanc": "Orthanc DICOMweb (transfer-syntax=*)", "nginx": "nginx, the same answer as a static file",
         "getscu": "dcmtk getscu C-GET from Orthanc to disk"}
mbs = {k: nbytes / 1e6 / statistics.median(v) for k, v in runs.items()}
best = {k: nbytes / 1e6 / min(v) for k, v in runs.items()}
print("%-46s %9s %9s %9s %9s" % ("path (%d runs, %.1f MB of Part 10)" % (len(runs["warm"]), nbytes / 1e6),
                                  "median s", "MB/s", "best s", "best MB/s"))
for k in ["warm", "cold", "orthanc", "nginx", "getscu"]:
    print("%-46s %9.3f %9.1f %9.3f %9.1f" % (names[k], statistics.median(runs[k]), mbs[k], min(runs[k]), best[k]))
for k, v in first.items():
    print("first byte of the first instance, %-8s median %.1f ms, best %.1f ms" % (k, 1000 * statistics.median(v),
                                                                               1000 * min(v)))
print("goals (median): warm/orthanc %.2f (>= 1), warm/nginx %.2f (>= 0.70), cold/getscu %.2f (>= 0.90)" % (
    mbs["warm"] / mbs["orthanc"], mbs["warm"] / mbs["nginx"], mbs["cold"] / mbs["getscu"]))
rows = [l.split() for l in open(jstat) if l.strip() and not l.lstrip().startswith("S0C")]
cols = open(jstat).readline().split()
def val(r, c):
    return float(r[cols.index(c)]) if c in cols else 0.0
used = [sum(val(r, c) for c in ("S0U", "S1U", "EU", "OU")) / 1024 for r in rows if len(r) == len(cols)]
old = [val(r, "OU") / 1024 for r in rows if len(r) == len(cols)]
cap = [sum(val(r, c) for c in ("S0C", "S1C", "EC", "OC")) / 1024 for r in rows if len(r) == len(cols)]
if used:
    print("box heap over %d samples: used max %.0f MB, old generation max %.0f MB, committed max %.0f MB" % (
        len(used), max(used), max(old), max(cap)))
PY
jcmd "$BOX_PID" GC.run > /dev/null
log "box heap after the runs and a full GC: $(jcmd "$BOX_PID" GC.heap_info | grep -o 'total [0-9]*K, used [0-9]*K' | head -1)"
log "load after: $(uptime)"
