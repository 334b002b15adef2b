"""Linking recall and precision of an `evaluate articles` run against the answer key, and against
the answer key with the reports a reading of the run's false links found (false-links-read.jsonl).

Usage: python3 benchmarks/article-links/read_links.py EVAL_DIR
EVAL_DIR is the --output of `bin/credibility evaluate articles` (its reports.jsonl: one row per
link and per gold report, answer_key_stance "none" for a link the key does not hold, stance
"missed" for a gold report no link found).
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(line) for line in open(os.path.join(sys.argv[1], "reports.jsonl"))]
read = {(r["claim_id"], r["article_id"]): r["reports_the_claim"]
        for r in map(json.loads, open(os.path.join(here, "false-links-read.jsonl")))}

links = [r for r in rows if r["stance"] != "missed"]
key = sum(1 for r in rows if r["answer_key_stance"] != "none")
right = sum(1 for r in links if r["answer_key_stance"] != "none")
false_links = [(r["claim_id"], r["article_id"]) for r in links if r["answer_key_stance"] == "none"]
unread = [p for p in false_links if p not in read]
found = sum(1 for p in false_links if read.get(p))
print(f"links {len(links)}, answer key {key} reports")
print(f"against the answer key: right {right}, recall {right / key:.3f}, precision {right / len(links):.3f}")
print(f"false links {len(false_links)}, read {len(false_links) - len(unread)}, of them reporting the claim {found}")
print(f"against the key with those reports: right {right + found}, recall {(right + found) / (key + found):.3f}"
      f" (at most: the key may miss reports no link found either), precision {(right + found) / len(links):.3f}")
if unread:
    print(f"{len(unread)} false links not read yet: {unread[:5]} ...")
