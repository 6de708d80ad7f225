#!/usr/bin/env python3
"""Assembles test42-2026.jsonl from the first reading (A1..A3) with the decisions on the two readings' eight
disagreements (decisions.md says why each went as it did) and #090 left out (a futures table with no prose)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_part import assemble, first_reading

A = first_reading('test42', os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__))))

# n -> dict of fields replaced (countries/persons/topics/note), or None to leave the article out
dec = {
    14: {'topics': ['business', 'health'],
         'note': "decided between the two readings: a results table whose headline names 'International Clinical "
                 "Laboratories': health beside business, the industry its name gives (as test37 #7723's pharmaceutical "
                 "and test39 #055's fructose tables; 'Healthco' and 'Healthcare' of test #4788 and test37 #6329 were a "
                 "coined name and a prose story)"},
    39: {'countries': ['Japan', 'United States'], 'topics': ['technology', 'arts and entertainment'],
         'note': "decided between the two readings: 'the UK games charts' is a chart, a thing of the state, not the "
                 "state (the country rule's 'Official UK Singles Chart'; as bbc tech/195's 'the UK charts' and tech/160); "
                 "the Halo 2 paragraph's pre-orders and revenue tell a game's popularity in a games round-up (arts and "
                 "entertainment), no business; a handheld console (technology), as bbc tech/160"},
    62: {'topics': ['business'],
         'note': "decided between the two readings: an electronics firm buying a maker of integrated circuit packages in "
                 "prose, the target's product one clause: business only (as test34 #059's 'Intracoastal Refining' and "
                 "test37 #070; a results table's headline would give the industry); PLC names no state"},
    90: None,
    95: {'topics': ['business', 'crime and justice'],
         'note': "decided between the two readings: the lawsuits filed over the tin crisis (the headline's 'legal "
                 "disputes', the lead, the regulator's concern, the operator facing a suit) are why the exchange "
                 "restructures: crime and justice (lawsuits) beside business; the Securities and Investments Board "
                 "carries no UK word and London is in the exchange's name: no country"},
    104: {'topics': ['trade and economy'],
          'note': "decided between the two readings: interest rates, a government savings issue, the Bank of England's "
                  "gilts tap and the Chancellor's policy throughout; the building societies' mortgage rates are that "
                  "policy's aim, not a firm's story: trade and economy only (as #2725); 'U.K. Interest rates', "
                  "'British', 'Britain' and the Bank of England acting name the UK; Phillips and Drew, James Capel firms"},
}

assemble('test42', dec, size=125)
