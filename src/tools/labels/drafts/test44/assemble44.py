#!/usr/bin/env python3
"""Assembles test44-2026.jsonl from the first reading (A1..A3) with the decisions on the two readings' eleven
disagreements (decisions.md says why each went as it did) and #006 left out (a soybean meal spreads table with no
prose)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_part import assemble, first_reading

A = first_reading('test44', os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__))))

# n -> dict of fields replaced (countries/persons/topics/note), or None to leave the article out
dec = {
    6: None,
    23: {'countries': ['Saudi Arabia', 'United States'],
         'note': "decided between the two readings: 'Saudi Arabia's Ministry of Finance and National Economy' and 'the "
                 "Saudi stock market' name Saudi Arabia; 'based on the U.S. Standard and Poors Index': the wire's "
                 "'U.S.' before a name that stands without it says where the index is from (as 'The U.S. Caterpillar "
                 "Tractor Co'), no part of a name such as 'Official UK Singles Chart': the US counted; a new share "
                 "index for the stock market: business only"},
    28: {'topics': ['business', 'technology'],
         'note': "decided between the two readings (the check reader with the second): a company-results table whose "
                 "headline names 'Dense-Pac Microsystems', read as the industry its name gives (micro-electronics and "
                 "computer systems, as test29 #111 and test43's 'Wallace Computer Services' tables) beside business; "
                 "test40 #10841's 'Micro Systems' went the other way"},
    34: {'topics': ['crime and justice', 'business'],
         'note': "decided between the two readings: headline 'U.S. COURT', the Justice Department's suit and 'largest "
                 "U.S. producer' name the US; the Supreme Court letting an antitrust suit over a corn syrup plant lease "
                 "stand: crime and justice beside business; no agriculture: high fructose corn syrup is the processors' "
                 "product, no farm market or farming is told (as news34 #034's processors' deal)"},
    105: {'topics': ['business'],
          'note': "decided between the two readings: the headline's 'HONG KONG BANKS' and the Hong Kong Association of "
                  "Banks name Hong Kong as the banks' home, not a market place; the banks' deposit and prime rates left "
                  "unchanged with no currency or policy told: business only (as #18465's prime rate; #11848 added trade "
                  "and economy for the pressure on the Hong Kong dollar)"},
}
# Kept as the first reading has them (decisions.md): #019 (business beside agriculture and politics; the check
# reader with it), #001 (no politics beside elections), #022 (health beside
# agriculture), #029 (health beside business), #072 (business beside energy), #104 (health beside business).
for n in (1, 19, 22, 29, 72, 104):
    dec[n] = {'note': 'decided between the two readings, as this reading: ' + A[n]['note']}

assemble('test44', dec, size=115)
