#!/usr/bin/env python3
"""Assembles test35-2026.jsonl from the first reading (A1..A3) with the decisions on disagreements (dec; the reasons
are in decisions.md). Where the first reading was kept, its note says so."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_part import assemble, first_reading

A = first_reading('test35', os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__))))
KEPT = ' (decided between the two readings: this reading kept)'

# n -> dict of fields replaced (countries/persons/topics/note)
dec = {n: {'note': A[n]['note'] + KEPT} for n in (1, 23, 27, 38, 61, 95, 114)}
dec.update({
 52: {'topics': ['agriculture'], 'note': "decided between the two readings: Tunisia and French wheat, 'France has sold' name both; COFACE export credits one clause of the tender; a state's wheat tender is agriculture only (as test33 #11166 and the opened wheat and sugar tenders)"},
})

assemble('test35', dec, size=115)
