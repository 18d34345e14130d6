#!/usr/bin/env python3
"""Round 5 of the sentence corpus, fixed before labelling.

Round 3 stopped at 1,200 sentences, so sentences holding a broad cue of round 1 are still unlabelled in the
documents left to the corpus (1,725 of them, and 2 with a strong cue of round 2), while the trained readers
of commitments and entities both miss their goals for want of examples. Round 5 takes every such sentence:
documents outside the blind pool, corpus/heldout, batch 7's amendment and batch 8's reserved press
documents; sentences not already in rounds 1-4; in increasing FNV-1a-64 of "round5:" + id, then in text
order. Output lines as select.py's, numbered after round 4.
    python3 corpus/training/sentences/select_round5.py > corpus/training/sentences/selection-round5.jsonl
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "../../blind"))
from select_common import DATA, FOLD, fnv, sentences, split, blind_pool, utf16
from select_round2 import CUES as STRONG, AMENDMENT
from select import CUES as BROAD
from select_batch8 import press_reserved

EARLIER = ("selection.jsonl", "selection-round2.jsonl", "selection-round3.jsonl", "selection-round4.jsonl")

def main():
    heldout = {f[:-5] for f in os.listdir(os.path.join(HERE, "../../heldout/annotations"))}
    skipped = heldout | AMENDMENT | set(press_reserved())
    taken = {(r["doc"], r["start"]) for name in EARLIER
             for r in map(json.loads, open(os.path.join(HERE, name), encoding="utf-8"))}
    rows = []
    for source, path in (("unpc-fr", "unpc-fr/unpc-fr.jsonl"), ("press-fr", "press-fr/press-fr.jsonl")):
        for line in open(os.path.join(DATA, path), encoding="utf-8"):
            d = json.loads(line)
            if d["id"] in skipped or blind_pool(d["id"]):
                continue
            text = d["text"]
            for s, e in sentences(text):
                start = utf16(text, s)
                if (d["id"], start) in taken:
                    continue
                folded = text[s:e].lower().translate(FOLD) + " "
                reason = "round5-strong" if any(c in folded for c in STRONG) else "round5-broad" if any(c in folded for c in BROAD) else None
                if reason:
                    rows.append((fnv("round5:" + d["id"]), start, {"doc": d["id"], "source": source, "start": start,
                                 "end": utf16(text, e), "split": split(d["id"]), "reason": reason}))
    rows.sort(key=lambda r: (r[0], r[1]))
    for _, _, row in rows:
        print(json.dumps(row, ensure_ascii=False))

main()
