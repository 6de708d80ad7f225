#!/usr/bin/env python3
"""Assembles test30-2026.jsonl from the first reading (A1..A3; A2 and A3 by replacement readers, the first ones having stalled) with the decisions on disagreements (dec; the reasons
are in decisions.md)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_part import assemble

# n -> dict of fields replaced (countries/persons/topics/note)
dec={
 3: {'topics': ['energy'], 'note': "decided between the two readings: the Nuclear Regulatory Commission licensing a plant is a US federal organ acting; the licence is energy only (as test29 #3837); Georgia Power and Georgia the US state"},
 25: {'persons': ["Simon Perry"], 'note': "decided between the two readings: the closing 'Simon Perry is the editor of the Digital Lifestyles website' presents the author in a sentence of its own, listed (LABELLING.md's credit-line rule)"},
 26: {'note': "decided between the two readings: the drought is the imports' cause in the lead and over several sentences: disasters and accidents too (as test27 #7022)"},
 69: {'topics': ["business", "energy"], 'note': "decided between the two readings: a power utility's earnings agreement before the state regulator is a rate matter of an electricity company: business and energy"},
 94: {'topics': ['business'], 'note': "decided between the two readings: an investment fund's results table (as test22 #6141 read the same firm): business only"},
 106: {'note': "decided between the two readings: the plan's export-marketing missions take two sentences of a short story: trade and economy beside agriculture"},
 110: {'topics': ['trade and economy'], 'note': "decided between the two readings: officials of the Group of Seven setting the economic summit's agenda, read as test29 #17119: trade and economy only"},
}

assemble('test30', dec)
