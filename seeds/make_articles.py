#!/usr/bin/env python3
"""Builds seeds/articles.jsonl from the raw crawled pages in seeds/raw/.

Bodies are copied byte for byte (comments, share buttons and disclaimers left in).
Outlet, title and date are read off each page; the URLs are plausible canonical
URLs reconstructed from the outlet and the headline, not crawled ones (see README.md).
Run from the repository root: python3 seeds/make_articles.py
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
META = [
    ("000_e50497ed2386a20d", "Global Research",
     "https://www.globalresearch.ca/syria-russian-and-turkish-strategic-bombers-in-action-against-isis-daesh/5570754",
     "2017-01-25", "Syria: Russian and Turkish Strategic Bombers In Action Against ISIS-Daesh"),
    ("001_cfa7c24dfde2b375", "SouthFront",
     "https://southfront.org/turkish-state-media-releases-alleged-footage-of-joint-russian-turkish-airstrikes-against-isis-near-al-bab/",
     "2017-01-02", "Turkish State Media Releases Alleged Footage Of Joint Russian-Turkish Airstrikes Against ISIS Near Al-Bab"),
    ("002_91ecbd3f15dfd873", "Sputnik",
     "https://sputniknews.com/military/201701231049928540-russia-bombers-daesh-video/",
     "2017-01-23", "Defense Ministry Releases Video of Bombers Pounding Daesh Positions (VIDEO)"),
    ("003_b350b929a5cbc7af", "Free West Media",
     "https://freewestmedia.com/2017/01/24/joint-or-not-so-joint-us-russian-airstrikes-on-isis/",
     "2017-01-24T09:08:00", "Joint or not so joint US-Russian airstrikes on ISIS?"),
    ("004_79783d67433d651f", "UPI",
     "https://www.upi.com/Top_News/World-News/2017/01/19/Russia-Turkey-carry-out-joint-bombings-in-Syria/2361484840763/",
     "2017-01-19", "Russia, Turkey carry out joint bombings in Syria"),
]

with open(HERE / "articles.jsonl", "w", encoding="utf-8") as out:
    for stem, outlet, url, published, title in META:
        body = (HERE / "raw" / f"{stem}.txt").read_text(encoding="utf-8")
        record = {"id": stem, "outlet": outlet, "url": url, "published": published,
                  "title": title, "body": body}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
