#!/usr/bin/env python3
"""Assembles the blind modern-news set news34 from the first reading (A1, A2) with the decisions on the two readings'
disagreements (dec; the reasons are in decisions.md), and splits it at random (seed 202612345, by assemble_news.py) into
a development half (dev-news34.jsonl, for tuning) and a test half (test-news34.jsonl, scored once) under
src/test/resources/blind-news34/."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_news import assemble_news, readings

A = readings('news34', 'A')
B = readings('news34', 'B')
KEPT = ' (decided between the two readings: this reading kept)'
dec = {n: {'note': A[n]['note'] + KEPT} for n in (10, 26, 32, 34)}
dec.update({
 15: {'topics': B[15]['topics'], 'note': B[15]['note'] + ' (decided between the two readings: a viral video trend reviewed, as #011 a review)'},
 35: {'countries': B[35]['countries'], 'note': B[35]['note'] + " (decided between the two readings: a city-state named as a firm's home is the state, as test13's 'Hong Kong-based')"},
 51: {'countries': B[51]['countries'], 'note': B[51]['note'] + " (decided between the two readings: as #035)"},
 53: {'topics': B[53]['topics'], 'note': B[53]['note'] + ' (decided between the two readings: a strike is protests and business, as test32 #071 and #8092)'},
})

assemble_news('news34', dec, 202612345, 'blind-news34')
