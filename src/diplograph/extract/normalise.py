"""Stage 1: bytes -> text, keeping a map back to the character offsets of the original decoded text.

Encodings are tried in order (UTF-8, UTF-8 with BOM, UTF-16 with BOM, then cp1252 and latin-1, which are
flagged as guesses). HTML is turned into text with the standard library's parser: scripts and styles are
dropped, headings become ``== x ==`` lines and list items ``- x`` lines, so the segmenter sees one format.

>>> t = normalise_bytes(b"<p>Chile &amp; Peru</p><script>x()</script>", name="a.html")
>>> t.text.strip()
'Chile & Peru'
>>> start, end = t.span(t.text.index("Peru"), t.text.index("Peru") + 4)
>>> t.original[start:end]
'Peru'
"""

from __future__ import annotations

import html
import os
import re
import stat
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from ..errors import DocumentError

__all__ = ["NormalisedText", "decode", "normalise_bytes", "read_document_bytes", "html_to_text", "looks_like_html", "MAX_BYTES"]

#: documents larger than this are refused (a news article or encyclopedia page is far smaller)
MAX_BYTES = 2_000_000

_BLOCK_TAGS = {"p", "div", "br", "tr", "table", "section", "article", "header", "footer", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "title", "hr"}
_HEADINGS = {"h1": "=", "h2": "==", "h3": "===", "h4": "====", "h5": "=====", "h6": "======"}
_DROP = {"script", "style", "noscript", "template", "svg", "head"}


@dataclass(frozen=True)
class NormalisedText:
    """The text the extractor reads, the decoded original, and where each character came from.

    ``offsets`` is ``None`` when the text is the original; otherwise ``offsets[i]`` is the original offset
    of ``text[i]`` (one entry more, for the end).
    """

    text: str
    original: str
    encoding: str
    guessed_encoding: bool = False
    html: bool = False
    offsets: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets (start inclusive, end exclusive) of ``text[start:end]``."""
        if self.offsets is None:
            return start, end
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_document_bytes(path: Path | str, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a document file, read safely: anything but a regular file (a FIFO, a device such as
    ``/dev/zero``, a folder) is refused without waiting on it, the size is checked before reading, and
    never more than ``max_bytes`` are read (a file that grows while read is refused too).

    >>> read_document_bytes("/dev/zero")
    Traceback (most recent call last):
    ...
    diplograph.errors.DocumentError: /dev/zero: a device, not a regular file; only text, Markdown or HTML files are read
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise DocumentError(f"{path}: {_kind(st.st_mode)}, not a regular file; only text, Markdown or HTML files are read")
        if st.st_size > max_bytes:
            raise DocumentError(f"{path}: {st.st_size:,} bytes is over the limit of {max_bytes:,}; split it into articles or raise --max-bytes")
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise DocumentError(f"{path}: grew past the limit of {max_bytes:,} bytes while it was read; split it or raise --max-bytes")
        return b"".join(chunks)
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def decode(data: bytes, *, name: str = "document", encoding: str | None = None) -> tuple[str, str, bool]:
    """Decode bytes; return the text, the encoding used and whether it was a guess.

    Raises :class:`DocumentError` for empty and binary input, saying how to go on.
    """
    if not data.strip():
        raise DocumentError(f"{name}: the file is empty; nothing to extract")
    if encoding:
        try:
            return data.decode(encoding), encoding, False
        except (UnicodeDecodeError, LookupError) as exc:
            raise DocumentError(f"{name}: cannot decode as {encoding}: {exc}; try another --encoding") from None
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8", errors="strict"), "utf-8-sig", False
        except UnicodeDecodeError as exc:
            raise DocumentError(
                f"{name}: starts with a UTF-8 byte-order mark, but byte {exc.start + 3} ({data[exc.start + 3:exc.start + 4]!r}) "
                "is not UTF-8; repair the file, or pass --encoding if it is in another encoding"
            ) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", False
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{name}: binary data (NUL bytes), not a text, Markdown or HTML document; skip it or convert it to text first")
    try:
        text = data.decode("utf-8")
        enc, guessed = "utf-8", False
    except UnicodeDecodeError:
        try:
            text, enc = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, enc = data.decode("latin-1"), "latin-1"
        guessed = True
    sample = text[:8192]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f") + sample.count("\ufffd")
    if controls > max(8, len(sample) // 50):
        raise DocumentError(f"{name}: looks binary ({controls} control characters in the first {len(sample)}); not a text document")
    return text, enc, guessed


def looks_like_html(text: str, name: str = "") -> bool:
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(re.search(r"<(body|p|div|h[1-6])[\s>]", head))


class _Parser(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.dropping = 0
        self.heading: str | None = None

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, text: str, start: int, identity: bool) -> None:
        for i, c in enumerate(text):
            self.chars.append(c)
            self.offsets.append(start + i if identity else start)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP:
            self.dropping += 1
        elif tag in _HEADINGS:
            self.heading = tag
            self._emit(f"\n{_HEADINGS[tag]} ", self._pos(), False)
        elif tag == "li":
            self._emit("\n- ", self._pos(), False)
        elif tag in _BLOCK_TAGS:
            self._emit("\n", self._pos(), False)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP:
            self.dropping = max(0, self.dropping - 1)
        elif tag in _HEADINGS:
            self._emit(f" {_HEADINGS[tag]}\n", self._pos(), False)
            self.heading = None
        elif tag in _BLOCK_TAGS or tag == "li":
            self._emit("\n", self._pos(), False)

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self._emit(data.replace("\n", " ") if self.heading else data, self._pos(), True)

    def _ref(self, text: str) -> None:
        if not self.dropping:
            self._emit(text, self._pos(), False)

    def handle_entityref(self, name: str) -> None:
        self._ref(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self._ref(html.unescape(f"&#{name};"))


def html_to_text(source: str) -> tuple[str, tuple[int, ...]]:
    """The text of an HTML page (scripts and styles dropped) and the original offset of each character."""
    parser = _Parser(source)
    parser.feed(source)
    parser.close()
    offsets = list(parser.offsets)
    offsets.append(len(source))
    return "".join(parser.chars), tuple(offsets)


def normalise_bytes(data: bytes, *, name: str = "document", encoding: str | None = None, max_bytes: int = MAX_BYTES) -> NormalisedText:
    """Decode a document and turn it into extractable text (see the module docstring)."""
    if len(data) > max_bytes:
        raise DocumentError(
            f"{name}: {len(data):,} bytes is over the limit of {max_bytes:,}; split it into articles or raise --max-bytes"
        )
    original, enc, guessed = decode(data, name=name, encoding=encoding)
    if looks_like_html(original, name):
        text, offsets = html_to_text(original)
        if not text.strip():
            raise DocumentError(f"{name}: the HTML page holds no text outside scripts and styles")
        return NormalisedText(text=text, original=original, encoding=enc, guessed_encoding=guessed, html=True, offsets=offsets)
    return NormalisedText(text=original, original=original, encoding=enc, guessed_encoding=guessed)
