"""Tables exported as delimited text (CSV with ";" or ",", tab-separated sheets) read as
"|" tables.

A spreadsheet or open-data export pasted into a page writes each row as one line of cells
parted by a delimiter ("1;Tsagaannuur;3;4,60;-;2", "Fergana\\t96,400\\t3,910"). No word
tokenizer parts "Airport;6;0,38", so such rows read as the "|" tables the measure readers
know (``a | b | c``). A block is a table by its shape alone, never by its words: at least
:data:`MIN_ROWS` consecutive lines with the same number of delimiters, at least
``MIN_CELLS - 1`` of them (outside quotes). In a table:

- each delimiter reads as `` | ``; the empty cells that pad a row at its end read as nothing
  (a row of empty cells as a blank line), so a note padded to the sheet's width reads as text;
- quotes around a cell read as nothing, and a cell holding only a dash as an empty cell;
- a header row's machine names read as words ("quantity_kg": "quantity kg");
- when the table's own numeric cells show a decimal comma ("4,60", "1 140,2", "2.151" beside
  "110,0") and none a decimal point, each number at a cell's start reads in the plain form
  ("1 140,2": "1140.2"; "412,350": "412.3500", as three decimals after a dot read as a
  thousands group), so "412,350" in such a table is 412.35, not 412,350.

A comma-delimited block is a table only when no cell starts with a space (prose puts one
after its commas).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from .edits import Edit

DELIMITERS = (";", "\t", ",")
MIN_ROWS = 3  # consecutive lines of a table
MIN_CELLS = 3  # cells of each of its lines
CELL_BAR = " | "
# a line kept with the row above it when both have one shape (:func:`row_shape`): this many
# cells at least, parted by one of these (in this order; the bar: a row read as a "|" table)
SHEET_ROW_MIN_CELLS = 4
SHEET_ROW_DELIMITERS = (";", "\t", "|", ",")
QUOTE = '"'
_DASH_CELL = re.compile(r"[ \t]*[-–—][ \t]*")
# A number opening a cell, digit groups parted by a space or a dot, a decimal comma or none
_CELL_NUMBER = re.compile(
    r"(?P<sign>[-+−]?)(?P<int>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(?P<frac>\d+))?"
    r"(?=[ \t]*(?:$|[^\W\d_]|%))")
# Evidence of a table's decimal mark in a whole numeric cell
_DECIMAL_COMMA = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+,\d+|\d+,(?:\d{1,2}|\d{4,})|"
                            r"\d{1,3}(?:\.\d{3}){2,}")
_DECIMAL_POINT = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+|\d+\.(?:\d{1,2}|\d{4,})|"
                            r"\d{1,3}(?:,\d{3}){2,}")
# A numeric cell, its figure unsigned, first digit to last, as group "figure" ("-1 140,2 kg")
_NUMERIC_CELL = re.compile(r"[-+−]?(?P<figure>\d(?:[\d \u00a0\u202f.,]*\d)?)[ \u00a0\u202f.,]*"
                           r"(?:[ \t]*[^\W\d_]{1,12}\.?)?")
_GROUP_MARK = re.compile(r"[ \u00a0\u202f.]")  # between a decimal-comma number's digit groups


class Cell(NamedTuple):
    """A cell's text span in the original (without its delimiters)."""

    start: int
    end: int


class Row(NamedTuple):
    """A line of a delimited block: its span, its cells and its delimiters' offsets."""

    start: int
    end: int
    cells: list[Cell]
    delimiters: list[int]


def delimited_tables(text: str) -> list[Edit]:
    """Edits that read each delimited table of ``text`` as a "|" table; [] when it has none."""
    edits: list[Edit] = []
    taken: set[int] = set()  # the lines (by start) of tables of an earlier delimiter
    for delimiter in DELIMITERS:
        if text.count(delimiter) < (MIN_CELLS - 1) * MIN_ROWS:
            continue
        for block in _blocks(text, delimiter, taken):
            header = _header_row(text, block)
            if delimiter == "," and header is None:
                continue  # a comma table shows its header row (else: a list of numbers)
            taken.update(row.start for row in block)
            edits.extend(_table_edits(text, block, header))
    return edits


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line.rstrip("\r"))
        start += len(line) + 1


def _split_row(text: str, start: int, end: int, delimiter: str) -> Row:
    """The cells of ``text[start:end]`` parted by ``delimiter`` outside quoted cells (only
    the delimiters and quotes are visited: a prose line with commas is long)."""
    cells: list[Cell] = []
    delimiters: list[int] = []
    cell_start = start
    quoted = False
    for mark in _marks(delimiter).finditer(text, start, end):
        at = mark.start()
        if text[at] == QUOTE:
            if quoted or not text[cell_start:at].strip():
                quoted = not quoted
        elif not quoted:
            cells.append(Cell(cell_start, at))
            delimiters.append(at)
            cell_start = at + 1
    cells.append(Cell(cell_start, end))
    return Row(start, end, cells, delimiters)


@cache
def _marks(delimiter: str) -> re.Pattern[str]:
    """A quote or ``delimiter``: the characters :func:`_split_row` reads."""
    return re.compile(f"[{re.escape(QUOTE)}{re.escape(delimiter)}]")


def _row(text: str, start: int, end: int, delimiter: str, min_cells: int = MIN_CELLS
         ) -> Row | None:
    """``text[start:end]`` as a row of ``min_cells`` cells or more parted by ``delimiter``
    outside quotes; None for too few cells, or a sentence's commas (a cell opening with a
    space)."""
    if text.count(delimiter, start, end) < min_cells - 1:
        return None
    row = _split_row(text, start, end, delimiter)
    if len(row.delimiters) < min_cells - 1 or (delimiter == "," and not _bare_commas(text, row)):
        return None
    return row


def row_shape(line: str) -> tuple[str, int] | None:
    """A sheet's row as :func:`delimited_tables` reads one, however many rows its block has:
    its delimiter (a semicolon, tab, comma, or the bar of a row already read as a "|" table)
    and how many part its :data:`SHEET_ROW_MIN_CELLS` cells or more; None for any other
    line. Two rows of one sheet have the same shape ("03/07/2026;Leixões;container;412,350;0"
    over "TOTAL;;;;1 905,870")."""
    for delimiter in SHEET_ROW_DELIMITERS:
        row = _row(line, 0, len(line), delimiter, SHEET_ROW_MIN_CELLS)
        if row is not None:
            return delimiter, len(row.delimiters)
    return None


def _blocks(text: str, delimiter: str, taken: set[int]) -> Iterator[list[Row]]:
    """Runs of at least :data:`MIN_ROWS` consecutive lines with one number of delimiters
    (``MIN_CELLS - 1`` or more), none in ``taken``; comma runs only where no cell opens
    with a space."""
    run: list[Row] = []
    for start, end in [*_lines(text), (-1, -1)]:
        row = _row(text, start, end, delimiter) if start >= 0 and start not in taken else None
        if row is not None and (not run or len(run[0].delimiters) == len(row.delimiters)):
            run.append(row)
            continue
        if len(run) >= MIN_ROWS:
            yield run
        run = [row] if row is not None else []


def _bare_commas(text: str, row: Row) -> bool:
    """Whether no cell of a comma-parted line opens with a space (as prose does)."""
    return not any(text[cell.start:cell.start + 1] in (" ", "\u00a0") for cell in row.cells[1:])


def _table_edits(text: str, rows: list[Row], header: Row | None) -> list[Edit]:
    """The edits of one table's rows (``header``: its header row, if any)."""
    decimal_comma = _uses_decimal_comma(text, rows)
    edits: list[Edit] = []
    for row in rows:
        filled = [cell for cell in row.cells if not _empty(_value(text, cell))]
        last = filled[-1].end if filled else row.start
        for cell, delimiter in zip(row.cells, [*row.delimiters, -1], strict=True):
            if cell.start >= last and cell.start > row.start:
                break
            edits.extend(_cell_edits(text, cell, decimal_comma, header is row))
            if 0 <= delimiter < last:
                edits.append(Edit(delimiter, delimiter + 1, CELL_BAR))
        if last < row.end:
            edits.append(Edit(last, row.end, ""))  # the padding cells at the row's end
    return edits


def _value(text: str, cell: Cell) -> str:
    """A cell's text less the spaces, tabs and quotes around it."""
    return text[cell.start:cell.end].strip(' \t"')


def _empty(value: str) -> bool:
    """Whether a cell's value holds nothing, or a dash alone (no figure)."""
    return not value or _DASH_CELL.fullmatch(value) is not None


def _cell_edits(text: str, cell: Cell, decimal_comma: bool, header: bool) -> list[Edit]:
    value = text[cell.start:cell.end]
    stripped = value.strip()
    lead = cell.start + len(value) - len(value.lstrip())
    edits: list[Edit] = []
    if len(stripped) >= 2 and stripped[0] == QUOTE and stripped[-1] == QUOTE:
        edits += [Edit(lead, lead + 1, ""), Edit(lead + len(stripped) - 1,
                                                 lead + len(stripped), "")]
        lead += 1
        stripped = stripped[1:-1]
    if _DASH_CELL.fullmatch(stripped):
        return [*edits, Edit(lead, lead + len(stripped), "")]
    if header:
        edits += [Edit(lead + index, lead + index + 1, " ")
                  for index, char in enumerate(stripped) if char == "_"]
    elif decimal_comma:
        number = _CELL_NUMBER.match(stripped)
        if number is not None:
            plain = _GROUP_MARK.sub("", number.group("int"))
            if number.group("frac") is not None:
                # three decimals would read as a thousands group ("412.350"): a fourth, zero,
                # keeps the value (412.3500)
                plain += "." + number.group("frac") + "0" * (len(number.group("frac")) == 3)
            written = number.group("sign") + plain
            if written != number.group():
                edits.append(Edit(lead, lead + number.end(), written))
    return edits


def _uses_decimal_comma(text: str, rows: list[Row]) -> bool:
    """Whether the table's numeric cells write a decimal comma (and none a decimal point)."""
    comma = point = False
    for row in rows:
        for cell in row.cells:
            number = _NUMERIC_CELL.fullmatch(_value(text, cell))
            if number is None:
                continue
            digits = number.group("figure")
            comma = comma or _DECIMAL_COMMA.fullmatch(digits) is not None
            point = point or _DECIMAL_POINT.fullmatch(digits) is not None
    return comma and not point


def _header_row(text: str, rows: list[Row]) -> Row | None:
    """The table's header: its first row with several cells filled, none of them a number."""
    for row in rows:
        filled = [value for cell in row.cells if (value := _value(text, cell))]
        if len(filled) < MIN_CELLS - 1:
            continue
        if any(_NUMERIC_CELL.fullmatch(value) or value[0].isdigit() for value in filled):
            return None
        return row
    return None
