#!/bin/bash
# Start-up of `serve` on an existing data folder (serve's launcher and default heap), counted in CPU
# rather than only in wall time, for a machine shared with other work (session 9, issue 15):
#   OUTDIR/result.txt   first200 (seconds from the command), the server JVM's CPU ticks (user, system;
#                       1/100 s) and the launcher's, VmHWM/VmRSS/RssAnon/RssFile, load; with SEARCHES=1
#                       three searches' seconds and the memory after them; "stop" = seconds from SIGTERM
#                       to the launcher's exit (the first stop on a new jar also writes the class archive)
#   OUTDIR/sys.txt      every 0.5 s: the JVMs' CPU ticks and /proc/stat's user,nice,system,idle,iowait
#                       (idle and iowait that do not move: the start waits for CPU, not for the disk)
#   OUTDIR/threads.txt  CPU per thread at the first 200 (summed by src/tools/startup/thread-cpu.py)
#   OUTDIR/stacks.txt   with DUMPS=1, jcmd Thread.print every 0.5 s (costly: it slows the start a lot)
# Environment: ESLOG=INFO (the node's own log level), NICE, STOP=clean|kill|keep, SEARCHES=1, DUMPS=0|1.
# usage: src/tools/startup/startup-cpu.sh JARDIR DATADIR PORT OUTDIR [extra java options...]
# Never point it at a data folder you cannot lose: copy the index first (cp -a).
set -u
JAR=$1/facetwire.jar; DATA=$2; PORT=$3; OUT=$4; shift 4
mkdir -p "$OUT"; rm -f "$OUT"/*
t0=$(date +%s.%N)
echo "t0 $t0 $(date -u +%T.%N)" > "$OUT/sys.txt"
FACETWIRE_ES_LOG_LEVEL=${ESLOG:-INFO} nice -n ${NICE:-0} java "$@" -jar "$JAR" serve --data-dir "$DATA" --port "$PORT" --no-demo > "$OUT/server.log" 2>&1 &
LAUNCHER=$!
echo $LAUNCHER > "$OUT/launcher.pid"
( CHILD=""
  while kill -0 $LAUNCHER 2>/dev/null && [ ! -e "$OUT/result.txt" ]; do
    sleep ${EVERY:-0.5}
    el=$(echo "$(date +%s.%N) - $t0" | bc)
    [ -z "$CHILD" ] && CHILD=$(pgrep -P "$LAUNCHER" java | head -1)
    read -r _ u n s i iow rest < <(head -1 /proc/stat)
    lcpu=$(awk '{print $14+$15}' /proc/$LAUNCHER/stat 2>/dev/null)
    if [ -n "$CHILD" ]; then
      cpu=$(awk '{print $14+$15}' /proc/$CHILD/stat 2>/dev/null)
      echo "$el launcher=$lcpu cpu=$cpu sys=$u,$n,$s,$i,$iow load=$(cut -d' ' -f1 /proc/loadavg)" >> "$OUT/sys.txt"
      if [ "${DUMPS:-1}" = 1 ]; then echo "== $el" >> "$OUT/stacks.txt"; jcmd "$CHILD" Thread.print >> "$OUT/stacks.txt" 2>/dev/null; fi
    else
      echo "$el launcher=$lcpu sys=$u,$n,$s,$i,$iow" >> "$OUT/sys.txt"
    fi
  done ) &
SAMPLER=$!
for i in $(seq 1 600); do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 120 "http://127.0.0.1:$PORT/" 2>/dev/null)
  el=$(echo "$(date +%s.%N) - $t0" | bc)
  if [ "$code" != "000" ]; then echo "$el http $code" >> "$OUT/http.txt"; fi
  if [ "$code" = "200" ]; then echo "first200 $el" > "$OUT/result.txt"; break; fi
  sleep 0.25
done
wait $SAMPLER
CHILD=$(pgrep -P "$LAUNCHER" java | head -1)
echo "childcpu_ticks $(awk '{print $14, $15}' /proc/$CHILD/stat) launcher_ticks $(awk '{print $14, $15}' /proc/$LAUNCHER/stat)" >> "$OUT/result.txt"
grep -E "^(VmHWM|VmRSS|RssAnon|RssFile)" "/proc/$CHILD/status" | tr '\n' ' ' >> "$OUT/result.txt"; echo >> "$OUT/result.txt"
echo "load $(cat /proc/loadavg)" >> "$OUT/result.txt"
echo $CHILD > "$OUT/child.pid"
for t in /proc/$CHILD/task/*; do echo "$(cat $t/comm)|$(awk '{print $14+$15}' $t/stat)"; done > "$OUT/threads.txt"
if [ -n "${SEARCHES:-}" ]; then
  for q in "q=oil+prices" "q=bank&country=Japan" "q=the"; do
    s=$(date +%s.%N); curl -s -o /dev/null "http://127.0.0.1:$PORT/search?$q"
    echo "search $q $(echo "$(date +%s.%N) - $s" | bc)" >> "$OUT/result.txt"
  done
  grep -E "^(VmHWM|VmRSS|RssAnon|RssFile)" "/proc/$CHILD/status" | tr '\n' ' ' >> "$OUT/result.txt"; echo >> "$OUT/result.txt"
fi
case "${STOP:-clean}" in
  kill) kill -9 "$CHILD"; wait "$LAUNCHER";;
  keep) echo kept;;
  *) s=$(date +%s.%N); kill "$LAUNCHER"; wait "$LAUNCHER"; echo "stop $(echo "$(date +%s.%N) - $s" | bc)" >> "$OUT/result.txt";;
esac
cat "$OUT/result.txt"
