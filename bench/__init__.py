"""The benchmark suite of issue 6: synthetic graphs and texts, timed stages, ``BENCHMARKS.md``.

``python -m bench --sizes 1e4,1e5,1e6 --budget 30 --out BENCHMARKS.md`` runs it; see :mod:`bench.run`.
"""

from .generate import generate_file, write_nquads
from .texts import news_text, write_texts

__all__ = ["generate_file", "write_nquads", "news_text", "write_texts"]
