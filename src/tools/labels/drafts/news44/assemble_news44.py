#!/usr/bin/env python3
"""Assembles the blind modern-news set news44 from the first reading (A1, A2) with the decisions on the two readings'
eight disagreements (dec; the reasons are in decisions.md), and splits it at random (seed 202612940, by
assemble_news.py) into a development half (dev-news44.jsonl, for tuning) and a test half (test-news44.jsonl, scored
once) under src/test/resources/blind-news44/."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_news import assemble_news, readings

A = readings('news44', 'A')
B = readings('news44', 'B')
DECIDED = ' (decided between the two readings: decisions.md)'
# As the second reading: #031 (no business), #037 (trade and economy), #043 (no Luxembourg), #046 (politics).
dec = {
    31: {'topics': B[31]['topics'], 'note': B[31]['note'] + DECIDED},
    37: {'topics': B[37]['topics'], 'note': B[37]['note'] + DECIDED},
    43: {'countries': B[43]['countries'], 'note': B[43]['note'] + DECIDED},
    46: {'topics': B[46]['topics'], 'note': B[46]['note'] + DECIDED},
}
# As the first reading: #008 (conflict beside sanctions), #011 (Mustafa A. listed), #026 (conflict beside migration),
# #055 (politics only).
for n in (8, 11, 26, 55):
    dec[n] = {'note': A[n]['note'] + DECIDED}

assemble_news('news44', dec, 202612940, 'blind-news44')
