#!/usr/bin/env python3
"""Assembles the blind modern-news set news39 from the first reading (A1, A2) with the decisions on the two readings'
three disagreements (dec; the reasons are in decisions.md), and splits it at random (seed 202612439, by
assemble_news.py) into a development half (dev-news39.jsonl, for tuning) and a test half (test-news39.jsonl, scored
once) under src/test/resources/blind-news39/."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_news import assemble_news, readings

A = readings('news39', 'A')
B = readings('news39', 'B')
DECIDED = ' (decided between the two readings: decisions.md)'
dec = {
    25: {'topics': ['agriculture', 'trade and economy'],
         'note': "decided between the two readings: tariffs lifted to end a trade dispute taken to the WTO; the text "
                 "names no conduct punished, and 'what many in the industry called China's trade sanctions' is one "
                 "clause: no sanctions; growers and vines are agriculture, the export market and the tariffs trade and "
                 "economy; Treasury Wine Estates' shipments one paragraph: no business"},
    34: {'topics': B[34]['topics'], 'note': B[34]['note'] + DECIDED},
    59: {'topics': B[59]['topics'], 'note': B[59]['note'] + DECIDED},
}

assemble_news('news39', dec, 202612439, 'blind-news39')
