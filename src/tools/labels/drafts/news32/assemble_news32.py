#!/usr/bin/env python3
"""Assembles the blind modern-news set news32 from the first reading (A1, A2) with the decisions on the two readings'
disagreements (dec; the reasons are in decisions.md), and splits it at random (seed 202612320, by assemble_news.py) into a development half
(dev-news32.jsonl, for tuning) and a test half (test-news32.jsonl, scored once) under src/test/resources/blind-news/."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_news import assemble_news, readings

A = readings('news32', 'A')
B = readings('news32', 'B')
dec={
 15: {'topics': B[15]['topics'], 'note': B[15]['note'] + ' (decided between the two readings: test23 #17215\'s drought precedent)'},
 27: {'topics': B[27]['topics'], 'note': B[27]['note'] + ' (decided between the two readings: the Mac mini precedent)'},
 34: {'topics': B[34]['topics'], 'note': B[34]['note'] + ' (decided between the two readings)'},
 38: {'topics': B[38]['topics'], 'note': B[38]['note'] + ' (decided between the two readings: two sentences of a 460-word story are a passing mention)'},
 39: {'topics': B[39]['topics'], 'note': B[39]['note'] + ' (decided between the two readings, as #015)'},
 52: {'persons': B[52]['persons'], 'note': A[52]['note'].replace("the Reuters byline names real reporters and editors, listed", "the credit line's reporters and editors are the wire's byline, left out (decided between the two readings; LABELLING.md, session 32)")},
}

assemble_news('news32', dec, 202612320, 'blind-news')
