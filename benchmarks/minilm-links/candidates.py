"""Writes candidates.json, sentences.tsv and pairs.tsv for Probe.java: every (claim, article) pair
of an `import article-benchmark` folder whose article holds 0.3 of the claim's IDF weight and one
of whose passages shares two of its terms, with the linking's coverages recomputed on plain
tokens (a light stand-in for the job's TermNormalizer, so the figures are close to, not equal to,
the job's).

Usage: python3 candidates.py INPUT_DIR
"""
import collections
import json
import math
import re
import sys

LEDE = 5
STOPWORDS = set("""a an the of in on at to for by with and or is are was were be been has have had it its this
that as from will would could should may might not no after over about into than then their they he she his
her we you i but if so who what which when where said says""".split())


def terms(text):
    out = []
    for w in re.findall(r"[a-z0-9']+", text.lower()):
        w = w.strip("'")
        w = w[:-2] if w.endswith("'s") else w
        if len(w) < 2 or w in STOPWORDS:
            continue
        out.append(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w)
    return out


def passages(article):
    """The title (position 0), then the body's sentences from 1."""
    body = article.get("body") or ""
    return [article.get("title") or ""] + [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", body) if len(s.strip()) >= 3]


def main(inp):
    articles = {a["id"]: a for a in map(json.loads, open(f"{inp}/articles.jsonl"))}
    claims = [json.loads(line) for line in open(f"{inp}/claims.jsonl")]
    gold = {(g["claim_id"], g["article_id"]) for g in map(json.loads, open(f"{inp}/gold_reports.jsonl"))}
    texts = {k: passages(a) for k, a in articles.items()}
    sets = {k: [set(terms(p)) for p in ps] for k, ps in texts.items()}
    df = collections.Counter()
    for ps in sets.values():
        for s in ps:
            df.update(s)
    n = sum(len(ps) for ps in sets.values())
    idf = {t: math.log((n + 1) / (c + 1)) for t, c in df.items()}
    rows = []
    for c in claims:
        claim = set(terms(c["text"]))
        weight = sum(idf.get(t, math.log(n + 1)) for t in claim)
        share = lambda held: sum(idf.get(t, math.log(n + 1)) for t in claim if t in held) / weight
        for aid, ps in sets.items():
            article = share(set().union(*ps))
            if article < 0.3:
                continue
            best = max((share(s) for s in ps if len(claim & s) >= 2), default=0)
            if best < 0.15:
                continue
            rows.append(dict(claim_id=c["id"], claim_text=c["text"], article_id=aid, gold=(c["id"], aid) in gold,
                             passage=best, article=article, lede=share(set().union(*ps[:LEDE + 1]))))
    json.dump(rows, open("candidates.json", "w"))
    with open("sentences.tsv", "w") as f:
        for aid in sorted({r["article_id"] for r in rows}):
            for i, s in enumerate(texts[aid]):
                s = s.replace("\t", " ").strip()
                if 3 <= len(s) <= 600:
                    f.write(f"{aid}\t{i}\t{s}\n")
    with open("pairs.tsv", "w") as f:
        for r in rows:
            f.write("\t".join([r["claim_id"], r["article_id"], str(r["gold"]).lower(), r["claim_text"]]) + "\n")
    print(f"{len(rows)} candidate pairs, {sum(r['gold'] for r in rows)} of the {len(gold)} reports among them")


if __name__ == "__main__":
    main(sys.argv[1])
