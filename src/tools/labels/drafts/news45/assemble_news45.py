#!/usr/bin/env python3
"""Assembles the blind modern-news set news45 from the first reading (A1, A2) with the decisions on the two readings'
twelve disagreements (dec; the reasons are in decisions.md), and splits it at random (seed 202613050, by
assemble_news.py) into a development half (dev-news45.jsonl, for tuning) and a test half (test-news45.jsonl, scored
once) under src/test/resources/blind-news45/."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_news import assemble_news, readings

A = readings('news45', 'A')
B = readings('news45', 'B')
DECIDED = ' (decided between the two readings: decisions.md)'
# As the second reading: #024 and #038 (persons: a name only in a film's credits block is not read; "her husband,
# Tom" leaves the surname unsaid), #010 (no business), #029 (no environment), #037 (business), #048 (politics), #052
# (trade and economy).
dec = {}
for n in (24, 38):
    dec[n] = {'persons': B[n]['persons'], 'note': B[n]['note'] + DECIDED}
for n in (10, 29, 37, 48, 52):
    dec[n] = {'topics': B[n]['topics'], 'note': B[n]['note'] + DECIDED}
# As the first reading: #006 and #007 (conflict), #008 (energy), #053 (politics), #058 (no technology).
for n in (6, 7, 8, 53, 58):
    dec[n] = {'note': A[n]['note'] + DECIDED}

assemble_news('news45', dec, 202613050, 'blind-news45')
