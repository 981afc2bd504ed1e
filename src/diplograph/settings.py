"""Where diplograph finds its ontology, queries, sources and corpus: a frozen dataclass built explicitly.

Nothing is read at import time. ``Settings.discover()`` looks for the project checkout (the folder that
holds ``ontology/diplograph.ttl``), starting from the ``DIPLOGRAPH_HOME`` environment variable, then the
current directory and its parents, then the installed package's checkout.

>>> s = Settings.discover()
>>> s.ontology_file.name
'diplograph.ttl'
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import OntologyError

__all__ = ["Settings"]


def _is_home(path: Path) -> bool:
    return (path / "ontology" / "diplograph.ttl").is_file()


@dataclass(frozen=True)
class Settings:
    """Paths used by the build, the validator and the query layer."""

    home: Path

    @property
    def ontology_dir(self) -> Path:
        return self.home / "ontology"

    @property
    def ontology_file(self) -> Path:
        return self.ontology_dir / "diplograph.ttl"

    @property
    def shapes_file(self) -> Path:
        return self.ontology_dir / "shapes.ttl"

    @property
    def rules_dir(self) -> Path:
        return self.ontology_dir / "rules"

    @property
    def queries_dir(self) -> Path:
        return self.home / "queries"

    @property
    def graph_dir(self) -> Path:
        return self.home / "graph"

    @property
    def sources_dir(self) -> Path:
        return self.graph_dir / "sources"

    @property
    def corpus_dir(self) -> Path:
        """The sample corpus, beside the checkout (``../shared/corpus``)."""
        return self.home.parent / "shared" / "corpus"

    def with_home(self, home: Path) -> "Settings":
        return replace(self, home=home)

    @classmethod
    def discover(cls, start: Path | None = None) -> "Settings":
        """Find the project checkout; raise :class:`OntologyError` with the places tried if none is found."""
        tried: list[Path] = []
        env = os.environ.get("DIPLOGRAPH_HOME")
        candidates: list[Path] = []
        if env:
            candidates.append(Path(env))
        here = (start or Path.cwd()).resolve()
        candidates.extend([here, *here.parents])
        candidates.append(Path(__file__).resolve().parents[2])
        for candidate in candidates:
            tried.append(candidate)
            if _is_home(candidate):
                return cls(home=candidate)
        raise OntologyError(
            "cannot find the diplograph checkout (a folder holding ontology/diplograph.ttl); "
            "run from inside it or set DIPLOGRAPH_HOME. Looked in: " + ", ".join(str(p) for p in tried[:5])
        )
