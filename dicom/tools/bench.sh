#!/usr/bin/env bash
# dicom/tools/bench.sh [WORK_DIR] [N_INSTANCES] [REPS]
#
# Side-by-side throughput of the drimbox-dicom command line tool and dcmtk, in one run, on loopback:
#   1. C-STORE into Orthanc:      our `store`  vs  dcmtk `storescu`   (Orthanc emptied before every run)
#   2. C-GET from Orthanc to disk: our `get`    vs  dcmtk `getscu`     (fresh output directory every run)
#   3. C-MOVE from Orthanc to disk: movescu to our storescp vs to dcmtk's storescp (both long-running), and our
#      `move` with its own receiver end to end
# Ours runs as `java -jar` and with CLI_JAVA_OPTS (default: -XX:TieredStopAtLevel=1 -XX:+UseSerialGC).
#   4. Part 10 parse throughput of the study (ParseBenchmark, if test classes are built) vs `cat` of the files
# Runs are interleaved (ours, dcmtk, ours, ...) so background load hits both alike; medians and best runs are printed
# and written to WORK_DIR/results.txt.
#
# Needs: the CLI jar (cd dicom && mvn -o -q package -DskipTests), Orthanc, dcmtk, python3, curl.
# Defaults: WORK_DIR=/tmp/drimbox-bench, N_INSTANCES=1300 (172 MB), REPS=5. Orthanc's MaximumPduLength is
# ORTHANC_MAX_PDU (default 16384, as in the reference figures); every dcmtk tool runs with TCP_NODELAY=1.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
MODULE=$(cd "$HERE/.." && pwd)
W=${1:-/tmp/drimbox-bench}; N=${2:-1300}; REPS=${3:-5}
MAX_PDU=${ORTHANC_MAX_PDU:-16384}
export TCP_NODELAY=1
for c in Orthanc storescu getscu movescu storescp python3 curl java; do
  command -v "$c" >/dev/null || { echo "$c not found (apt-get install orthanc dcmtk python3 curl)" >&2; exit 1; }
done
JAR=$(ls "$MODULE"/target/drimbox-dicom-*-cli.jar 2>/dev/null | head -1)
[ -n "$JAR" ] || { echo "CLI jar missing: cd $MODULE && mvn -o -q package -DskipTests" >&2; exit 1; }
mkdir -p "$W"; W=$(cd "$W" && pwd)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

# ------------------------------------------------------------------ study
STUDY_DIR=$W/study-$N
if [ ! -f "$STUDY_DIR.uid" ]; then
  rm -rf "$STUDY_DIR"
  "$HERE/make-study.sh" "$STUDY_DIR" "$N" > "$STUDY_DIR.uid.tmp" 2>/dev/null
  mv "$STUDY_DIR.uid.tmp" "$STUDY_DIR.uid"
fi
STUDY=$(cat "$STUDY_DIR.uid")
BYTES=$(find "$STUDY_DIR" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "study: $N instances, $BYTES bytes ($STUDY)"

# ------------------------------------------------------------------ Orthanc
HTTP=$(free_port); DICOM=$(free_port); MOVE=$(free_port); DCMTK_MOVE=$(free_port); OURS_MOVE=$(free_port)
OD=$W/orthanc; rm -rf "$OD"; mkdir -p "$OD"
MODS="\"DRIMBOX\": {\"AET\": \"DRIMBOX\", \"Host\": \"127.0.0.1\", \"Port\": $MOVE},
    \"STORESCP\": {\"AET\": \"STORESCP\", \"Host\": \"127.0.0.1\", \"Port\": $DCMTK_MOVE},
    \"OURSCP\": {\"AET\": \"OURSCP\", \"Host\": \"127.0.0.1\", \"Port\": $OURS_MOVE},
    \"GETSCU\": {\"AET\": \"GETSCU\", \"Host\": \"127.0.0.1\", \"Port\": 104},
    \"MOVESCU\": {\"AET\": \"MOVESCU\", \"Host\": \"127.0.0.1\", \"Port\": 104},
    \"STORESCU\": {\"AET\": \"STORESCU\", \"Host\": \"127.0.0.1\", \"Port\": 104}"
python3 - "$MODULE/src/test/resources/net/orthanc.json" "$OD/orthanc.json" "$OD" "$HTTP" "$DICOM" "$MAX_PDU" "$MODS" <<'PY'
import sys
src, dst, d, http, dicom, pdu, mods = sys.argv[1:]
t = open(src).read().replace("@DIR@", d).replace("@HTTP_PORT@", http).replace("@DICOM_PORT@", dicom)
open(dst, "w").write(t.replace("@MAX_PDU@", pdu).replace("@MODALITIES@", mods).replace("@PLUGINS@", ""))
PY
Orthanc --logdir="$OD" "$OD/orthanc.json" > "$OD/orthanc.out" 2>&1 &
PIDS+=($!)
for i in $(seq 1 300); do curl -fsS "http://127.0.0.1:$HTTP/system" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fsS "http://127.0.0.1:$HTTP/system" >/dev/null || { echo "Orthanc did not start; see $OD" >&2; exit 1; }
ORTHANC="ORTHANC@127.0.0.1:$DICOM"
clear_orthanc() {
  for id in $(curl -fsS "http://127.0.0.1:$HTTP/studies" | python3 -c 'import json,sys; print(" ".join(json.load(sys.stdin)))'); do
    curl -fsS -X DELETE "http://127.0.0.1:$HTTP/studies/$id" >/dev/null
  done
}
count_instances() { curl -fsS "http://127.0.0.1:$HTTP/statistics" | python3 -c 'import json,sys; print(json.load(sys.stdin)["CountInstances"])'; }

# ------------------------------------------------------------------ timing
RESULTS=$W/results.txt; : > "$RESULTS"
declare -A TIMES
# run LABEL PRE_CMD CMD... : one timed run, appended to TIMES[LABEL]
run() {
  local label=$1 pre=$2; shift 2
  eval "$pre"
  sync
  local t0 t1
  t0=$(date +%s.%N)
  "$@" > "$W/last.log" 2>&1 || { echo "$label failed:" >&2; tail -5 "$W/last.log" >&2; exit 1; }
  t1=$(date +%s.%N)
  TIMES[$label]="${TIMES[$label]:-} $(python3 -c "print(round($t1 - $t0, 3))")"
}
report() {
  local label=$1 bytes=$2
  python3 - "$label" "$bytes" ${TIMES[$label]} <<'PY' | tee -a "$RESULTS"
import statistics, sys
label, nbytes, ts = sys.argv[1], int(sys.argv[2]), [float(x) for x in sys.argv[3:]]
med, best = statistics.median(ts), min(ts)
print("%-36s median %6.2f s %7.1f MB/s   best %6.2f s %7.1f MB/s   (n=%d)" % (label, med, nbytes / 1e6 / med, best, nbytes / 1e6 / best, len(ts)))
PY
}
JAVA=(java -jar "$JAR")
# JVM flags suited to a short command line run (C1 only, serial GC: less CPU taken from the peer on 2 cores);
# override with CLI_JAVA_OPTS. Our store and get are timed both ways.
read -r -a TUNED_OPTS <<< "${CLI_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
TUNED=(java "${TUNED_OPTS[@]}" -jar "$JAR")

# 1. C-STORE into Orthanc
for r in $(seq 1 "$REPS"); do
  run "store: drimbox store" clear_orthanc "${JAVA[@]}" store -c "$ORTHANC" "$STUDY_DIR"
  [ "$(count_instances)" = "$N" ] || { echo "drimbox store: Orthanc holds $(count_instances) instances" >&2; exit 1; }
  run "store: drimbox store (C1, serial GC)" clear_orthanc "${TUNED[@]}" store -c "$ORTHANC" "$STUDY_DIR"
  [ "$(count_instances)" = "$N" ] || { echo "drimbox store: Orthanc holds $(count_instances) instances" >&2; exit 1; }
  run "store: dcmtk storescu" clear_orthanc storescu -aet STORESCU -aec ORTHANC +sd +r 127.0.0.1 "$DICOM" "$STUDY_DIR"
  [ "$(count_instances)" = "$N" ] || { echo "storescu: Orthanc holds $(count_instances) instances" >&2; exit 1; }
done

# 2. C-GET to disk
OUT=$W/out
for r in $(seq 1 "$REPS"); do
  run "get: drimbox get" "rm -rf $OUT; mkdir -p $OUT" "${JAVA[@]}" get -c "$ORTHANC" -L STUDY -m "StudyInstanceUID=$STUDY" --dir "$OUT"
  [ "$(ls "$OUT" | wc -l)" = "$N" ] || { echo "drimbox get: $(ls "$OUT" | wc -l) files" >&2; exit 1; }
  run "get: drimbox get (C1, serial GC)" "rm -rf $OUT; mkdir -p $OUT" "${TUNED[@]}" get -c "$ORTHANC" -L STUDY -m "StudyInstanceUID=$STUDY" --dir "$OUT"
  [ "$(ls "$OUT" | wc -l)" = "$N" ] || { echo "drimbox get: $(ls "$OUT" | wc -l) files" >&2; exit 1; }
  run "get: dcmtk getscu" "rm -rf $OUT; mkdir -p $OUT" getscu -aet GETSCU -aec ORTHANC -od "$OUT" -k QueryRetrieveLevel=STUDY -k "StudyInstanceUID=$STUDY" 127.0.0.1 "$DICOM"
  [ "$(ls "$OUT" | wc -l)" = "$N" ] || { echo "getscu: $(ls "$OUT" | wc -l) files" >&2; exit 1; }
done

# 3. C-MOVE to disk. Receivers compared as long-running SCPs (started once, outside the timing): dcmtk movescu moves
#    the study to our storescp and to dcmtk's storescp; our `move` with its own receiver is timed end to end too.
mkdir -p "$W/dcmtk-move" "$W/our-move"
storescp -aet STORESCP -od "$W/dcmtk-move" "$DCMTK_MOVE" > "$W/storescp.log" 2>&1 &
PIDS+=($!)
"${TUNED[@]}" storescp --aet OURSCP --port "$OURS_MOVE" --bind 127.0.0.1 --dir "$W/our-move" > "$W/our-storescp.log" 2>&1 &
PIDS+=($!)
sleep 1
for r in $(seq 1 "$REPS"); do
  run "move: movescu -> drimbox storescp" "rm -rf $W/our-move/*" movescu -aet MOVESCU -aec ORTHANC -aem OURSCP -S -k QueryRetrieveLevel=STUDY -k "StudyInstanceUID=$STUDY" 127.0.0.1 "$DICOM"
  [ "$(ls "$W/our-move" | wc -l)" = "$N" ] || { echo "movescu -> our storescp: $(ls "$W/our-move" | wc -l) files" >&2; exit 1; }
  run "move: movescu -> dcmtk storescp" "rm -rf $W/dcmtk-move/*" movescu -aet MOVESCU -aec ORTHANC -aem STORESCP -S -k QueryRetrieveLevel=STUDY -k "StudyInstanceUID=$STUDY" 127.0.0.1 "$DICOM"
  [ "$(ls "$W/dcmtk-move" | wc -l)" = "$N" ] || { echo "movescu: $(ls "$W/dcmtk-move" | wc -l) files" >&2; exit 1; }
  run "move: drimbox move, own receiver" "rm -rf $OUT" "${TUNED[@]}" move -c "$ORTHANC" -L STUDY -m "StudyInstanceUID=$STUDY" --dest DRIMBOX --port "$MOVE" --bind 127.0.0.1 --dir "$OUT"
  [ "$(ls "$OUT" | wc -l)" = "$N" ] || { echo "drimbox move: $(ls "$OUT" | wc -l) files" >&2; exit 1; }
done

# 4. Part 10 parse vs cat (page cache warm)
find "$STUDY_DIR" -type f -exec cat {} + > /dev/null
for r in $(seq 1 "$REPS"); do
  run "read: cat of the files" : sh -c "find '$STUDY_DIR' -type f -exec cat {} + > /dev/null"
  run "read: drimbox dump (parse+print)" : sh -c "find '$STUDY_DIR' -type f -name '*.dcm' -print0 | xargs -0 java -jar '$JAR' dump > /dev/null"
done

echo "--- $N instances, $BYTES bytes, Orthanc MaximumPduLength $MAX_PDU, $REPS runs each, load $(cut -d' ' -f1-3 /proc/loadavg) ---" | tee -a "$RESULTS"
for l in "store: drimbox store" "store: drimbox store (C1, serial GC)" "store: dcmtk storescu" \
    "get: drimbox get" "get: drimbox get (C1, serial GC)" "get: dcmtk getscu" \
    "move: movescu -> drimbox storescp" "move: movescu -> dcmtk storescp" "move: drimbox move, own receiver" \
    "read: cat of the files" \
    "read: drimbox dump (parse+print)"; do
  report "$l" "$BYTES"
done
if [ -d "$MODULE/target/test-classes/org/opendrimbox/dicom/io/bench" ]; then
  echo "--- in-JVM parse benchmark (io.bench.ParseBenchmark) ---" | tee -a "$RESULTS"
  java -cp "$MODULE/target/classes:$MODULE/target/test-classes" org.opendrimbox.dicom.io.bench.ParseBenchmark \
    "$STUDY_DIR" "$REPS" 2>&1 | tee -a "$RESULTS"
fi
echo "results: $RESULTS"
