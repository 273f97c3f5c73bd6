"""Numbers in table cells: the row label, column header and caption that give their unit or
goods."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .clause_links import GENERIC_DRUGS
from .lexicon import Lexicon
from .measures import MeasureBuilder
from .mentions import SubstanceMention, mention_in, mention_named_in, row_label, total_row
from .patterns import Patterns
from .phrases import noun_phrase
from .reading import RawQuantity, Reading, looks_plural, reading_qualifier, reading_value
from .text_facts import TextFacts

_OF_WHICH_LABEL = re.compile(r"^(?:of[ \t]+which|including|incl\.)[ \t]+")
_LABEL_CODE = re.compile(r",[ \t]*([A-Z]{3})[ \t]*$")  # "Undeclared cash, EUR": its currency
# "cigarettes, thousand packs": a scale and the plural noun counted, after what they count
_LABEL_SCALED_COUNT = re.compile(r"([a-z][a-z ]*?),[ \t]*([a-z]+)[ \t]+([a-z]+)[ \t]*$")
_LABEL_UNIT = re.compile(r",[ \t]*([a-z][a-z. ]{0,15}?)[ \t]*$")  # "heroin, kg": the unit


def _row_label_words(low: str, start: int) -> str:
    """The words of a "|" table row's label before the cell at ``start``, lower-cased, without
    brackets, dashes, "of which"/"including", a unit after a comma, and the participles and
    "total" that say what was done to it ("Drug crimes detected": "drug crimes", "Drugs
    seized, total (grams)": "drugs"); empty when the row has no label."""
    line_start = low.rfind("\n", 0, start) + 1
    cells = [cell.strip() for cell in low[line_start:start].split("|")]
    label = next((cell for cell in cells if cell), "")
    label = _BRACKETED.sub(" ", label).strip(" \t-–—•:")
    label = _OF_WHICH_LABEL.sub("", label).split(",")[0]
    words = [word for word in LOWER_WORD.findall(label) if word != "total"]
    while words and words[-1].endswith("ed"):
        words.pop()  # "detected", "seized", "detained"
    return " ".join(words)


LOWER_WORD = re.compile(r"[a-z]+")
_MARKDOWN_SEPARATOR = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?")
_DATE_COLUMN = "\x00date column"  # the header of a column of days (compared by identity)
_BRACKETED = re.compile(r"\(([^()\n]{1,60})\)")
# "(in tonnes)", "(quantities in grams)", "(14% more than in 2024)": "in" before a word or
# number is the preposition, no inch
_IN_LAST_WORD = re.compile(r"[ \t]+in[ \t]+(?=\S+[ \t]*$)")  # "change in %": "change, %"
_IN_BEFORE_UNIT = re.compile(r"(?:^|(?<=\s))in\s+(?=[\w'’])")
# the kinds of unit a table's unit column gives its row (not a time: "| 2024 | days |")
_CELL_UNIT_KINDS = frozenset({"mass", "volume", "area", "length", "count", "percent", "energy",
                              "power"})
# A ruled line between a table's header and its rows ("-----+-----", "|---|---|", "=====")
_RULE_LINE = re.compile(r"[ \t|+:=-]*-{3}[ \t|+:=-]*")


def _table_unit_places(text: str, start: int, end: int, is_period: Callable[[str], bool]
                       ) -> tuple[list[str], int]:
    """Where the unit of a number alone in a "|" table cell (not the first) may be given:
    the row's label (its first cell), the corner cell of the table's top row when its other
    cells are periods ("Withdrawn by customs, kg | 2024 | 2025": the column headers hold the
    years, the corner the unit), then the caption line just above the table; with how many
    of them are cells (the label and the corner: read as a label is)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    cell_start = text.rfind("|", line_start, start) + 1
    cell_end = text.find("|", end, line_end)
    if cell_start == 0 or text[cell_start:start].strip() or \
            text[end:line_end if cell_end < 0 else cell_end].strip():
        return [], 0
    label_start = line_start
    if text[line_start:start].lstrip(" \t").startswith("|"):  # "| – hashish (grams) | 24 |"
        label_start = text.find("|", line_start, start) + 1
    places = [text[label_start:text.find("|", label_start, start)]]
    above = line_start - 1
    blank = 0
    top = ""  # the table's top "|" row above this one
    while above > 0:
        prev_start = text.rfind("\n", 0, above) + 1
        previous = text[prev_start:above]
        if blank and "|" in previous:
            break  # a table above a blank line is another table, its rows no caption
        if "|" in previous or _RULE_LINE.fullmatch(previous):
            if "|" in previous:
                top = previous
            above = prev_start - 1
            continue
        if not previous.strip() and blank == 0:
            blank, above = 1, prev_start - 1
            continue
        places.append(previous)
        break
    corner = _period_row_corner(top, is_period)
    if corner:
        places.insert(1, corner)
    return places, 2 if corner else 1


def _period_row_corner(row: str, is_period: Callable[[str], bool]) -> str:
    """The first cell of a "|" table's header row whose other cells are all periods ("2024",
    "2024/25", "H1 2025"), when it has words; else ""."""
    cells = row.split("|")
    if row.lstrip(" \t").startswith("|"):
        cells = cells[1:]
    if row.rstrip(" \t").endswith("|"):
        cells = cells[:-1]
    if len(cells) < 2 or not any(ch.isalpha() for ch in cells[0]):
        return ""
    if not all(is_period(cell) for cell in cells[1:]):
        return ""
    return cells[0]


_SPACED_GAP = re.compile(r"\S[ \t]{2,}\S")
SPACED_BLOCK_LINES = 30  # rows read up from a figure to its spaced table's caption or header


def _spaced_row(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The start and end of the line when ``text[start:end]`` ends a cell of a row laid out
    with runs of spaces (two gaps or more); else None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    after = text[end:line_end]
    if (after.strip() and not after.startswith("  ")) or \
            len(_SPACED_GAP.findall(text, line_start, line_end)) < 2:
        return None
    return line_start, line_end


def _spaced_table_places(text: str, start: int, end: int) -> list[str]:
    """The row's label and the caption line above a table laid out with runs of spaces,
    when ``text[start:end]`` is a whole cell of such a row (not its first); the label
    alone when a blank line or the text's start is above the table; else []."""
    row = _spaced_row(text, start, end)
    if row is None:
        return []
    line_start, line_end = row
    label = text[line_start:line_end].lstrip().split("  ", 1)[0].strip()
    if not label or not label[0].isalpha():
        return []
    above = line_start - 1
    for _ in range(SPACED_BLOCK_LINES):
        if above <= 0:
            return [label]
        prev_start = text.rfind("\n", 0, above) + 1
        previous = text[prev_start:above]
        if not previous.strip():
            return [label]
        if not _SPACED_GAP.search(previous):
            return [label, previous]
        above = prev_start - 1
    return []


# A column header's tail after its last comma or in its last bracket ("Value, thousand EUR")
_HEADER_TAIL = re.compile(r"(?:,[ \t]*([^,()]{1,24}?)|\(([^,()]{1,24}?)\))[ \t]*$")
_CURRENCY_SCALE = re.compile(r"([^\W\d]{1,3}\$|[^\w\s]|[A-Z]{3})[ \t]?([A-Za-z]{1,8})")  # "€m"
_SPACED_CELL = re.compile(r"\S+(?:[ \t]\S+)*")  # a cell of a row laid out with runs of spaces


def spaced_column_header(text: str, start: int, end: int) -> str | None:
    """The header of the column holding ``text[start:end]`` in a table laid out with runs of
    spaces ("Country      Arrests   Cocaine (kg)" over "Palau        9         14.0"): the
    top row of the block of such rows above, when no cell of it is a bare figure; the header
    cell is the one whose characters stand over the figure's (left- or right-aligned). None
    when the figure is not a whole cell of such a row past its first."""
    row = _spaced_row(text, start, end)
    if row is None or not text[row[0]:start].strip():
        return None
    line_start = row[0]
    top_start, top_end = -1, -1
    above = line_start - 1
    for _ in range(SPACED_BLOCK_LINES):
        if above <= 0:
            break
        prev_start = text.rfind("\n", 0, above) + 1
        if len(_SPACED_GAP.findall(text, prev_start, above)) < 2:
            break
        top_start, top_end = prev_start, above
        above = prev_start - 1
    if top_start < 0:
        return None
    cells = list(_SPACED_CELL.finditer(text[top_start:top_end]))
    if any(not any(ch.isalpha() for ch in cell.group()) for cell in cells):
        return None  # the block's top row is a row of figures: no header row
    lo, hi = start - line_start, end - line_start
    best, overlap = None, 0
    for cell in cells:
        shared = min(hi, cell.end()) - max(lo, cell.start())
        if shared > overlap:
            best, overlap = cell.group(), shared
    return best


def _scaled_sum(r: Reading, scale: float, code: str, written: str) -> None:
    """Make a cell's figure a sum in the currency ``code`` (as ``written``), times ``scale``
    ("billion soums", "€m")."""
    r.value *= scale
    r.scaled *= scale
    r.currency, r.currency_form = code, written


_CELL_SIGNS = ("", "+", "-", "−", "–")  # what may stand before a cell's figure


def column_header(text: str, start: int, end: int) -> str | None:
    """The header of the "|" table column whose cell holds just ``text[start:end]``: the
    nearest row above without digits."""
    line_start = text.rfind("\n", 0, start) + 1
    cell_start = max(text.rfind("|", line_start, start) + 1, line_start)
    cell_end = text.find("|", end)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    cell_end = line_end if cell_end < 0 or cell_end > line_end else cell_end
    if "|" not in text[line_start:line_end] or text[cell_start:start].strip() not in _CELL_SIGNS \
            or text[end:cell_end].strip():
        return None  # (a change's sign may open the cell: "| +4.4 |" under "change, %")
    column = text.count("|", line_start, start)
    above = line_start - 1
    while above > 0:
        prev_start = text.rfind("\n", 0, above) + 1
        previous = text[prev_start:above]
        if "|" not in previous:
            return None
        separator = _MARKDOWN_SEPARATOR.fullmatch(previous) is not None
        if separator and prev_start > 1:
            # "|---|---|": the markdown header is the row above, digits or not ("| 2025 (kg) |")
            header_start = text.rfind("\n", 0, prev_start - 1) + 1
            previous = text[header_start:prev_start - 1]
            if "|" not in previous:
                return None
        if separator or not any(ch.isdigit() for ch in previous):
            cells = previous.split("|")
            header = cells[column].strip() if column < len(cells) else ""
            return header or None
        above = prev_start - 1
    return None


class TableReader(MeasureBuilder):
    """Reads a number in a table cell from its row label, column header or caption."""

    lex: Lexicon
    pats: Patterns

    def _goods_of_cell_before(self, f: TextFacts, start: int,
                              mentions: Sequence[SubstanceMention]) -> str | None:
        """The goods a table cell of pieces counts ("cartridges for hunting weapons, not
        declared | 240 pcs"): the substance or the noun phrase opening the cell before."""
        bar = f.text.rfind("|", max(0, start - 4), start)
        if bar < 0 or f.text[bar + 1:start].strip():
            return None
        line_start = f.text.rfind("\n", 0, bar) + 1
        cell_start = f.text.rfind("|", line_start, bar) + 1 or line_start
        mention = mention_in(mentions, cell_start, bar)
        if mention is not None:
            return mention.name
        blank = len(f.text[cell_start:bar]) - len(f.text[cell_start:bar].lstrip())
        phrase = noun_phrase(f.text, cell_start + blank - 1, self.lex, self.pats)
        if phrase is None or phrase.start != cell_start + blank or phrase.end > bar:
            return None
        return self.lex.what_aliases.get(phrase.text.lower(), phrase.text.lower())

    def _table_header(self, f: TextFacts, r: Reading,
                      mentions: Sequence[SubstanceMention] = ()) -> str | None:
        """The column header of a number alone in a "|" table cell; a unit in the header
        ("Seized, kg") becomes the number's unit; a column headed by a substance takes the
        unit its caption gives ("The overview by office (quantities in grams):")."""
        unit_cell = self._unit_cell(f, r)
        if unit_cell is not None:
            return unit_cell
        header = column_header(f.text, r.span_start, r.pos)
        if header:
            # "change in %", "Value in EUR": the unit after "in" (no inch)
            said = _IN_LAST_WORD.sub(", ", header)
            unit_match = self.pats.unit_in_header_low.search(said.lower())
            if unit_match:
                key = unit_match.group("word")
                r.unit = self.lex.unit_named(key)
                return header
            if self._header_tail_unit(r, said):
                return header  # "Value, EUR", "Paid, bln soums", "Plan, %"
        if header and header.strip().lower() in self.lex.date_column_headers:
            r.unit = None
            return _DATE_COLUMN  # "| Date | ... | 14.04 |": a day, no quantity
        generic = header is not None and header.strip().lower() in \
            self.lex.generic_column_headers  # "| Indicator | Quantity |": the rows name it
        if header and any(word.isalpha() for word in header.split()) \
                and not self._period_header(header) and not generic \
                and mention_named_in(mentions, header, f.text) is None:
            return header  # the column names what it counts ("Crimes")
        # a column headed by a period ("H1 2024") or none: the unit in brackets in the row's
        # label ("Tramadol (tablets)") or in the caption line above the table ("... shown in
        # the table below (kg; tablets for tramadol)")
        places, cells = _table_unit_places(  # cells: the row's label, the table's corner
            f.text, r.span_start, r.pos, self._period_cell)
        for index, where in enumerate(places):
            labelled = _LABEL_UNIT.search(where) if index < cells else None
            if labelled is not None and self._scaled_sum_label(r, where, labelled):
                return header or where.strip()
            if index < cells:
                coded = _LABEL_CODE.search(where)  # "Undeclared cash, EUR | 1 236 000"
                if coded is not None and coded.group(1) in self.lex.currency_symbols:
                    r.currency = self.lex.currency_symbols[coded.group(1)]
                    r.currency_form = coded.group(1)
                    return header or where.strip()
                counted = self._scaled_count_label(r, where)
                if counted is not None:  # "Cigarettes, thousand packs | 6 218,4"
                    return counted
            if labelled is None and index >= cells:
                labelled = _LABEL_UNIT.search(where)  # a caption "Drugs seized by year, kg"
            if labelled is not None:  # "of which heroin, kg | 96,5": the row label's unit
                unit_match = self.pats.unit_in_header_low.search(labelled.group(1).lower())
                if unit_match and unit_match.start() == 0:
                    key = unit_match.group("word")
                    r.unit = self.lex.unit_named(key)
                    if r.unit is not None:
                        return header or where.strip()
            for bracket in _BRACKETED.finditer(where):
                if self._bracket_unit(r, bracket.group(1)):
                    return header or where.strip()
        if header is None and cells:  # "Smuggling cases detected | 1 118 | 1 254" under
            return self._counted_label(_row_label_words(f.low, r.span_start))  # periods
        return header

    def _header_tail_unit(self, r: Reading, header: str) -> bool:
        """A column header ending, after a comma or in brackets, in a currency with or
        without its scale or in a percent sign ("Value, EUR", "Paid, bln soums", "Seized
        (USD million)", "Plan, %"): the cell is that sum (``r.currency``, times the scale)
        or that share (``r.unit``)."""
        tail = _HEADER_TAIL.search(header)
        if tail is None:
            return False
        words = (tail.group(1) or tail.group(2)).split()
        percent = self.lex.unit_symbols.get(words[0]) if len(words) == 1 else None
        if percent is not None and percent.usual.kind == "percent":
            r.unit = percent
            return True
        scale = 1.0
        for index, word in enumerate(words if len(words) == 2 else ()):
            if word.lower() in self.lex.scales:  # before or after its currency
                scale, words = self.lex.scales[word.lower()].value, [words[1 - index]]
                break
        if len(words) != 1 or words[0].lower() in self.lex.currency_factors:
            return False
        code = self.lex.currency_symbols.get(words[0]) \
            or self.lex.currency_words.get(words[0].lower())
        if code is None:
            return False
        _scaled_sum(r, scale, code, words[0])
        return True

    def _unit_cell(self, f: TextFacts, r: Reading) -> str | None:
        """A row's cell before the number's that holds a unit alone, as a table with a unit
        column writes it ("Cocaine | kg | 6,1 | 9,4": kg; "Mandrax | tablets | 3 210"): the
        number's unit, the row's label returned as its header; a counted noun there
        ("Arrests | persons | 1 214") is returned as the header that names the count."""
        line_start = f.text.rfind("\n", 0, r.span_start) + 1
        row = f.text[line_start:r.span_start].split("|")
        after = f.text[r.pos:f.text.find("\n", r.pos) % (len(f.text) + 1)].split("|", 1)[0]
        if len(row) < 3 or row[-1].strip() or after.strip():
            return None  # the number alone in its cell, a cell before it past the label
        cells = row[1:-1]
        if not row[0].strip():
            cells = cells[1:]  # "| Cocaine | kg | 6,1 |": the row opens with a bar
        for cell in cells:
            word = cell.strip()
            if not word or len(word) > 20 or any(ch.isdigit() for ch in word):
                continue
            unit = self.lex.unit_words.get(word.lower()) or self.lex.unit_symbols.get(word)
            if unit is not None and unit.usual.kind in _CELL_UNIT_KINDS:
                r.unit = unit
                return row[0].strip() or word
            if word.lower() in self.lex.count_heads:
                return word
        return None

    def _scaled_sum_label(self, r: Reading, label: str, tail: re.Match[str]) -> bool:
        """A row label ending in a scale and a currency ("Value of detained goods, billion
        soums | 386.2") or in a scale after a currency it names ("the same in US dollars,
        million | 31.6"): the cell is that sum (386.2 billion UZS, 31.6 million USD)."""
        words = tail.group(1).split()
        if not words or words[0] not in self.lex.scales:
            return False
        named = " ".join(words[1:])
        if not named:  # the currency before the comma: its last one or two words
            before = LOWER_WORD.findall(label[:tail.start()].lower())[-2:]
            named = " ".join(before) if " ".join(before) in self.lex.currency_words \
                else (before[-1] if before else "")
        code = self.lex.currency_words.get(named)
        if code is None or named in self.lex.currency_factors:
            return False
        _scaled_sum(r, self.lex.scales[words[0]].value, code, named)
        return True

    def _scaled_sum_header(self, r: Reading, said: str) -> bool:
        """A column header's bracket naming a currency and a scale ("€m", "USD million",
        "$ bn"): the cell is that sum (274.9 under "Value (€m)": 274.9 million EUR).

        Not one reader with :meth:`_header_tail_unit` (a "|" table's header), whose shapes
        differ: that one reads a currency code, symbol or word, its scale before or after
        it or none, and a percent sign, never a symbol glued to its scale ("€m"); this one
        (a spaced table's bracket) a symbol or code, then its scale, glued or not, never a
        currency word, a scale first nor no scale. One reader of both would read headers
        neither reads now (a change of output, to be measured, not a refactor)."""
        written = _CURRENCY_SCALE.fullmatch(said.strip())
        if written is None:
            return False
        code = self.lex.currency_symbols.get(written.group(1))
        scale = self.lex.scales.get(written.group(2).lower())
        if code is None or scale is None:
            return False
        _scaled_sum(r, scale.value, code, written.group(1))
        return True

    def _scaled_count_label(self, r: Reading, label: str) -> str | None:
        """A row label ending in a scale and a counted plural noun ("Cigarettes, thousand
        packs | 6 218,4"): the cell counts that many (6,218,400), and what it counts is the
        label's words without the scale ("cigarettes packs"), returned as the cell's header."""
        scaled = _LABEL_SCALED_COUNT.search(label.lower())
        if scaled is None or scaled.group(2) not in self.lex.scales \
                or not looks_plural(scaled.group(3)) or scaled.group(3) in self.lex.unit_words:
            return None
        scale = self.lex.scales[scaled.group(2)].value
        r.value *= scale
        r.scaled *= scale
        return f"{scaled.group(1)} {scaled.group(3)}"

    def _row_label_what(self, f: TextFacts, start: int,
                        mentions: Sequence[SubstanceMention]) -> str | None:
        """What a "|" table row's label names, its unit and "of which" left out ("of which
        hashish, kg": hashish; "Narcotic drugs and psychotropic substances, kg": drugs)."""
        line_start = f.low.rfind("\n", 0, start) + 1
        bar = f.low.find("|", line_start, start)
        if bar < 0:
            return None
        mention = mention_in(mentions, line_start, bar)
        if mention is not None:
            return mention.name
        label = _LABEL_UNIT.sub("", f.low[line_start:bar].strip())
        label = " ".join(_OF_WHICH_LABEL.sub("", label).split())
        return self.lex.what_aliases.get(label)

    def _period_cell(self, cell: str) -> bool:
        """A header cell naming a period only, with its year or number ("2025", "H1 2024",
        "6 months 2025")."""
        cell = cell.strip()
        return any(ch.isdigit() for ch in cell) and (
            not any(ch.isalpha() for ch in cell) or self._period_header(cell))

    def _period_header(self, header: str) -> bool:
        """A column headed by a period only ("9 months 2024", "H1 2025", "Q3"): it names no
        counted thing."""
        words = LOWER_WORD.findall(header.lower())
        period_words = self.lex.subject_words.get("period_header_words", ())
        return bool(words) and all(
            word in self.lex.months or word in period_words for word in words)

    def _spaced_table_unit(self, f: TextFacts, r: Reading) -> str | None:
        """A figure in a table laid out with spaces ("Cocaine      5.6       7.2") whose
        caption line gives the unit in brackets ("... by financial year (tonnes)"): the unit
        is the figure's (the caption returned as its header), else None. In a table without
        caption the row label's bracket gives a unit only when it holds the unit alone
        ("Cocaine (tonnes)", not a nickname "(La Tía)"); a label that names a counted thing
        ("Number of seizures") is returned as the header of its count."""
        places = _spaced_table_places(f.text, r.start, r.pos)
        captioned = len(places) > 1
        for place in (places[0], places[-1]) if places else ():
            # the row's label ("Cocaine (kg)"), the caption
            for bracket in _BRACKETED.finditer(place):
                if self._bracket_unit(r, bracket.group(1), whole=not captioned):
                    return place.strip() if r.unit is not None else None
        return self._spaced_column_unit(f, r) or (
            self._counted_label(places[0]) if len(places) == 1 else None)

    def _counted_label(self, label: str) -> str | None:
        """What a row label or a column header counts, when its last word is a counted noun
        ("Number of seizures": seizures; "Persons arrested" is no count head); else None."""
        words = LOWER_WORD.findall(label.lower())
        if len(words) > 2 and words[1] == "of" and \
                words[0] in self.lex.subject_words.get("measure_nouns", ()):
            words = words[2:]  # "number of", "total of"
        if words and words[-1] in self.lex.count_heads:
            return " ".join(words)
        return None

    def _bracket_unit(self, r: Reading, bracket: str, whole: bool = False) -> bool:
        """Whether a header's bracket names a unit ("(kg)", "(in tonnes)"; with ``whole``,
        nothing else): ``r.unit`` is then set to it (None for a word no unit list holds)."""
        said = _IN_BEFORE_UNIT.sub("", bracket.lower())
        header_unit = self.pats.unit_in_header_low
        unit_match = header_unit.fullmatch(said) if whole else header_unit.search(said)
        if unit_match is None:
            return False
        key = unit_match.group("word")
        r.unit = self.lex.unit_named(key)
        return True

    def _spaced_column_unit(self, f: TextFacts, r: Reading) -> str | None:
        """The column header of a figure in a table laid out with spaces, when it gives the
        figure's unit in brackets ("Cocaine (kg)": kg, the header returned) or names a
        counted thing ("Arrests", "Cannabis plants": the header returned, a count); else
        None."""
        header = spaced_column_header(f.text, r.start, r.pos)
        if not header:
            return None
        bracket = _BRACKETED.search(header)
        if bracket is not None:  # its first bracket only ("Seizures (no.)": no unit)
            if self._bracket_unit(r, bracket.group(1), whole=True):
                return header if r.unit is not None else None
            if self._scaled_sum_header(r, bracket.group(1)):
                return header
            return self._counted_label(header[:bracket.start()])  # "Seizures (no.)"
        words = header.lower().split()
        if all(word.isalpha() for word in words) and words[-1] in self.lex.count_heads:
            return header
        return None

    def _table_count(self, f: TextFacts, r: Reading, header: str,
                     mentions: Sequence[SubstanceMention]) -> tuple[RawQuantity | None, int]:
        if header is _DATE_COLUMN:
            return None, r.pos
        if r.unit is not None:
            quantity = self._measure(r, f)
            row = row_label(mentions, quantity.start, f.text)
            quantity.what = row.name if row else self._header_what(header, mentions, f.text)
            if quantity.what is None and quantity.kind in ("mass", "volume") \
                    and total_row(mentions, quantity.start, f.low):
                quantity.what = GENERIC_DRUGS  # "Total | 29.5 | 31.2" under substances
            if quantity.what is None:  # "Narcotic drugs, kg | 2 310,4": the row's known name
                quantity.what = self._row_label_what(f, quantity.start, mentions)
            # a substance in an earlier cell of the row ("03/07/2026 | Porto | Cocaine | 412.35")
            if quantity.what is None:
                row_start = f.text.rfind("\n", 0, quantity.start) + 1
                named = mention_in(mentions, row_start, quantity.start)
                quantity.what = named.name if named is not None else None
            if quantity.what is None:  # "Drugs seized, total (grams) | 41 873,6": drugs
                label = _row_label_words(f.low, quantity.start)  # "Ethyl alcohol, l": its words
                quantity.what = self.lex.what_aliases.get(label, label or None) \
                    if not self._period_header(label) else None
            return quantity, quantity.end
        if header.strip().lower() in self.lex.generic_column_headers:
            label = _row_label_words(f.low, r.span_start)  # "Drug crimes detected | 38"
            if not label:
                return None, r.pos
            return RawQuantity(r.span_start, r.pos, reading_value(r), low=r.low, high=r.high,
                               kind="count", qualifier=reading_qualifier(r, r.qualifier),
                               what=self.lex.what_aliases.get(label, label),
                               category=self.lex.count_heads.get(label.rsplit(" ", 1)[-1])
                               ), r.pos
        # a period beside the name ("Cases 2025", "H1 2024 seizures") is not what is counted
        # and a bracket that gives no unit ("Seizures (no.)", "Arrests (persons)") is left out
        words = [word for word in _BRACKETED.sub(" ", header).lower().split()
                 if not any(ch.isdigit() for ch in word)]
        if not words or not all(word.isalpha() for word in words):
            return None, r.pos
        category = self.lex.count_heads.get(words[-1])
        named = mention_named_in(mentions, header, f.text)
        quantity = RawQuantity(r.span_start, r.pos, reading_value(r), low=r.low, high=r.high,
                               kind="count", qualifier=reading_qualifier(r, r.qualifier),
                               what=named.name if named else self.lex.what_aliases.get(
                                   " ".join(words), " ".join(words)),
                               category=category)
        return quantity, quantity.end

    def _header_what(self, header: str, mentions: Sequence[SubstanceMention],
                     text: str) -> str | None:
        """What a measured column's header names: a substance ("Crystal meth, kg"), or,
        without its unit, a known name of what is measured ("Seized, kg": what_aliases.jsonl)."""
        named = mention_named_in(mentions, header, text)
        if named:
            return named.name
        words = self.pats.unit_in_header_low.sub(" ", header.lower())
        key = " ".join(re.sub(r"[^a-z ]", " ", words).split())
        # "Total drugs (kg)", "Drugs, total": the total of the generic drugs
        return self.lex.what_aliases.get(key) or self.lex.what_aliases.get(
            " ".join(word for word in key.split() if word != "total"))
