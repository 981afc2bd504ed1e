"""YAML read safely: the safe loader without aliases, and a size limit checked before reading.

Aliases (``*name``) let a few hundred bytes expand into gigabytes (a "billion laughs" bomb); the curated
sources and the store never need them, so a document that uses one is refused with a message.

>>> load_yaml_text("a: [1, 2]", name="x.yaml")
{'a': [1, 2]}
>>> load_yaml_text("a: &x [1]\\nb: *x", name="x.yaml")
Traceback (most recent call last):
...
diplograph.errors.SourceError: x.yaml: line 2: YAML aliases (*x) are not allowed here; write the value out
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent

from ..errors import SourceError

__all__ = ["load_yaml_text", "load_yaml_file", "MAX_YAML_BYTES"]

#: the largest YAML file read (the sample's largest source file is ~15 KB)
MAX_YAML_BYTES = 50_000_000


class _NoAliasLoader(yaml.SafeLoader):
    """The safe loader, refusing aliases as it composes the document."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise _AliasFound(event.anchor, event.start_mark.line + 1)
        return super().compose_node(parent, index)


class _AliasFound(Exception):
    def __init__(self, anchor: str, line: int) -> None:
        super().__init__(anchor)
        self.anchor, self.line = anchor, line


_C_LOADER: Any = getattr(yaml, "CSafeLoader", None)


def _first_alias(text: str) -> tuple[str, int] | None:
    """The first alias of a YAML text and its line, scanned with libyaml's parser (fast, no objects built)."""
    for event in yaml.parse(text, Loader=_C_LOADER):
        if isinstance(event, AliasEvent):
            return str(event.anchor), (event.start_mark.line + 1 if event.start_mark is not None else 0)
    return None


def load_yaml_text(text: str, *, name: str, error: type[Exception] = SourceError) -> Any:
    """Parse YAML text with the safe loader, refusing aliases; errors name the file.

    With libyaml (PyYAML's C extension) the text is scanned for aliases and then loaded by the C safe
    loader, several times faster than the pure-Python loader, which is the fallback."""
    try:
        if _C_LOADER is not None:
            alias = _first_alias(text)
            if alias is not None:
                raise _AliasFound(*alias)
            return yaml.load(text, Loader=_C_LOADER)  # noqa: S506 - libyaml's SafeLoader
        return yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
    except _AliasFound as exc:
        raise error(f"{name}: line {exc.line}: YAML aliases (*{exc.anchor}) are not allowed here; write the value out") from None
    except yaml.YAMLError as exc:
        raise error(f"{name}: not valid YAML: {exc}") from None


def load_yaml_file(path: Path, *, max_bytes: int = MAX_YAML_BYTES, error: type[Exception] = SourceError) -> Any:
    """Read and parse a YAML file: a regular file, its size checked before reading, UTF-8, no aliases.
    A missing file raises :class:`FileNotFoundError` (the caller knows what it means)."""
    st = path.stat()
    if not stat.S_ISREG(st.st_mode):
        raise error(f"{path}: not a regular file")
    if st.st_size > max_bytes:
        raise error(f"{path}: {st.st_size:,} bytes is over the limit of {max_bytes:,} for a YAML file")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 ({exc})") from None
    return load_yaml_text(text, name=str(path), error=error)
