#!/usr/bin/env python3
"""Assembles the blind modern-news set news43 from the first reading (A1, A2) with the decisions on the two readings'
seven disagreements (dec; the reasons are in decisions.md), and splits it at random (seed 202612840, by
assemble_news.py) into a development half (dev-news43.jsonl, for tuning) and a test half (test-news43.jsonl, scored
once) under src/test/resources/blind-news43/."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_news import assemble_news, readings

A = readings('news43', 'A')
B = readings('news43', 'B')
DECIDED = ' (decided between the two readings: decisions.md)'
dec = {
    1: {'topics': B[1]['topics'], 'note': B[1]['note'] + DECIDED},
    13: {'topics': B[13]['topics'], 'note': B[13]['note'] + DECIDED},
    17: {'topics': B[17]['topics'], 'note': B[17]['note'] + DECIDED},
    22: {'topics': B[22]['topics'], 'note': B[22]['note'] + DECIDED},
    60: {'persons': B[60]['persons'], 'note': A[60]['note'] + ' Persons as the second reading: Rahmat Hidayat, an economist'
         ' quoted, is a person; the 10-year-old Aisyah is named by a given name only, not said to be her whole name.'
         + DECIDED},
}

assemble_news('news43', dec, 202612840, 'blind-news43')
