#!/bin/bash
# Start-up of `serve` on an existing data folder, the way a user starts it (serve's default heap):
# the main thread's stack every second (what it is doing), the time to the first 200 of GET /, the
# process's memory then and after two searches. The server logs its own phases ("Start-up: ..." lines).
# Never point it at a data folder you cannot lose: copy the index first (cp -a).
#
# usage: src/tools/startup/startup-probe.sh JARDIR DATADIR PORT OUTDIR
#   JARDIR holds facetwire.jar and lib/ (target/ after `mvn package`, or a copy of it)
# writes OUTDIR/result.txt (first200 seconds, VmHWM/VmRSS/RssAnon/RssFile, the two searches' seconds),
# OUTDIR/stacks.txt and OUTDIR/server.log; stops the server (the PIDs it started) at the end.
set -u
JAR=$1/facetwire.jar; DATA=$2; PORT=$3; OUT=$4
mkdir -p "$OUT"; rm -f "$OUT"/result.txt "$OUT"/stacks.txt "$OUT"/server.log
t0=$(date +%s.%N)
java -jar "$JAR" serve --data-dir "$DATA" --port "$PORT" --no-demo > "$OUT/server.log" 2>&1 &
LAUNCHER=$!
CHILD=""
for i in $(seq 1 300); do
  sleep 1
  el=$(echo "$(date +%s.%N) - $t0" | bc)
  # serve relaunches itself with its heap: the server is the launcher's child.
  CHILD=$(pgrep -P "$LAUNCHER" java | head -1)
  if [ -n "$CHILD" ]; then
    echo "== $el" >> "$OUT/stacks.txt"
    jcmd "$CHILD" Thread.print 2>/dev/null | awk '/^"main"/{p=1} p&&/^$/{exit} p' | head -45 >> "$OUT/stacks.txt"
  fi
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 120 "http://127.0.0.1:$PORT/" 2>/dev/null)
  if [ "$code" = "200" ]; then
    echo "first200 $(echo "$(date +%s.%N) - $t0" | bc)" >> "$OUT/result.txt"; break
  fi
done
SERVER=${CHILD:-$LAUNCHER}
grep -E "^(VmHWM|VmRSS|RssAnon|RssFile)" "/proc/$SERVER/status" >> "$OUT/result.txt"
for q in "q=oil+prices" "q=bank&country=Japan"; do
  s=$(date +%s.%N); curl -s -o /dev/null "http://127.0.0.1:$PORT/search?$q"
  echo "search $q $(echo "$(date +%s.%N) - $s" | bc)" >> "$OUT/result.txt"
done
grep -E "^(VmHWM|VmRSS|RssAnon|RssFile)" "/proc/$SERVER/status" >> "$OUT/result.txt"
kill "$LAUNCHER"; wait "$LAUNCHER"
grep "Start-up" "$OUT/server.log"
cat "$OUT/result.txt"
