#!/usr/bin/env python3
"""Assembles test31-2026.jsonl from the first reading (A1..A3) with the decisions on disagreements (dec; the reasons
are in decisions.md)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_part import assemble

# n -> dict of fields replaced (countries/persons/topics/note)
dec={
 41: {'topics': ['trade and economy'], 'note': "decided between the two readings: Taiwan's own tariff plan is the story; the quota talks and the delegation to Washington are context, a trade dispute (as test29 #9592), not diplomacy; Hong Kong and South Korea named as exporters given textile terms"},
 48: {'note': "decided between the two readings: Malaysia borrowing as a state is trade and economy only (as test22 #12499); the Swiss capital market names Switzerland (as test25 #9212 the Japanese market); Swiss franc a currency; Swiss Bank Corp a firm"},
 83: {'note': "decided between the two readings: a medical-products company's consolidation charge is business only (Medical only in the firm's name, as test29 #095); Boulder, Colo. and Minneapolis places"},
 86: {'topics': ['trade and economy'], 'note': "decided between the two readings: 'U.S.' and the White House statement name the US; a White House economic-aid policy for sub-Saharan Africa with no talks, envoys or treaty between named states is trade and economy, not diplomacy; sub-Saharan Africa a region; UN/IMF/World Bank no countries"},
}

assemble('test31', dec)
