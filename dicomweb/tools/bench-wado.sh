#!/usr/bin/env bash
# dicomweb/tools/bench-wado.sh [WORK_DIR] [N_INSTANCES] [REPS]
#
# Full-study WADO-RS throughput on loopback, interleaved runs, same synthetic study (dicom/tools/make-study.sh):
#   1. box data path, cold cache: study C-GET from Orthanc streamed into the multipart answer as it arrives
#   2. box data path, warm cache: from the cache files (Explicit VR LE, INS added to every instance)
#   3. Orthanc's own DICOMweb plugin (transfer-syntax=*)
#   4. static files: python3 -m http.server, the N files fetched by one keep-alive curl (and nginx if installed)
#   5. optional: a deployed box (BOX_URL=http://127.0.0.1:8080/drimbox/dicomweb KOS_UID=... TOKEN=...)
# The "box data path" is org.opendrimbox.source.bench.WadoBenchServer: the source's negotiation, study cache, C-GET
# retriever, INS coercion and multipart writer behind the JDK HTTP server (no WildFly, no authorization).
# Needs: a build (mvn -o -q -pl ejb -am install -DskipTests; mvn -o -q -pl ejb test-compile
# dependency:build-classpath -Dmdep.outputFile=target/cp.txt; cd dicom && mvn -o -q package -DskipTests),
# Orthanc + orthanc-dicomweb, python3, curl. SRC=<repo root> if the build is elsewhere. Results: WORK_DIR/results.txt.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=${SRC:-$(cd "$HERE/../.." && pwd)}
W=${1:-/tmp/drimbox-wado-bench}; N=${2:-1300}; REPS=${3:-5}
MAX_PDU=${ORTHANC_MAX_PDU:-16384}
export TCP_NODELAY=1
for c in Orthanc python3 curl java; do
  command -v "$c" >/dev/null || { echo "$c not found (apt-get install orthanc orthanc-dicomweb python3 curl)" >&2; exit 1; }
done
PLUGIN=/usr/share/orthanc/plugins/libOrthancDicomWeb.so
[ -f "$PLUGIN" ] || { echo "Orthanc DICOMweb plugin missing (apt-get install orthanc-dicomweb)" >&2; exit 1; }
JAR=$(ls "$SRC"/dicom/target/drimbox-dicom-*-cli.jar 2>/dev/null | head -1)
[ -n "$JAR" ] || { echo "CLI jar missing: cd $SRC/dicom && mvn -o -q package -DskipTests" >&2; exit 1; }
[ -f "$SRC/ejb/target/cp.txt" ] && [ -d "$SRC/ejb/target/test-classes/org/opendrimbox/source/bench" ] || {
  echo "harness missing: cd $SRC && mvn -o -q -pl ejb test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt" >&2; exit 1; }
mkdir -p "$W"; W=$(cd "$W" && pwd)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

# ------------------------------------------------------------------ study
STUDY_DIR=$W/study-$N
if [ ! -f "$STUDY_DIR.uid" ]; then
  rm -rf "$STUDY_DIR"
  "$SRC/dicom/tools/make-study.sh" "$STUDY_DIR" "$N" > "$STUDY_DIR.uid.tmp" 2>/dev/null
  mv "$STUDY_DIR.uid.tmp" "$STUDY_DIR.uid"
fi
STUDY=$(cat "$STUDY_DIR.uid")
BYTES=$(find "$STUDY_DIR" -type f -name '*.dcm' -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "study: $N instances, $BYTES bytes ($STUDY)"

# ------------------------------------------------------------------ Orthanc (PACS + its DICOMweb)
HTTP=$(free_port); DICOM=$(free_port)
OD=$W/orthanc; rm -rf "$OD"; mkdir -p "$OD"
python3 - "$SRC/ejb/src/test/resources/source/orthanc.json" "$OD/orthanc.json" "$OD" "$HTTP" "$DICOM" "$MAX_PDU" "$PLUGIN" <<'PY'
import sys
src, dst, d, http, dicom, pdu, plugin = sys.argv[1:]
t = open(src).read().replace("@DIR@", d).replace("@HTTP_PORT@", http).replace("@DICOM_PORT@", dicom)
t = t.replace("@MAX_PDU@", pdu).replace('"Plugins": []', '"Plugins": ["%s"]' % plugin)
t = t.replace("@MODALITIES@", '"DRIMBOX": {"AET": "DRIMBOX", "Host": "127.0.0.1", "Port": 104}')
open(dst, "w").write(t)
PY
Orthanc --logdir="$OD" "$OD/orthanc.json" > "$OD/orthanc.out" 2>&1 &
PIDS+=($!)
for i in $(seq 1 300); do curl -fsS "http://127.0.0.1:$HTTP/system" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fsS "http://127.0.0.1:$HTTP/system" >/dev/null || { echo "Orthanc did not start; see $OD" >&2; exit 1; }
java -jar "$JAR" store --aet DRIMBOX -c "ORTHANC@127.0.0.1:$DICOM" "$STUDY_DIR" > "$W/store.log" 2>&1

# ------------------------------------------------------------------ box data path (harness)
BOX=$(free_port)
CP="$SRC/ejb/target/test-classes:$SRC/ejb/target/classes:$(cat "$SRC/ejb/target/cp.txt")"
java ${BENCH_JAVA_OPTS:--Xmx256m} -cp "$CP" org.opendrimbox.source.bench.WadoBenchServer "$BOX" "$W/cache" \
  "ORTHANC@127.0.0.1:$DICOM" DRIMBOX > "$W/harness.log" 2>&1 &
PIDS+=($!)
for i in $(seq 1 100); do grep -q ready "$W/harness.log" && break; sleep 0.2; done

# ------------------------------------------------------------------ static anchors
STATIC=$(free_port)
(cd "$STUDY_DIR" && exec python3 -m http.server "$STATIC" --bind 127.0.0.1 > "$W/static.log" 2>&1) &
PIDS+=($!)
(cd "$STUDY_DIR" && find . -type f -name '*.dcm' | sort | sed "s|^\./|url = \"http://127.0.0.1:$STATIC/|; s|\$|\"\noutput = \"/dev/null\"|") > "$W/static.curl"
sleep 1

# ------------------------------------------------------------------ timing
RESULTS=$W/results.txt; : > "$RESULTS"
declare -A TIMES
ACCEPT_ANS='multipart/related; type="application/dicom";transfer-syntax=1.2.840.10008.1.2.4.70;q=0.9;boundary=**,multipart/related; type="application/dicom";transfer-syntax=1.2.840.10008.1.2.4.80;q=0.8;boundary=**,multipart/related; type="application/dicom";transfer-syntax=1.2.840.10008.1.2.1;q=0.4;boundary=**,'
ACCEPT_ANY='multipart/related; type="application/dicom"; transfer-syntax=*'
# fetch LABEL MIN_BYTES curl-args... : one timed run
fetch() {
  local label=$1 min=$2; shift 2
  local out
  out=$(curl -sS -o /dev/null -w '%{http_code} %{size_download} %{time_total} %{time_starttransfer}' "$@")
  set -- $out
  [ "$1" = 200 ] && [ "$2" -ge "$min" ] || { echo "$label: HTTP $1, $2 bytes" >&2; exit 1; }
  TIMES[$label]="${TIMES[$label]:-} $3"
  TTFB[$label]="${TTFB[$label]:-} $4"
}
declare -A TTFB
timed() {  # timed LABEL cmd... (whole command)
  local label=$1; shift
  local t0 t1; t0=$(date +%s.%N); "$@" > /dev/null 2>&1; t1=$(date +%s.%N)
  TIMES[$label]="${TIMES[$label]:-} $(python3 -c "print(round($t1 - $t0, 3))")"
}
report() {
  local label=$1
  python3 - "$label" "$BYTES" "${TTFB[$label]:-}" ${TIMES[$label]} <<'PY' | tee -a "$RESULTS"
import statistics, sys
label, nbytes, ttfb, ts = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(), [float(x) for x in sys.argv[4:]]
med, best = statistics.median(ts), min(ts)
first = " first byte %5.3f s" % statistics.median([float(x) for x in ttfb]) if ttfb else ""
print("%-40s median %6.2f s %7.1f MB/s %6.0f Mbit/s  best %6.2f s%s (n=%d)" % (label, med, nbytes / 1e6 / med,
      nbytes * 8 / 1e6 / med, best, first, len(ts)))
PY
}
MIN=$((BYTES * 95 / 100))
BOXURL="http://127.0.0.1:$BOX/studies/$STUDY"
fetch "warm-up" "$MIN" -H "Accept: $ACCEPT_ANS" "$BOXURL"
for r in $(seq 1 "$REPS"); do
  curl -fsS -X DELETE "http://127.0.0.1:$BOX/cache" > /dev/null
  fetch "box cold cache (C-GET streamed)" "$MIN" -H "Accept: $ACCEPT_ANS" "$BOXURL"
  fetch "box warm cache" "$MIN" -H "Accept: $ACCEPT_ANS" "$BOXURL"
  fetch "orthanc dicomweb (transfer-syntax=*)" "$MIN" -H "Accept: $ACCEPT_ANY" "http://127.0.0.1:$HTTP/dicom-web/studies/$STUDY"
  timed "static files, python http.server" curl -sS -K "$W/static.curl"
  if [ -n "${BOX_URL:-}" ]; then
    fetch "deployed box ($BOX_URL)" "$MIN" -H "Accept: $ACCEPT_ANS" -H "KOS-SOPInstanceUID: $KOS_UID" \
      -H "Authorization: Bearer $TOKEN" "$BOX_URL/studies/$STUDY"
  fi
done
echo "== $N instances, $BYTES bytes, $REPS runs, Orthanc MaximumPduLength $MAX_PDU" | tee -a "$RESULTS"
report "box cold cache (C-GET streamed)"; report "box warm cache"; report "orthanc dicomweb (transfer-syntax=*)"
report "static files, python http.server"
[ -n "${BOX_URL:-}" ] && report "deployed box ($BOX_URL)"
true
