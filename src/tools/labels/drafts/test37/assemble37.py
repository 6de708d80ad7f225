#!/usr/bin/env python3
"""Assembles test37-2026.jsonl from the first reading (A1..A3) with the decisions on disagreements (dec; the reasons
are in decisions.md). Where the first reading was kept, its note says so."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_part import assemble, first_reading

A = first_reading('test37', os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__))))
KEPT = ' (decided between the two readings: this reading kept)'

# n -> dict of fields replaced (countries/persons/topics/note)
dec = {n: {'note': A[n]['note'] + KEPT} for n in (50, 70, 103, 111)}
dec.update({
 54: {'topics': ['energy', 'science', 'business'], 'note': "decided between the two readings: the U.S. Energy Department's Morgantown Energy Technology Center supporting and funding the programme is a US organ acting with its country word; New York State a state; a firm's coal-fired turbine research programme with its cost shares: energy and science beside business (as test36 #18118 read a firm's research)"},
 63: {'topics': ['agriculture', 'business'], 'note': "decided between the two readings: 'French sugar producer', 'French sugar' and 'West German sugar' name the states; a named producer's decision on its sugar in EC intervention, told by its president over most of the story: business beside agriculture (the EC rebate tender); operators offering sugar into intervention 'to protest' is a market move, no protests"},
 113: {'topics': ['business', 'health'], 'note': "decided between the two readings: a results table whose headline names a pharmaceutical company: health beside business, the industry its name gives (as test27 #7762's computer company and test35 #6711's electronics company tables; test31 #083 was a prose story with 'Medical' in a name, test29 #095's 'Biologicals' no plain industry word)"},
})

assemble('test37', dec, size=115)
