#!/usr/bin/env python3
"""Round 3 of the sentence corpus, fixed before labelling.

Rounds 1 and 2 gave 141 commitments in 2,712 sentences, and the trained reader scores 0.3-0.5 on its held-out
sentences: it has seen too few ways of pledging. Round 3 takes the documents outside rounds 1 and 2, the
blind pool, corpus/heldout, batch 7's amendment and batch 8's reserved press documents, in increasing
FNV-1a-64 of "round3:" + id; first every sentence holding a strong cue of round 2 (reason "round3-strong"),
then sentences holding a broad cue of round 1 (reason "round3-broad"), document by document in the same
order, until 1,200 sentences are taken in all. Output lines as select.py's, numbered after round 2.
    python3 corpus/training/sentences/select_round3.py > corpus/training/sentences/selection-round3.jsonl
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "../../blind"))
from select_common import DATA, FOLD, fnv, sentences, split, blind_pool, utf16
from select_round2 import CUES as STRONG, AMENDMENT
from select import CUES as BROAD
from select_batch8 import press_reserved

TOTAL = 1200

def main():
    heldout = {f[:-5] for f in os.listdir(os.path.join(HERE, "../../heldout/annotations"))}
    earlier = {json.loads(l)["doc"] for name in ("selection.jsonl", "selection-round2.jsonl")
               for l in open(os.path.join(HERE, name), encoding="utf-8")}
    skipped = heldout | earlier | AMENDMENT | set(press_reserved())
    docs = []
    for source, path in (("unpc-fr", "unpc-fr/unpc-fr.jsonl"), ("press-fr", "press-fr/press-fr.jsonl")):
        for line in open(os.path.join(DATA, path), encoding="utf-8"):
            d = json.loads(line)
            if d["id"] not in skipped and not blind_pool(d["id"]):
                docs.append((fnv("round3:" + d["id"]), source, d["id"], d["text"]))
    docs.sort()
    strong, broad = [], []
    for _, source, doc, text in docs:
        for s, e in sentences(text):
            folded = text[s:e].lower().translate(FOLD) + " "
            row = {"doc": doc, "source": source, "start": utf16(text, s), "end": utf16(text, e), "split": split(doc)}
            if any(c in folded for c in STRONG):
                strong.append({**row, "reason": "round3-strong"})
            elif any(c in folded for c in BROAD):
                broad.append({**row, "reason": "round3-broad"})
    taken = strong + broad[:max(0, TOTAL - len(strong))]
    order = {doc: i for i, (_, _, doc, _) in enumerate(docs)}
    taken.sort(key=lambda r: (order[r["doc"]], r["start"]))
    for row in taken:
        print(json.dumps(row, ensure_ascii=False))

main()
