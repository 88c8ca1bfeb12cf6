"""Table-driven cases for a later clause after "، فيما/بينما/و" whose own subject gives its figures: a rating given
with أعطاه/أعطاها, an estimate with its object as a pronoun before a body named by a noun and its adjective
("بينما قدّرها الهلال الأحمر المصري بـ150"), a statement denied with لم, a bet on a target with راهن على, and a
gapped clause whose setting verb is the one of the clause before ("رفع البنك الأوروبي الفائدة إلى 4%، والبنك
الوطني السويسري سعره إلى 1.75%").

Written by hand (earthquakes, health, ports, fires, central banks); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

A_LATER_CLAUSE_OWN_SUBJECT = [  # (text, figure, claimants)
    ("قدّر المعهد الوطني للجيوفيزياء قوة الزلزال بـ5.2 درجات، فيما أعطاه المرصد الإيطالي للزلازل 5.5 درجات.",
     "5.5", ["المرصد الإيطالي للزلازل"]),
    ("قدّر المعهد الوطني للجيوفيزياء قوة الزلزال بـ5.2 درجات، فيما أعطاه المرصد الإيطالي للزلازل 5.5 درجات.",
     "5.2", ["المعهد الوطني للجيوفيزياء"]),
    ("وأعلنت وزارة الصحة تسجيل 120 إصابة بالتسمم، بينما قدّرها الهلال الأحمر المصري بـ150 إصابة.", "150",
     ["الهلال الأحمر المصري"]),
    ("وقال المحافظ إن الحرائق أتت على 300 هكتار، ولم تعلن الحماية المدنية حتى مساء أمس عن ضحايا، باستثناء "
     "إصابة 4 عناصر بحروق طفيفة.", "4 عناصر", ["الحماية المدنية"]),
    ("واستقبل الميناء 2.1 مليون حاوية العام الماضي، فيما تراهن الهيئة العامة للموانئ على بلوغ 5 ملايين حاوية "
     "بحلول 2030.", "5 ملايين", ["الهيئة العامة للموانئ"]),
    ("ورفع البنك المركزي الأوروبي الفائدة إلى 4%، والبنك الوطني السويسري سعره الرئيسي إلى 1.75%، فيما أبقى "
     "بنك إنجلترا الفائدة عند 5.25%.", "1.75", ["البنك الوطني السويسري"]),
    ("ورفع البنك المركزي الأوروبي الفائدة إلى 4%، والبنك الوطني السويسري سعره الرئيسي إلى 1.75%، فيما أبقى "
     "بنك إنجلترا الفائدة عند 5.25%.", "4%", ["البنك المركزي الأوروبي"]),
    # must not change: a gift with no pronoun, لم with no subject of its own, players who bet, a clause after
    # a setting verb that holds no body, a body with a verb of its own
    ("وأعلنت البلدية تخصيص 20 مليون دينار للطرق، فيما أعطى الوزير الإشارة لبدء 3 مشاريع.", "3 مشاريع",
     ["البلدية"]),
    ("وقال الوزير إن الخسائر بلغت 6 ملايين دينار، ولم يعلن عن أكثر من 3 وفيات.", "3 وفيات", ["الوزير"]),
    ("وقال المدرب إن فريقه جاهز، فيما يراهن اللاعبون على الفوز بـ3 نقاط.", "3 نقاط", ["المدرب"]),
    ("وخفض البنك المركزي الفائدة إلى 4%، والتضخم السنوي عند 3%.", "3%", ["البنك المركزي"]),
]


@table("text, figure, expected", A_LATER_CLAUSE_OWN_SUBJECT)
def test_a_later_clause_own_subject(text, figure, expected):
    assert claimants(text, figure) == expected
