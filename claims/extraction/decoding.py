"""Turn uploaded bytes into text.

Order of tests: known binary formats by magic number, byte-order marks, UTF-16 without a
BOM (NULs in every other byte), strict UTF-8, then charset-normalizer's best guess.
The text is returned exactly as decoded (line endings untouched); only a BOM is dropped.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass


class UndecodableInput(ValueError):
    """The bytes are not text in any encoding we can recognise."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


SAMPLE_BYTES = 65_536  # statistics on the head of the file: enough, and fast on huge uploads
MAX_CONTROL_RATIO = 0.02  # text has almost no C0 controls besides tab, newline, CR, FF

# (magic prefix, what it is); checked before anything else.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel/EPUB file)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ\x90\x00", "a Windows executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an audio file"),
    (b"ID3\x02", "an MP3 file"),
    (b"ID3\x03", "an MP3 file"),
    (b"ID3\x04", "an MP3 file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 first: its LE BOM starts with UTF-16 LE's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SCRIPT_BLOCKS = frozenset({0x04, 0x05, 0x06})  # Cyrillic, Hebrew, Arabic: U+0400-U+06FF
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")


def decode_bytes(raw: bytes, *, hint: str | None = None) -> DecodedText:
    """Return the text of raw bytes and the encoding it was read with.

    hint is a charset the bytes declare (an HTTP header, a <meta> tag): used when the
    bytes decode with it, except that a Western hint (latin-1, windows-1252) loses to
    Arabic read as windows-1256, a common misconfiguration of Arabic sites.
    Raise UndecodableInput for binary files and bytes no encoding reads as text.
    """
    if not raw:
        return DecodedText("", "utf-8")
    head = raw[:SAMPLE_BYTES]
    _refuse_known_binary(head, raw)
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _checked(_decode(raw[len(bom):], encoding), encoding)
    hinted = _decode_with_hint(raw, head, hint)
    if hinted is not None:
        return hinted
    nuls = head.count(0)
    controls = len(_CONTROL_BYTES.findall(head))
    if nuls or controls > MAX_CONTROL_RATIO * len(head):
        # UTF-16 has NULs (ASCII) or 0x06 bytes (Arabic) in every other byte
        utf16 = _utf16_without_bom(raw, head)
        if utf16 is not None:
            return utf16
        if nuls > 0.01 * len(head):
            raise UndecodableInput("The file looks binary (many NUL bytes), not a text file.")
        if controls > MAX_CONTROL_RATIO * len(head):
            raise UndecodableInput("The file looks binary (many control bytes), not a text file.")
    try:
        return _checked(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1256", "iso8859-6"):  # the Arabic legacy encodings, most used first
        arabic = _as_arabic(raw, encoding)
        if arabic is not None:
            return arabic
    return _guess(raw)


_WESTERN = frozenset({"latin_1", "iso8859_1", "cp1252", "ascii", "iso8859_15"})


def _decode_with_hint(raw: bytes, head: bytes, hint: str | None) -> DecodedText | None:
    """Return the text in the declared charset when that reads it, else None (detect instead)."""
    if not hint:
        return None
    try:
        name = codecs.lookup(hint.strip().strip("\"'")).name.replace("-", "_")
    except LookupError:
        return None
    if name.startswith(("utf_16", "utf_32")) or (head.count(0) and not name.startswith("utf")):
        return None  # a NUL-bearing body is UTF-16 or binary whatever the header says
    if name in _WESTERN:
        arabic = _as_arabic(raw, "cp1256")
        if arabic is not None:
            return arabic
    try:
        text = raw.decode(name)
    except UnicodeDecodeError:
        return None
    try:
        return _checked(text, name.replace("_", "-"))
    except UndecodableInput:
        return None


def _refuse_known_binary(head: bytes, raw: bytes) -> None:
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise UndecodableInput(f"The file is {what}, not a text file.")
    if head[:3] == b"BZh" and head[4:10] == b"1AY&SY":
        raise UndecodableInput("The file is a bzip2 archive, not a text file.")
    if head[4:8] == b"ftyp" or (head[:4] == b"RIFF" and head[8:12] in {b"WEBP", b"WAVE", b"AVI "}):
        raise UndecodableInput("The file is a media file, not a text file.")


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UndecodableInput(
            f"The file starts with a {encoding} byte-order mark but is not valid {encoding} "
            f"(bad bytes at offset {exc.start})."
        ) from None


def _checked(text: str, encoding: str) -> DecodedText:
    """Refuse text full of control characters: it is binary that happens to decode."""
    sample = text[:SAMPLE_BYTES]
    if sample and len(_CONTROL_CHARS.findall(sample)) > MAX_CONTROL_RATIO * len(sample):
        raise UndecodableInput("The file looks binary (many control characters), not a text file.")
    return DecodedText(text, encoding)


def _utf16_without_bom(raw: bytes, head: bytes) -> DecodedText | None:
    """Return the text when raw is UTF-16 without a BOM, else None.

    In UTF-16 the high byte of each code unit takes very few values (0x00 for ASCII,
    0x06 for Arabic, 0x20 for punctuation), while the low byte varies widely.
    """
    if len(raw) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    for high, low, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        counts = sorted(((high.count(b), b) for b in set(high)), reverse=True)
        # ASCII-bearing text has NULs as high bytes; pure Arabic/Hebrew/Cyrillic text has its block's byte
        if not high or (high.count(0) < 0.05 * len(high) and counts[0][1] not in _SCRIPT_BLOCKS):
            continue
        top_two = [count for count, _ in counts[:2]]
        if sum(top_two) < 0.9 * len(high) or len(set(low)) < 0.5 * len(set(high)):
            continue
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _checked(text, encoding)
    return None


def _as_arabic(raw: bytes, encoding: str) -> DecodedText | None:
    """Return the text when raw reads as Arabic in a legacy Arabic encoding, else None.

    charset-normalizer misreads short windows-1256 texts; a text whose non-ASCII letters
    are nearly all Arabic in windows-1256 is taken as such. ISO-8859-6 bytes read as
    windows-1256 give Latin letters (à, ç, é) for common Arabic letters, so they fail it.
    """
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        return None
    sample = text[:SAMPLE_BYTES]
    letters = len(_NON_ASCII_LETTER.findall(sample))
    if not letters or len(_ARABIC_LETTER.findall(sample)) < 0.95 * letters:
        return None
    return _checked(text, encoding)


def _guess(raw: bytes) -> DecodedText:
    """Return the text in charset-normalizer's best guess at the encoding."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise UndecodableInput("The file is not text in any encoding we recognise (not UTF-8, "
                               "UTF-16 or a known legacy encoding such as windows-1256).")
    text = str(best)
    if text and text[0] == "\ufeff":
        text = text[1:]
    return _checked(text, best.encoding)
