#!/usr/bin/env python3
"""List the Mongolian bodies where an abbreviation's first use is not spelled out.

The house form (content/GLOSSARY.md, "an abbreviation at its first use in a Mongolian body"):
the words, inflected as the sentence needs, then the abbreviation in brackets —
«шинжлэх ухаан, технологи, инновацийн (ШУТИ) парк». Usage: scripts/abbrev_first_use.py [content]
Prints `path:line: ABBR: context` for each body, then a count per abbreviation.
"""
import re
import sys
from pathlib import Path

L = r"А-Яа-яЁёӨөҮүA-Za-z"
# abbreviation -> the spelled-out words that must stand right before «(ABBR» (any case ending)
ABBREVIATIONS = {
    "ШУТИ": r"шинжлэх ухаан, технологи,? инноваци[а-яөүё]*",
    "ТЭЗҮ": r"техник, эдийн засгийн үндэслэл[а-яөүё]*",
    "МХХТ": r"мэдээлэл, харилцаа холбооны технологи[а-яөүё]*",
    "СХ": r"судалгаа, хөгжүүлэлт[а-яөүё]*",
    "ГШХО": r"гадаадын шууд хөрөнгө оруулалт[а-яөүё]*",
}


def mongolian_body(text):
    """(first line number, text) of the Mongolian body, or None."""
    lines = text.split("\n")
    start = None
    for i, line in enumerate(lines):
        if line.startswith("::: mn"):
            start = i + 1
        elif line.startswith("::: en") and start is not None:
            return start, "\n".join(lines[start:i])
    return (start, "\n".join(lines[start:])) if start is not None else None


def first_use_problems(path):
    body = mongolian_body(path.read_text(encoding="utf-8"))
    if body is None:
        return []
    first_line, text = body
    problems = []
    for abbr, words in ABBREVIATIONS.items():
        # a use inside «…» (a quoted title: GLOSSARY keeps titles as they are) does not count
        uses = [
            u
            for u in re.finditer(rf"(?<![{L}]){abbr}(?![{L}])", text)
            if text.rfind("«", 0, u.start()) <= text.rfind("»", 0, u.start())
        ]
        if not uses:
            continue
        m = uses[0]
        before = text[: m.start()]
        pattern = words.replace(" ", r"\s+")
        spelled = re.search(rf"(?i){pattern}\s*\($", before)
        if not spelled:
            line = first_line + before.count("\n") + 1
            ctx = text[max(0, m.start() - 40) : m.end() + 20].replace("\n", " ")
            problems.append((abbr, line, ctx))
    return problems


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "content")
    counts = {a: 0 for a in ABBREVIATIONS}
    bodies = 0
    for path in sorted(root.glob("*/*.md")):
        problems = first_use_problems(path)
        bodies += bool(problems)
        for abbr, line, ctx in problems:
            counts[abbr] += 1
            print(f"{path}:{line}: {abbr}: …{ctx}…")
    print(f"bodies: {bodies}; " + ", ".join(f"{a} {n}" for a, n in counts.items()))


if __name__ == "__main__":
    main()
