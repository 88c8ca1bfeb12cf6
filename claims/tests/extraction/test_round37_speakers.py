"""Round-37 speaker and claimant rules, on invented sentences of other topics, with near misses.

- "قال السائق السعودي فهد العنزي، بطل …، إن": a role the lexicon does not know as a title, its adjectives of origin,
  then a name of two words closed by a comma, a colon or إن/أن: the person so named speaks.
"""
from __future__ import annotations

from claims.extraction import extract_article

from .helpers import last_speaker, table


# (text, speaker)
ROLE_OF_ORIGIN_NAMED = [
    ('من جهته، قال العداء المغربي سفيان البقالي، بطل العالم، إن "السباق كان صعباً".',
     "العداء المغربي سفيان البقالي"),
    ("وقال الصياد اللبناني علي حمود، وهو أب لخمسة أطفال، إن البحر فارغ.", "الصياد اللبناني علي حمود"),
    ("وقال البائع المصري محمود سعيد إن الأسعار ارتفعت.", "البائع المصري محمود سعيد"),
    ('وقال الصياد اللبناني علي حمود: "البحر فارغ".', "الصياد اللبناني علي حمود"),
    # near misses: a body and its adjective; a one-word object; a plural; a name running into the clause
    ("وقال الجانب الإسرائيلي في بيان إن المفاوضات متوقفة.", "الجانب الإسرائيلي"),
    ("ودعا المجتمع الدولي إسرائيل إلى وقف الحرب.", "المجتمع الدولي"),
    ("وقال المزارعون السوريون أحمد وعلي إن الموسم سيئ.", "المزارعون السوريون"),
    ("وطالب الشارع اللبناني نجيب ميقاتي بالاستقالة.", "الشارع اللبناني"),
]


@table("text, expected", ROLE_OF_ORIGIN_NAMED)
def test_role_of_origin_then_name(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


def test_role_of_origin_links_to_the_name() -> None:
    text = ("وقال الحارس الجزائري رايس مبولحي، قائد المنتخب، إن الفريق جاهز. "
            "وأضاف مبولحي أن التحضيرات استمرت 3 أسابيع.")
    out = extract_article(text, clean=False)
    assert [c["speaker_canonical"] for c in out["claims"]] == ["رايس مبولحي", "رايس مبولحي"]
