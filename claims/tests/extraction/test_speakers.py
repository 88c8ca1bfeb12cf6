"""Speaker attribution and name-variant linking, driven by the tables in speaker_cases.py."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import extract_article
from claims.extraction.sentences import split_sentences
from claims.extraction.speakers import attribute_sentences, link_name_variants, normalize
from claims.extraction.types import Attribution

from .helpers import cpu_seconds
from .speaker_cases import CLAIMANTS, CONTEXT, NO_SPEAKER, SINGLE

SEEDS = Path(__file__).resolve().parents[4] / "shared" / "seeds"
GOLD = Path(__file__).resolve().parents[4] / "shared" / "gold" / "seeds.gold.json"


def _attribute(text: str) -> list[Attribution | None]:
    sentences = split_sentences(text)
    attributions = attribute_sentences(text, sentences)
    assert len(attributions) == len(sentences)
    for a in attributions:
        if a is not None:
            assert 0 <= a.start < a.end <= len(text)
            assert text[a.start:a.end] == a.speaker
    return attributions


def _last(text: str) -> Attribution | None:
    attributions = _attribute(text)
    return attributions[-1] if attributions else None


@pytest.mark.parametrize(("text", "speaker"), SINGLE)
def test_speaker_of_one_sentence(text: str, speaker: str) -> None:
    found = _last(text)
    assert found is not None, text
    assert found.speaker == speaker
    assert found.carried is False


@pytest.mark.parametrize("text", NO_SPEAKER)
def test_no_speaker(text: str) -> None:
    assert _last(text) is None


@pytest.mark.parametrize(("text", "speaker", "carried"), CONTEXT)
def test_speaker_in_context(text: str, speaker: str | None, carried: bool) -> None:
    found = _last(text)
    if speaker is None:
        assert found is None
        return
    assert found is not None
    assert (found.speaker, found.carried) == (speaker, carried)


@pytest.mark.parametrize(("text", "figure", "claimant"), CLAIMANTS)
def test_claimant_of_a_figure(text: str, figure: str, claimant: str) -> None:
    out = extract_article(text, clean=False)
    found = [q["claimant"] for c in out["claims"] for q in c["quantities"] if figure in q["expression"]]
    assert found == [claimant]


def test_cue_is_the_verb_as_written() -> None:
    found = _last("وأكّدت وزيرة الخارجية الكندية ميلاني جولي أن كندا ستستقبل المزيد من اللاجئين.")
    assert found is not None
    assert found.cue == "وأكّدت"
    assert found.speaker == "وزيرة الخارجية الكندية ميلاني جولي"


def test_summary_bullet_title_resolves_to_the_body_name() -> None:
    text = "ملخص:\n- وزير المالية أعلن خفض الضرائب.\nوقال وزير المالية الكويتي أنور المضف إن الخطة تبدأ في يناير."
    bullet, body = _attribute(text)[1:]
    assert bullet is not None and body is not None
    assert (bullet.speaker, bullet.carried) == ("وزير المالية الكويتي أنور المضف", True)
    assert (bullet.start, bullet.end) == (body.start, body.end)


def test_diacritics_do_not_break_spans() -> None:
    text = "وقالَ وزيرُ الماليةِ المغربيُّ إنَّ العجزَ تراجعَ."
    found = _last(text)
    assert found is not None
    assert found.speaker == "وزيرُ الماليةِ المغربيُّ"


def test_carry_points_at_the_earlier_mention() -> None:
    text = "قال وزير النقل إن الطريق سيفتح غداً. وأضاف أن العمل مستمر."
    first, second = _attribute(text)
    assert second is not None and first is not None
    assert (second.start, second.end) == (first.start, first.end)
    assert second.cue == "وأضاف"


def test_normalize_folds_letter_variants() -> None:
    assert normalize("أكّد إيمان آمال مستشفى مؤسسة") == "اكد ايمان امال مستشفي موسسه"


# --------------------------------------------------------------------------- name variants

VARIANTS = [
    (["تشوي سون هوي", "تشو سون هوي"], {"تشوي سون هوي", "تشو سون هوي"}),
    (["بيونغ يانغ", "بيونغيانغ", "بيونج يانج"], {"بيونغ يانغ", "بيونغيانغ", "بيونج يانج"}),
    (["سيرغي لافروف", "لافروف", "وزير الخارجية الروسي سيرغي لافروف"],
     {"سيرغي لافروف", "لافروف", "وزير الخارجية الروسي سيرغي لافروف"}),
    (["فلاديمير زيلينسكي", "زيلينسكي", "زيلنسكي"], {"فلاديمير زيلينسكي", "زيلينسكي", "زيلنسكي"}),
    (["ينس ستولتنبرغ", "ستولتنبرج"], {"ينس ستولتنبرغ", "ستولتنبرج"}),
    (["كيم جونغ أون", "كيم جونج أون"], {"كيم جونغ أون", "كيم جونج أون"}),
    (["المتحدث باسم الكرملين دميتري بيسكوف", "بيسكوف", "ديمتري بيسكوف"],
     {"المتحدث باسم الكرملين دميتري بيسكوف", "بيسكوف", "ديمتري بيسكوف"}),
    (["رجب طيب أردوغان", "أردوغان", "اردوغان"], {"رجب طيب أردوغان", "أردوغان", "اردوغان"}),
    (["محافظ البنك المركزي حسن عبد الله", "حسن عبدالله"], {"محافظ البنك المركزي حسن عبد الله", "حسن عبدالله"}),
    (["وزير الخارجية الأردني أيمن الصفدي", "الصفدي"], {"وزير الخارجية الأردني أيمن الصفدي", "الصفدي"}),
    (["الرئيس المصري عبد الفتاح السيسي", "السيسي"], {"الرئيس المصري عبد الفتاح السيسي", "السيسي"}),
    (["المتحدث باسم لجنة الانتخابات، محمد الطيب", "الطيب"], {"المتحدث باسم لجنة الانتخابات، محمد الطيب", "الطيب"}),
    (["الولايات المتحدة", "الولايات المتحدة الأميركية"], {"الولايات المتحدة", "الولايات المتحدة الأميركية"}),
    (["وزارة الصحة", "وزارة الصحة الفلسطينية"], {"وزارة الصحة", "وزارة الصحة الفلسطينية"}),
]

DISTINCT = [
    ["كيم جونغ أون", "كيم يونغ هيون"],
    ["تشو تاي يول", "تشوي سون هوي"],
    ["الولايات المتحدة", "روسيا"],
    ["جو بايدن", "جو كينيدي"],
    ["فلاديمير بوتين", "فلاديمير زيلينسكي"],
    ["محمد بن سلمان", "محمد بن زايد"],
    ["وزارة الصحة", "وزارة الخارجية"],
    ["الشرطة", "شرطة دبي", "الجيش"],
    ["كوريا الجنوبية وأوكرانيا والغرب", "كوريا الجنوبية"],
]


@pytest.mark.parametrize(("names", "group"), VARIANTS)
def test_variants_share_one_canonical_form(names: list[str], group: set[str]) -> None:
    canonical = link_name_variants(names)
    assert set(canonical) == set(names)
    assert len({canonical[n] for n in group}) == 1


@pytest.mark.parametrize("names", DISTINCT)
def test_different_people_stay_apart(names: list[str]) -> None:
    canonical = link_name_variants(names)
    assert len({canonical[n] for n in names}) == len(names)


def test_canonical_is_the_fullest_personal_name() -> None:
    canonical = link_name_variants(["لافروف", "وزير الخارجية الروسي سيرغي لافروف", "لافروف"])
    assert canonical["لافروف"] == "سيرغي لافروف"


def test_canonical_keeps_name_particles() -> None:
    canonical = link_name_variants(["محافظ البنك المركزي حسن عبد الله", "وزير الخارجية الأردني أيمن الصفدي"])
    assert canonical["محافظ البنك المركزي حسن عبد الله"] == "حسن عبد الله"
    assert canonical["وزير الخارجية الأردني أيمن الصفدي"] == "أيمن الصفدي"


def test_canonical_keeps_family_names_of_several_words() -> None:
    canonical = link_name_variants(["المتحدث باسم الوزارة محمد العبد العالي", "الأمير سعود الفيصل آل سعود"])
    assert canonical["المتحدث باسم الوزارة محمد العبد العالي"] == "محمد العبد العالي"
    assert canonical["الأمير سعود الفيصل آل سعود"] == "سعود الفيصل آل سعود"


def test_coordinated_speakers_keep_their_whole_name() -> None:
    canonical = link_name_variants(["كوريا الجنوبية وأوكرانيا والغرب"])
    assert canonical["كوريا الجنوبية وأوكرانيا والغرب"] == "كوريا الجنوبية وأوكرانيا والغرب"


def test_ambiguous_surname_is_left_alone() -> None:
    canonical = link_name_variants(["كيم جونغ أون", "كيم يو جونغ", "كيم"])
    assert canonical["كيم"] == "كيم"


def test_many_names_do_not_blow_up() -> None:
    names = [f"المسؤول رقم {i} جون سميث{i}" for i in range(2000)] + ["سميث1", "لافروف"] * 50
    canonical, elapsed = cpu_seconds(lambda: link_name_variants(names))
    assert elapsed < 3.0
    assert set(canonical) == set(names)


def test_empty_name_list() -> None:
    assert link_name_variants([]) == {}


# --------------------------------------------------------------------------- the seed articles


def _names_match(found: str | None, aliases: list[str]) -> bool:
    """Match as ../shared/eval/score.py does: one contains the other, letters folded."""
    if not found:
        return False
    nf = " ".join(normalize(found).split())
    return any(" ".join(normalize(a).split()) in nf or nf in " ".join(normalize(a).split()) for a in aliases)


@pytest.mark.skipif(not GOLD.exists(), reason="shared gold not available")
def test_seed_statements_get_their_gold_speaker() -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    missed = []
    for article in gold["articles"]:
        body = (SEEDS / article["file"]).read_text(encoding="utf-8")
        sentences = split_sentences(body)
        attributions = attribute_sentences(body, sentences)
        for item in article["statements"] + [q for q in article["quantities"] if q.get("claimant")]:
            aliases = item.get("speaker") or item.get("claimant")
            hits = []
            for anchor in item["anchors"]:
                at = body.find(anchor)
                if at < 0:
                    continue
                hits += [a.speaker for s, a in zip(sentences, attributions)
                         if a and s.start < at + len(anchor) and s.end > at]
            if not any(_names_match(h, aliases) for h in hits):
                missed.append((item["id"], hits))
    assert missed == []


# --------------------------------------------------------------------------- properties

_ARABIC = st.text(alphabet=st.sampled_from(list("قال وأكد إن أن الوزير رئيس،.:\"“”«»\n ًّ123ـ")), max_size=200)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), _ARABIC))
def test_attribution_never_raises_and_spans_are_valid(text: str) -> None:
    first = _attribute(text)
    assert _attribute(text) == first  # deterministic


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=30), st.sampled_from(["لافروف", "سيرغي لافروف", "كيم", ""])),
                max_size=12))
def test_link_name_variants_covers_every_name(names: list[str]) -> None:
    canonical = link_name_variants(names)
    assert set(canonical) == set(names)
    assert link_name_variants(names) == canonical


@pytest.mark.parametrize("text", [
    "قال، " * 20000,
    "، الذي " * 20000 + "قال",
    "الوزير " * 30000 + "قال إن",
    "وقال وزير الخارجية الروسي سيرغي لافروف إن التعاون مستمر. وأضاف الوزير أن العلاقات وطيدة. " * 2000,
])
def test_long_or_adversarial_text_does_not_blow_up(text: str) -> None:
    _, elapsed = cpu_seconds(lambda: _attribute(text))
    assert elapsed < 3.0
