"""Attribute sentences to the person or body that makes the statement.

How a sentence gets its speaker, in order:

1. A speech verb (قال، أكد، أعلن، حذر، كشف، وصف … in any person and tense, with و/ف/ل/س
   prefixes and object clitics) at the start of a clause (sentence start, after "،", or after
   كما/فيما/حيث/بينما/قد …) takes the noun phrase after it as its subject (verb-subject order,
   the usual news order): "وقال وزير الخارجية الروسي سيرغي لافروف إن …".
   Otherwise, when everything between the clause start and the verb is one noun phrase, that
   phrase is the subject (subject-verb order): "الولايات المتحدة حذرت من …". A verb after
   "X، الذي …،" or "X، الذي ادعى" takes X. "وكانت موسكو قد أكدت" takes موسكو. Verbs that are
   also other words (بيّن "between", أبرز "most prominent") speak only with a titled, institutional or
   named subject closed by إن/أن or a colon.
2. Failing a verb with a subject, a source phrase: وفق/وفقاً لـ/وفقا لما ذكرته/بحسب/حسب/نقلاً عن/
   على لسان/طبقاً لـ/استناداً إلى + a source (a title, an institution, a place, "مصادر" …).
3. A speech verb with no subject ("وأضاف أن …", "و يتابع: …", "مضيفا: …") or a sentence that is
   a quotation inherits the speaker of a recent sentence (carried=True). Data or a document named
   before ("وأوضحت المعطيات ذاتها"، "وأوضح البيان"، "حسب المعطيات ذاتها") goes on with the last body
   that spoke; "حسب المصدر ذاته" with the last speaker. A verb in "…، في خطوة قال إنها" takes the
   subject of the sentence's main clause.
4. A subject that is a bare title ("الوزيرة", "الرئيس الروسي", "الدبلوماسي") is resolved to the
   most recent speaker, or earlier mention, whose title matches; a generic role ("الدبلوماسي",
   "المسؤول") falls back to the previous named speaker. Unresolved, it stays as written.

The noun phrase reader keeps titles and names and stops before relative clauses, prepositional
phrases, dates, objects and "إن/أن". All matching runs on a normalised copy of the text
(no diacritics or tatweel, one alif, ى→ي, ة→ه, ؤ→و, ئ→ي) whose offsets map back to the body.

The package, each module importing only from those listed before it: lexicon (normalisation, word lists,
token types and token tests), phrases (noun phrases: titles, institutions, name runs), clauses (one
sentence: its cue and the subject or source phrase), names (name variants of one person), article
(the article: carried speakers, bare titles resolved, the claimant of each figure).
"""
from __future__ import annotations

from .article import (
    attribute_sentences,
    body_named_by_adjective,
    continues_report,
    figure_setter,
    figure_sources,
    introduces_list,
    opens_report,
    reports_figures,
    rule_source,
)
from .lexicon import normalize
from .names import definite_by_adjective, lam_opens_body, link_name_variants, nominative_form

__all__ = [
    "attribute_sentences",
    "body_named_by_adjective",
    "continues_report",
    "definite_by_adjective",
    "figure_setter",
    "figure_sources",
    "introduces_list",
    "lam_opens_body",
    "link_name_variants",
    "nominative_form",
    "normalize",
    "opens_report",
    "reports_figures",
    "rule_source",
]
