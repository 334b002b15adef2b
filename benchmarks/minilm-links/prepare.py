"""Writes sentences.tsv and pairs.tsv for Probe.java from an input folder and a mentions export.

Usage: python3 prepare.py INPUT_DIR MENTIONS_JSON
INPUT_DIR is an `import article-benchmark` folder (articles.jsonl, gold_reports.jsonl); MENTIONS_JSON
holds one JSON object a line with claim_id, claim_text, article_id and gold (the run's mentions
joined to the answer key, see README.md).
"""
import json, re, sys

inp, mentions = sys.argv[1], sys.argv[2]
arts = {}
for line in open(f"{inp}/articles.jsonl"):
    a = json.loads(line)
    arts[a["id"]] = a
ms = [json.loads(line) for line in open(mentions)]
with open("sentences.tsv", "w") as f:
    for aid in sorted({m["article_id"] for m in ms}):
        body = (arts[aid].get("body") or "").replace("\t", " ")
        for i, s in enumerate(re.split(r"(?<=[.!?])\s+|\n+", body)):
            s = s.strip()
            if 20 <= len(s) <= 400:
                f.write(f"{aid}\t{i + 1}\t{s}\n")
with open("pairs.tsv", "w") as f:
    for m in ms:
        f.write("\t".join([m["claim_id"], m["article_id"], str(m["gold"]).lower(), m["claim_text"]]) + "\n")
