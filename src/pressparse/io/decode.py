"""Bytes to text: UTF-8 first, then BOMs, then charset detection; refusing binary data."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

# C0/C1 control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
BINARY_CONTROL_RATIO = 0.10
# Bytes that are not UTF-8 and fit no other encoding: refused as binary when more than this
# share of the characters would be U+FFFD (random data: 40-50 %, and under 10 % controls).
MAX_REPLACED_SHARE = 0.25
# Below this share of non-ASCII bytes among letters, a non-UTF-8 text is taken as Western
# (cp1252): charset detection is unreliable on short, mostly-ASCII texts (it picks cp775...).
WESTERN_HIGH_BYTE_SHARE = 0.30
_HIGH_BYTES = bytes(range(0x80, 0x100))
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_BINARY_BYTES = bytes(range(0, 9)) + bytes(range(14, 32))
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# UTF-8 read as cp1252 and saved again: "Ã©", "â€™", "Ã¼"...
_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf]|\u00e2\u20ac.")


# File signatures of formats that are never plain text, even when short or mostly ASCII
# (a small gzip stream or an uncompressed PDF passes the control-byte test).
_SIGNATURES = (
    (b"%PDF-", "a PDF document; convert it to text first"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.odt)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x7fELF", "an executable"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
)


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can tell."""


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def looks_binary(data: bytes) -> bool:
    """True for data with many NUL/control bytes (images, archives, executables).

    Trailing NUL bytes are not counted: a text padded with them (a fixed-size record, a
    preallocated file) is still text; they become spaces like other controls.
    """
    sample = data[:65536].rstrip(b"\x00")
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    return controls / len(sample) > BINARY_CONTROL_RATIO


# A run of carriage returns that no line feed ends: line ends of CR-only files (classic Mac
# OS, some Windows exports), which every later stage (split at "\n") would see as one line.
# "\r\n" and "\r\r\n" (a doubled CR before LF) stay as written.
_BARE_CR_RUN = re.compile(r"\r++(?!\n)")


def bare_cr_as_line_feeds(text: str) -> tuple[str, int]:
    """Bare CR line ends as LF, one for one (so offsets hold); the count replaced."""
    if "\r" not in text:
        return text, 0
    read = _BARE_CR_RUN.sub(lambda run: "\n" * len(run[0]), text)
    return read, text.count("\r") - read.count("\r")


def clean_controls(text: str) -> tuple[str, int]:
    """Replace control characters by spaces (same length, so offsets hold)."""
    cleaned, count = _CONTROL.subn(" ", text)
    return cleaned, count


def decode_bytes(data: bytes) -> Decoded:
    """Decode a whole input; raise DecodeError for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            return _finish(text, encoding.replace("-sig", ""), [])
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        return _bomless_utf16(data, utf16)
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise DecodeError(f"binary data ({what}), not text")
    if looks_binary(data):
        utf16 = utf16_text_without_bom(data)
        if utf16 is None:
            raise DecodeError("binary data (too many control bytes), not text")
        return _bomless_utf16(data, utf16)
    try:
        return _finish(data.decode("utf-8"), "utf-8", [])
    except UnicodeDecodeError as exc:
        utf8_error = exc
    first_bad = utf8_error.start
    try:  # UTF-8 apart from encoded lone surrogates (WTF-8, CESU-8): U+FFFD one for one
        text = data.decode("utf-8", errors="surrogatepass")
    except UnicodeDecodeError:
        pass
    else:
        cleaned = clean_text(text)
        return _finish(cleaned.text, "utf-8", [w for w in cleaned.warnings
                                               if "surrogate" in w])
    if mostly_utf8(data, utf8_error):
        text = data.decode("utf-8", errors="replace")
        return _finish(text, "utf-8", [f"invalid UTF-8 at byte {first_bad}; bytes replaced"])
    encoding, others = guess_encodings(data)
    if encoding is None:
        text = data.decode("utf-8", errors="replace")
        replaced = text.count("\ufffd")
        if replaced > MAX_REPLACED_SHARE * len(text):
            raise DecodeError("binary data or an unknown encoding, not text: no encoding fits "
                              f"and {replaced:,} of {len(text):,} characters "
                              "would be U+FFFD as UTF-8")
        return _finish(text, "utf-8", [f"invalid UTF-8 at byte {first_bad}; bytes replaced"])
    text = data.decode(encoding, errors="replace")
    return _finish(text, encoding, [f"not UTF-8 (byte {first_bad}); decoded as {encoding}"
                                    + _doubt(data, encoding, others)])


def _doubt(data: bytes, encoding: str, others: list[str]) -> str:
    """What the warning adds when the guess of ``encoding`` is doubtful: the encodings
    ``data`` also reads as, or a non-Western guess from few non-ASCII bytes."""
    if others:
        return f" (a guess: it also reads as {', '.join(others)}; save it as UTF-8 to be sure)"
    if encoding in ("cp1252", "latin-1"):
        return ""
    sample = data[:SHORT_GUESS_BYTES * 64]
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    return (f" (a guess from {high} non-ASCII byte(s); save it as UTF-8 to be sure)"
            if high < SHORT_GUESS_BYTES else "")


def _bomless_utf16(data: bytes, encoding: str) -> Decoded:
    """``data`` read as UTF-16 in the byte order found, with a warning saying so."""
    text = data.decode(encoding, errors="replace")
    return _finish(text, encoding, [f"no byte-order mark; decoded as {encoding}"])


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def mostly_utf8(data: bytes, error: UnicodeDecodeError) -> bool:
    """Whether bytes that are not valid UTF-8 (``error``: the strict decoding's first fault)
    are still UTF-8 text with a few bad bytes.

    True when the only fault is a sequence cut off at the end (a dump truncated at a byte
    limit), or when valid multi-byte sequences are at least as many as invalid bytes: in a
    single-byte encoding such sequences almost never occur by chance, so a text cut or
    damaged once must not be read as cp932 or cp1252 as a whole ("Zürich" -> "Zﾃｼrich").
    """
    if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
        return True
    sample = data[:1_000_000].decode("utf-8", errors="surrogateescape")
    invalid = len(_ESCAPED_BYTE.findall(sample))
    multibyte = len(_NON_ASCII.findall(sample)) - invalid
    return multibyte > 0 and invalid <= multibyte


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is NUL (ASCII-heavy UTF-16), else None."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    sample = sample[: len(sample) - len(sample) % 2]
    even_nuls = sample[0::2].count(0) / (len(sample) // 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) // 2)
    if odd_nuls > 0.7 and even_nuls < 0.1:
        return "utf-16-le"
    if even_nuls > 0.7 and odd_nuls < 0.1:
        return "utf-16-be"
    return None


# Share of a UTF-16 reading's characters that must be text (letters, marks, digits,
# punctuation, symbols, spaces, line breaks) for data without a BOM to be read as UTF-16.
UTF16_TEXT_SHARE = 0.97
# ... and the share that must be spaces, line breaks or punctuation (all text has some;
# a binary record pattern such as 01 02 03 04 reads as letters and marks alone).
UTF16_BREAK_SHARE = 0.02
# ... and the share in its three most used blocks (a script, ASCII, punctuation; see _block).
UTF16_BLOCK_SHARE = 0.90


def utf16_text_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for data that reads as text in that encoding, else None.

    For text in non-Latin scripts (Cyrillic, Greek, Arabic, CJK...), whose UTF-16 has few
    NUL bytes (``utf16_without_bom`` misses it) but many bytes below 0x20 (0x04 in every
    Cyrillic letter), so it looks binary. Binary data does not pass: its 16-bit units hold
    unpaired surrogates (a strict decoding error), control or private-use characters, and
    hardly any spaces or punctuation, and characters scattered over many blocks. When
    both byte orders read as text, the one whose characters share fewer 256-character
    blocks wins (a script sits in one or two; the swapped reading scatters).
    """
    sample = data[:4096]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 8:
        return None
    scored: list[tuple[int, str]] = []
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError as exc:
            if exc.start < len(sample) - 4:  # (not just a pair cut by the sample's end)
                continue
            text = sample[:exc.start].decode(encoding)
        categories = [unicodedata.category(char) for char in text]
        texty = sum(char in "\n\r\t" or (category[0] in "LMNPSZ" and category != "Co")
                    for char, category in zip(text, categories, strict=True))
        breaks = sum(char in "\n\r\t" or category[0] in "PZ"
                     for char, category in zip(text, categories, strict=True))
        blocks = Counter(_block(char) for char in text)
        if (text and texty >= UTF16_TEXT_SHARE * len(text)
                and breaks >= UTF16_BREAK_SHARE * len(text)
                and sum(n for _, n in blocks.most_common(3)) >= UTF16_BLOCK_SHARE * len(text)):
            scored.append((len(blocks), encoding))
    return min(scored)[1] if scored else None


def _block(char: str) -> int:
    """A character's 256-code-point block; the CJK ideograph and Hangul ranges count as one
    (a Chinese or Korean text spreads over dozens of blocks of one script)."""
    code = ord(char)
    if 0x3400 <= code < 0xA000 or 0xAC00 <= code < 0xD800 or 0xF900 <= code < 0xFB00:
        return 0x34
    return code >> 8


def guess_encoding(data: bytes) -> str | None:
    """The likely single-byte (or other) encoding of bytes that are not UTF-8."""
    return guess_encodings(data)[0]


# Encodings charset detection may name that a text file of ours is never in: UTF-16/32 (a
# BOM-less one is recognized before detection runs; a detector's UTF-16 reading of a short
# Big5 or GBK text is Hangul noise) and EBCDIC code pages.
_NEVER_GUESSED = re.compile(r"utf_(?:16|32)|cp(?:037|273|424|500|875|1026|1140)$")
_JAPANESE = re.compile(r"cp932|shift_jis|euc_j|iso2022_jp")
_KANA = re.compile("[ぁ-ヿ]")
# A non-Western guess from fewer non-ASCII bytes than this is said to be one (a short
# KOI8-R, Thai or kanji-only text reads as Shift-JIS or cp949 without any chaos).
SHORT_GUESS_BYTES = 24
# A Japanese reading with kana within this chaos of the best reading wins.
CLOSE_CHAOS = 0.15
# Readings within this chaos of the best one are a tie: the guess is a doubtful one (said
# in a warning), and the most used of them for documents (_PREFERRED's order) is taken.
TIED_CHAOS = 0.02
_PREFERRED = {name: rank for rank, name in enumerate((
    "cp1251", "cp1250", "cp1253", "cp1254", "cp1256", "cp1255", "cp1257", "koi8_r", "cp932",
    "gb18030", "cp949", "big5", "euc_jis_2004", "iso8859_5"))}


def guess_encodings(data: bytes) -> tuple[str | None, list[str]]:
    """The likely encoding of bytes that are not UTF-8, and the others they read as about
    as well (then the guess is a doubtful one, said in a warning).

    Short CJK texts fit several double-byte encodings with no chaos at all (a detector's
    first pick for a short Shift-JIS text is often cp949 or Big5): among close readings a
    Japanese one that yields kana wins, since another encoding's bytes read as Shift-JIS or
    EUC-JP give lone half-width katakana and kanji, not hiragana or full-width katakana.
    Among tied readings the encoding most used for documents wins, with a warning.
    """
    sample = data[:1_000_000]
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    ascii_letters = len(sample) - len(sample.translate(None, _ASCII_LETTERS))
    if high <= WESTERN_HIGH_BYTE_SHARE * (high + ascii_letters):
        try:
            sample.decode("cp1252")
            return "cp1252", []
        except UnicodeDecodeError:
            return "latin-1", []
    matches = [match for match in from_bytes(sample)
               if not _NEVER_GUESSED.match(match.encoding)]
    if not matches:
        return None, []
    least = matches[0].chaos
    tied = [match for match in matches if match.chaos <= least + TIED_CHAOS]
    best = min(tied, key=lambda match: _PREFERRED.get(match.encoding, len(_PREFERRED)))
    for match in matches:
        if (match.chaos <= least + CLOSE_CHAOS and _JAPANESE.match(match.encoding)
                and _kana_share(sample, match.encoding) >= 0.2):
            return match.encoding, []
    return best.encoding, [match.encoding for match in tied if match is not best][:3]


def _kana_share(data: bytes, encoding: str) -> float:
    """Share of hiragana and full-width katakana among the non-ASCII characters of ``data``
    read as ``encoding``."""
    text = data[:4096].decode(encoding, errors="ignore")
    non_ascii = len(_NON_ASCII.findall(text))
    return len(_KANA.findall(text)) / non_ascii if non_ascii else 0.0


def clean_text(text: str, *, document: bool = False) -> Decoded:
    """Normalize a str that arrived already decoded (JSONL field, library call).

    Lone surrogates (which crash spaCy and cannot be written as UTF-8) become U+FFFD one
    for one, so offsets into the given string stay valid. ``document``: ``text`` is a
    document's text (not an id or a source), whose HTML space references are blanked.
    """
    text, surrogates = LONE_SURROGATE.subn("\ufffd", text)
    warnings = [f"{surrogates} lone surrogate(s) replaced by U+FFFD"] if surrogates else []
    return _finish(text, "utf-8", warnings, references=document)


# HTML character references for spaces (and the ampersand), left in scraped text: "5&nbsp;kg"
# hides the amount, "1&#160;May&#160;2024" the date. Each becomes spaces of its own length
# (after the ampersand's "&"), so offsets hold; other references are left as written.
_SPACE_REFERENCE = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#8194|#8195|#8201|#8239"
                              r"|#32|#x20|amp);", re.IGNORECASE)


def blank_space_references(text: str) -> tuple[str, int]:
    """``&nbsp;`` and the like as spaces, ``&amp;`` as ``&`` and spaces (same length)."""
    if "&" not in text:
        return text, 0
    return _SPACE_REFERENCE.subn(
        lambda match: ("&" if match[0].lower() == "&amp;" else " ").ljust(len(match[0])), text)


def _finish(text: str, encoding: str, warnings: list[str], *,
            references: bool = True) -> Decoded:
    text, bare_crs = bare_cr_as_line_feeds(text)
    if bare_crs:
        warnings.append(f"{bare_crs} bare CR line end(s) (old Mac style) read as line feeds")
    text, controls = clean_controls(text)
    if controls:
        warnings.append(f"{controls} control character(s) replaced by spaces")
    text, references_read = blank_space_references(text) if references else (text, 0)
    if references_read:
        warnings.append(f"{references_read} HTML character reference(s) for spaces (&nbsp;) or "
                        "'&' (&amp;) read as spaces")
    if "\ufffd" in text and not any("replaced" in w for w in warnings):
        warnings.append("text contains U+FFFD replacement characters")
    if not text.strip():  # (an output line without items says why)
        warnings.append("the document is empty" if not text else
                        "the document holds only whitespace (or control characters); no text")
    if len(_MOJIBAKE.findall(text, 0, 100_000)) >= 2:
        warnings.append("text looks like mojibake (UTF-8 read as cp1252/latin-1); left as is")
    return Decoded(text=text, encoding=encoding, warnings=warnings)
