#!/usr/bin/env python3
"""Assembles the blind modern-news set news38 from the first reading (A1, A2) with the decisions on the two readings'
disagreements (dec; the reasons are in decisions.md), and splits it at random (seed 202612438, by assemble_news.py) into
a development half (dev-news38.jsonl, for tuning) and a test half (test-news38.jsonl, scored once) under
src/test/resources/blind-news38/."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_news import assemble_news, readings

A = readings('news38', 'A')
B = readings('news38', 'B')
KEPT = ' (decided between the two readings: this reading kept)'
DECIDED = ' (decided between the two readings: decisions.md)'
dec = {n: {'note': A[n]['note'] + KEPT} for n in (7, 29, 34, 39)}
for n, fields in ((1, ('persons',)), (16, ('persons',)), (18, ('persons',)), (32, ('topics',)), (33, ('topics',)),
                  (42, ('topics',))):
    dec[n] = {f: B[n][f] for f in fields}
    dec[n]['note'] = B[n]['note'] + DECIDED

assemble_news('news38', dec, 202612438, 'blind-news38')
