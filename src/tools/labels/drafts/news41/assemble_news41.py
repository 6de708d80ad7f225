#!/usr/bin/env python3
"""Assembles the blind modern-news set news41 from the first reading (A1, A2) with the decisions on the two readings'
seven disagreements (dec; the reasons are in decisions.md), and splits it at random (seed 202612640, by
assemble_news.py) into a development half (dev-news41.jsonl, for tuning) and a test half (test-news41.jsonl, scored
once) under src/test/resources/blind-news41/."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_news import assemble_news, readings

A = readings('news41', 'A')
B = readings('news41', 'B')
DECIDED = ' (decided between the two readings: decisions.md)'
dec = {
    5: {'persons': [p if p != 'Rasha Haj Hussein' else 'Rasha Hussein|Rasha Haj Hussein' for p in A[5]['persons']],
        'note': A[5]['note'] + DECIDED},
    16: {'topics': B[16]['topics'], 'note': B[16]['note'] + DECIDED},
    19: {'topics': B[19]['topics'], 'note': B[19]['note'] + DECIDED},
    32: {'note': A[32]['note'] + DECIDED},
    36: {'topics': B[36]['topics'], 'note': B[36]['note'] + DECIDED},
    43: {'topics': B[43]['topics'], 'note': B[43]['note'] + DECIDED},
    48: {'topics': B[48]['topics'], 'note': B[48]['note'] + DECIDED},
}

assemble_news('news41', dec, 202612640, 'blind-news41')
