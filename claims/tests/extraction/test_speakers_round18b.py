"""Round-18 (second part) speaker and claimant rules, on invented sentences of other topics, with near misses."""
from __future__ import annotations

import pytest

from .helpers import claimants, last_speaker

# (text, speaker of the last sentence or None)
SPEAKERS = [
    # A family name in با/بو/بل closes a title's apposition set off by commas: no preposition.
    ("قال مدير الميناء، سالم باسلامة، إن الحركة عادت إلى طبيعتها.", "مدير الميناء، سالم باسلامة"),
    ("وقال رئيس غرفة التجارة في سيئون، عمر باسلامة، إن الأسعار مستقرة.",
     "رئيس غرفة التجارة في سيئون، عمر باسلامة"),
    ("قال رئيس اتحاد الصيادين، علي بارعيد، إن الموسم جيد.", "رئيس اتحاد الصيادين، علي بارعيد"),
    # near misses: what follows the name is who is told, or a ب- noun with a pronoun
    ("قال مدير المستشفى، خالد لرويترز، إن الوضع صعب.", "مدير المستشفى"),
    ("قال مدير المستشفى، خالد بجهوده، إن الوضع صعب.", "مدير المستشفى"),
    ("قال مدير المستشفى، خالد بالعيد، إن الوضع صعب.", "مدير المستشفى"),
    ("قال مدير المستشفى، خالد بوزارة، إن الوضع صعب.", "مدير المستشفى"),
    # A speech participle closing the clause of another verb: its subject speaks.
    ("وحدد المرصد موقع الحريق قرب الميناء، مشيرا إلى تضرر عشرة منازل.", "المرصد"),
    ("ونشرت الوزارة صورا للموقع، مؤكدة أن الأعمال انتهت.", "الوزارة"),
    ("واستقبل الوزير الوفد في مكتبه، مؤكدا أن التعاون مهم.", "الوزير"),
    # near misses: no speech after the participle, a thing or a place as subject
    ("واستقبل الوزير الوفد في مكتبه، مؤكدا أهمية التعاون.", None),
    ("وارتفع المؤشر العام 2 في المائة، مؤكدا أن السوق تتعافى.", None),
    ("وشهدت المنطقة احتجاجات واسعة، مشيرة إلى الغضب.", None),
    ("وضربت العاصفة السواحل الشرقية، مشيرة إلى أن الموسم صعب.", None),
]


@pytest.mark.parametrize("text, expected", SPEAKERS)
def test_speakers_round18b(text, expected):
    assert last_speaker(text) == expected


# (text, figure, claimant of the figure)
CLAIMANTS = [
    # "وفي المقابل، تراجع …" answers the body's report of the sentence before: its figures go on.
    ("وأوضح المعهد في تقريره أن صادرات القمح ارتفعت بنسبة 9 في المائة. وفي المقابل، تراجعت صادرات الشعير "
     "بنحو 3 في المائة على أساس سنوي.", "3", "المعهد"),
    ("وأوضح المعهد في تقريره أن صادرات القمح ارتفعت بنسبة 9 في المائة. وبالمقابل، انخفضت صادرات الشعير "
     "بنحو 3 في المائة.", "3", "المعهد"),
    # على alone ("على أساس سنوي") names no source: a stating verb still goes on with the report.
    ("وأوضح المعهد في تقريره أن صادرات القمح ارتفعت بنسبة 9 في المائة. وسجلت صادرات الشعير 3 ملايين طن "
     "على أساس سنوي.", "3", "المعهد"),
    # near misses: a move that opens the sentence is the writer's; no report before; a source of its own
    ("وأوضح المعهد في تقريره أن صادرات القمح ارتفعت بنسبة 9 في المائة. وتراجعت صادرات الشعير بنحو 3 في المائة.",
     "3", None),
    ("ارتفعت صادرات القمح بنسبة 9 في المائة. وفي المقابل، تراجعت صادرات الشعير بنحو 3 في المائة.", "3", None),
    ("وأوضح المعهد في تقريره أن صادرات القمح ارتفعت. وفي المقابل، تراجعت صادرات الشعير بنحو 3 في المائة "
     "على لسان التجار.", "3", "التجار"),
    # A body that acted on complaints it received (عقب تلقيه/تلقيها) counts them.
    ("وأغلقت هيئة الغذاء المصنع بعد تلقيها 50 بلاغا من السكان.", "50", "هيئة الغذاء"),
    ("وكان المجلس البلدي قد أوقف الأشغال عقب تلقيه أكثر من 50 شكوى.", "50", "المجلس البلدي"),
    # near misses: the pronoun does not agree, a player is no body, no receipt noun (verbs that count nothing of
    # the body's own: أغلق and أوقف claim their sentence's figures since round 40)
    ("وراسلت هيئة الغذاء المصنع بعد تلقيه 50 بلاغا من السكان.", "50", None),
    ("وعاد اللاعب إلى الملعب بعد تلقيه 50 رسالة دعم.", "50", None),
    ("وكان المجلس البلدي قد راجع الأشغال بعد استقبالها 50 شكوى.", "50", None),
]


@pytest.mark.parametrize("text, figure, expected", CLAIMANTS)
def test_claimants_round18b(text, figure, expected):
    assert claimants(text, figure) == [expected]
