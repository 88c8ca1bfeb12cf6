"""Decoding uploaded bytes: Arabic in every encoding newsrooms send, binary refused."""
from __future__ import annotations

import codecs
import random

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claims.extraction.decoding import UndecodableInput, decode_bytes

ARABIC_TEXTS = [
    "ضرب زلزال بقوة 6.8 درجات إقليم الحوز جنوب مراكش مساء الجمعة، وفق المعهد الوطني للجيوفيزياء.",
    "رفع البنك المركزي المصري أسعار الفائدة 200 نقطة أساس.\r\nوقال محافظ البنك إن التضخم سيتراجع.",
    "أعلنت الهيئة العليا للانتخابات أن نسبة المشاركة بلغت 41%\nوأن النتائج الأولية تصدر الأحد.",
    "فاز المنتخب المغربي على البرتغال 1-0 وتأهل إلى نصف نهائي كأس العالم",
    "زلزال",
]


@pytest.mark.parametrize("text", ARABIC_TEXTS)
@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"),
    ("cp1256", "cp1256"),
    ("utf-16-le", "utf-16-le"),
    ("utf-16-be", "utf-16-be"),
])
def test_arabic_text_comes_out_right(text, encoding, expected):
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == expected


@pytest.mark.parametrize("bom, encoding, expected", [
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
])
@pytest.mark.parametrize("text", ARABIC_TEXTS[:3])
def test_bom_is_stripped_and_text_kept(bom, encoding, expected, text):
    decoded = decode_bytes(bom + text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == expected


def test_line_endings_are_kept_exactly():
    text = "السطر الأول\r\nالسطر الثاني\rالثالث\n"
    assert decode_bytes(text.encode("cp1256")).text == text
    assert decode_bytes(text.encode("utf-8")).text == text


def test_iso_8859_6_arabic_is_read():
    text = "رفع البنك المركزي سعر الفائدة الرئيسي إلى 27 بالمئة"
    assert decode_bytes(text.encode("iso8859-6")).text == text


def test_ascii_and_empty():
    assert decode_bytes(b"Central bank holds rates.").text == "Central bank holds rates."
    assert decode_bytes(b"").text == ""


def test_input_bytes_are_not_mutated():
    raw = bytearray("تضخم".encode("cp1256"))
    before = bytes(raw)
    decode_bytes(bytes(raw))
    assert bytes(raw) == before


@pytest.mark.parametrize("raw, says", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "PNG"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml", "ZIP"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "JPEG"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "gzip"),
    (b"\x7fELF\x02\x01\x01\x00" + bytes(40), "executable"),
])
def test_binary_files_are_refused_with_a_clear_message(raw, says):
    with pytest.raises(UndecodableInput, match=says):
        decode_bytes(raw)


def test_nul_heavy_bytes_are_refused():
    rng = random.Random(3)
    raw = bytes(rng.choice([0, 0, 0, 65, 200, 13, 255]) for _ in range(999))
    with pytest.raises(UndecodableInput, match="binary"):
        decode_bytes(raw)


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_are_refused(seed):
    rng = random.Random(seed)
    raw = bytes(rng.randrange(256) for _ in range(4000))
    with pytest.raises(UndecodableInput):
        decode_bytes(raw)


def test_control_byte_heavy_input_is_refused():
    raw = b"abc\x01\x02\x03\x04def\x05\x06\x07\x08" * 50
    with pytest.raises(UndecodableInput, match="control"):
        decode_bytes(raw)


def test_bad_bytes_after_a_bom_are_refused():
    with pytest.raises(UndecodableInput, match="utf-8"):
        decode_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfd not utf-8")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_text_or_undecodable(raw):
    try:
        decoded = decode_bytes(raw)
    except UndecodableInput as exc:
        assert str(exc)
    else:
        assert isinstance(decoded.text, str)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=300))
@example("\ufeff")
def test_any_utf8_text_round_trips(text):
    # A leading U+FEFF encodes to the very bytes of a UTF-8 byte-order mark, which decoding drops.
    assert decode_bytes(text.encode("utf-8")).text == text.removeprefix("\ufeff")


@pytest.mark.parametrize("raw, hint, text", [
    ("رفع البنك المركزي سعر الفائدة".encode("cp1256"), "windows-1256", "رفع البنك المركزي سعر الفائدة"),
    # Arabic sites often declare latin-1 by mistake: the Arabic reading wins
    ("رفع البنك المركزي سعر الفائدة".encode("cp1256"), "iso-8859-1", "رفع البنك المركزي سعر الفائدة"),
    ("Résumé: le séisme à Marrakech".encode("cp1252"), "iso-8859-1", "Résumé: le séisme à Marrakech"),
    # a wrong or unknown hint falls back to detection
    ("رفع البنك المركزي سعر الفائدة".encode("cp1256"), "utf-8", "رفع البنك المركزي سعر الفائدة"),
    ("تضخم".encode("utf-8"), "no-such-charset", "تضخم"),
])
def test_declared_charset_hint(raw, hint, text):
    assert decode_bytes(raw, hint=hint).text == text


def test_hint_does_not_let_binary_through():
    with pytest.raises(UndecodableInput):
        decode_bytes(b"%PDF-1.4\n\x00\x01\x02", hint="iso-8859-1")
