#!/usr/bin/env python3
"""Assembles test41-2026.jsonl from the first reading (A1..A3). The two readings agreed on every value, so no decision
replaces any field (decisions.md: the check reader agreed on all 30 it read)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_part import assemble, first_reading

A = first_reading('test41', os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__))))

# n -> dict of fields replaced (countries/persons/topics/note): none, the readings agree on all 125
dec = {}

assemble('test41', dec, size=125)
