#!/usr/bin/env python3
"""Fixes, before any labelling, which sentences of ../shared/data the sentence corpus holds.

The rule is written in README.md beside this file; this script is its exact statement. It prints one
JSON line per selected sentence: {"doc", "source", "start", "end", "split", "reason"} with UTF-16
offsets into the document's `text` field. Run from the repository root:
    python3 corpus/training/sentences/select.py > corpus/training/sentences/selection.jsonl
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))

from select_common import DATA, FOLD, fnv, sentences, split, blind_pool, utf16

UNPC_QUOTA, PRESS_QUOTA = 1150, 950

# Broad cue stems of offers, pledges, requests, funding and deployment (folded, lower case).
CUES = ("engag", "promet", "promis", "promesse", "annonc", "don ", "dons ", "fourni", "contribu", "financ",
        "fonds", "aide", "assistance", "soutien", "appui", "demand", "appel", "exhort", "prie ", "invite",
        "encourag", "recommand", "deploi", "deploy", "envoi", "enverr", "envoy", "troupe", "militaire",
        "policier", "contingent", "renfort", "effectif", "capacit", "formation", "former", "equipement",
        "helicopt", "materiel", "dollar", "euro", "million", "milliard", "devrai", "devront", "s'attend",
        "autoris", "mobilis", "verse", "allou", "octroi", "octroy", "offr", "mettre a disposition",
        "renforc", "fournir", "s'efforcer", "mesures", "contribution")

def main():
    heldout = {f[:-5] for f in os.listdir("corpus/heldout/annotations")} if os.path.isdir("corpus/heldout/annotations") else set()
    docs = []
    for source, path in (("unpc-fr", "unpc-fr/unpc-fr.jsonl"), ("press-fr", "press-fr/press-fr.jsonl")):
        with open(os.path.join(DATA, path), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d["id"] in heldout or blind_pool(d["id"]):
                    continue
                docs.append((fnv("corpus:" + d["id"]), source, d["id"], d["text"]))
    docs.sort()
    taken = {"unpc-fr": 0, "press-fr": 0}
    quota = {"unpc-fr": UNPC_QUOTA, "press-fr": PRESS_QUOTA}
    for _, source, doc, text in docs:
        if taken[source] >= quota[source]:
            continue
        for i, (s, e) in enumerate(sentences(text)):
            folded = text[s:e].lower().translate(FOLD) + " "
            if any(c in folded for c in CUES):
                reason = "cue"
            elif fnv(f"sample:{doc}:{i}") % 5 == 0:
                reason = "random"
            else:
                continue
            taken[source] += 1
            print(json.dumps({"doc": doc, "source": source, "start": utf16(text, s), "end": utf16(text, e),
                              "split": split(doc), "reason": reason}, ensure_ascii=False))

if __name__ == "__main__": main()
