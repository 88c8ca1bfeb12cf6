"""Cross-article grouping: same event / same quantity, agreement between sources, story suggestion."""
from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import extract_article
from claims.extraction.grouping import (
    Agreement,
    GroupItem,
    agreement,
    group_items,
    group_with_agreement,
    items_from_claim,
    normalize,
    suggest_story,
    tokenize,
    unit_key,
)

from .grouping_cases import SCENARIOS, STORY_CASES, STORY_TEXTS, E, Q

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"  # the project's copy of ../shared/seeds
SEED_GOLD = ROOT.parent / "shared" / "gold" / "seeds.gold.json"


# --------------------------------------------------------------------------- table-driven scenarios

def _group_of(groups: list[list[int]], key: int) -> list[int]:
    return next(g for g in groups if key in g)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["name"] for s in SCENARIOS])
def test_scenario(scenario):
    items = scenario["items"]
    groups = group_items(items)
    assert sorted(k for g in groups for k in g) == sorted({it.key for it in items})  # a partition
    by_key = {it.key: it for it in items}
    for keys, status in scenario["together"]:
        group = _group_of(groups, keys[0])
        assert set(keys) <= set(group), (keys, groups)
        assert agreement([by_key[k] for k in group]).status == status
    for a, b in scenario["apart"]:
        assert _group_of(groups, a) != _group_of(groups, b), (a, b, groups)


def test_enough_scenarios():
    assert len(SCENARIOS) >= 25


@pytest.mark.parametrize("text, expected", STORY_CASES)
def test_suggest_story(text, expected):
    story, score = suggest_story(text, STORY_TEXTS)
    assert story == expected, score


def test_suggest_story_scores_and_threshold():
    story, score = suggest_story(STORY_CASES[0][0], STORY_TEXTS)
    assert story == 1 and 0.2 <= score <= 1
    assert suggest_story(STORY_CASES[0][0], STORY_TEXTS, min_score=0.99) == (None, score)
    assert suggest_story("", STORY_TEXTS) == (None, 0.0)
    assert suggest_story(STORY_CASES[0][0], {}) == (None, 0.0)


def test_suggest_story_folds_transliterations():
    stories = {7: "قمة بين بوتين وكيم جونغ أون في بيونغ يانغ لتوقيع معاهدة شراكة استراتيجية شاملة",
               8: "ارتفاع أسعار النفط بعد قرار أوبك خفض الإنتاج"}
    story, _ = suggest_story("وصل الرئيس الروسي إلى بيونج يانج للقاء كيم جونج أون وتوقيع المعاهدة", stories)
    assert story == 7


# --------------------------------------------------------------------------- agreement details

def test_agreement_values_are_displayed_with_their_keys():
    items = [Q(1, 10, "أ", "…", 8000, "جندي", "more_than"), Q(2, 11, "ب", "…", 10000, "جندي", "approx"),
             Q(3, 12, "ج", "…", 10000, "جنود", "approx")]
    result = agreement(items)
    assert result.status == "contradicted"
    assert ("more than 8000 جندي", [1]) in result.values
    assert ("about 10000 جندي", [2]) in result.values and ("about 10000 جنود", [3]) in result.values


def test_agreement_dates_interval_and_month_are_compatible():
    items = [E(1, 10, "أ", "…", "2024-06"), E(2, 11, "ب", "…", "2024-06-18/2024-06-19"),
             E(3, 12, "", "…", "XXXX-06")]
    result = agreement(items)
    assert result.status == "corroborated"
    assert [v for v, _ in result.values] == ["2024-06", "2024-06-18/2024-06-19", "XXXX-06"]


def test_agreement_single_and_empty():
    assert agreement([E(1, 10, "أ", "…", "2024-06-01")]) == Agreement("single", [("2024-06-01", [1])])
    assert agreement([]).status == "single"


def test_agreement_same_article_disagreement_is_shown():
    # One article giving two numbers for the same quantity (two claimants) is still a contradiction.
    items = [Q(1, 10, "أ", "…", 12000, "جندي", "up_to"), Q(2, 10, "أ", "…", 3000, "جندي", "approx")]
    assert agreement(items).status == "contradicted"


# --------------------------------------------------------------------------- normalisation

@pytest.mark.parametrize("a, b", [
    ("بيونغ يانغ", "بيونغيانغ"),
    ("وقعها", "التوقيع"),
    ("يونيو", "حزيران"),
    ("تشرين الثاني", "نوفمبر"),
    ("المعاهدة", "الاتفاقية"),
    ("للمجلس", "المجلس"),
    ("والانتخابات", "انتخابات"),
    ("الكوريين", "كوريا"),
    ("إصابة", "الإصابات"),
    ("مجلس الاتحاد", "مجلس الشيوخ"),
    ("مجلس النواب", "الدوما"),
    ("٢٠٢٤ أيار", "2024 مايو"),
])
def test_normalisation_variants_meet(a, b):
    # Each text is read alongside the other, as claims of one story are.
    assert tokenize(a, context=[b]) and tokenize(a, context=[b]) == tokenize(b, context=[a])


def test_normalize_folds_letters_digits_and_marks():
    assert normalize("إِنَّ الأُمَمَ ـ المتّحدة ٢٠٢٤ مستشفى") == "ان الامم  المتحده 2024 مستشفي"


@pytest.mark.parametrize("a, b", [("جندي", "جنود"), ("جندي", "جنديا"), ("قتيل", "قتلى"), ("قتيلا", "قتلى"),
                                  ("%", "بالمئة"), ("شخص", "أشخاص"), ("جنديين", "جندي"), ("دولار", "دولارات"),
                                  ("مليار دولار", "دولارا"), ("الجنود", "جنديا")])
def test_unit_variants(a, b):
    assert unit_key(a) == unit_key(b)


@pytest.mark.parametrize("a, b", [("جندي", "ألوية"), ("قتيل", "مصاب"), ("%", "دولار")])
def test_units_that_differ(a, b):
    assert unit_key(a) != unit_key(b)


# --------------------------------------------------------------------------- seeds, end to end

def _seed_items() -> tuple[list[GroupItem], dict[int, tuple[int, dict, str]]]:
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))["articles"]
    gold = {a["file"]: a for a in json.loads(SEED_GOLD.read_text(encoding="utf-8"))["articles"]}
    items: list[GroupItem] = []
    claims: dict[int, tuple[int, dict, str]] = {}
    for number, meta in enumerate(manifest):
        raw = (SEEDS / meta["file"]).read_text(encoding="utf-8")
        result = extract_article(raw, published=meta["published"] or gold[meta["file"]]["published"],
                                 outlet=meta["outlet"])
        outlet = meta["outlet"] or result["source_credit"] or meta["file"]
        for index, claim in enumerate(result["claims"]):
            key = number * 100 + index
            claims[key] = (number, claim, result["body"])
            items += items_from_claim(key, number, outlet, claim)
    return items, claims


@pytest.fixture(scope="module")
def seeds():
    if not SEED_GOLD.exists() and not os.environ.get("CI"):
        pytest.skip("../shared/gold is not beside this clone")
    items, claims = _seed_items()
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    facts = {f["id"]: f for a in gold["articles"] for part in ("events", "quantities", "optional_events")
             for f in a[part]}
    return items, claims, gold["clusters"], facts, group_with_agreement(items)


def _keys_for(fact_id: str, facts: dict, claims: dict) -> set[int]:
    """Return the claims whose span overlaps one of a gold fact's anchors."""
    article = int(fact_id[:3])
    keys = set()
    for key, (number, claim, body) in claims.items():
        if number != article:
            continue
        for anchor in facts[fact_id]["anchors"]:
            start = body.find(anchor)
            if start >= 0 and claim["start"] < start + len(anchor) and start < claim["end"]:
                keys.add(key)
    return keys


@pytest.mark.parametrize("cluster_id, status", [("c-signing", "corroborated"), ("c-fedcouncil", "contradicted"),
                                                ("c-troops", "contradicted")])
def test_seed_clusters(seeds, cluster_id, status):
    items, claims, clusters, facts, grouped = seeds
    cluster = next(c for c in clusters if c["id"] == cluster_id)
    member_keys = [_keys_for(m, facts, claims) for m in cluster["members"]]
    found = set().union(*member_keys)
    assert len(found) >= len(cluster["members"]) - 1, "the extractor lost most anchors"
    groups = [(set(keys), result) for keys, result in grouped if set(keys) & found]
    assert len(groups) == 1, [sorted(g) for g, _ in groups]
    keys, result = groups[0]
    assert result.status == status, result
    # Nothing unrelated joins: every member claim overlaps some anchor of the cluster.
    assert keys == found, sorted(keys - found)


@pytest.mark.parametrize("fact_id, cluster_id", [("002-e1", "c-signing"), ("002-e1", "c-fedcouncil"),
                                                 ("001-e4", "c-signing"), ("004-e2", "c-fedcouncil"),
                                                 ("001-e5", "c-signing"), ("000-o1", "c-fedcouncil"),
                                                 ("001-e2", "c-fedcouncil")])
def test_seed_unrelated_claims_stay_out(seeds, fact_id, cluster_id):
    items, claims, clusters, facts, grouped = seeds
    cluster = next(c for c in clusters if c["id"] == cluster_id)
    members = set().union(*(_keys_for(m, facts, claims) for m in cluster["members"]))
    outsiders = _keys_for(fact_id, facts, claims) - members
    for keys, _ in grouped:
        if set(keys) & members:
            assert not set(keys) & outsiders


def test_seed_contradiction_values(seeds):
    items, claims, clusters, facts, grouped = seeds
    troops = next(r for keys, r in grouped if r.values and any("8000" in v for v, _ in r.values))
    shown = {v for v, _ in troops.values}
    assert {"more than 8000 جندي", "about 10000 جندي", "up to 12000 جندي", "about 3000 جندي"} <= shown
    council = next(r for keys, r in grouped if any(v == "2024-11-06" for v, _ in r.values))
    assert {v for v, _ in council.values} == {"2024-11-06", "2024-11-08"}


# --------------------------------------------------------------------------- robustness and speed

_ALPHABET = st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآؤئ ًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩0123456789 .،\n\u200f\x00abc%"))


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(st.text(_ALPHABET, max_size=80), min_size=0, max_size=8),
       kinds=st.lists(st.sampled_from(["event", "quantity", "statement", "other"]), min_size=8, max_size=8),
       dates=st.lists(st.sampled_from([None, "2024-06", "2024-06-18/2024-06-19", "XXXX-06", "XXXX-WXX-3",
                                       "2024-W44", "2022", "garbage", "2024-02-30"]), min_size=8, max_size=8),
       values=st.lists(st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False)), min_size=8, max_size=8))
def test_never_raises_and_partitions(texts, kinds, dates, values):
    items = [GroupItem(key=i % 5, article=i % 3, outlet=("أ" if i % 2 else ""), kind=kinds[i], text=t,
                       date_value=dates[i], quantity_value=values[i], quantity_unit=t[:3] or None)
             for i, t in enumerate(texts)]
    groups = group_items(items)
    assert sorted(k for g in groups for k in g) == sorted({it.key for it in items})
    for _keys, result in group_with_agreement(items):
        assert result.status in ("corroborated", "contradicted", "single")
    suggest_story(" ".join(texts), {1: texts[0] if texts else "", 2: "x"})


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200))
def test_tokenize_any_unicode(text):
    assert all(isinstance(t, str) and t for t in tokenize(text))


def synthetic_items(n: int) -> list[GroupItem]:
    rng = random.Random(7)
    words = ("زلزال قتيل مصاب ملاطية تركيا سوريا البنك المركزي الفائدة التضخم الانتخابات المشاركة الجيش "
             "القوات روسيا أوكرانيا الحكومة البرلمان الرئيس الوزير معاهدة اتفاق صادق وقع أعلن قرر ارتفع "
             "انخفض بلغ سجل الشرطة المستشفى الإنقاذ الأمم المتحدة مجلس الأمن غزة لبنان مصر الأردن").split()
    names = [f"اسم{chr(0x0628 + i % 20)}{chr(0x0628 + i // 20 % 20)}" for i in range(400)]
    items = []
    for key in range(n):
        text = " ".join(rng.choice(words) for _ in range(12)) + " " + " ".join(rng.sample(names, 2))
        kind = rng.choice(["event", "quantity", "statement"])
        day = 1 + rng.randrange(28)
        items.append(GroupItem(key=key, article=key // 20, outlet=f"outlet{key // 40}", kind=kind, text=text,
                               date_value=f"2024-{1 + rng.randrange(12):02d}-{day:02d}" if kind == "event" else None,
                               quantity_value=float(rng.randrange(1, 1000)) if kind == "quantity" else None,
                               quantity_unit=rng.choice(["قتيل", "جندي", "%", "دولار"]) if kind == "quantity" else None,
                               speaker=rng.choice(names) if kind == "statement" else None))
    return items


def test_grouping_2000_claims_puts_every_claim_in_exactly_one_group():
    # Its speed is printed by benchmarks/grouping_speed.py, not asserted here.
    groups = group_items(synthetic_items(2000))
    assert sorted(k for g in groups for k in g) == list(range(2000))
    assert any(len(g) > 1 for g in groups)


# --------------------------------------------------------------------------- claims with several readings

def test_items_from_claim_gives_one_reading_per_date_or_quantity():
    claim = {"kind": "quantity", "text": "…", "speaker": "وكالة", "speaker_canonical": None,
             "quantities": [{"value": 4, "qualifier": "up_to", "unit": "ألوية"},
                            {"value": 12000, "qualifier": "up_to", "unit": "جندي"}],
             "dates": [{"value": "2024-W42"}]}
    items = items_from_claim(7, 3, "", claim)
    assert [(i.key, i.quantity_value, i.quantity_unit) for i in items] == [(7, 4.0, "ألوية"), (7, 12000.0, "جندي")]
    event = {"kind": "event", "text": "…", "dates": [{"value": "2024-06"}, {"value": "2000-02-09"}]}
    assert [i.date_value for i in items_from_claim(8, 3, "x", event)] == ["2024-06", "2000-02-09"]
    assert items_from_claim(9, 3, "x", {"kind": "statement", "text": "…", "speaker": "س"})[0].speaker == "س"


def test_a_claim_joins_the_group_of_its_matching_reading():
    text = "ووقعت روسيا وكوريا الشمالية اتفاق شراكة في بيونغ يانغ ليحل محل معاهدة الصداقة الموقعة في 2000"
    items = [E(1, 10, "أ", text, "2024-06-18/2024-06-19"), E(1, 10, "أ", text, "2000-02-09"),
             E(2, 11, "ب", "وقع بوتين وكيم اتفاق الشراكة الشاملة في بيونغيانغ في يونيو", "2024-06"),
             E(3, 12, "ج", "وقع البلدان اتفاق الشراكة خلال زيارة بوتين إلى بيونج يانج في يونيو", "2024-06")]
    groups = group_items(items)
    assert sorted(map(sorted, groups)) == [[1, 2, 3]]
    (keys, result), = group_with_agreement(items)
    assert result.status == "corroborated" and "2000-02-09" not in [v for v, _ in result.values]
    # agreement() given every reading of the group's claims keeps the one that fits the others.
    assert agreement(items).status == "corroborated"


def test_weekday_without_publication_date_needs_strong_wording():
    items = [E(1, 10, "أ", "صدق مجلس الاتحاد الروسي الأربعاء على معاهدة الدفاع المشترك", "2024-11-06"),
             E(2, 11, "ب", "وأكد وزير الدفاع الأمريكي يوم الأربعاء أن لدى بلاده أدلة على وجود قوات كورية", "XXXX-WXX-3")]
    assert sorted(map(sorted, group_items(items))) == [[1], [2]]


# A month is one token whatever its family or the preposition before it, so two reports of the same month match:
# "في يناير" was glued into "ييناير" (read as a split name), and the Maghreb names (جانفي، فيفري، أفريل) were plain words.
MONTH_TOKEN_CASES = [
    ("وقعت الحادثة في يناير الماضي", "#m01"),
    ("وقعت الحادثة في جانفي الماضي", "#m01"),
    ("وقعت الحادثة في كانون الثاني الماضي", "#m01"),
    ("أجريت الانتخابات في يونيو", "#m06"),
    ("أجريت الانتخابات في جوان", "#m06"),
    ("بدأ الإضراب في فيفري", "#m02"),
    ("بدأ الإضراب في أفريل", "#m04"),
    ("انطلق الموسم في يوليوز", "#m07"),
]


@pytest.mark.parametrize("text,month", MONTH_TOKEN_CASES)
def test_a_month_is_one_token_in_every_family(text, month):
    assert month in tokenize(text)


def test_a_split_name_is_still_joined_when_another_text_spells_it_as_one():
    assert "بيونغيانغ" in tokenize("وصل الوفد إلى بيونغ يانغ", context=["زار الوزير بيونغيانغ"])
