#!/usr/bin/env python3
"""Assembles test43-2026.jsonl from the first reading (A1..A3) with the decisions on the two readings' three
disagreements (decisions.md says why each went as it did) and #058 left out (a futures table with no prose)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_part import assemble, first_reading

A = first_reading('test43', os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__))))

# n -> dict of fields replaced (countries/persons/topics/note), or None to leave the article out
dec = {
    17: {'topics': ['disasters and accidents', 'agriculture', 'environment'],
         'note': "decided between the two readings: the worst drought in 20 years told by its weather (temperatures "
                 "three degrees above normal, rainfall 70 pct under, six provinces) and its crops: environment, "
                 "agriculture and disasters and accidents, as the China drought #17215 (a weather extreme as the "
                 "story's subject); no word names China (provinces, People's Daily a paper's name), while 'Wen Wei Po, "
                 "a Hong Kong daily' gives the paper's home: Hong Kong"},
    58: None,
    83: {'topics': ['agriculture', 'trade and economy'],
         'note': "decided between the two readings (the check reader with the second): the state writing off 1.03 "
                 "billion N.Z. dlrs of the meat board's debt, announced by the Finance Minister as one of the budget's "
                 "refinancing arrangements, is public finance beside farm policy: agriculture and trade and economy; "
                 "N.Z. dlrs a currency, 'New Zealand agreed' names the state"},
    109: {'note': "decided between the two readings: a drought hurting orchards and rubber plantations, water trucked "
                  "to farms: agriculture and disasters and accidents, no environment, as its sibling #8603 (the same "
                  "Thai drought, the weather told only as the crops' damage; the China droughts #17215 and test43 #017 "
                  "describe the weather itself)"},
}

assemble('test43', dec, size=115)
