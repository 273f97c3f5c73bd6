"""Decoding bytes of every kind a scraper can hand us into text (or a clear refusal)."""

from __future__ import annotations

import codecs
import contextlib
import gzip
import random
import time

import pytest

from pressparse.io.decode import (
    DecodeError,
    clean_controls,
    clean_text,
    decode_bytes,
    guess_encoding,
    looks_binary,
    utf16_without_bom,
)
from timing import bound

CYRILLIC = "Таможенники изъяли 12 килограммов героина на границе в Бишкеке 5 мая 2024 года."
WESTERN = "La policía de Zürich incautó 3 kg de cocaína en el Café Müller el 2 de marzo."
ENGLISH = "On 3 May 2024 border guards seized 40 kg of hashish near Osh, Kyrgyzstan."


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        (ENGLISH.encode(), "utf-8", ENGLISH),
        (codecs.BOM_UTF8 + ENGLISH.encode(), "utf-8", ENGLISH),
        (codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le"), "utf-16", ENGLISH),
        (codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"), "utf-16", ENGLISH),
        (codecs.BOM_UTF32_LE + ENGLISH.encode("utf-32-le"), "utf-32", ENGLISH),
        (ENGLISH.encode("utf-16-le"), "utf-16-le", ENGLISH),
        (ENGLISH.encode("utf-16-be"), "utf-16-be", ENGLISH),
        (CYRILLIC.encode("cp1251"), "cp1251", CYRILLIC),
        (WESTERN.encode("latin-1"), "cp1252", WESTERN),
        ("Ministère de l’Intérieur, 4 June".encode("cp1252"), "cp1252",
         "Ministère de l’Intérieur, 4 June"),
        (b"", "utf-8", ""),
        # UTF-8 cut mid-character at the end, or damaged once: read as cp932/cp1252 before
        ("Zürich café".encode() + b"\xe2\x80", "utf-8", "Zürich café\ufffd"),
        (CYRILLIC.encode() + b"\xd0", "utf-8", CYRILLIC + "\ufffd"),
        (WESTERN.encode() + b"\xff" + WESTERN.encode(), "utf-8", f"{WESTERN}\ufffd{WESTERN}"),
        # an encoded lone surrogate (WTF-8) in UTF-8 text: U+FFFD, not cp1252 for all of it
        (b"Seized \xed\xa0\x80 5 kg in Z\xc3\xbcrich", "utf-8", "Seized \ufffd 5 kg in Zürich"),
    ],
)
def test_decodes_and_records_encoding(data: bytes, encoding: str, text: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert decoded.text == text


NON_LATIN = [
    "Таможня Казахстана изъяла 12 кг героина в Алматы 4 марта 2024 года.\r\n",
    "海关在深圳查获海洛因12公斤。\n",
    "관세청은 헤로인 12킬로그램을 압수했다. ",
    "Η αστυνομία κατέσχεσε 5 κιλά ηρωίνης στην Αθήνα.",
    "ضبطت الشرطة 5 كيلوغرامات من الهيروين في عمان",
]


@pytest.mark.parametrize("text", NON_LATIN)
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_non_latin_utf16_without_bom_is_text(text: str, encoding: str) -> None:
    """Cyrillic, CJK, Greek or Arabic UTF-16 without a byte-order mark has few NUL bytes
    and many below 0x20 (0x04 in each Cyrillic letter): it was refused as binary."""
    decoded = decode_bytes((text * 3).encode(encoding))
    assert (decoded.encoding, decoded.text) == (encoding, text * 3)
    assert decoded.warnings == [f"no byte-order mark; decoded as {encoding}"]


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 40,
        b"\x89PNG\r\n\x1a\n" + bytes(2000),
        b"PK\x03\x04" + bytes([0, 1, 2, 3, 4, 5, 6, 7]) * 500,
        # control-byte records that read as UTF-16 letters and marks, or scattered blocks
        bytes([1, 2, 3, 4]) * 1000,
        bytes(range(1, 9)) * 500,
        bytes(range(0, 32)) * 200,
    ],
)
def test_refuses_binary(data: bytes) -> None:
    assert looks_binary(data)
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(data)


@pytest.mark.parametrize(
    ("data", "what"),
    [
        # each decoded as text (garbage or a PDF's source) before: too few control bytes
        (gzip.compress(ENGLISH.encode() * 200), "gzip"),
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nBT (" + ENGLISH.encode() + b") Tj ET\n"
         b"%%EOF\n", "PDF"),
        (b"GIF89a" + ENGLISH.encode(), "GIF"),
        (b"\xff\xd8\xff\xe0" + ENGLISH.encode() * 3, "JPEG"),
    ],
)
def test_refuses_known_binary_formats(data: bytes, what: str) -> None:
    with pytest.raises(DecodeError, match=f"binary data \\(.*{what}"):
        decode_bytes(data)


@pytest.mark.parametrize("padding", [50, 200, 4096])
def test_trailing_nul_padding_is_text(padding: int) -> None:
    """A text padded with NUL bytes (a fixed-size record) was refused as binary before."""
    decoded = decode_bytes(ENGLISH.encode() + b"\n" + bytes(padding))
    assert decoded.text == ENGLISH + "\n" + " " * padding
    assert any("control character" in message for message in decoded.warnings)


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        (b"Seized 5 kg\xff\xfe of opium" * 3, "decoded as"),
        (ENGLISH.encode() + b"\x00" + ENGLISH.encode(), "control character"),
        ("Ministère de l’Intérieur".encode().decode("cp1252").encode(), "mojibake"),
    ],
)
def test_recoverable_problems_become_warnings(data: bytes, warning: str) -> None:
    decoded = decode_bytes(data)
    assert any(warning in message for message in decoded.warnings), decoded.warnings
    assert "\x00" not in decoded.text


def test_nul_byte_replaced_keeping_offsets() -> None:
    decoded = decode_bytes(b"Seized on 3 May\x00 in Osh")
    assert decoded.text == "Seized on 3 May  in Osh"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ab\ud800cd", "ab\ufffdcd"),
        ("\udcff\udc80", "\ufffd\ufffd"),
        ("Ka\u200bzakhstan", "Ka\u200bzakhstan"),
        ("tab\there\r\nline\x0cpage", "tab\there\r\nline\x0cpage"),
        ("bell\x07 and \x1b escape \x85", "bell  and   escape  "),
    ],
)
def test_clean_text_keeps_length(text: str, expected: str) -> None:
    cleaned = clean_text(text)
    assert cleaned.text == expected
    assert len(cleaned.text) == len(text)
    cleaned.text.encode("utf-8")  # always encodable: no lone surrogate survives


def test_lone_surrogate_recorded() -> None:
    assert any("surrogate" in w for w in clean_text("x\ud83dy").warnings)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Hello, world!".encode("utf-16-le"), "utf-16-le"),
        ("Hello, world!".encode("utf-16-be"), "utf-16-be"),
        (b"Hello, world!", None),
        (b"\x00\x00\x00\x00\x00\x00\x00\x00\x00", None),
    ],
)
def test_utf16_without_bom(data: bytes, expected: str | None) -> None:
    assert utf16_without_bom(data) == expected


def test_guess_prefers_western_for_mostly_ascii() -> None:
    assert guess_encoding("Zürich and Genève police".encode("latin-1")) == "cp1252"
    assert guess_encoding(CYRILLIC.encode("cp1251")) == "cp1251"


def test_clean_controls_counts() -> None:
    assert clean_controls("a\x01b\x02") == ("a b ", 2)


@pytest.mark.parametrize(
    "data",
    [
        b"\xff" * 1_000_000,
        ("é" * 500_000).encode("latin-1"),
        ("ж" * 300_000).encode("cp1251"),
        b"\x00" * 1_000_000,
        b"a\x00" * 500_000,
    ],
)
def test_large_inputs_decode_fast(data: bytes) -> None:
    started = time.perf_counter()
    with contextlib.suppress(DecodeError):
        decode_bytes(data)
    assert time.perf_counter() - started < bound(2.0)


@pytest.mark.parametrize("text", ["Ã" * 100_000, "â€" * 50_000, "\ud800" * 100_000,
                                  "\x01\x7f\x9f" * 100_000, "Ã\u00a9â€" * 50_000])
def test_adversarial_regex_inputs_are_fast(text: str) -> None:
    started = time.perf_counter()
    clean_text(text)
    assert time.perf_counter() - started < bound(1.0)  # backtracking would take minutes


@pytest.mark.parametrize(("seed", "size"), [(2, 300), (3, 300), (12, 5000)])
def test_random_bytes_with_few_controls_are_refused(seed: int, size: int) -> None:
    """Random data under the control-byte ratio (1 blob in 5) fitted no encoding and was
    decoded as UTF-8 with 40-50 % U+FFFD: a garbage document with a warning, not an error."""
    data = random.Random(seed).randbytes(size)
    assert not looks_binary(data)
    with pytest.raises(DecodeError, match="binary data or an unknown encoding"):
        decode_bytes(data)


@pytest.mark.parametrize(
    ("text", "encoding", "doubt"),
    [
        # (short legacy-encoded texts: the detector's first pick, shown, was wrong before)
        ("東京", "shift_jis", True),                          # was cp932 (tied with cp949)
        ("警察", "shift_jis", True),                          # was big5hkscs
        ("覚醒剤", "shift_jis", True),                        # was big5hkscs
        ("大阪府警", "shift_jis", True),                      # was cp932 (tied with johab)
        ("警察は麻薬を押収した", "euc_jp", True),             # was cp949: kana decide
        ("警方缴获海洛因两公斤。", "gbk", True),              # was cp949
        ("警方繳獲海洛因兩公斤。", "big5", True),             # was utf_16_be
        ("Таможня", "cp1251", True),                          # was cp1006 (Urdu)
        ("警察は2024年5月3日に2キロのヘロインを押収した。", "shift_jis", False),
        ("경찰은 마약을 압수했다.", "cp949", True),           # 18 non-ASCII bytes: a guess
        (CYRILLIC, "cp1251", False),
    ],
)
def test_short_legacy_texts_decode_right_and_a_tie_is_said(text: str, encoding: str,
                                                           doubt: bool) -> None:
    """Short CJK and Cyrillic texts fit several encodings with no chaos at all: a reading
    with kana is Japanese, a tie goes to the encoding most used for documents and says it
    was a guess (naming the others), and a UTF-16 or EBCDIC reading is never taken."""
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    [warning] = decoded.warnings
    assert warning.startswith("not UTF-8 (byte ")
    assert ("a guess" in warning) == doubt, warning


@pytest.mark.parametrize(("text", "encoding"), [
    ("麻薬押収", "shift_jis"),           # read as cp949
    ("경찰", "cp949"),                   # read as gb18030
    ("Полиция изъяла героин.", "koi8_r"),  # read as shift_jis_2004
    ("ตำรวจยึดเฮโรอีน", "cp874"),         # read as cp932
])
def test_a_short_text_read_wrong_is_at_least_said_to_be_a_guess(text: str, encoding: str
                                                                ) -> None:
    """Too few bytes to tell the encoding: the reading may be wrong, and the warning says
    it was a guess from so few bytes (it said 'decoded as cp949' as if sure)."""
    [warning] = decode_bytes(text.encode(encoding)).warnings
    assert "a guess" in warning and "save it as UTF-8 to be sure" in warning, warning


@pytest.mark.parametrize(("data", "warning"), [
    (b"", "the document is empty"),
    (b" \n\t\r\n  ", "the document holds only whitespace (or control characters); no text"),
    (b" \n\x00\x00", "the document holds only whitespace (or control characters); no text"),
])
def test_a_document_without_text_says_so(data: bytes, warning: str) -> None:
    """An output line with no items says why (it had no text), not nothing."""
    assert decode_bytes(data).warnings[-1] == warning
    assert clean_text(data.decode()).warnings[-1] == warning


@pytest.mark.parametrize(("text", "expected", "count"), [
    ("seized 5&nbsp;kg on 1&#160;May&#xA0;2024", "seized 5      kg on 1      May      2024", 3),
    ("Media &amp; Advocacy", "Media &     Advocacy", 1),
    ("R&amp;D&NBSP;unit", "R&    D      unit", 2),
    ("AT&T; 3 &lt; 4 &copy; the ministry&#8217;s", "AT&T; 3 &lt; 4 &copy; the ministry&#8217;s", 0),
    ("no references", "no references", 0),
])
def test_html_space_references_become_spaces_of_their_length(text: str, expected: str,
                                                             count: int) -> None:
    """Scraped HTML keeps '&nbsp;' between a number and its unit, hiding the amount: such
    references (and '&amp;') are read as spaces of the same length, so offsets hold."""
    decoded = decode_bytes(text.encode())
    assert decoded.text == expected and len(decoded.text) == len(text)
    assert any("HTML character reference" in w for w in decoded.warnings) == bool(count)
    if count:
        assert decoded.warnings[0].startswith(f"{count} HTML character reference(s)")
