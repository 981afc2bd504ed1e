"""Dates with their precision: a day (``xsd:date``), a month (``xsd:gYearMonth``) or a year (``xsd:gYear``).

>>> to_literal("2008-02-18").datatype.endswith("#date")
True
>>> to_literal("2008-02").datatype.endswith("#gYearMonth")
True
>>> precision("1994")
'year'
>>> bounds("2008-02")
('2008-02-01', '2008-02-29')
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from rdflib import Literal
from rdflib.namespace import XSD

__all__ = ["normalise", "precision", "to_literal", "bounds", "PRECISION_DATATYPES"]

_PATTERNS = (
    ("day", re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")),
    ("month", re.compile(r"^(\d{4})-(\d{2})$")),
    ("year", re.compile(r"^(\d{4})$")),
)

PRECISION_DATATYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def normalise(value: object) -> str:
    """Return the ISO form of a date given as a string, a ``datetime.date`` or a year number.

    Raises ``ValueError`` with the accepted forms when the value is not a valid date.
    """
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY in quotes")
    text = value.strip()
    precision(text)
    return text


def precision(value: str) -> str:
    """The precision of an ISO date string: ``day``, ``month`` or ``year``."""
    for name, pattern in _PATTERNS:
        m = pattern.match(value)
        if not m:
            continue
        parts = [int(p) for p in m.groups()]
        if len(parts) >= 2 and not 1 <= parts[1] <= 12:
            raise ValueError(f"{value!r}: month {parts[1]} is not 1-12")
        if len(parts) == 3:
            try:
                dt.date(*parts)
            except ValueError as exc:
                raise ValueError(f"{value!r}: {exc}") from None
        return name
    raise ValueError(f"{value!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")


def to_literal(value: str) -> Literal:
    """The typed literal for an ISO date string, its datatype given by its precision."""
    return Literal(value, datatype=PRECISION_DATATYPES[precision(value)])


def bounds(value: str) -> tuple[str, str]:
    """The first and last day an ISO date of any precision covers."""
    p = precision(value)
    if p == "day":
        return value, value
    if p == "month":
        year, month = (int(x) for x in value.split("-"))
        last = calendar.monthrange(year, month)[1]
        return f"{value}-01", f"{value}-{last:02d}"
    return f"{value}-01-01", f"{value}-12-31"
