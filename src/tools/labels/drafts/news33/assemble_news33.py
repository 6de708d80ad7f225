#!/usr/bin/env python3
"""Assembles the blind modern-news set news33 from the first reading (A1, A2) with the decisions on the two readings'
disagreements (dec; the reasons are in decisions.md), and splits it at random (seed 202612330, by assemble_news.py) into a development half
(dev-news33.jsonl, for tuning) and a test half (test-news33.jsonl, scored once) under src/test/resources/blind-news33/."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_news import assemble_news, readings

A = readings('news33', 'A')
B = readings('news33', 'B')
dec={
 1: {'note': A[1]['note'] + ' (decided between the two readings: the paragraph rule)'},
 4: {'persons': B[4]['persons'], 'note': B[4]['note'] + ' (decided between the two readings)'},
 6: {'topics': B[6]['topics'], 'note': B[6]['note'] + ' (decided between the two readings: trade remedies are no sanctions)'},
 15: {'persons': B[15]['persons'], 'note': B[15]['note'] + ' (decided between the two readings)'},
 19: {'topics': B[19]['topics'], 'note': B[19]['note'] + ' (decided between the two readings: as news32 #014)'},
 21: {'topics': B[21]['topics'], 'note': B[21]['note'] + ' (decided between the two readings: no armed force used)'},
 22: {'note': A[22]['note'] + ' (decided between the two readings: the paragraph rule)'},
 28: {'persons': B[28]['persons'], 'note': B[28]['note'] + ' (decided between the two readings: a teknonym is no full name)'},
 30: {'countries': B[30]['countries'], 'note': B[30]['note'] + ' (decided between the two readings)'},
 37: {'topics': B[37]['topics'], 'note': B[37]['note'] + ' (decided between the two readings: the paragraph rule)'},
 42: {'topics': B[42]['topics'], 'note': B[42]['note'] + ' (decided between the two readings)'},
}

assemble_news('news33', dec, 202612330, 'blind-news33')
