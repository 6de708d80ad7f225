#!/usr/bin/env python3
"""Assembles the blind modern-news set news40 from the first reading (A1, A2) with the decisions on the two readings'
six disagreements (dec; the reasons are in decisions.md), and splits it at random (seed 202612540, by
assemble_news.py) into a development half (dev-news40.jsonl, for tuning) and a test half (test-news40.jsonl, scored
once) under src/test/resources/blind-news40/."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_news import assemble_news, readings

A = readings('news40', 'A')
B = readings('news40', 'B')
DECIDED = ' (decided between the two readings: decisions.md)'
dec = {
    12: {'topics': B[12]['topics'], 'note': B[12]['note'] + DECIDED},
    18: {'persons': B[18]['persons'], 'note': B[18]['note'] + DECIDED},
    33: {'topics': B[33]['topics'], 'note': B[33]['note'] + DECIDED},
    38: {'topics': B[38]['topics'], 'note': B[38]['note'] + DECIDED},
    50: {'note': A[50]['note'] + DECIDED},
    56: {'note': A[56]['note'] + DECIDED},
}

assemble_news('news40', dec, 202612540, 'blind-news40')
