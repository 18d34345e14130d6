#!/usr/bin/env python3
"""Candidates of blind batch 9, fixed before any of them was read (rule in docs/ANNOTATION.md, "Batch 9").

unpc-fr: blind-pool documents of at least 3 sentences that batches 7 and 8 did not inspect (their logs), in
increasing FNV-1a-64 of "blind9-order:" + id, every UN body alike.
press-fr: the blind pool's press documents of 5,000 characters or more, which batch 7's rule (under 5,000)
never inspected, outside corpus/heldout, in increasing FNV-1a-64 of "blind9-order:" + id.
    python3 corpus/blind/select_batch9.py unpc|press
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../training/sentences"))
from select_common import DATA, fnv, sentences, blind_pool

def inspected(part):
    logs = [os.path.join(HERE, part, "LOG.md"), os.path.join(HERE, "batch8", part, "LOG.md")]
    return set(re.findall(r"(?:unpc-2015-[a-z0-9-]+[a-z0-9]|orangesum-\d+)",
                          "".join(open(p, encoding="utf-8").read() for p in logs)))

def documents(path):
    for line in open(os.path.join(DATA, path), encoding="utf-8"):
        yield json.loads(line)

def unpc_candidates():
    seen = inspected("unpc-fr")
    docs = [d["id"] for d in documents("unpc-fr/unpc-fr.jsonl")
            if blind_pool(d["id"]) and d["id"] not in seen and sum(1 for _ in sentences(d["text"])) >= 3]
    return sorted(docs, key=lambda i: fnv("blind9-order:" + i))

def press_candidates():
    heldout = {f[:-5] for f in os.listdir(os.path.join(HERE, "../heldout/annotations"))}
    docs = [d["id"] for d in documents("press-fr/press-fr.jsonl")
            if blind_pool(d["id"]) and d["id"] not in heldout and len(d["text"]) >= 5000]
    return sorted(docs, key=lambda i: fnv("blind9-order:" + i))

if __name__ == "__main__":
    print("\n".join(unpc_candidates() if sys.argv[1:] == ["unpc"] else press_candidates()))
