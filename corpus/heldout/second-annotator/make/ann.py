import json, sys, os
ROOT=os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
DATES={l['id']:l['document_date'] for l in map(json.loads, open(ROOT+'/heldout.jsonl'))}
def u16(s, i):  # code point index -> UTF-16 index
    return i + sum(1 for c in s[:i] if ord(c) > 0xFFFF)
def locate(doc, text, anchor):
    a = anchor or text
    n = doc.count(a)
    assert n == 1, f'anchor {a!r} occurs {n} times'
    k = a.find(text); assert k >= 0, (text, a)
    return doc.index(a) + k
def build(id, lists):
    doc = open(f'{ROOT}/{id}.txt', encoding='utf-8').read()
    rec = {"schema":"extraction.record/1","id":id,"source":f"corpus/heldout/{id}.txt","language":"fr",
           "document_date":DATES[id],"title":None}
    for name in ["dates","durations","countries","officials","counts","commitments"]:
        out=[]
        for m in lists.get(name, []):
            text, anchor, fields = m[0], m[1], m[2]
            s = locate(doc, text, anchor); e = s + len(text)
            assert doc[s:e] == text
            out.append(dict(text=text, start=u16(doc,s), end=u16(doc,e), **fields))
        out.sort(key=lambda x: x['start'])
        for a,b in zip(out, out[1:]):
            assert a['end'] <= b['start'], f'overlap in {name}: {a} {b}'
        rec[name]=out
    os.makedirs(ROOT+'/second-annotator', exist_ok=True)
    with open(f'{ROOT}/second-annotator/{id}.json','w',encoding='utf-8') as f:
        json.dump(rec, f, ensure_ascii=False, indent=2); f.write('\n')
    print(id, {k:len(v) for k,v in rec.items() if isinstance(v,list)})
def D(t,a,v): return (t,a,{"value":v})
def C(t,a,v): return (t,a,{"value":v})
def O(t,a,v,title=None,org=None): return (t,a,{"value":v,"title":title,"organization":org})
def N(t,a,v,unit,q="exact",cur=None):
    f={"value":v,"qualifier":q,"unit":unit}
    if cur: f["currency"]=cur
    return (t,a,f)
def K(t,a,v,status,actor=None,quantity=None,actor_count=None):
    f={"value":v,"status":status,"actor":actor,"quantity":quantity}
    if actor_count: f["actor_count"]=actor_count
    return (t,a,f)
