#!/usr/bin/env python3
"""Assembles test29-2026.jsonl from the first reading (A1..A3) with the decisions on disagreements (dec; the reasons
are in decisions.md)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_part import assemble

# n -> dict of fields replaced (countries/persons/topics/note)
dec={
 8: {'topics': ['business'], 'note': "decided between the two readings: the measures are rules for a market's institutions and firms (holdings, fund-raising), read as test25 #9212 and test26 #4042 read regulators' market rules; the liquidity cause and the stabilisation bonds are a clause each: business only"},
 17: {'topics': ['business'], 'note': "decided between the two readings: a share and asset purchase; the payphone technology is one clause of a two-sentence story: business only; 'American' inside a firm's name is no country"},
 95: {'topics': ['business'], 'note': "decided between the two readings: a company-results table whose headline names the company; 'Biologicals' in its name does not say the medical industry plainly and the text has no health word (as test28 #21330's table with no energy word): business only"},
 101: {'persons': ['Harry Mullikin'], 'note': "decided between the two readings: Harry Mullikin, chairman of the Westin unit elected chairman of Hilton International, is a person named; Hilton International a hotel chain's name"},
}

assemble('test29', dec)
