#!/usr/bin/env python3
"""Assembles test38-2026.jsonl from the first reading (A1..A3) with the decisions on disagreements (dec; the reasons
are in decisions.md). Where the first reading was kept, its note says so."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_part import assemble, first_reading

A = first_reading('test38', os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__))))
KEPT = ' (decided between the two readings: this reading kept)'

# n -> dict of fields replaced (countries/persons/topics/note)
dec = {n: {'note': A[n]['note'] + KEPT} for n in (82,)}
dec.update({
 34: {'topics': ['business', 'politics'], 'note': "decided between the two readings: the report urging the Commission to make proposals, Britain's deregulation measures whose negotiations foundered and the governments' laxity are policy over half the story: politics beside business (the airlines' fares and profits; as #17572's EC directive); 'U.S. Equivalents' names the US, Britain the UK; European Commission a body"},
 38: {'topics': ['business'], 'note': "decided between the two readings: the petition for a maker's recall is the story, the crashes' injured and dead one quoted sentence of it: business only (as bbc business/026's NHTSA recall); 'U.S. RECALL', NHTSA asked to decide and 'U.S. Department of Transportation' name the US; High Point, N.C. a place"},
 59: {'topics': ['business'], 'note': "decided between the two readings: a firm's unit and five prescription drugs changing hands are its assets (business only, as test36 #14994), not a drugs or disease story (test36 #15445)"},
 80: {'countries': [], 'note': "decided between the two readings: 'Bank of England rules prohibit' is the organ's standing rules, not the organ acting (as test37 #17864's 'prohibited by SEC regulations'): no United Kingdom; Banco di Roma and Swiss Bank Corporation International firms' names, London branch a place; ECU and stg currencies"},
})

assemble('test38', dec, size=115)
