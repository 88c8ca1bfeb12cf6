"""Round-35 speaker rule: a post with a possessive after a source word, on invented sentences of other topics.

- "وتعتزم الهيئة، بحسب مديرها العام، …": the body's own official (مديرها، رئيسه، وزيرتها، محافظه) is a bare
  title, resolved to the speaker or mention of that post named before; with no name there, to its fuller
  mention ("المدير التنفيذي للمستشفى"), as "مديره التنفيذي" alone says nothing; unresolved, it stays as written.
- A possessive noun that is no post ("بحسب تقديرها"، "وفق خطتها"، "وفق عالمها") names no speaker, and a feminine
  title before its body ("بحسب رئيسة الوزراء") is no possessive.
- The same post as a speech verb's subject ("وأكد رئيسها التنفيذي أن") is resolved the same way, and is not taken
  for the official who spoke before when it is another post.
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

# (text, speaker)
OWNED_POST_AFTER_SOURCE_WORD = [
    ("وقال رئيس الاتحاد المحلي للعمال، سمير العلي، إن الإضراب سيستمر. "
     "وتعتزم النقابة، بحسب رئيسها، تنظيم إضراب جديد.", "رئيس الاتحاد المحلي للعمال، سمير العلي"),
    ("وقالت وزيرة التربية سعاد حمدي إن المدارس جاهزة. وتخطط الوزارة، وفقاً لوزيرتها، لبناء 20 مدرسة.",
     "وزيرة التربية سعاد حمدي"),
    ("وأكد المتحدث باسم الشركة، خالد منصور، أن المصنع سيفتح. ويعمل في المصنع، حسب متحدثها، 300 عامل.",
     "المتحدث باسم الشركة، خالد منصور"),
    ("وقال رئيس النادي، حسن عبد الله، إن الفريق جاهز. ويسعى النادي، حسب رئيسه، إلى ضم ثلاثة لاعبين.",
     "رئيس النادي، حسن عبد الله"),
    ("وقال محافظ البنك المركزي، أيمن رشيد، إن التضخم تراجع. ويتجه البنك، وفق محافظه، إلى خفض الفائدة.",
     "محافظ البنك المركزي، أيمن رشيد"),
    # the post named before with no name: its fuller mention
    ("وقال المدير التنفيذي للمستشفى إن الأسرّة لا تكفي. ويخطط المستشفى، بحسب مديره التنفيذي، لإضافة 50 سريراً.",
     "المدير التنفيذي للمستشفى"),
    # unresolved: as written
    ("وتخطط الوزارة، وفقاً لوزيرها، لبناء مدرسة.", "وزيرها"),
    # near misses: a possessive noun that is no post, a feminine title before its body
    ("وقال رئيس النقابة، سمير العلي، إن الإضراب سيستمر. وتعتزم النقابة، بحسب تقديرها، تنظيم إضراب جديد.", None),
    ("وقال رئيس النقابة، سمير العلي، إن الإضراب سيستمر. وتعتزم النقابة، وفق خطتها، تنظيم إضراب جديد.", None),
    ("وتعيش الكاتبة، وفق عالمها الخاص، بين الكتب.", None),
    ("وتعمل الشركة، بحسب مصادرها، على خطة جديدة.", None),
    ("وتعتزم الحكومة، بحسب رئيسة الوزراء، خفض الضرائب.", "رئيسة الوزراء"),
]


@table("text, expected", OWNED_POST_AFTER_SOURCE_WORD)
def test_owned_post_after_source_word(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# (text, figure, claimant)
OWNED_POST_CLAIMANTS = [
    ("وأكد المتحدث باسم الشركة، خالد منصور، أن المصنع سيفتح. ويعمل في المصنع، حسب متحدثها، 300 عامل.", "300",
     "المتحدث باسم الشركة، خالد منصور"),
]


@table("text, figure, expected", OWNED_POST_CLAIMANTS)
def test_owned_post_claimant(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


# (text, speaker): the same post as a speech verb's subject, closed by إن/أن, a colon or a comma
OWNED_POST_AS_SUBJECT = [
    ("وقال المدير العام للهيئة، المهندس سامي خليل، إن الأشغال ستنتهي قريباً. وقال مديرها العام إن الكلفة ارتفعت.",
     "المدير العام للهيئة، المهندس سامي خليل"),
    ("وقالت وزيرة الصحة ليلى حسن إن اللقاحات وصلت. وأكدت وزيرتها أن الحملة تبدأ غداً.", "وزيرة الصحة ليلى حسن"),
    # another post of the same body is not the official who spoke before: it stays as written
    ("وقال المدير العام للشركة، سامي خليل، إن المصنع سيفتح. وأكد رئيسها التنفيذي أن الشركة ستوظف عمالاً.",
     "رئيسها التنفيذي"),
    ("وأكد رئيسه أن الفريق سيفوز.", "رئيسه"),
    # near misses: a feminine title before its body, and a possessive noun that is no post
    ("وقالت رئيسة الوزراء إن الحكومة ستصمد.", "رئيسة الوزراء"),
    ("وأكد تقريرها أن الطلب تراجع.", None),
]


@table("text, expected", OWNED_POST_AS_SUBJECT)
def test_an_owned_post_as_a_verb_subject_is_the_post_named_before(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected
