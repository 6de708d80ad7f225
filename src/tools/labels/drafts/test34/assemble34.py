#!/usr/bin/env python3
"""Assembles test34-2026.jsonl from the first reading (A1..A3) with the decisions on disagreements (dec; the reasons
are in decisions.md). Where the first reading was kept, its note says so."""
import glob, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_part import assemble, first_reading

A = first_reading('test34', os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__))))
KEPT = ' (decided between the two readings: this reading kept)'

# n -> dict of fields replaced (countries/persons/topics/note)
dec = {n: {'note': A[n]['note'] + KEPT} for n in (23, 25, 59, 67, 103)}
dec.update({
 13: {'countries': ['South Africa', 'Brazil', 'Spain', 'West Germany'], 'note': "decided between the two readings: close call: a list of ore freight fixtures with no full sentence, labelled because the brief asks a line for each (as test33 #12161's grain enquiries); 'South Africa' as a loading origin and 'Salvador, Brazil' (a place written with its state) name the states; 'North Spain' and 'German North Sea' are regions written with their state's word (as test32 #049; German of 1987 = West Germany); 'USG' (US Gulf) read as a port, as test4 #15726 and test33 #12161 read it, so no United States; Callao, Crotone, Geraldton, Tampico, Itea, Dunkirk ports; ores and bauxite are no farm commodity: the freight market is business only"},
 75: {'topics': ['business'], 'note': "decided between the two readings: close call on energy: BASF's results (business); no West German word (marks and the dollar are currencies, 'domestic production' names no state); the oil and gas sector's losses are two sentences explaining the results, read as background (no energy, as test31 #3488's two sentences on oil)"},
 107: {'topics': ['business'], 'note': "decided between the two readings: close call: a rating agency's review for downgrade is business (as test19/test30); the New Jersey utilities board's rate order that cut the electric company's rates is the reason in two sentences, read as in the near-identical test19 #4566 (Moody's on a utility after a New Jersey rate order: business only), so no energy; New Jersey a US state's body: no country"},
})

assemble('test34', dec, size=115)
