#!/usr/bin/env python3
"""Round 4 of the sentence corpus, fixed before labelling.

After round 3 the cue words of rounds 1-3 had taken every sentence they match in the documents left to the
corpus. Round 4 takes the sentences the shipped pipeline itself reads a commitment in (the pipeline of commit
de1c9d3 run over unpc-fr and press-fr, records in a JSON Lines file given as the argument): every sentence
holding the start of a commitment mention, in documents outside the blind pool, corpus/heldout, batch 7's
amendment and batch 8's reserved press documents, and not already in rounds 1-3. Its labels are read, never
taken from the pipeline: the annotators do not see its output. Output lines as select.py's, numbered after round 3.
    python3 corpus/training/sentences/select_round4.py records.jsonl > corpus/training/sentences/selection-round4.jsonl
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "../../blind"))
from select_common import DATA, sentences, split, blind_pool, utf16
from select_round2 import AMENDMENT
from select_batch8 import press_reserved

def main(records):
    heldout = {f[:-5] for f in os.listdir(os.path.join(HERE, "../../heldout/annotations"))}
    skipped = heldout | AMENDMENT | set(press_reserved())
    taken = set()
    for name in ("selection.jsonl", "selection-round2.jsonl", "selection-round3.jsonl"):
        for line in open(os.path.join(HERE, name), encoding="utf-8"):
            r = json.loads(line)
            taken.add((r["doc"], r["start"]))
    texts, sources = {}, {}
    for source, path in (("unpc-fr", "unpc-fr/unpc-fr.jsonl"), ("press-fr", "press-fr/press-fr.jsonl")):
        for line in open(os.path.join(DATA, path), encoding="utf-8"):
            d = json.loads(line)
            texts[d["id"]], sources[d["id"]] = d["text"], source
    rows = set()
    for line in open(records, encoding="utf-8"):
        record = json.loads(line)
        doc = record["id"]
        if doc in skipped or blind_pool(doc) or not record.get("commitments"):
            continue
        text = texts[doc]
        spans = [(utf16(text, s), utf16(text, e)) for s, e in sentences(text)]
        for mention in record["commitments"]:
            for s, e in spans:
                if s <= mention["start"] < e and (doc, s) not in taken:
                    rows.add((doc, s, e))
    for doc, s, e in sorted(rows):
        print(json.dumps({"doc": doc, "source": sources[doc], "start": s, "end": e, "split": split(doc), "reason": "round4-pipeline"}, ensure_ascii=False))

main(sys.argv[1])
