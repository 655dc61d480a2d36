#!/usr/bin/env python3
"""Fails when a string the sources pass to tr() has no finished German translation.

Runs lupdate on the sources into a scratch file (the committed .ts is not touched) and
compares it with i18n/sozialraum_de.ts: every (context, source) must be translated,
non-empty, not marked unfinished, and keep the same %1, %2 ... placeholders.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
committed = os.path.join(root, "i18n", "sozialraum_de.ts")


def messages(path):
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            out[(name, source)] = tr
    return out


with tempfile.TemporaryDirectory() as tmp:
    fresh = os.path.join(tmp, "fresh_de.ts")
    sources = [os.path.join(root, d) for d in ("plugin", "processing") if os.path.isdir(os.path.join(root, d))]
    subprocess.run(["lupdate", "-silent", "-no-obsolete", *sources, "-ts", fresh], check=True)
    needed = messages(fresh)

have = messages(committed)
problems = []
for (ctx, source), _ in sorted(needed.items(), key=lambda kv: (kv[0][0] or "", kv[0][1] or "")):
    tr = have.get((ctx, source))
    short = (source or "")[:70].replace("\n", " ")
    if tr is None:
        problems.append(f"[{ctx}] not in the .ts (run 'make translations'): {short}")
        continue
    if tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
        problems.append(f"[{ctx}] untranslated: {short}")
        continue
    if sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", tr.text)):
        problems.append(f"[{ctx}] placeholders differ: {short}")

print(f"{len(needed)} strings in the sources, {len(problems)} problems")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
