#!/bin/bash
# serve.sh JARDIR PORT LOG DATADIR: a server for the search profile. The sample threshold is set below the
# Reuters index's size (21k) so that every view makes the two requests (hits, then counts) a 108k index makes.
export FACETWIRE_SAMPLE_ABOVE=10000 FACETWIRE_SEARCHES_PER_ADDRESS=64 FACETWIRE_DATA_DIR=$4 FACETWIRE_PORT=$2 FACETWIRE_HEAP=1g
exec nice -n 5 java -jar "$1/facetwire.jar" serve --no-demo > "$3" 2>&1
