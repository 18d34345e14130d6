#!/usr/bin/env python3
"""Fixes, before any labelling, which sentences of ../shared/data the sentence corpus holds.

The rule is written in README.md beside this file; this script is its exact statement. It prints one
JSON line per selected sentence: {"doc", "source", "start", "end", "split", "reason"} with UTF-16
offsets into the document's `text` field. Run from the repository root:
    python3 corpus/training/sentences/select.py > corpus/training/sentences/selection.jsonl
"""
import json, os, re, sys

DATA = os.path.join(os.path.dirname(__file__), "../../../../shared/data")
UNPC_QUOTA, PRESS_QUOTA = 1150, 950

# Broad cue stems of offers, pledges, requests, funding and deployment (folded, lower case).
CUES = ("engag", "promet", "promis", "promesse", "annonc", "don ", "dons ", "fourni", "contribu", "financ",
        "fonds", "aide", "assistance", "soutien", "appui", "demand", "appel", "exhort", "prie ", "invite",
        "encourag", "recommand", "deploi", "deploy", "envoi", "enverr", "envoy", "troupe", "militaire",
        "policier", "contingent", "renfort", "effectif", "capacit", "formation", "former", "equipement",
        "helicopt", "materiel", "dollar", "euro", "million", "milliard", "devrai", "devront", "s'attend",
        "autoris", "mobilis", "verse", "allou", "octroi", "octroy", "offr", "mettre a disposition",
        "renforc", "fournir", "s'efforcer", "mesures", "contribution")

FOLD = str.maketrans("àâäáãçéèêëíìîïñóòôöõúùûüÿœæ’", "aaaaaceeeeiiiinooooouuuuyoe'")

def fnv(s):
    h = 0xcbf29ce484222325
    for b in s.encode("utf-8"):
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h

def utf16(text, i):
    return len(text[:i].encode("utf-16-le")) // 2

# Sentence ends: . ! ? or a closing quote after one, then space(s) or a paragraph break, before an
# upper-case letter, a digit, a quote or a dash; also the "mot.Mot" joins of press-fr paragraphs.
END = re.compile(r'(?<=[.!?])["»]?(?:\s+|(?=[A-ZÉÈÀÂÎÔ][a-zéèàâêîôûç]))|\n+')

def sentences(text):
    start = 0
    for m in END.finditer(text):
        if m.end() > m.start() or m.group(0) == "":
            end = m.start() + (1 if m.group(0)[:1] in '"»' else 0)
            if m.group(0) == "":
                end = m.start()
            yield from trim(text, start, end)
            start = m.end()
    yield from trim(text, start, len(text))

def trim(text, s, e):
    while s < e and text[s].isspace(): s += 1
    while e > s and text[e - 1].isspace(): e -= 1
    if e - s >= 20:
        yield s, e

def split(doc):
    b = fnv("split:" + doc) % 100
    return "train" if b < 70 else "dev" if b < 85 else "test"

def blind_pool(doc):
    return fnv("blind:" + doc) % 10 == 0

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

main()
