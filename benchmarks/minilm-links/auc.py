"""ROC-AUC of gold vs other kept reports by MiniLM's best-sentence cosine (scores.tsv from Probe.java),
and precision / recall of the reports above each cosine threshold (recall over GOLD reports).

Usage: python3 auc.py GOLD_COUNT
"""
import sys

gold_count = int(sys.argv[1])
rows = []
for line in open("scores.tsv"):
    claim, article, gold, best, lede = line.rstrip("\n").split("\t")
    rows.append((gold == "true", float(best)))
pos = [x for g, x in rows if g]
neg = [x for g, x in rows if not g]
auc = sum(1 if p > n else 0.5 if p == n else 0 for p in pos for n in neg) / len(pos) / len(neg)
print(f"pairs {len(rows)}, gold {len(pos)}, ROC-AUC of the best sentence's cosine {auc:.3f}")
for t in (0.4, 0.45, 0.5, 0.55, 0.6, 0.65):
    kept = [g for g, x in rows if x >= t]
    right = sum(kept)
    print(f"cosine >= {t}: kept {len(kept)}, right {right}, precision {right / max(1, len(kept)):.3f}, recall {right / gold_count:.3f}")
