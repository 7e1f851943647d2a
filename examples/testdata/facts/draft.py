# Drafts testdata/facts/NAME.yaml from an example: python3 draft.py NAME ../../NAME.yaml NAME.yaml (prints typed text notes total).
import json, subprocess, sys, re
name, src, out = sys.argv[1], __import__("os").path.abspath(sys.argv[2]), sys.argv[3]
doc = json.loads(subprocess.run(["go","run","./cmd/whitepaper","fmt","--to","json",src],cwd=__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "../../.."),capture_output=True,text=True,check=True).stdout)
LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")
def is_text(v): return isinstance(v, dict) and v and all(LANG.match(k) and isinstance(s,str) for k,s in v.items())
def txt(v):
    if is_text(v): return v.get("ja") or v.get("en") or next(iter(v.values()))
    if isinstance(v, list): return ", ".join(str(x) for x in v)
    return json.dumps(v, ensure_ascii=False) if isinstance(v,(bool,int,float)) else str(v)
def esc(k): return str(k).replace("~","~0").replace("/","~1")
facts = []
def add(desc, path, kind):
    desc = re.sub(r"\s+", " ", desc).strip()
    if len(desc) > 70: desc = desc[:69] + "…"
    facts.append((desc, path, kind))
has_outline = bool(doc.get("outline"))
# all strings outside section notes, to drop notes paragraphs that only repeat wording held elsewhere
others = []
def collect(v, path):
    if isinstance(v, dict):
        for k, x in v.items():
            if is_text(x) and k not in ("notes",):
                others.append((path+"/"+k, " ".join(x.values())))
            else: collect(x, path+"/"+esc(k))
    elif isinstance(v, list):
        for i, x in enumerate(v):
            if is_text(x) and not path.endswith("/notes"):
                others.append((f"{path}/{i}", " ".join(x.values())))
            else: collect(x, f"{path}/{i}")
collect(doc, "")
def norm(s): return re.sub(r"[\s。、:：]", "", s)
def dup(s, path):
    n = norm(s)
    parts = [p for p in re.split(r"[。\n]", s) if norm(p)]
    for p, o in others:
        if p.startswith(path): continue
        on = norm(o)
        if n in on: return True
    # every sentence held elsewhere
    return parts and all(any(norm(pp) in norm(o) for p,o in others if not p.startswith(path)) for pp in parts)
SKIP_TOP = {"openwhitepaper","languages","defaultLanguage","outline","revisions","extensions"}
KEYLIKE = {"id","language"}
def walk(v, path, field, in_item):
    if isinstance(v, dict) and not is_text(v):
        for k, x in v.items():
            p = path+"/"+esc(k)
            if k == "notes":
                for i, t in enumerate(x):
                    s = " ".join(t.values())
                    if not dup(s, f"{p}/{i}"): add(txt(t), f"{p}/{i}", "notes")
            elif k == "references":
                for i, r in enumerate(x):
                    add("ref: " + (txt(r.get("label")) if r.get("label") else "") + " " + (r.get("url","")) + " " + (txt(r["note"]) if r.get("note") else ""), f"{p}/{i}", "notes")
            elif k == "note":
                continue  # wording of a typed item: not a fact of its own
            elif k == "title" and not in_item:
                if not has_outline: add("heading: " + txt(x), p, "text")
            elif k == "qualified":
                for i, q in enumerate(x): add(f"{q['field']} {q['qualifier']}", f"{p}/{i}/qualifier", "typed")
            elif k in KEYLIKE: continue
            else: walk(x, p, k, in_item)
    elif field == "customers" and isinstance(v, list):
        for i, x in enumerate(v):
            add("customers " + x.get("country","") + " " + x.get("area","") + ": " + ", ".join(x["names"])[:40], f"{path}/{i}/names", "typed")
    elif isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
        for i, x in enumerate(v):
            if is_text(x): add(f"{field}: " + txt(x), f"{path}/{i}", "text")
            else: walk(x, f"{path}/{i}", field, True)
    elif is_text(v):
        add(f"{field}: " + txt(v), path, "text")
    else:
        add(f"{field}: " + txt(v), path, "typed")
for k, x in doc.items():
    if k in SKIP_TOP: continue
    if k in ("vendor","services","providers","plans"):
        walk(x, "/"+k, k, True); continue
    walk(x, "/"+k, k, False)
def outline(es, path):
    for i, e in enumerate(es):
        p = f"{path}/{i}"
        if e.get("number"): add(f"heading {e['number']} " + txt(e["title"]), p+"/number", "typed")
        else: add("heading " + txt(e["title"]), p+"/title", "text")
        if e.get("entries"): outline(e["entries"], p+"/entries")
outline(doc.get("outline", []), "/outline")
for i, r in enumerate(doc.get("revisions", [])):
    add(f"revision {r.get('version','')} date", f"/revisions/{i}/date", "typed")
    for j, c in enumerate(r["changes"]):
        add(f"revision {r.get('version','')}: " + txt(c["text"]), f"/revisions/{i}/changes/{j}/text", "text")
        if c.get("sections"): add(f"revision {r.get('version','')} change {j+1} touched " + ", ".join(c["sections"]), f"/revisions/{i}/changes/{j}/sections", "typed")
    if r.get("sections"): add(f"revision {r.get('version','')} touched " + ", ".join(r["sections"]), f"/revisions/{i}/sections", "typed")
if out != "-":
    with open(out, "w") as f:
        f.write(f"# Facts of the {name} seed and where examples/{name}.yaml holds each (JSON Pointer into its JSON encoding).\n")
        f.write("# kind: typed (a typed field), text (a Text field that is the subject of a typed item), notes (notes, note, references).\n")
        for d, p, k in facts:
            f.write(f"- fact: {json.dumps(d, ensure_ascii=False)}\n  path: {json.dumps(p, ensure_ascii=False)}\n  kind: {k}\n")
from collections import Counter
c = Counter(k for _,_,k in facts)
print(name, c["typed"], c["text"], c["notes"], len(facts))
