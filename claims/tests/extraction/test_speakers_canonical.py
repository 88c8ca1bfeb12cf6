"""Canonical speaker forms: a body, a place or an unnamed source keeps its whole string; a person keeps the
personal-name part, without the place, the body's genitive or the quoted body name before it.

Invented speaker strings of other topics and names, with near misses that must keep their current form.
"""
from __future__ import annotations

import pytest

from claims.extraction.speakers.names import _person_name, link_name_variants

from .helpers import table

# (speaker string, its canonical form when it is the only speaker of the article)
BODIES_AND_PLACES = [
    # A body followed by where it sits: the place is no name.
    ("المحكمة الإدارية بأكادير", "المحكمة الإدارية بأكادير"),
    ("هيئة الموانئ الوطنية بالدوحة", "هيئة الموانئ الوطنية بالدوحة"),
    ("مديرية التربية في نابلس", "مديرية التربية في نابلس"),
    ("بلدية الميناء لدى طرابلس", "بلدية الميناء لدى طرابلس"),
    ("مكتب الإحصاء من عمان", "مكتب الإحصاء من عمان"),
    ("الشركة الوطنية للكهرباء", "الشركة الوطنية للكهرباء"),
    # A named body whose name is a noun and its ال- genitive: a description, not a person.
    ("جمعية رعاية الأيتام", "جمعية رعاية الأيتام"),
    ("منظمة حقوق الإنسان", "منظمة حقوق الإنسان"),
    # A post's body in construct with its seat: the city closes the body's name, no person follows.
    ("مكتب محافظ بغداد", "مكتب محافظ بغداد"),
    ("مديرية صحة غزة", "مديرية صحة غزة"),
    # near misses: a body's proper name stays its name, with or without an adjective of origin
    ("حركة فتح", "فتح"),
    ("شركة توتال الفرنسية", "توتال الفرنسية"),
    ("الهلال الأحمر القطري", "الهلال الأحمر القطري"),
]

UNNAMED_SOURCES = [
    # A source noun and its adjectives of origin or of knowledge name nobody.
    ("مصدر دبلوماسي مطلع", "مصدر دبلوماسي مطلع"),
    ("مصادر برلمانية", "مصادر برلمانية"),
    ("مسؤول أوروبي رفيع", "مسؤول أوروبي رفيع"),
    ("مسؤولون محليون", "مسؤولون محليون"),
    ("مصدر مقرب", "مصدر مقرب"),
    ("مصدر داخل النادي", "مصدر داخل النادي"),
    # near miss: a named person after an unnamed role's place stays a person
    ("مسؤول في البلدية كريم داود", "كريم داود"),
]

PERSONS = [
    # The genitive of a title's body is no part of the name when a name of two words follows.
    ("رئيس بلدية جبيل وسام زعرور", "وسام زعرور"),
    ("رئيس حركة النهضة منير شقرون", "منير شقرون"),
    # A place, or a word carrying ب/ل, does not start a name.
    ("مدير مكتب الوكالة في بيروت جاد حداد", "جاد حداد"),
    ("المدير العام بالنيابة سليم الخوري", "سليم الخوري"),
    # A name has no comma or closing quote inside: the body before it is told apart.
    ("مديرة المدرسة في قرية العين، هالة نصار", "هالة نصار"),
    ("رئيس جمعية «نور الأمل» فادي عيسى", "فادي عيسى"),
    # near misses: the names the reader got right stay as they were
    ("المتحدث باسم البلدية يوسف حمدان", "يوسف حمدان"),
    ("النائبة رنا الخطيب", "رنا الخطيب"),
    ("مدير مستشفى الأمل الدكتور نبيل أبو شقرة", "نبيل أبو شقرة"),
    ("وزير الخارجية سامي عون", "سامي عون"),
    ("اللاعب بالمر", "بالمر"),
    # علي (folded like the preposition على) before a name word or after a particle, a kunya's أم, and a first
    # name in إل- (folded like an ال- word) are part of the name.
    ("النائب علي حمادة", "علي حمادة"),
    ("مديرة الجمعية في صور، علي فارس", "علي فارس"),
    ("المزارع أبو علي حسن", "أبو علي حسن"),
    ("البائعة أم علي", "أم علي"),
    ("الحاجة أم خالد", "أم خالد"),
    ("المهندس إلياس الخوري", "إلياس الخوري"),
    # near misses: a body with على in it is no person; a surname alone stays itself
    ("هيئة الرقابة على الأسواق", "هيئة الرقابة على الأسواق"),
    ("الحربي", "الحربي"),
]


@table("speaker, canonical", BODIES_AND_PLACES + UNNAMED_SOURCES + PERSONS)
def test_canonical_form(speaker: str, canonical: str) -> None:
    assert link_name_variants([speaker])[speaker] == canonical


# (speaker string, personal-name words, normalised): a body or an unnamed source has none.
NO_PERSON = [
    ("المحكمة الإدارية بأكادير", []),
    ("مديرية التربية في نابلس", []),
    ("مصدر دبلوماسي مطلع", []),
    ("جمعية رعاية الأيتام", []),
    ("رئيس بلدية جبيل وسام زعرور", ["وسام", "زعرور"]),
]


@table("speaker, words", NO_PERSON)
def test_person_name_of_bodies_and_sources(speaker: str, words: list[str]) -> None:
    assert _person_name(speaker) == words


# (names of one article, the one whose canonical form is checked, its canonical form)
LINKED = [
    # A surname alone still links to the full name after a comma.
    (["مدير البرنامج في حمص، ماهر سليمان", "سليمان"], "سليمان", "ماهر سليمان"),
    # A body told twice, once with an adjective of origin, keeps its longest form.
    (["مصرف لبنان", "مصرف لبنان المركزي"], "مصرف لبنان", "مصرف لبنان المركزي"),
    # Two unnamed sources stay apart.
    (["مصدر أمني", "مصدر طبي"], "مصدر طبي", "مصدر طبي"),
    # A kunya names the father or mother of the one whose name it holds: "خالد" is someone else.
    (["أم خالد", "خالد"], "أم خالد", "أم خالد"),
    (["أبو خالد", "خالد"], "خالد", "خالد"),
    # near miss: a first name spoken alone links to no kunya, a surname alone to its full name
    (["علي حسن الربيعي", "الربيعي"], "الربيعي", "علي حسن الربيعي"),
]


@pytest.mark.parametrize(("names", "name", "canonical"), LINKED)
def test_linked_canonical(names: list[str], name: str, canonical: str) -> None:
    assert link_name_variants(names)[name] == canonical
