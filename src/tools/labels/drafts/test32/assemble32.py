#!/usr/bin/env python3
"""Assembles test32-2026.jsonl from the first reading (A1..A3) with the decisions on disagreements (dec; the reasons
are in decisions.md). Where the first reading was kept, its note says so."""
import glob, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_part import assemble, first_reading

A = first_reading('test32', os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__))))
KEPT = ' (decided between the two readings: this reading kept)'

# n -> dict of fields replaced (countries/persons/topics/note)
dec = {n: {'note': A[n]['note'] + KEPT} for n in (7, 43, 49, 71, 114, 119)}
dec.update({
 70: {'topics': ['trade and economy', 'business'], 'note': "decided between the two readings: the state assuming a state power firm's foreign debt is public debt (trade and economy) with the firm's repayment, profit and cost terms (business); no electricity supply named, so no energy (as test31 #5032)"},
 73: {'topics': ['politics', 'crime and justice'], 'note': "decided between the two readings: a lawmaker's attack on the administration (politics) over the insider-trading scandal and tainted officials (crime and justice); no market or firm's story, so no business; Reagan named only as a modifier ('the Reagan administration'), not listed"},
 90: {'topics': ['business'], 'note': "decided between the two readings: a medical-equipment joint venture of two firms is business only (no medicine or care told, as test23 #454's medical products); the units' sites name their states"},
})

assemble('test32', dec)
