"""Recall and precision of report filters over the candidate pairs (candidates.py) with MiniLM's
cosines (Probe.java's scores.tsv): the job's gates on their own, with a cosine gate, with the
cosine averaged into the report score, with rare-term and name gates, and a logistic regression
on all of them in claim-grouped folds (the precision at recall 0.90). Recall is over all the
benchmark's reports, GOLD_COUNT (370), as BENCHMARKS.md reports it.

Usage: python3 filters.py INPUT_DIR GOLD_COUNT   (numpy needed for the regression)
"""
import collections
import json
import math
import random
import re
import sys

import numpy as np

from candidates import passages, terms

inp, gold_count = sys.argv[1], int(sys.argv[2])
rows = json.load(open("candidates.json"))
scores = {}
for line in open("scores.tsv"):
    claim, article, _, best, lede = line.rstrip("\n").split("\t")
    scores[(claim, article)] = (float(best), float(lede))
articles = {a["id"]: a for a in map(json.loads, open(f"{inp}/articles.jsonl"))}
claims = {c["id"]: c["text"] for c in map(json.loads, open(f"{inp}/claims.jsonl"))}

# document frequencies over passages for the rarest claim term; capitalisation over the bodies for names
held = {k: set(terms(" ".join(passages(a)))) for k, a in articles.items()}
df = collections.Counter()
for a in articles.values():
    for p in passages(a):
        df.update(set(terms(p)))
capital, seen = collections.Counter(), collections.Counter()
for a in articles.values():
    for s in re.split(r"(?<=[.!?])\s+|\n+", a.get("body") or ""):
        for w in re.findall(r"[A-Za-z][A-Za-z0-9'’\-]*", s)[1:]:
            k = re.split("['’]", w.lower())[0]
            seen[k] += 1
            capital[k] += w[0].isupper()


def names(text):
    """The claim's capitalised words as terms; its first word only if the crawl mostly capitalises it."""
    out = set()
    for i, w in enumerate(re.findall(r"[A-Za-z][A-Za-z0-9'’\-]*", text)):
        k = re.split("['’]", w.lower())[0]
        if w[0].isupper() and (i > 0 or seen[k] >= 3 and capital[k] / seen[k] > 0.5):
            out.update(terms(k)[:1])
    return out


for r in rows:
    r["cosine"], r["lede_cosine"] = scores[(r["claim_id"], r["article_id"])]
    claim_terms = sorted(set(terms(claims[r["claim_id"]])), key=lambda t: (df[t], t))
    r["rarest_held"] = claim_terms[0] in held[r["article_id"]]
    claim_names = names(claims[r["claim_id"]])
    r["names_missed"] = sum(t not in held[r["article_id"]] for t in claim_names) / max(1, len(claim_names))


def gates(r):
    return r["passage"] >= 0.2 and r["article"] >= 0.4 and (r["article"] + r["lede"]) / 2 >= 0.45


def show(name, keep):
    kept = [r for r in rows if keep(r)]
    right = sum(r["gold"] for r in kept)
    print(f"| {name} | {right / gold_count:.3f} | {right / max(1, len(kept)):.3f} |")


print("| report filter | recall | precision |\n| --- | ---: | ---: |")
show("the adopted gates", gates)
show("and the best sentence's cosine >= 0.5", lambda r: gates(r) and r["cosine"] >= 0.5)
show("and the best lede sentence's cosine >= 0.5", lambda r: gates(r) and r["lede_cosine"] >= 0.5)
show("the cosine averaged into the report score, >= 0.5", lambda r: r["passage"] >= 0.2 and r["article"] >= 0.4
     and ((r["article"] + r["lede"]) / 2 + r["cosine"]) / 2 >= 0.5)
show("and the rarest claim term held, or article coverage >= 0.6",
     lambda r: gates(r) and (r["rarest_held"] or r["article"] >= 0.6))
show("and at least half the claim's names held", lambda r: gates(r) and r["names_missed"] <= 0.5)

# Logistic regression in claim-grouped folds over the pairs the passage and article gates keep.
pool = [r for r in rows if r["passage"] >= 0.2 and r["article"] >= 0.4]
by_claim = collections.defaultdict(list)
for r in pool:
    by_claim[r["claim_id"]].append(r)
for rs in by_claim.values():
    for key in ("article", "lede", "cosine"):
        top = max(x[key] for x in rs)
        for x in rs:
            x[key + "_of_best"] = x[key] / top
    for x in rs:
        x["candidates"] = math.log(len(rs))
features = ["article", "lede", "passage", "cosine", "lede_cosine", "article_of_best", "lede_of_best",
            "cosine_of_best", "candidates"]
X = np.array([[r[f] for f in features] for r in pool])
X = (X - X.mean(0)) / (X.std(0) + 1e-9)
y = np.array([float(r["gold"]) for r in pool])


def fit(X, y, l2=1.0, steps=3000, rate=0.5):
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(steps):
        g = 1 / (1 + np.exp(-(X @ w + b))) - y
        w -= rate * (X.T @ g / len(y) + l2 * w / len(y))
        b -= rate * g.mean()
    return w, b


for seed in (1, 2):
    order = sorted(by_claim)
    random.Random(seed).shuffle(order)
    fold = {c: i % 5 for i, c in enumerate(order)}
    held_out = np.zeros(len(pool))
    for k in range(5):
        train = np.array([fold[r["claim_id"]] != k for r in pool])
        w, b = fit(X[train], y[train])
        held_out[~train] = 1 / (1 + np.exp(-(X[~train] @ w + b)))
    right = 0
    for i, j in enumerate(np.argsort(-held_out)):
        right += y[j]
        if right / gold_count >= 0.9:
            print(f"| logistic regression on {', '.join(features)}; claim-grouped 5-fold, seed {seed}, "
                  f"at recall 0.90 | {right / gold_count:.3f} | {right / (i + 1):.3f} |")
            break
