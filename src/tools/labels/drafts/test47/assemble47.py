#!/usr/bin/env python3
"""Assembles test47-2026.jsonl from the first reading (A1..A3) with the decisions on the two readings' seven
disagreements (decisions.md says why each went as it did). No article is left out."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_part import assemble, first_reading, second_reading

HERE = os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__)))
A = first_reading('test47', HERE)
B = second_reading('test47', HERE)

# n -> dict of fields replaced (countries/persons/topics/note); None leaves the article out
dec = {}
# Decided as the second reading (B) has them: #015 (no Hong Kong: "<Morgan Guaranty Ltd, Hong Kong>" is the seat of
# the office arranging the loan, a branch's seat, not a bank's home as test16's "Chase Manhattan Asia Ltd of Hong
# Kong"), #025 (with the check reader: protests only, the seamen's strike goes on, as test21 #13688), #028 (business
# beside crime and justice: insider trading is a securities-market crime, as test28 #769), #060 (trade and economy
# only: the Fed chief's response is the story, the market's collapse one clause of its cause, as test #18183), #105
# (technology beside business and trade and economy: the fax and business telephone equipment the unit brings to the
# market fill the headline and three paragraphs, unlike test46 #12468 where they were one clause).
for n in (15, 25, 28, 60, 105):
    dec[n] = {'topics': B[n]['topics'], 'countries': B[n]['countries'], 'persons': B[n]['persons'],
              'note': 'decided between the two readings, as the second: ' + B[n]['note']}
# Kept as the first reading has them: #069 (with the check reader: politics beside sanctions, agriculture and trade
# and economy, a House subcommittee acting as a body, as test38-keys #7356 and test37 #10070), #092 (business only:
# a utility changing hands, the power business untold beyond its name, as test46 #17983 and the utilities' financing
# stories of test40-test45).
for n in (69, 92):
    dec[n] = {'note': 'decided between the two readings, as this reading: ' + A[n]['note']}

assemble('test47', dec, size=115)
