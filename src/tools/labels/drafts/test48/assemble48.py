#!/usr/bin/env python3
"""Assembles test48-2026.jsonl from the first reading (A1..A3) with the decisions on the two readings' seven
disagreements (decisions.md says why each went as it did). One table with no prose is left out."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_part import assemble, first_reading, second_reading

HERE = os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__)))
A = first_reading('test48', HERE)
B = second_reading('test48', HERE)

# n -> dict of fields replaced (countries/persons/topics/note); None leaves the article out
dec = {50: None}  # the LME's ring volumes and prices, a table with no sentence (as test46 #002, test42 #090)
# Decided as the second reading (B) has them: #044 (business only: the sugar unit's record year and the coffee
# trading are told as the group's earnings, no farm market or policy, as test43's coffee trader's rescue), #112
# (trade and economy beside business: world trade outgrowing production, trade finance and the warning against
# protectionism fill the speech's last three sentences).
for n in (44, 112):
    dec[n] = {'topics': B[n]['topics'], 'countries': B[n]['countries'], 'persons': B[n]['persons'],
              'note': 'decided between the two readings, as the second: ' + B[n]['note']}
# Kept as the first reading has them: #041 (business only: a news agency's service on a vendor's screens, its
# content one clause), #049 (business only: the nuclear plant's costs are an auditor's qualification in an accounts
# story, as test40 #2656), #057 (agriculture and politics: the flooding is the farm bill's background, as #5639),
# #061 (trade and economy only: the CBI's distributive trades survey as the economy, as #8661), #114 (with the check
# reader: education beside technology and business, the classroom computer for students and teachers the headline).
for n in (41, 49, 57, 61, 114):
    dec[n] = {'note': 'decided between the two readings, as this reading: ' + A[n]['note']}

assemble('test48', dec, size=115)
