"""Extract facts from new documents: a pipeline of small stages, each usable alone.

normalise (bytes -> text with offsets) -> segment (headings, items, sentences) -> gazetteer (named
entities) -> resolve (titles, aliases, coreference) -> temporal (dates) -> relations (predicate
patterns) -> facts (records in the curated format, with confidence and evidence offsets).
"""

from .pipeline import Extraction, Extractor, extract_text

__all__ = ["Extraction", "Extractor", "extract_text"]
