#!/usr/bin/env python3
"""Checks templates against the catalogue without a build: each parses (as
Jinja, which minijinja follows), shows no words outside the catalogue, and
every t("key") it uses is in the English files. The same checks run in
`cargo test` (i18n::catalogue); this is the quick loop while writing.
Usage: tools/template-check.py templates/web/account.html ..."""
import re, sys, pathlib
import jinja2

root = pathlib.Path(__file__).resolve().parent.parent

def keys(tag):
    out = set()
    for f in (root / "locales" / tag).glob("*.ftl"):
        for line in f.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^([a-zA-Z][a-zA-Z0-9_-]*) =", line)
            if m:
                out.add(m.group(1))
    return out

def literals_in_tags(text):
    """String literals inside template tags that read as words (a space, or
    a capital first letter): a label passed to a macro, say."""
    out = []
    for m in re.finditer(r"\{[{%](.*?)[%}]\}", text, re.S):
        for lit in re.findall(r'"([^"]*)"', m.group(1)):
            if re.search(r"\s", lit.strip()) or re.match(r"[A-Z][a-z]", lit):
                out.append(lit)
    return out

def words_outside(text):
    text = text.replace("Steward", " ")  # the product's name, in every language
    for open_, close in (("{#", "#}"), ("{%", "%}"), ("{{", "}}"), ("<", ">")):
        while (start := text.find(open_)) >= 0:
            end = text.find(close, start)
            end = len(text) if end < 0 else end + len(close)
            text = text[:start] + " " + text[end:]
    pieces = re.split(r"[&;]", text)
    pieces = [p for p in pieces if not re.fullmatch(r"[A-Za-z0-9#]*", p)]
    return "".join(c for c in " ".join(pieces) if c.isalpha())

english = keys("en")
env = jinja2.Environment(extensions=["jinja2.ext.do", "jinja2.ext.loopcontrols"])
bad = 0
for path in sys.argv[1:]:
    text = pathlib.Path(path).read_text(encoding="utf-8")
    try:
        env.parse(text)
    except jinja2.TemplateSyntaxError as e:
        print(f"{path}:{e.lineno}: does not parse: {e.message}"); bad += 1
    left = words_outside(text)
    if left:
        print(f"{path}: words outside the catalogue: {left}"); bad += 1
    for lit in literals_in_tags(text):
        print(f"{path}: words in a template tag: {lit!r}"); bad += 1
    for m in re.finditer(r'(?<![\w])t\("([^"]+)"', text):
        if m.group(1) not in english and not text[m.end():].startswith(" ~"):
            print(f"{path}: uses {m.group(1)}, which locales/en lacks"); bad += 1
sys.exit(1 if bad else 0)
