#!/usr/bin/env python3
"""Round 2 of the sentence corpus, fixed before labelling: sentences that hold a strong pledge or request cue.

Round 1 (select.py) gave 86 commitments in 2,111 sentences: too few to learn from. Round 2 takes, from
documents outside round 1, the blind pool, corpus/heldout and the candidates of batch 7's amendment, in
increasing order of FNV-1a-64 of "round2:" + id, every sentence holding a strong cue below, until 300
unpc-fr and 300 press-fr sentences are taken. Output lines as select.py's, numbered after round 1.
    python3 corpus/training/sentences/select_round2.py > corpus/training/sentences/selection-round2.jsonl
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from select_common import DATA, FOLD, fnv, sentences, split, blind_pool, utf16

CUES = ("s'engag", "se sont engag", "engagement", "promet", "promis", "promesse", "annonc", "fera don", "fait don",
        "fournira", "fourniront", "fournir", "contribution", "contribuer", "mettre a disposition", "deploiera",
        "deploieront", "deployer", "enverra", "enverront", "envoyer", "versera", "verser", "debloqu", "allou",
        "financement", "demande aux etats", "prie les etats", "engage les etats", "exhorte", "appelle", "invite les etats",
        "encourage les etats", "donateurs", "devrai", "devront")
AMENDMENT = {"orangesum-217", "orangesum-255", "orangesum-25628", "orangesum-33953", "orangesum-3918", "orangesum-3914",
             "orangesum-3912", "orangesum-3913", "orangesum-3986", "orangesum-3985", "orangesum-3988", "orangesum-547",
             "orangesum-508", "orangesum-505", "orangesum-33857", "orangesum-15610", "orangesum-15608", "orangesum-19492",
             "orangesum-19493", "orangesum-3655", "orangesum-3659", "orangesum-3658", "orangesum-9428", "orangesum-25013",
             "orangesum-438", "orangesum-436", "orangesum-6957", "orangesum-6900", "orangesum-3794", "orangesum-3726"}

def main():
    here = os.path.dirname(__file__)
    heldout = {f[:-5] for f in os.listdir("corpus/heldout/annotations")}
    round1 = {json.loads(l)["doc"] for l in open(os.path.join(here, "selection.jsonl"))}
    docs = []
    for source, path in (("unpc-fr", "unpc-fr/unpc-fr.jsonl"), ("press-fr", "press-fr/press-fr.jsonl")):
        for line in open(os.path.join(DATA, path), encoding="utf-8"):
            d = json.loads(line)
            if d["id"] in heldout or d["id"] in round1 or d["id"] in AMENDMENT or blind_pool(d["id"]):
                continue
            docs.append((fnv("round2:" + d["id"]), source, d["id"], d["text"]))
    docs.sort()
    taken = {"unpc-fr": 0, "press-fr": 0}
    for _, source, doc, text in docs:
        if taken[source] >= 300:
            continue
        for s, e in sentences(text):
            folded = text[s:e].lower().translate(FOLD)
            if any(c in folded for c in CUES):
                taken[source] += 1
                print(json.dumps({"doc": doc, "source": source, "start": utf16(text, s), "end": utf16(text, e),
                                  "split": split(doc), "reason": "round2"}, ensure_ascii=False))

if __name__ == "__main__": main()
