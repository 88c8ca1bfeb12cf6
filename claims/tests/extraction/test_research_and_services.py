"""Table-driven cases for two shapes of a body's name common in Maghreb earthquake news:

- a research body's field after "في" is part of its name: "مركز البحث في علم الفلك والفيزياء الفلكية
  والجيوفيزياء" (it was cut to "مركز البحث");
- a body's services or crews after a document's ل made the document: "حسب الحصيلة الأولية لمصالح الحماية المدنية"
  credits "مصالح الحماية المدنية" (it credited no one).

Written by hand in other shapes and topics; the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

RESEARCH_FIELD_IN_THE_NAME = [  # (text, speaker)
    ("وأفاد مركز البحث في علم الفلك والفيزياء الفلكية والجيوفيزياء بأن الهزة بلغت 4,2 درجات.",
     "مركز البحث في علم الفلك والفيزياء الفلكية والجيوفيزياء"),
    ("وقال المعهد الوطني للبحث في علوم البحار إن 40 سفينة علقت في الميناء.", "المعهد الوطني للبحث في علوم البحار"),
    ("وأوضح مركز الدراسات في علم الاجتماع أن 12% من الأسر تأثرت.", "مركز الدراسات في علم الاجتماع"),
    # must not change: a place or an adverbial after في, not a field
    ("وقال مدير مركز الدراسات في الجامعة إن 40 طالباً شاركوا.", "مدير مركز الدراسات"),
    ("وقال مركز البحث في بيان إن 3 هزات سجلت.", "مركز البحث"),
]


@table("text, speaker", RESEARCH_FIELD_IN_THE_NAME)
def test_a_research_body_keeps_its_field(text, speaker):
    assert last_speaker(text) == speaker


SERVICES_AFTER_A_DOCUMENT = [  # (text, figure, claimants)
    ("وأسفرت الهزة عن 12 جريحاً، حسب الحصيلة الأولية لمصالح الحماية المدنية.", "12", ["مصالح الحماية المدنية"]),
    ("وأوقف 7 أشخاص، وفق حصيلة لمصالح الأمن.", "7", ["مصالح الأمن"]),
    ("وتضرر 40 مسكناً، وفق تقرير لمصالح الولاية.", "40", ["مصالح الولاية"]),
    # must not change: a body's own noun after the document; a bare services noun names no one
    ("وأسفرت الهزة عن 12 جريحاً، حسب الحصيلة الأولية لمديرية الحماية المدنية.", "12", ["مديرية الحماية المدنية"]),
    ("وأسفرت الهزة عن 12 جريحاً، حسب حصيلة أولية.", "12", [None]),
]


@table("text, figure, expected", SERVICES_AFTER_A_DOCUMENT)
def test_a_bodys_services_made_the_document(text, figure, expected):
    assert claimants(text, figure) == expected
