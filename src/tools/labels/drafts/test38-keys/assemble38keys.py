#!/usr/bin/env python3
"""Assembles test38-keys-2026.jsonl from the first reading (A1, A2) with the decisions on disagreements (dec; the
reasons are in decisions.md). Where the first reading was kept, its note says so."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_part import assemble, first_reading

A = first_reading('test38-keys', os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__))))
KEPT = ' (decided between the two readings: this reading kept)'

# n -> dict of fields replaced (countries/persons/topics/note)
dec = {n: {'note': A[n]['note'] + KEPT} for n in (8, 14, 37, 43, 74)}
dec.update({
 26: {'topics': ['business'], 'note': "decided between the two readings: barge freight quotes on the Mississippi, a freight market report: business (as the opened parts' barge-traffic story); the grain programme's PIK-and-roll activity is one clause (no agriculture); 'pct of tariff' a freight rate; no country"},
 64: {'topics': ['sanctions', 'trade and economy', 'diplomacy'], 'note': "decided between the two readings: MITI's vice minister in emergency talks to head off the US tariffs on Japanese semiconductor goods for failing the chip pact: the target's answer to retaliatory tariffs (sanctions, session 13, as test16's MITI emergency talks) and trade and economy; talks between the two governments' officials are the story: diplomacy (as #008, #043)"},
})

assemble('test38-keys', dec, size=87)
