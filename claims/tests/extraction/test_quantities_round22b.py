"""Round-22 quantity rules (second pass), on invented sentences of other topics, with near misses."""
from __future__ import annotations

from claims.extraction.quantities import find_quantities

from .helpers import table


def _found(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.qualifier) for q in find_quantities(text)]


# A vote tally: the noun of a side (امتناع، رفض، تأييد …) then its bare count, in a sentence about a vote.
VOTE_TALLY_CASES = [
    ("صادق المجلس البلدي على الميزانية بأغلبية 27 صوتاً مقابل رفض 9 وامتناع 4.",
     [(27.0, "exact"), (9.0, "exact"), (4.0, "exact")]),
    ("ونال المقترح تأييد 64 عضوا، مع امتناع 11 عن التصويت.", [(64.0, "exact"), (11.0, "exact")]),
    ("وجرى التصويت على التعديل بموافقة 40 ومعارضة 15.", [(40.0, "exact"), (15.0, "exact")]),
    # near misses: no vote in the sentence, or a named thing after a noun
    ("ووثق التقرير امتناع 18 عن الحضور.", []),
    ("وشارك فريق امتناع 5 في المهرجان المسرحي.", []),
]


@table("text, expected", VOTE_TALLY_CASES)
def test_a_vote_tally_is_a_count(text, expected):
    assert _found(text) == expected


# "حتى لـ2500 أورو": حتى with the ل of reaching is a ceiling, as حتى alone.
UP_TO_LAM_CASES = [
    ("وقد يصل سعر الغرفة في موسم الذروة حتى لـ300 دولار.", [(300.0, "up_to")]),
    ("تبلغ مدة الانتظار أحيانا حتى ل5 ساعات.", [(5.0, "up_to")]),
    # near misses: a plain ل, or حتى alone
    ("وتبرع المحسن ل300 أسرة.", [(300.0, "exact")]),
    ("وتصل الرحلة حتى 40 كيلومترا.", [(40.0, "up_to")]),
    # after "من N" it closes a change or a range, as حتى alone does
    ("ارتفع عدد المشتركين من 300 حتى لـ450 مشتركا.", [(300.0, "exact"), (450.0, "exact")]),
    ("تتراوح الغرامة من 10 حتى لـ20 دينارا.", [(10.0, "at_least"), (20.0, "up_to")]),
]


@table("text, expected", UP_TO_LAM_CASES)
def test_hatta_la_is_up_to(text, expected):
    assert _found(text) == expected
