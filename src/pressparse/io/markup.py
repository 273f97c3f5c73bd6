"""Transfer encodings and markup left in a text, read as the text they stand for.

A text saved from an e-mail can still be quoted-printable (``=E2=80=94`` for a dash, ``=20``
for a space, a line ending in ``=`` continued on the next), a page exported as Markdown keeps
its markers (``## heading``, ``**bold**``, ``[link text](https://...)``), and a scraped field
dump keeps JSON's keys, quotes and escapes (``\\n``, ``\\"``). Each reader here finds such a
text by the density of its syntax and returns :class:`Edit` s: spans of the original that read
as a different, usually shorter, string. Text that shows one ``=`` or one ``**`` is untouched.
"""

from __future__ import annotations

import json
import re

from .edits import Edit, disjoint

# --- quoted-printable (RFC 2045) -------------------------------------------------------------

QP_HEADER = re.compile(r"(?im)^content-transfer-encoding:[ \t]*quoted-printable[ \t]*\r?$")
# A header's encoded word (RFC 2047: "=?UTF-8?Q?Weekly_=E2=80=93_Alert?="), a soft line break
# (the word goes on), or a run of encoded bytes.
_QP_TOKEN = re.compile(r"(=\?[\w-]+\?[Qq]\?)([^?\s]*)\?=|=\r?\n|(?:=[0-9A-F]{2})+")
_ENCODED_WORD_PART = re.compile(r"_|(?:=[0-9A-F]{2})+")
# The signs of an encoded text: a soft break after a word, an encoded trailing space, an
# encoded '=', or the bytes of a UTF-8 character beyond ASCII.
_QP_SIGN = re.compile(r"[^\s=]=\r?\n|=(?:20|09)\r?$|=3D|=[C-F][0-9A-F](?:=[89AB][0-9A-F])+",
                      re.MULTILINE)
QP_MIN_SIGNS = 3
# The MIME lines of an e-mail's header, which say how its body is encoded (read as nothing).
_MIME_HEADER = re.compile(r"(?im)^(?:content-[\w-]+|mime-version):[^\n]*")
_HEAD_END = re.compile(r"\n[ \t]*\r?\n")


def _head_end(text: str) -> int:
    """Where an e-mail's header ends: at its first blank line."""
    match = _HEAD_END.search(text)
    return match.start() if match else 0


def _utf8_length(lead: int) -> int:
    """Bytes of the UTF-8 character that ``lead`` starts (1 for ASCII or a stray byte)."""
    return 4 if lead >= 0xF0 else 3 if lead >= 0xE0 else 2 if lead >= 0xC0 else 1


def _decoded_bytes(run: str, start: int) -> list[Edit]:
    """The characters of a run of ``=XX`` codes at ``start``, each over its own codes; a code
    that is not (part of) a UTF-8 character is left as written."""
    data = bytes(int(run[i + 1:i + 3], 16) for i in range(0, len(run), 3))
    edits: list[Edit] = []
    index = 0
    while index < len(data):
        size = _utf8_length(data[index])
        try:
            char = data[index:index + size].decode("utf-8")
        except UnicodeDecodeError:
            index += 1
            continue
        if char.isprintable() or char in "\t":
            edits.append(Edit(start + 3 * index, start + 3 * (index + size), char))
        index += size
    return edits


def quoted_printable(text: str) -> list[Edit]:
    """Soft line breaks read as nothing and ``=XX`` codes as their characters, in a text with
    a quoted-printable header or several signs of the encoding; else no edit."""
    if "=" not in text:
        return []
    if len(_QP_SIGN.findall(text)) < QP_MIN_SIGNS and not (
            ("ncoding:" in text or "NCODING:" in text) and QP_HEADER.search(text)):
        return []
    edits = [Edit(m.start(), m.end(), "") for m in _MIME_HEADER.finditer(text, 0, _head_end(text))]
    for match in _QP_TOKEN.finditer(text):
        if match.group(1):
            edits.extend(_encoded_word(match))
        elif match.group().startswith(("=\n", "=\r")):
            edits.append(Edit(match.start(), match.end(), ""))
        else:
            edits.extend(_decoded_bytes(match.group(), match.start()))
    return sorted(edits)


def _encoded_word(match: re.Match[str]) -> list[Edit]:
    """A header's encoded word: its frame reads as nothing, '_' as a space, codes as their
    characters."""
    edits = [Edit(match.start(1), match.end(1), ""), Edit(match.end(2), match.end(), "")]
    for part in _ENCODED_WORD_PART.finditer(match.group(2)):
        at = match.start(2) + part.start()
        edits.extend([Edit(at, at + 1, " ")] if part.group() == "_"
                     else _decoded_bytes(part.group(), at))
    return edits


# --- Markdown ----------------------------------------------------------------------------------

_MD_HEADING = re.compile(r"(?m)^(#{1,6}[ \t]+)(?=[^\s#])")
_MD_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\([^)\s]*(?:[ \t]+\"[^\"\n]*\")?\)")
_MD_QUOTE = re.compile(r"(?m)^>[ \t]?")
# Emphasis: one to three '*' or a '_' pair around words of one line, not inside a word.
_MD_EMPHASIS = re.compile(r"(?<![\w*\\])(\*{1,3}|_{1,2})(?=[^\s*_])([^\n]*?[^\s\\])\1(?![\w*])")
MD_MIN_LINES = 3  # lines with a heading, a link or an image


def _markdown_lines(text: str) -> int:
    """Lines that hold a heading, a link or an image."""
    lines: set[int] = set()
    if text.startswith("#") or "\n#" in text:
        lines.update(text.count("\n", 0, m.start()) for m in _MD_HEADING.finditer(text))
    if "](" in text:
        lines.update(text.count("\n", 0, m.start()) for m in _MD_LINK.finditer(text))
    return len(lines)


def markdown(text: str) -> list[Edit]:
    """Markdown's markers read as nothing (a link as its text, an image as nothing), in a text
    with headings, links or images on several lines; else no edit."""
    if _markdown_lines(text) < MD_MIN_LINES:
        return []
    edits = [Edit(m.start(1), m.end(1), "") for m in _MD_HEADING.finditer(text)]
    edits.extend(Edit(m.start(), m.end(), "") for m in _MD_QUOTE.finditer(text))
    for match in _MD_LINK.finditer(text):
        if match.group(1):  # an image: its alt text is a file name or a caption
            edits.append(Edit(match.start(), match.end(), ""))
            continue
        edits.append(Edit(match.start(), match.start(2), ""))
        edits.append(Edit(match.end(2), match.end(), ""))
    for match in _MD_EMPHASIS.finditer(text):
        edits.append(Edit(match.start(1), match.end(1), ""))
        edits.append(Edit(match.end(2), match.end(), ""))
    return disjoint(edits)


# --- JSON field dumps --------------------------------------------------------------------------

# A field and its string value ("body": "HERAT \u2014 The ...\nTwo suspects ..."), the value's
# escapes undone by the json module.
_JSON_FIELD = re.compile(r'"[\w .-]{1,40}"[ \t]*:[ \t]*("(?:[^"\\\n]|\\.)*")')
_JSON_ESCAPE = re.compile(r'\\(?:u[0-9a-fA-F]{4}|["\\/bfnrt])')
_OPENS_RECORD = re.compile(r"\s*[{\[]")
_LINE = re.compile(r"[^\r\n]+")
JSON_MIN_FIELDS = 3
RECORD_RULE = "---"  # how the line between two records reads


def _json_value(literal: str, start: int) -> list[Edit]:
    """A JSON string literal at ``start``: its quotes read as nothing, its escapes as what
    they stand for."""
    edits = [Edit(start, start + 1, ""), Edit(start + len(literal) - 1, start + len(literal), "")]
    for match in _JSON_ESCAPE.finditer(literal):
        edits.append(Edit(start + match.start(), start + match.end(),
                          json.loads(f'"{match.group()}"')))
    return sorted(edits)


def json_fields(text: str) -> list[Edit]:
    """A dump of JSON records read as their string values, a field to a line: keys, quotes and
    brackets read as nothing (arrays too: tags, not text), escapes as their characters; else
    no edit. Fields that share a line are parted by a space."""
    if not _OPENS_RECORD.match(text) or '": ' not in text:
        return []
    fields = list(_JSON_FIELD.finditer(text))
    if len(fields) < JSON_MIN_FIELDS:
        return []
    edits: list[Edit] = []
    shown_end = 0  # where the last shown value ended
    for match in fields:
        start = match.start()
        gap = text[shown_end:start]
        if "\n" in gap or not shown_end:
            edits.extend(_hidden_syntax(text, shown_end, start))
        else:
            edits.append(Edit(shown_end, start, " "))
        edits.append(Edit(start, match.start(1), ""))
        edits.extend(_json_value(match.group(1), match.start(1)))
        shown_end = match.end()
    edits.extend(_hidden_syntax(text, shown_end, len(text)))
    return edits


def _hidden_syntax(text: str, start: int, end: int) -> list[Edit]:
    """Everything between ``start`` and ``end`` but its line breaks reads as nothing, except
    where one record closes and the next opens: the line that closes it reads as a rule
    (``RECORD_RULE``), the records being items of the dump."""
    gap = text[start:end]
    closing = gap.find("}")
    if closing < 0 or "{" not in gap[closing:]:
        closing = -1
    edits: list[Edit] = []
    for line in _LINE.finditer(gap):
        shown = RECORD_RULE if line.start() <= closing < line.end() else ""
        edits.append(Edit(start + line.start(), start + line.end(), shown))
    return edits
