"""Stage 2: text -> segments: headings (wiki ``== x ==``, Markdown ``#``), datelines, list items and sentences.

Each segment knows the headings above it, so later stages can use section context.

>>> segs = segment("== Visits ==\\n- 3 May 2001 - a visit\\nChile met Peru. Then Dr. Smith left.")
>>> [(s.kind, s.text) for s in segs]
[('heading', 'Visits'), ('item', '3 May 2001 - a visit'), ('sentence', 'Chile met Peru.'), ('sentence', 'Then Dr. Smith left.')]
>>> segs[1].section
('Visits',)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Segment", "segment"]

_WIKI_HEADING = re.compile(r"^\s*(=+)\s*(.*?)\s*=+\s*$")
_MD_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^\s*(?:[-*•▪◦]|\d{1,3}[.)])\s+")
# a dateline opening a paragraph: "date 2021-04-08 ...", "Published: 12 May 2022 ...", "ANKARA, 11 October 2024 - ..."
_DATELINE = re.compile(
    r"^\s*(?:(?P<label>(?i:date|dated|published|updated|posted))\s*:?\s*|(?P<place>[A-Z][A-Z.'’ -]+),\s*)?"
    r"(?:\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})\s*[-–—|:]?\s+(?=[A-Z])",
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?:\[\w{1,4}\])*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "no", "gen", "col", "lt", "prof", "sr", "jr", "vs", "etc", "inc", "ltd", "co", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "e.g", "i.e", "approx", "rev", "hon", "sen", "rep", "gov"}


@dataclass(frozen=True)
class Segment:
    """A heading, list item or sentence: its span in the text and the headings above it."""

    kind: str
    start: int
    end: int
    text: str
    section: tuple[str, ...] = ()
    level: int = 0


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        before = text[pos : m.start() + 1]
        word = re.search(r"([\w.]+)\.$", before)
        if word:
            w = word.group(1).lower()
            if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or re.fullmatch(r"(?:\w\.)+\w", w):
                continue
        spans.append(_strip(text, pos, m.end()))
        pos = m.end()
    spans.append(_strip(text, pos, end))
    return [s for s in spans if s[1] > s[0]]


_CONNECTORS = {"of", "the", "and", "a", "an", "in", "on", "for", "to", "with", "at", "by", "from", "as"}


def _headline(line: str) -> bool:
    """A short line in title case without a closing full stop: a headline, not the start of a wrapped sentence."""
    words = line.split()
    if not 2 <= len(words) <= 16 or re.search(r"[,;]\s*$", line) or "\n" in line.strip():
        return False
    content = [w for w in words if w.lower() not in _CONNECTORS]
    caps = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
    return bool(content) and caps / len(content) >= 0.6


def segment(text: str) -> list[Segment]:
    """Split ``text`` into headings, list items and sentences, in order."""
    out: list[Segment] = []
    headings: list[tuple[int, str]] = []
    paragraph: tuple[int, int] | None = None

    def flush() -> None:
        nonlocal paragraph
        if paragraph:
            section = tuple(h for _, h in headings)
            for s, e in _sentences(text, *paragraph):
                out.append(Segment("sentence", s, e, text[s:e], section))
        paragraph = None

    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        body = text[start:end]
        if not body.strip():
            flush()
            continue
        m = _WIKI_HEADING.match(body) or _MD_HEADING.match(body)
        if m and len(body) < 200:
            flush()
            level = len(m.group(1))
            title = m.group(2).strip()
            headings[:] = [h for h in headings if h[0] < level] + [(level, title)]
            s = start + m.start(2)
            out.append(Segment("heading", s, s + len(title), title, tuple(h for _, h in headings[:-1]), level))
            continue
        m = _ITEM.match(body)
        if m:
            flush()
            s, e = _strip(text, start + m.end(), end)
            out.append(Segment("item", s, e, text[s:e], tuple(h for _, h in headings)))
            continue
        if paragraph is not None and (re.search(r"[.!?:\"”](?:\[\w{1,4}\])*\s*$", text[paragraph[0] : paragraph[1]]) or _headline(text[paragraph[0] : paragraph[1]])):
            flush()  # a line that ends a sentence ends its paragraph (news texts put one paragraph per line); so does a headline
        if paragraph is None:
            d = _DATELINE.match(body)
            if d and (d.group().strip()[:1].isdigit() or d.group("place") or d.group("label")):
                s, e = _strip(text, start, start + d.end())
                out.append(Segment("dateline", s, e, text[s:e], tuple(h for _, h in headings)))
                start += d.end()
            paragraph = (start, end)
        else:
            paragraph = (paragraph[0], end)
    flush()
    return out
