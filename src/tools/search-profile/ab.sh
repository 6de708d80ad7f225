#!/bin/bash
# ab.sh ROUNDS PASSES PORT_A PID_A PORT_B PID_B: interleaved A/B of the server CPU per search, page then API,
# each round A then B (a busy moment on a shared machine hits both alike).
dir=$(dirname "$0")
for r in $(seq "$1"); do
  for t in page api; do
    echo -n "A "; python3 "$dir/cpu_per_search.py" "$3" "$4" "$t" "$2"
    echo -n "B "; python3 "$dir/cpu_per_search.py" "$5" "$6" "$t" "$2"
  done
done
