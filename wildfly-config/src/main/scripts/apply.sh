#!/usr/bin/env bash
# Applies (or removes) the OpenDRIMbox server configuration on a running WildFly 39 (standalone-full).
# Idempotent: applying twice changes nothing the second time.
#
#   JBOSS_HOME=/opt/wildfly ./apply.sh [--env local|ci|prod|/path/to.properties] [--controller HOST:PORT]
#                                       [--user USER --password PASSWORD] [--remove] [--no-reload]
#
# Order: copies modules/ into $JBOSS_HOME/modules (JDBC driver), runs cli/NN-*.cli in order
# (remove/NN-*.cli in reverse order with --remove), then reloads the server if it asks for it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
env_name=local controller=127.0.0.1:9990 remove=0 reload=1 auth=()
while [ $# -gt 0 ]; do
  case "$1" in
    --env) env_name=$2; shift 2 ;;
    --controller) controller=$2; shift 2 ;;
    --user) auth+=(--user="$2"); shift 2 ;;
    --password) auth+=(--password="$2"); shift 2 ;;
    --remove) remove=1; shift ;;
    --no-reload) reload=0; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "apply.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
: "${JBOSS_HOME:?set JBOSS_HOME to the WildFly installation}"
case "$env_name" in
  */*|*.properties) props=$env_name ;;
  *) props="$here/env/$env_name.properties" ;;
esac
[ -f "$props" ] || { echo "apply.sh: no properties file $props" >&2; exit 2; }

cli() { "$JBOSS_HOME/bin/jboss-cli.sh" -c --controller="$controller" "${auth[@]}" "$@"; }

script=$(mktemp)
trap 'rm -f "$script"' EXIT
if [ "$remove" = 1 ]; then
  for f in $(ls "$here"/cli/remove/*.cli | sort -r); do cat "$f"; echo; done > "$script"
else
  # Copy driver modules only where they differ, so a second run touches nothing.
  (cd "$here/modules" && find . -type f) | while read -r f; do
    dst="$JBOSS_HOME/modules/$f"
    if ! cmp -s "$here/modules/$f" "$dst"; then mkdir -p "$(dirname "$dst")"; cp "$here/modules/$f" "$dst"; fi
  done
  for f in $(ls "$here"/cli/*.cli | sort); do cat "$f"; echo; done > "$script"
fi
echo "apply.sh: $( [ "$remove" = 1 ] && echo removing || echo applying ) configuration ($props) on $controller"
cli --resolve-parameter-values --properties="$props" --file="$script" > "$script.out" 2>&1 || {
  cat "$script.out" >&2; rm -f "$script.out"; echo "apply.sh: FAILED" >&2; exit 1; }
rm -f "$script.out"

state=$(cli --command=':read-attribute(name=server-state)' | sed -n 's/.*"result" => "\(.*\)".*/\1/p')
if [ "$state" = reload-required ] && [ "$reload" = 1 ]; then
  echo "apply.sh: reloading the server"
  cli --command=':reload' >/dev/null
  for _ in $(seq 1 120); do
    s=$(cli --command=':read-attribute(name=server-state)' 2>/dev/null | sed -n 's/.*"result" => "\(.*\)".*/\1/p' || true)
    [ "$s" = running ] && break
    sleep 1
  done
fi
echo "apply.sh: done (server state: $(cli --command=':read-attribute(name=server-state)' | sed -n 's/.*"result" => "\(.*\)".*/\1/p'))"
