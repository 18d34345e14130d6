#!/usr/bin/env python3
"""Candidates of blind batch 8, fixed before any of them was read (rule in docs/ANNOTATION.md, "Batch 8").

unpc-fr: blind-pool documents of at least 3 sentences that batch 7 did not inspect, in increasing FNV-1a-64
of "blind-order:" + id (batch 7's order): first the Security Council's (id "unpc-2015-s-…", only four are
left), then those of the other bodies (General Assembly, ECOSOC, boards of funds and programmes).
press-fr: the pool's press candidates were used up by batch 7, so batch 8 reserves, outside the pool,
corpus/heldout, the sentence corpus rounds 1 and 2 and batch 7's amendment, the first 30 documents under
5,000 characters in increasing FNV-1a-64 of "blind8-order:" + id. Round 3 of the sentence corpus skips
these 30 whether or not batch 8 takes them.
    python3 corpus/blind/select_batch8.py unpc|press
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../training/sentences"))
from select_common import DATA, fnv, sentences, blind_pool
from select_round2 import AMENDMENT

def batch7_inspected():
    ids = set()
    for part in ("unpc-fr", "press-fr"):
        ids |= set(re.findall(r"(?:unpc-2015-[a-z0-9-]+[a-z0-9]|orangesum-\d+)", open(os.path.join(HERE, part, "LOG.md"), encoding="utf-8").read()))
    return ids

def documents(path):
    for line in open(os.path.join(DATA, path), encoding="utf-8"):
        yield json.loads(line)

def unpc_candidates():
    seen = batch7_inspected()
    docs = [d["id"] for d in documents("unpc-fr/unpc-fr.jsonl")
            if blind_pool(d["id"]) and d["id"] not in seen and sum(1 for _ in sentences(d["text"])) >= 3]
    return sorted(docs, key=lambda i: (not i.startswith("unpc-2015-s-"), fnv("blind-order:" + i)))

def press_reserved():
    sentence_docs = {json.loads(l)["doc"] for name in ("selection.jsonl", "selection-round2.jsonl")
                     for l in open(os.path.join(HERE, "../training/sentences", name), encoding="utf-8")}
    heldout = {f[:-5] for f in os.listdir(os.path.join(HERE, "../heldout/annotations"))}
    docs = [d["id"] for d in documents("press-fr/press-fr.jsonl")
            if not blind_pool(d["id"]) and d["id"] not in heldout and d["id"] not in sentence_docs
            and d["id"] not in AMENDMENT and len(d["text"]) < 5000]
    return sorted(docs, key=lambda i: fnv("blind8-order:" + i))[:30]

if __name__ == "__main__":
    print("\n".join(unpc_candidates() if sys.argv[1:] == ["unpc"] else press_reserved()))
