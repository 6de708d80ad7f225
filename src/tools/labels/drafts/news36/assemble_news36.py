#!/usr/bin/env python3
"""Assembles the blind modern-news set news36 from the first reading (A1, A2) with the decisions on the two readings'
disagreements (dec; the reasons are in decisions.md), and splits it at random (seed 202612365, by assemble_news.py) into
a development half (dev-news36.jsonl, for tuning) and a test half (test-news36.jsonl, scored once) under
src/test/resources/blind-news36/."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_news import assemble_news, readings

A = readings('news36', 'A')
B = readings('news36', 'B')
KEPT = ' (decided between the two readings: this reading kept)'
dec = {n: {'note': A[n]['note'] + KEPT} for n in (19, 37)}
for n, field in ((1, 'countries'), (43, 'countries'), (46, 'topics'), (50, 'topics')):
    dec[n] = {field: B[n][field], 'note': B[n]['note'] + ' (decided between the two readings: decisions.md)'}

assemble_news('news36', dec, 202612365, 'blind-news36')
