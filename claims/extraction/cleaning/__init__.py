"""Clean scraped article text and read its title, date and credit.

The body keeps every retained line exactly as it came (claim spans index it); cleaning
only drops whole lines (and a wire end mark closing the last paragraph, "… /نهاية الخبر/", which
leaves the text before it as it was): scraper boilerplate (JavaScript warnings, ads, related-article
blocks, keyword lists, share prompts), the metadata lines it reads into fields, and
everything after a "اقرأ أيضاً" marker when what follows is an unrelated article glued on
(see _starts_new_article: in mid-text the same marker only heads a few links, and at most the
teaser of the last link, told by the words it shares, see _glued_paragraphs_end). Below an article
already closed (its editors' sign-off, a share bar, keywords, a credit line) a read-also marker or a
related-stories heading cuts everything after it. Below a closing follow/app/donation prompt or keyword list, a
headline with a dateline or byline under it, or one that shares next to nothing with the article and its lead at
the foot, is another story glued on (see _heads_glued_article, _story_below_the_close), and so is one on a topic the
article never touches whose lead takes up its new words (see _foreign_headline_at_the_foot); so is a last paragraph that moves to a province the article never names and
shares at most a word with it (see _brief_glued_at_the_foot). A market ticker line and the weather strip are
dropped wherever they sit (see _is_ticker, _is_weather_strip), and so are a newsletter box's lines and a section label
beside the page's age (see _is_newsletter_box, masthead._is_section_and_age); so is a tag list with no label under the last paragraph (see
_drop_trailing_tag_line). Below a finished sentence, a next/previous-article link or the head of the comment
section ("أضف تعليقك", "تعليقات القراء", their disclaimer, a reader's comment as the widget heads it: "1) تعليق
بواسطة : …") ends the article: what follows is cut; so does a
related-items heading when a new article visibly starts among or under its links, and an aggregator's sign-off
("كانت هذه تفاصيل خبر …"): under its note and the source line another story follows. The comment widget's other
lines (loading, empty, the form's e-mail notice), an edition switcher and a dossier label ("ملف: …") are dropped
where they sit (see _is_comment_widget, _is_edition_switcher, _aggregator_part), and so is the site's menu printed
as one line (see masthead._is_nav_menu). Under a wire story's staff credit ("(إعداد: … تحرير: …)") a headline with
one lead paragraph at the foot is another story (see _story_under_the_staff_credit). Above the headline, the widgets
printed over the masthead and whatever else stands above the first head line that reads as a headline and echoes
the article are dropped (see masthead._drop_head_furniture, masthead._choose_headline).

The package, each module importing only from those listed before it: dates (date lines), lexicon (shared
pattern helpers), stems (stemming and cohesion thresholds), furniture (boilerplate lines), glued (read-also
blocks and glued-on stories), metadata (dates, bylines, credits), masthead (masthead, labels, title), page
(clean_text and the boilerplate walk).
"""
from __future__ import annotations

from ..types import CleanedText
from .furniture import _TRAILING_END_MARK as _TRAILING_END_MARK  # the tests cut end marks with it
from .page import clean_text

__all__ = ["CleanedText", "clean_text"]
