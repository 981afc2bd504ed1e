"""Helpers the gold builders of the invented held-out sets share (``tests/heldout2/build_gold.py``,
``tests/heldout3/build_gold.py``): entity records, evidence anchored in the texts, fact records, and the
gold written in the curated-sources format (graph/sources/README.md) with its checks.

A builder makes one :class:`Gold` for its folder, curates entities and facts with its methods (setting
``doc`` to the document being curated), then calls :meth:`Gold.write`. Evidence offsets come from
``str.find`` on the texts: an anchor must occur exactly once, or be given the index of its occurrence.

>>> anchor_span("doc1", "Peru and Chile; Chile and Peru", "Chile", occ=1)
{'doc': 'doc1', 'start': 16, 'end': 21}
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

__all__ = ["Gold", "REFS", "anchor_span", "dump"]

#: the fact fields that name entities (checked against the entities, and for a label in each passage)
REFS = ("visitor", "visitor_country", "host", "destination", "participants", "organiser", "location", "instrument", "parties",
        "signatories", "recognizer", "recognized", "embassy", "recipient", "award", "member", "organisation", "person",
        "accredited_to", "cities")


def anchor_span(doc: str, text: str, anchor: str, occ: int | None = None) -> dict[str, Any]:
    """The evidence span of ``anchor`` in the ``text`` of ``doc``: its only occurrence, or occurrence ``occ``
    (from 0); the build stops when the anchor is missing, or occurs more than once and no ``occ`` is given."""
    n = text.count(anchor)
    if n == 0:
        raise SystemExit(f"{doc}: anchor not found: {anchor!r}")
    if occ is None:
        if n != 1:
            raise SystemExit(f"{doc}: anchor occurs {n} times: {anchor!r}")
        occ = 0
    start = -1
    for _ in range(occ + 1):
        start = text.find(anchor, start + 1)
    return {"doc": doc, "start": start, "end": start + len(anchor)}


class _NoAlias(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(records: Any, path: Path, header: str, flow: bool | None = None) -> None:
    """Write ``records`` as YAML after ``header`` (no anchors and aliases, keys in their order)."""
    body = yaml.dump(records, Dumper=_NoAlias, sort_keys=False, allow_unicode=True, width=200, default_flow_style=flow)
    path.write_text(header + body, encoding="utf-8")


class Gold:
    """The gold of one held-out set being built: its texts, entities and facts, and the document being curated."""

    def __init__(self, root: Path, docs: list[tuple[str, str, str, str]]) -> None:
        """``root``: the set's folder (``texts/`` in it, ``gold/`` written); ``docs``: (id, title, kind, published)."""
        self.root = root
        self.texts = root / "texts"
        self.gold = root / "gold"
        self.docs = docs
        self.text = {d: (self.texts / f"{d}.txt").read_text(encoding="utf-8") for d, *_ in docs}
        self.entities: list[dict[str, Any]] = []
        self.facts: dict[str, list[dict[str, Any]]] = {d: [] for d, *_ in docs}
        self.by_id: dict[str, dict[str, Any]] = {}
        #: the document being curated: the one ``ev`` and ``fact`` refer to
        self.doc: str | None = None

    # ------------------------------------------------------------ entities
    def _entity(self, id: str, type: str, label: str, alt: Any, **fields: Any) -> None:
        self.entities.append({"id": id, "type": type, "label": label, **({"alt_labels": list(alt)} if alt else {}), **fields})

    def country(self, id: str, label: str, iso3: str, demonym: str, alt: Any = ()) -> None:
        self._entity(id, "country", label, alt, iso3=iso3, demonym=demonym)

    def org(self, id: str, label: str, alt: Any = ()) -> None:
        self._entity(id, "organisation", label, alt)

    def person(self, id: str, label: str, nat: str, alt: Any = ()) -> None:
        self._entity(id, "person", label, alt, nationality=nat)

    def city(self, id: str, label: str, ctry: str, alt: Any = ()) -> None:
        self._entity(id, "city", label, alt, country=ctry)

    def instrument(self, id: str, label: str, kind: str = "agreement", alt: Any = (), topic: str | None = None) -> None:
        self._entity(id, kind, label, alt, **({"topic": topic} if topic else {}))

    def mission(self, id: str, sent_by: str, accredited_to: str, location: str, label: str, alt: Any = (), kind: str = "embassy") -> None:
        self._entity(id, kind, label, alt, sent_by=sent_by, accredited_to=accredited_to, location=location)

    def award(self, id: str, label: str, by: str, alt: Any = ()) -> None:
        self._entity(id, "award", label, alt, conferred_by=by)

    def body(self, id: str, kind: str, label: str, of: str, alt: Any = ()) -> None:
        self._entity(id, kind, label, alt, of=of)

    # ------------------------------------------------------------ facts
    def ev(self, anchor: str, occ: int | None = None, doc: str | None = None) -> dict[str, Any]:
        """The evidence span of ``anchor`` in ``doc`` (default: the document being curated)."""
        d = doc or self.doc
        assert d is not None, "no document being curated"
        return anchor_span(d, self.text[d], anchor, occ)

    def fact(self, id: str, type: str, evidence: Any, **fields: Any) -> str:
        """Record a fact of the document being curated (fields that are None are left out); its id."""
        if id in self.by_id:
            raise SystemExit(f"duplicate fact id {id}")
        evidence = evidence if isinstance(evidence, list) else [evidence]
        rec = {"id": id, "type": type}
        for k, v in fields.items():
            if v is not None:
                rec[k] = v
        rec["evidence"] = evidence
        assert self.doc is not None, "no document being curated"
        self.facts[self.doc].append(rec)
        self.by_id[id] = rec
        return id

    def pos(self, person: str, role: str, organisation: str, title: str, anchor: str, accredited_to: str | None = None,
            occ: int | None = None, **extra: Any) -> str:
        """A position; merges the evidence when the same post was already recorded from another document."""
        fid = f"position-{person}-{role}" + (f"-{organisation}" if role in ("ambassador", "official", "minister", "chair") else "") + (
            f"-to-{accredited_to}" if accredited_to else "")
        if fid in self.by_id:
            self.by_id[fid]["evidence"].append(self.ev(anchor, occ))
            return fid
        return self.fact(fid, "position", self.ev(anchor, occ), person=person, role=role, organisation=organisation,
                         accredited_to=accredited_to, title=title, **extra)

    def member(self, m: str, o: str, anchor: str, role: str = "member", start: str | None = None, end: str | None = None,
               suffix: str = "", **extra: Any) -> str:
        """A membership (or observer status) of ``m`` in ``o``."""
        fid = f"membership-{m}-{o}" + ("-observer" if role == "observer" else "") + suffix
        return self.fact(fid, "membership", self.ev(anchor), member=m, organisation=o, role=role, start=start, end=end, **extra)

    # ------------------------------------------------------------ write
    def write(self, header: str, notes: dict[str, str], lengths: tuple[int, int]) -> None:
        """Check the gold and write it: ``gold/documents.yaml``, ``gold/entities.yaml``, ``gold/facts/NN.yaml`` (one a
        document, its facts first attested there) and ``catalog.json``; ``notes``: how a document's publication date
        was estimated; ``lengths``: the bounds of a text's length. Prints a summary and the passages that name none
        of their fact's entities."""
        # evidence spans: sort, dedupe; dates as strings
        for recs in self.facts.values():
            for r in recs:
                seen = []
                for e in r["evidence"]:
                    if e not in seen:
                        seen.append(e)
                r["evidence"] = sorted(seen, key=lambda e: (e["doc"], e["start"]))
                for k in ("date", "start", "end", "year"):
                    if k in r:
                        r[k] = str(r[k])
        self._check_refs()

        docs = []
        catalog = []
        for d, title, kind, published in self.docs:
            data = (self.texts / f"{d}.txt").read_bytes()
            text = data.decode("utf-8")
            assert lengths[0] <= len(text) <= lengths[1], (d, len(text))
            rec = {"id": d, "file": f"{d}.txt", "sha256": hashlib.sha256(data).hexdigest(), "length": len(text), "title": title,
                   "kind": kind, "published": published}
            if d in notes:
                rec["published_note"] = notes[d]
            rec["language"] = "en"
            docs.append(rec)
            catalog.append({"file": f"{d}.txt", "title": title, "kind": kind, "published": published, "language": "en"})

        dump(docs, self.gold / "documents.yaml", header, flow=False)
        dump(self.entities, self.gold / "entities.yaml", header, flow=None)
        (self.gold / "facts").mkdir(parents=True, exist_ok=True)
        for old in (self.gold / "facts").glob("*.yaml"):
            old.unlink()
        for i, (d, *_) in enumerate(self.docs, 1):
            dump(self.facts[d], self.gold / "facts" / f"{i:02d}.yaml", header.replace("\n\n", f"\n# Facts first attested in {d}.\n\n", 1))
        (self.root / "catalog.json").write_text(json.dumps(catalog, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        self._summary()

    def _check_refs(self) -> None:
        """Every referenced entity exists, entity ids are unique, a capacity is a recorded position."""
        ids = {e["id"] for e in self.entities}
        assert len(ids) == len(self.entities), "duplicate entity id"
        for recs in self.facts.values():
            for r in recs:
                for k in REFS:
                    if k in r:
                        for v in (r[k] if isinstance(r[k], list) else [r[k]]):
                            assert v in ids, (r["id"], k, v)
                for c in r.get("capacity", []):
                    assert c in self.by_id and self.by_id[c]["type"] == "position", (r["id"], c)
                assert not (ids & {r["id"]}), r["id"]

    def _summary(self) -> None:
        """Print the counts, and each passage that names none of its fact's entities by a label (README: subject or object)."""
        facts = self.facts
        print("facts:", sum(len(v) for v in facts.values()), "entities:", len(self.entities))
        for d, recs in facts.items():
            print(d, len(recs), "evidence passages in doc:", sum(1 for v in facts.values() for r in v for e in r["evidence"] if e["doc"] == d))
        print(Counter(r["type"] if r["type"] not in ("membership", "position") else
                      (("observer" if r["role"] == "observer" else "membership") if r["type"] == "membership" else
                       ("ambassador" if r["role"] == "ambassador" else "position")) for v in facts.values() for r in v))
        labels = {e["id"]: [e["label"], *e.get("alt_labels", [])] for e in self.entities}
        bad = 0
        for recs in facts.values():
            for r in recs:
                ents: list[str] = []
                for k in REFS:
                    if k in r and k not in ("destination", "location", "instrument", "award"):
                        ents += r[k] if isinstance(r[k], list) else [r[k]]
                for x in list(ents):
                    m = next((e for e in self.entities if e["id"] == x and "sent_by" in e), None)
                    if m:
                        ents += [m["sent_by"], m["accredited_to"]]
                for e in r["evidence"]:
                    span = self.text[e["doc"]][e["start"]:e["end"]]
                    if not any(lbl in span for x in ents for lbl in labels.get(x, [])):
                        bad += 1
                        print("NO LABEL:", r["id"], e["doc"], repr(span[:90]))
        print("passages without a label:", bad)
