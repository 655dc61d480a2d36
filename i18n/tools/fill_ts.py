#!/usr/bin/env python3
"""Fills the German translations of i18n/sozialraum_de.ts from a glossary.

Usage (from the repository root, after `make translations` / lupdate):

    python3 i18n/tools/fill_ts.py                 # fill, write the .ts, report what is missing
    python3 i18n/tools/fill_ts.py --dry-run       # only report
    python3 i18n/tools/fill_ts.py --missing-json /tmp/todo.json
                                                  # write the untranslated sources as a JSON
                                                  # skeleton to add to de_glossary.json

The glossary (i18n/tools/de_glossary.json) holds plain text, not XML-escaped:

    {"messages":   {"English source": "Deutsche Übersetzung", ...},
     "by_context": {"SomeContext": {"English source": "kontextabhängige Übersetzung"}}}

A numerus (plural, %n) message takes a list ["Singular", "Plural"].

Only <translation> elements are rewritten; everything else in the file (locations, comments,
order, indentation) stays byte for byte as lupdate wrote it. A message is filled when its
translation is empty or marked type="unfinished" (lupdate's heuristics may pre-fill an
unfinished translation from a similar string; the glossary wins). Finished translations are kept
unless --force is given. Messages marked vanished/obsolete are left alone.

Each filled translation is checked: same %1..%99 and %n placeholders and the same HTML tags as the
source. A glossary entry that fails the check is not applied and is reported.
"""
import argparse
import html
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

MESSAGE_RE = re.compile(r"(?P<open>[ \t]*<message(?P<attrs>[^>]*)>)(?P<body>.*?)</message>", re.S)
CONTEXT_RE = re.compile(r"<context>(?P<body>.*?)</context>", re.S)
NAME_RE = re.compile(r"<name>(.*?)</name>", re.S)
SOURCE_RE = re.compile(r"<source>(.*?)</source>", re.S)
# <translation ...>...</translation> or <translation .../>
TRANSLATION_RE = re.compile(r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S)
TYPE_RE = re.compile(r'\btype="([^"]*)"')
PLACEHOLDER_RE = re.compile(r"%(?:\d{1,2}|n|L\d)")
TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>")


def unescape(text):
    """XML text as lupdate writes it -> plain text."""
    return html.unescape(text)


def escape(text):
    """Plain text -> XML text the way lupdate escapes it (so a later lupdate run changes nothing)."""
    out = []
    for ch in text:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&apos;")
        elif ord(ch) < 0x20 and ch not in "\n\t\r":
            out.append('<byte value="x%x"/>' % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def problems_of(source, translation):
    """Differences in placeholders and HTML tags between source and one translation form."""
    found = []
    if Counter(PLACEHOLDER_RE.findall(source)) != Counter(PLACEHOLDER_RE.findall(translation)):
        found.append("placeholders %s vs %s" % (sorted(PLACEHOLDER_RE.findall(source)), sorted(PLACEHOLDER_RE.findall(translation))))
    src_tags = Counter(t.lower() for t in TAG_RE.findall(source))
    tr_tags = Counter(t.lower() for t in TAG_RE.findall(translation))
    if src_tags != tr_tags:
        found.append("HTML tags differ: %s" % dict((src_tags - tr_tags) + (tr_tags - src_tags)))
    if source.startswith(" ") != translation.startswith(" ") or source.endswith("\n") != translation.endswith("\n"):
        found.append("leading space / trailing newline differs")
    if not translation.strip():
        found.append("empty translation")
    return found


def load_glossary(paths):
    messages, by_context = {}, {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        messages.update(data.get("messages", {}))
        for ctx, entries in data.get("by_context", {}).items():
            by_context.setdefault(ctx, {}).update(entries)
    return messages, by_context


def render_translation(indent, value, numerus):
    if numerus:
        forms = value if isinstance(value, list) else [value, value]
        inner = "".join("\n%s    <numerusform>%s</numerusform>" % (indent, escape(form)) for form in forms)
        return "%s<translation>%s\n%s</translation>" % (indent, inner, indent)
    return "%s<translation>%s</translation>" % (indent, escape(value))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ts", default=os.path.join(ROOT, "i18n", "sozialraum_de.ts"))
    parser.add_argument("--glossary", action="append", help="glossary JSON (repeatable; later files win)")
    parser.add_argument("--dry-run", action="store_true", help="report only, do not write the .ts")
    parser.add_argument("--force", action="store_true", help="also overwrite finished translations that differ from the glossary")
    parser.add_argument("--missing-json", help="write untranslated sources to this JSON file as a skeleton")
    args = parser.parse_args()

    messages, by_context = load_glossary(args.glossary or [os.path.join(HERE, "de_glossary.json")])
    with open(args.ts, encoding="utf-8") as f:
        text = f.read()

    stats = Counter()
    missing, rejected = [], []

    def fill_message(match, context):
        body = match.group("body")
        numerus = 'numerus="yes"' in match.group("attrs")
        src_match = SOURCE_RE.search(body)
        tr_match = TRANSLATION_RE.search(body)
        if not src_match or not tr_match:
            return match.group(0)
        source = unescape(src_match.group(1))
        tr_type = (TYPE_RE.search(tr_match.group("attrs")) or [None, None])[1]
        if tr_type in ("vanished", "obsolete"):
            stats["skipped (vanished/obsolete)"] += 1
            return match.group(0)
        current_xml = tr_match.group("text") or ""
        finished = tr_type is None and (current_xml.strip() != "")
        value = by_context.get(context, {}).get(source, messages.get(source))
        if finished and not args.force:
            stats["already translated"] += 1
            return match.group(0)
        if value is None:
            stats["missing"] += 1
            missing.append((context, source))
            return match.group(0)
        forms = value if isinstance(value, list) else [value]
        errors = [e for form in forms for e in problems_of(source, form)]
        if errors:
            stats["rejected"] += 1
            rejected.append((context, source, errors))
            return match.group(0)
        new_tr = render_translation(tr_match.group("indent"), value, numerus)
        if new_tr == tr_match.group(0):
            stats["already translated"] += 1
            return match.group(0)
        stats["filled now"] += 1
        new_body = body[:tr_match.start()] + new_tr + body[tr_match.end():]
        return match.group("open") + new_body + "</message>"

    def fill_context(match):
        body = match.group("body")
        name_match = NAME_RE.search(body)
        context = unescape(name_match.group(1)) if name_match else ""
        return "<context>" + MESSAGE_RE.sub(lambda m: fill_message(m, context), body) + "</context>"

    new_text = CONTEXT_RE.sub(fill_context, text)

    if not args.dry_run and new_text != text:
        with open(args.ts, "w", encoding="utf-8", newline="") as f:
            f.write(new_text)

    print(", ".join("%s: %d" % kv for kv in sorted(stats.items())) or "no messages")
    for context, source, errors in rejected:
        print("  REJECTED [%s] %s: %s" % (context, source[:70].replace("\n", " "), "; ".join(errors)))
    for context, source in missing:
        print("  MISSING  [%s] %s" % (context, source[:70].replace("\n", " ")))
    if args.missing_json:
        with open(args.missing_json, "w", encoding="utf-8") as f:
            json.dump({"messages": {source: "" for _, source in missing}}, f, ensure_ascii=False, indent=1)
            f.write("\n")
    return 1 if (missing or rejected) else 0


if __name__ == "__main__":
    sys.exit(main())
