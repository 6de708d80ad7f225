#!/usr/bin/env python3
"""Assembles the blind modern-news set news37 from the first reading (A1, A2) with the decisions on the two readings'
disagreements (dec; the reasons are in decisions.md), and splits it at random (seed 202612375, by assemble_news.py) into
a development half (dev-news37.jsonl, for tuning) and a test half (test-news37.jsonl, scored once) under
src/test/resources/blind-news37/."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_news import assemble_news, readings

A = readings('news37', 'A')
B = readings('news37', 'B')
KEPT = ' (decided between the two readings: this reading kept)'
dec = {n: {'note': A[n]['note'] + KEPT} for n in (32, 33, 36)}
for n, fields in ((7, ('persons',)), (23, ('persons',)), (50, ('topics',)), (53, ('topics',))):
    dec[n] = {f: B[n][f] for f in fields}
    dec[n]['note'] = B[n]['note'] + ' (decided between the two readings: decisions.md)'

assemble_news('news37', dec, 202612375, 'blind-news37')
