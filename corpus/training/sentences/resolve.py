#!/usr/bin/env python3
"""Turns the annotators' sentence labels (mention texts, in order) into the stored corpus (offsets only).

Reads the selections (selection.jsonl, then selection-round2.jsonl to selection-round5.jsonl) and the reviewed label files given as arguments; writes labels.jsonl:
one line per selected sentence, {"doc", "source", "start", "end", "split", "entities": [[start, end, type]],
"commitments": [{"start", "end", "value", "status", "actor", "actor_count", "quantity"}]}, every offset a
UTF-16 offset into the document's `text` in ../shared/data. No text is stored.
    python3 corpus/training/sentences/resolve.py labels-*.final.jsonl > corpus/training/sentences/labels.jsonl
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "../../../../shared/data")

def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2

def locate(sentence, offset, mentions, after_whole):
    """Document offsets of each mention's text, found in order in the sentence."""
    spans, pos = [], 0
    for m in mentions:
        k = sentence.find(m["text"], pos)
        assert k >= 0, m
        start = offset + utf16_len(sentence[:k])
        spans.append((start, start + utf16_len(m["text"])))
        pos = k + len(m["text"]) if after_whole else k + 1
    return spans

def main():
    texts = {}
    for path in ("unpc-fr/unpc-fr.jsonl", "press-fr/press-fr.jsonl"):
        for line in open(os.path.join(DATA, path), encoding="utf-8"):
            d = json.loads(line)
            texts[d["id"]] = d["text"]
    # Each round's sentences are numbered after the previous round's.
    selection = [json.loads(l) for name in ("selection.jsonl", "selection-round2.jsonl", "selection-round3.jsonl", "selection-round4.jsonl", "selection-round5.jsonl")
                 for l in open(os.path.join(HERE, name), encoding="utf-8")]
    labels = {}
    for path in sys.argv[1:]:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                d = json.loads(line)
                labels[d["n"]] = d
    missing = [n for n in range(len(selection)) if n not in labels]
    if missing:
        sys.exit(f"no labels for sentences {missing[:10]}…")
    for n, row in enumerate(selection):
        text = texts[row["doc"]]
        units = text.encode("utf-16-le")
        sentence = units[2 * row["start"]:2 * row["end"]].decode("utf-16-le")
        out = {k: row[k] for k in ("doc", "source", "start", "end", "split")}
        # Entities never overlap, so each is looked for after the previous one; commitment spans may share words.
        entities = locate(sentence, row["start"], labels[n]["entities"], after_whole=True)
        out["entities"] = [[start, end, e["type"]] for (start, end), e in zip(entities, labels[n]["entities"])]
        commitments = locate(sentence, row["start"], labels[n]["commitments"], after_whole=False)
        out["commitments"] = [{"start": start, "end": end, "value": c["value"], "status": c["status"], "actor": c.get("actor"),
                               "actor_count": c.get("actor_count"), "quantity": c.get("quantity")}
                              for (start, end), c in zip(commitments, labels[n]["commitments"])]
        print(json.dumps(out, ensure_ascii=False))

main()
