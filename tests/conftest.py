"""Shared fixtures: the project settings, a tiny invented graph, and the sample graph built in memory."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from diplograph.graph.dataset import build_dataset
from diplograph.graph.io import union_graph
from diplograph.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings.discover(Path(__file__).parent)


@pytest.fixture(scope="session")
def mini_sources() -> Path:
    """Curated sources of an invented document about Ruritania (tests/fixtures/mini)."""
    return FIXTURES / "mini" / "sources"


@pytest.fixture(scope="session")
def mini_corpus() -> Path:
    return FIXTURES / "mini" / "corpus"


@pytest.fixture()
def mini_dataset(settings: Settings, mini_sources: Path) -> Dataset:
    return build_dataset(settings, sources_dir=mini_sources)


@pytest.fixture()
def mini_graph(mini_dataset: Dataset) -> Graph:
    return union_graph(mini_dataset)


@pytest.fixture(scope="session")
def sample_dataset(settings: Settings) -> Dataset:
    """The sample corpus's graph, built in memory from graph/sources."""
    return build_dataset(settings)


@pytest.fixture(scope="session")
def sample_graph(sample_dataset: Dataset) -> Graph:
    return union_graph(sample_dataset)


@pytest.fixture(scope="session")
def corpus_dir(settings: Settings) -> Path:
    if not settings.corpus_dir.is_dir():
        pytest.skip(f"the sample corpus is not at {settings.corpus_dir}")
    return settings.corpus_dir


#: Debian's Chromium, which the browser tests drive through Playwright (no browser download)
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium for a module's browser tests (the modules skip themselves without it)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM),
                              args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def ex():
    """An extractor that knows no curated entities (the extraction tests' sentences are about other countries)."""
    from diplograph.extract.pipeline import Extractor

    return Extractor.create()
