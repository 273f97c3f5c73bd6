"""Bytes to text: UTF-8 first, then BOMs, then charset detection; refusing binary data."""

from __future__ import annotations

import codecs
import re
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
        text = data.decode(utf16, errors="replace")
        return _finish(text, utf16, [f"no byte-order mark; decoded as {utf16}"])
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise DecodeError(f"binary data ({what}), not text")
    if looks_binary(data):
        raise DecodeError("binary data (too many control bytes), not text")
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
    encoding = guess_encoding(data)
    if encoding is None:
        text = data.decode("utf-8", errors="replace")
        return _finish(text, "utf-8", [f"invalid UTF-8 at byte {first_bad}; bytes replaced"])
    text = data.decode(encoding, errors="replace")
    return _finish(text, encoding, [f"not UTF-8 (byte {first_bad}); decoded as {encoding}"])


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


def guess_encoding(data: bytes) -> str | None:
    """The likely single-byte (or other) encoding of bytes that are not UTF-8."""
    sample = data[:1_000_000]
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    ascii_letters = len(sample) - len(sample.translate(None, _ASCII_LETTERS))
    if high <= WESTERN_HIGH_BYTE_SHARE * (high + ascii_letters):
        try:
            sample.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            return "latin-1"
    best = from_bytes(sample).best()
    return best.encoding if best is not None else None


def clean_text(text: str) -> Decoded:
    """Normalize a str that arrived already decoded (JSONL field, library call).

    Lone surrogates (which crash spaCy and cannot be written as UTF-8) become U+FFFD one
    for one, so offsets into the given string stay valid.
    """
    text, surrogates = LONE_SURROGATE.subn("\ufffd", text)
    warnings = [f"{surrogates} lone surrogate(s) replaced by U+FFFD"] if surrogates else []
    return _finish(text, "utf-8", warnings)


def _finish(text: str, encoding: str, warnings: list[str]) -> Decoded:
    text, controls = clean_controls(text)
    if controls:
        warnings.append(f"{controls} control character(s) replaced by spaces")
    if "\ufffd" in text and not any("replaced" in w for w in warnings):
        warnings.append("text contains U+FFFD replacement characters")
    if len(_MOJIBAKE.findall(text, 0, 100_000)) >= 2:
        warnings.append("text looks like mojibake (UTF-8 read as cp1252/latin-1); left as is")
    return Decoded(text=text, encoding=encoding, warnings=warnings)
