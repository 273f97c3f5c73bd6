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


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can tell."""


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def looks_binary(data: bytes) -> bool:
    """True for data with many NUL/control bytes (images, archives, executables)."""
    sample = data[:65536]
    if not sample:
        return False
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
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
    if looks_binary(data):
        raise DecodeError("binary data (too many control bytes), not text")
    try:
        return _finish(data.decode("utf-8"), "utf-8", [])
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        text = data.decode("utf-8", errors="replace")
        return _finish(text, "utf-8", [f"invalid UTF-8 at byte {first_bad}; bytes replaced"])
    encoding = best.encoding
    text = data.decode(encoding, errors="replace")
    return _finish(text, encoding, [f"not UTF-8 (byte {first_bad}); decoded as {encoding}"])


def clean_text(text: str) -> Decoded:
    """Normalize a str that arrived already decoded (JSONL field, library call)."""
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = text.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="replace")
        return _finish(text, "utf-8", ["lone surrogates replaced"])
    return _finish(text, "utf-8", [])


def _finish(text: str, encoding: str, warnings: list[str]) -> Decoded:
    text, controls = clean_controls(text)
    if controls:
        warnings.append(f"{controls} control character(s) replaced by spaces")
    if "\ufffd" in text and not any("replaced" in w for w in warnings):
        warnings.append("text contains U+FFFD replacement characters")
    return Decoded(text=text, encoding=encoding, warnings=warnings)
