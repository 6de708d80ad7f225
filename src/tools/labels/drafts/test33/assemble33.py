#!/usr/bin/env python3
"""Assembles test33-2026.jsonl from the first reading (A1..A3) with the decisions on disagreements (dec; the reasons
are in decisions.md). Where the first reading was kept, its note says so."""
import glob, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from assemble_part import assemble, first_reading

A = first_reading('test33', os.environ.get('READINGS', os.path.dirname(os.path.abspath(__file__))))
KEPT = ' (decided between the two readings: this reading kept)'

# n -> dict of fields replaced (countries/persons/topics/note)
dec = {n: {'note': A[n]['note'] + KEPT} for n in (19, 71)}
dec.update({
 65: {'countries': [], 'note': "decided between the two readings: 'healthy, wealthy Irish Americans' names an ethnic group of one country's people, neither Ireland nor the United States (as dev's 'African American'); Northern Ireland is not the UK; 'from Shakespeare to Yeats to O'Casey' names world-famous playwrights by surname, listed in full; 'Michael Collins', 'Schindler's List' and 'Star Wars' are film titles"},
 67: {'topics': ['politics'], 'note': "decided between the two readings: a presidential veto of a highway and transit bill is politics (as test4 #12581 on the same veto); the deficit is the veto's reason in one clause, so no trade and economy; the White House spokesman and the House-Senate conference committee are US organs acting; 'President Reagan' listed in full"},
 99: {'topics': ['business'], 'note': "decided between the two readings: selling a hog-marketing unit to its employees is a company deal, business only (a unit's sale names no industry story, as test32 #007)"},
})

assemble('test33', dec)
