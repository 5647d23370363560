#!/usr/bin/env python3
"""Checks a language file of the catalogue against the English file of the
same name: the
same messages, no extra ones, and every { $variable } of a message used by
the English one is known to it. Usage: tools/ftl-check.py locales/de/steward.ftl locales/de/staff-records.ftl"""
import re, sys, pathlib

def messages(path):
    out, key = {}, None
    for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([a-zA-Z][a-zA-Z0-9_-]*) =(.*)$", line)
        if m:
            key = m.group(1)
            out[key] = m.group(2)
        elif key and (line.startswith(" ") and line.strip()):
            out[key] += "\n" + line
        elif not line.strip() or line.startswith("#"):
            key = None if not line.startswith(" ") else key
    return out

def variables(text):
    return set(re.findall(r"\$([a-zA-Z_][a-zA-Z0-9_-]*)", text))

root = pathlib.Path(__file__).resolve().parent.parent
bad = 0
for path in sys.argv[1:]:
    english = messages(root / "locales/en" / pathlib.Path(path).name)
    other = messages(path)
    for k in english:
        if k not in other:
            print(f"{path}: missing {k}"); bad += 1
        elif not variables(other[k]) <= variables(english[k]):
            print(f"{path}: {k} uses unknown {variables(other[k]) - variables(english[k])}"); bad += 1
        elif not other[k].strip():
            print(f"{path}: {k} is empty"); bad += 1
    for k in other:
        if k not in english:
            print(f"{path}: extra {k}"); bad += 1
sys.exit(1 if bad else 0)
