"""Helpers shared by the selection scripts of the sentence corpus."""
import os, re

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../shared/data")
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

