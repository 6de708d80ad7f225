#!/usr/bin/env python3
"""Assembles test39-2026.jsonl from the first reading (A1..A3) with the decisions on disagreements (dec; the reasons
are in decisions.md). Where the first reading was kept, its note says so."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_part import assemble, first_reading

A = first_reading('test39', os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__))))
KEPT = ' (decided between the two readings: this reading kept)'

# n -> dict of fields replaced (countries/persons/topics/note)
dec = {n: {'note': A[n]['note'] + KEPT} for n in (55, 57, 121)}
dec.update({
 56: {'countries': [], 'note': "decided between the two readings: plans to be submitted to the Nuclear Regulatory Commission 'to keep the Seabrook licensing process moving' hand the organ a filing; the story tells of no decision it takes (as 'submitted to the FDA' alone): no United States; New Hampshire, Massachusetts and the state Civil Defense Agency are a US state's; a nuclear plant's licensing and emergency plans: energy only (as test30 #003)"},
 83: {'topics': ['crime and justice'], 'note': "decided between the two readings: the arrests for a gold-deposit fraud, the chairman's killing and the victims' losses are the story; the firm's growth and bankruptcy are the fraud's own background: crime and justice only (no gang or ring named: no organised crime); the headline's 'in Japan' names Japan; Osaka, Kobe cities; Toyota Shoji a firm"},
})

assemble('test39', dec, size=125)
