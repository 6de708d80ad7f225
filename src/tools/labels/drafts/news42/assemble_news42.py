#!/usr/bin/env python3
"""Assembles the blind modern-news set news42 from the first reading (A1, A2) with the decisions on the two readings'
six disagreements (dec; the reasons are in decisions.md), and splits it at random (seed 202612740, by
assemble_news.py) into a development half (dev-news42.jsonl, for tuning) and a test half (test-news42.jsonl, scored
once) under src/test/resources/blind-news42/."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_news import assemble_news, readings

A = readings('news42', 'A')
B = readings('news42', 'B')
DECIDED = ' (decided between the two readings: decisions.md)'
dec = {
    1: {'countries': B[1]['countries'], 'note': B[1]['note'] + DECIDED},
    6: {'topics': B[6]['topics'], 'note': B[6]['note'] + DECIDED},
    14: {'topics': B[14]['topics'], 'note': B[14]['note'] + DECIDED},
    31: {'topics': B[31]['topics'], 'note': B[31]['note'] + DECIDED},
    42: {'note': A[42]['note'] + DECIDED},
    57: {'note': A[57]['note'] + DECIDED},
}

assemble_news('news42', dec, 202612740, 'blind-news42')
