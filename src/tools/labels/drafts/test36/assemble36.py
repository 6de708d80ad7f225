#!/usr/bin/env python3
"""Assembles test36-2026.jsonl from the first reading (A1..A3) with the decisions on disagreements (dec; the reasons
are in decisions.md). Where the first reading was kept, its note says so; None leaves an item out."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_part import assemble, first_reading

A = first_reading('test36', os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__))))
KEPT = ' (decided between the two readings: this reading kept)'

# n -> dict of fields replaced (countries/persons/topics/note), or None to leave the item out
dec = {n: {'note': A[n]['note'] + KEPT} for n in (100,)}
dec.update({
 29: None,  # "CBT SOYBEAN MEAL SPREADS": a table of futures spreads with no prose and no story (both readers)
})

assemble('test36', dec, size=115)
