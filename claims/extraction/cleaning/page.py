"""The whole page: clean_text() and the walk that drops boilerplate and cuts a glued-on tail.

clean_text folds the lines, cuts wire end marks, walks the page once (_drop_boilerplate: furniture lines
are dropped, a read-also or related block and its teasers too, and the text is cut where another story,
the next-article link or the comment section begins), drops foot links and tags, the widgets over the head, the
masthead and labels and what else stands above the headline, reads the metadata and the title, and joins the
kept lines (_join_kept).
"""
from __future__ import annotations

import datetime as dt

from ..types import CleanedText
from .dates import fold, fold_lines
from .furniture import (
    _AD_LABELS,
    _AUTHOR_BOX_HEADING,
    _AUTHOR_BOX_LINE,
    _EMAIL,
    _EMAIL_ONLY,
    _EMBED_PLACEHOLDER,
    _OUTLET_BOX_LINE,
    _SUPPORT_NOTE,
    _TIP_CONTACT,
    _TIP_PROMPT,
    MAX_TIP_PROMPT_WORDS,
    _EDITOR_NOTE,
    _is_account_bar,
    _is_inline_poll,
    _CONVERSION,
    _EMBED_LINK,
    _GALLERY_COUNTER,
    _LANGUAGE_NOTE,
    _RATES_STAMP,
    _AUTHOR_BOX,
    _BARE_READ_TIME,
    _BARE_COMMENTS,
    _BREADCRUMB,
    _BROADCAST_BAND,
    _BYLINE,
    _CAPTION,
    _CAPTION_CLOSING,
    _CAPTION_LABEL,
    _CAPTION_OPENING,
    _CLICK_HERE,
    _COMMENT_DISCLAIMER,
    _COMMENT_ENTRY,
    _COMMENT_SECTION,
    _CONTACT,
    _COPYRIGHT,
    _COPYRIGHT_FOOTER,
    _RIGHTS_RESERVED,
    _DISCLAIMER,
    _ADBLOCK_PROMPT,
    _DONATION_BOX,
    _DONATION_PROMPT,
    _DURATION,
    _DOSSIER_LABEL,
    _EPAPER_PROMPT,
    _FONT_WIDGET,
    _FORM_FIELD,
    _HASHTAGS,
    _INLINE_POLL,
    _JS_WARNING,
    _KEYWORD_LIST,
    _KEYWORDS,
    _LATIN_PHOTO_CREDIT,
    _LIKED_PROMPT,
    _LISTEN_WIDGET,
    _LIVE_BLOG_CONTROL,
    _LIVE_PROMPT,
    _LOGIN_PROMPT,
    _MORE_FROM,
    _MORE_FROM_LABEL,
    _MEDIA_LABEL,
    _NEWSLETTER_PROMPT,
    _NEWS_TICKER,
    _PHONE_NUMBER,
    _PHOTO_AGENCY_CLOSING,
    _PHOTO_CREDIT,
    _PLATFORM,
    _PLAY_SIGN,
    _PROMPT_AFTER_LEAD_IN,
    _PROMPT_BUTTON_AT_END,
    _PROMPT_START,
    _READ_MORE,
    _RELATED_NOTE,
    _RELATIVE_STAMP,
    _RULE,
    _SCAN_PROMPT,
    _SCAN_PURPOSE,
    _SHARE_LABELS,
    _SKIP_LINK,
    _SOCIAL_ONLY,
    _STAFF_CREDIT,
    _TOOLBAR,
    _TUNE_PROMPT,
    _WIDGET_LABELS,
    MAX_AGGREGATOR_WORDS,
    MAX_COMMENT_ENTRY_WORDS,
    MAX_COMMENT_WIDGET_WORDS,
    MAX_COOKIE_NOTICE_WORDS,
    MAX_DOSSIER_WORDS,
    MAX_FURNITURE_LINE_WORDS,
    MAX_MEDIA_LABEL_WORDS,
    MAX_OUTLET_DISCLAIMER_WORDS,
    MAX_POLL_HEADING_WORDS,
    MAX_TICKER_WORDS,
    _aggregator_part,
    _drop_trailing_section_links,
    _embed_start,
    _is_pager,
    _score_table_end,
    _drop_trailing_tag_line,
    _furniture_parts,
    _is_comment_widget,
    _is_cookie_notice,
    _is_counter,
    _without_trailing_counters,
    _is_edition_switcher,
    _is_news_ticker,
    _is_newsletter_box,
    _is_newsletter_sentence,
    _is_outlet_disclaimer,
    _is_reader_prompt,
    _is_score_ticker,
    _is_sign_off,
    _is_ticker,
    _is_weather_strip,
    _labelled_comment_widget,
    _platforms_follow,
    _poll_end,
    _run_together_tags,
    _trim_end_marks,
)
from .glued import (
    MAX_HEADLINE_WORDS,
    _LIST_START,
    _LIVE_COVERAGE_HEADINGS,
    _NEXT_ARTICLE,
    _READ_ALSO,
    _is_related_heading,
    _announcement_at_the_foot,
    _brief_glued_at_the_foot,
    _foreign_headline_at_the_foot,
    _foreign_lead_at_the_foot,
    _story_opening_at_the_foot,
    _headed_story_opening_at_the_foot,
    _drop_following,
    _furniture_foot,
    _glued_paragraphs_end,
    _heads_glued_article,
    _is_marker_line,
    _other_day_at_the_foot,
    _paragraphs_end,
    _related_block_end,
    _starts_new_article,
    _paragraph_below_the_close,
    _story_below_the_close,
    _story_goes_on,
    _story_under_the_staff_credit,
    _teasers_end,
)
from .lexicon import (_AGENCY_ONLY, _PAD, _any_of, _bare, MIN_PARAGRAPH_WORDS, SHORT_LINE_WORDS, _ends_sentence,
                      _is_section_label, _next_nonblank)
from .masthead import (
    HeadShapes,
    _choose_headline,
    _drop_head_furniture,
    _drop_vertical_menu,
    _drop_head_labels,
    _is_nav_menu,
    _is_section_and_age,
    _is_spaced_menu,
    _read_title,
    _without_live_format_label,
)
from .metadata import (
    _CREDIT,
    HEAD_LINES,
    _byline_with_date,
    _first_line,
    _names_the_outlet,
    _own_names,
    _read_footer,
    _read_metadata,
    _tail_credit,
    byline_credit,
    _without_own_name,
)
from .stems import MAX_GLUED_FOOT_PARAGRAPHS, _stems

# The labels a line's bare text is matched against at its start, by _drop_boilerplate and _is_junk_line, in one
# pattern: a line none of them opens (most body lines) is spared each of their tests.
_BARE_LABELS = _any_of(_READ_ALSO, _NEXT_ARTICLE, _LIST_START, _SOCIAL_ONLY, _BREADCRUMB, _DISCLAIMER, _KEYWORDS,
                       _KEYWORD_LIST, _MORE_FROM, _CAPTION_LABEL, _CAPTION_OPENING, _EDITOR_NOTE, _AUTHOR_BOX_LINE,
                       _OUTLET_BOX_LINE, _SUPPORT_NOTE, _TIP_PROMPT, _CONTACT, _EMBED_PLACEHOLDER, _LIKED_PROMPT)
# The same for the labels matched at the start of key.strip() (a caption or staff credit in brackets, a news
# ticker's or an inline poll's label): _is_news_ticker and _is_inline_poll need theirs too.
_STRIPPED_LABELS = _any_of(_STAFF_CREDIT, _CAPTION, _NEWS_TICKER, _INLINE_POLL)


def clean_text(raw: str, *, reference_date: dt.date | None = None, outlet: str | None = None) -> CleanedText:
    """Return the article body without boilerplate, and the metadata the text states.

    reference_date (e.g. the fetch date) resolves the year of a yearless wire dateline.
    outlet: the outlet's name as the feed or crawler gives it: printed over the headline, it is the masthead.
    """
    lines = (raw or "").split("\n")
    keys = fold_lines(raw or "")
    drop = [False] * len(lines)
    removed: list[tuple[int, str]] = []  # (line index, text), reported in page order

    def remove(i: int) -> None:
        if not drop[i]:
            drop[i] = True
            if keys[i]:
                removed.append((i, lines[i].strip()))

    closed = _trim_end_marks(lines, keys, removed)
    cut = _drop_boilerplate(lines, keys, remove, closed=closed)
    if cut is not None:
        tail = "\n".join(lines[cut:]).strip()
        for i in range(cut, len(lines)):
            drop[i] = True
        if tail:
            removed.append((cut, tail))
    _drop_trailing_section_links(keys, drop, remove)

    end = cut if cut is not None else len(lines)
    footer_published, footer_credit = _read_footer(lines, keys, drop, end, remove)
    _drop_trailing_tag_line(keys, drop, remove, end)
    head_shapes = HeadShapes(keys)  # the head lines' shapes, judged once for the head passes
    _drop_head_furniture(lines, keys, drop, remove, head_shapes)
    _drop_vertical_menu(keys, drop, remove)
    masthead, label_published = _drop_head_labels(keys, drop, remove, head_shapes, outlet=outlet, lines=lines)
    widget_published = _choose_headline(lines, keys, drop, remove, head_shapes)
    own_names = _own_names(keys, drop, masthead, outlet)
    bare_bylines: list[int] = []  # the author's bare name under the headline (see byline_credit)
    published, credit = _read_metadata(lines, keys, drop, remove, reference_date,
                                       later_credit=_tail_credit(lines, keys, cut), masthead=masthead,
                                       own_names=own_names, bare_bylines=bare_bylines)
    if footer_credit and _names_the_outlet(footer_credit, keys):
        footer_credit = None  # the outlet signing its own story at the foot
    if footer_credit and credit and (fold(credit) in (masthead, _first_line(keys)) or fold(credit) in own_names):
        # the outlet's own name in its dateline ("<masthead> – <city>") or alone atop the page ("جريدة المغرب"):
        # "(وكالات)"، "(وات)" at the foot is the source
        credit = None
    published, credit = published or label_published or footer_published or widget_published, credit or footer_credit
    credit = _without_own_name(credit, keys, masthead)
    title = _read_title(lines, keys, drop)
    if title is not None:
        remove(title)
    if credit is None:
        # no source, agency or outlet credited: the author's byline is the credit ("كتب: محمود عبد الرحيم")
        credit = byline_credit(lines, keys, drop, title, bare_bylines)

    body = _join_kept(lines, drop)
    return CleanedText(body=body, title=_without_live_format_label(lines[title].strip()) if title is not None else None,
                       published=published.isoformat() if published else None,
                       source_credit=credit, removed=tuple(text for _, text in sorted(removed)))


def _drop_boilerplate(lines: list[str], keys: list[str], remove, *, closed: frozenset[int] = frozenset()) -> int | None:
    """Mark boilerplate lines; return the index where a glued-on tail starts, if any.

    closed: the lines whose end mark was cut (see _trim_end_marks): the article ends there.
    """
    seen_body = False  # a marker before any paragraph (e.g. right under the title) cuts nothing
    # A credit line or keyword list below a finished sentence closes the article: a read-also block
    # after it heads a glued-on one. (Al Jazeera prints "المصدر" under the headline: no sentence yet.)
    sentence_seen = ended = False
    # the last share bar, follow/app prompt or keyword list removed below a finished sentence: it closes the article
    closing_line = -1
    # A share bar below a finished sentence closes the article too, but some outlets print it in mid-text:
    # a link block under it heads another story unless the paragraph after the links carries on (never lose text).
    shared_off = False
    signed_off = False  # an aggregator's sign-off ended the story it republished (see _aggregator_part)
    staff_credit = -1  # a wire story's staff credit below a finished sentence: the story is over
    # The page's copyright line below a finished sentence: the page's foot. Text after it is never the story's: another
    # story the scraper took along ("© بران برس 2025 - جميع الحقوق محفوظة", then "مأرب - بران برس:" and its lead),
    # unless it opens with a connective ("وأضاف …"): the footer printed in mid-text, the story going on.
    rights_reserved = False
    head = 0  # non-empty lines seen: _read_metadata reads the lines of the head
    # Stories glued at the foot run to the page's furniture (see glued._only_furniture_after): where it starts is
    # found once, and a line farther from it than a glued story's lead and paragraphs is spared their tests.
    foot = _furniture_foot(keys)
    i, n = 0, len(lines)
    while i < n:
        key = keys[i]
        if not key:
            i += 1
            continue
        head += 1
        bare = _bare(key)
        words = key.count(" ") + 1
        # A paragraph: a full stop ends it, and it has more words than a link line once its padding is cut. Neither a
        # results table (a heading has no full stop, a scoreline ten spaces at most, a standings row ends on its
        # points, see _score_table_end) nor the site's menu (no full stop in it, see _is_nav_menu) is one.
        prose = key.endswith(".") and bare.count(" ") >= SHORT_LINE_WORDS
        labelled = _BARE_LABELS.match(bare) is not None  # else no pattern of _BARE_LABELS matches bare
        stripped_labelled = _STRIPPED_LABELS.match(key.strip()) is not None  # nor of _STRIPPED_LABELS key.strip()
        read_also = _READ_ALSO.match(bare) if labelled else None  # tested twice below
        # (each test below whose line is over its word cap is not called: it would say no at once, the cap its first test)
        parts = _furniture_parts(key) if words <= MAX_FURNITURE_LINE_WORDS else None  # asked twice below
        if read_also and _is_marker_line(key, bare):
            if not seen_body:
                remove(i)  # a marker before any paragraph: the article itself follows it
            else:
                after, widget = _related_block_end(keys, i)
                # Al Jazeera's widget only ever sits inside an article; other links may end one.
                if ended or (shared_off and not _story_goes_on(keys, after)) or (
                        not widget and _starts_new_article(keys, i, after)):
                    return i
                if not widget:  # a teaser glued under the links goes with them; the article goes on
                    after = _glued_paragraphs_end(keys, i, after)
                for j in range(i, after):
                    remove(j)
                i = after
                continue
        elif words <= 10 and _EMBED_LINK.match(bare):
            for j in range(_embed_start(keys, i), i + 1):
                remove(j)  # an embedded post: the page shows it, the article does not tell it
        elif sentence_seen and bare in _AUTHOR_BOX_HEADING:
            return i  # the author box at the foot: the name, the bio and links follow
        elif words <= 12 and (_CONVERSION.match(bare) or _RATES_STAMP.match(bare) or _LANGUAGE_NOTE.match(bare)
                              or _GALLERY_COUNTER.match(bare) or _is_pager(key)):
            remove(i)  # a currency converter, a note on the page's other languages, a gallery's counter or pager
        elif not prose and (table_end := _score_table_end(keys, i)) is not None:
            for j in range(i, table_end):
                remove(j)  # a results table and its heading
            closing_line = table_end - 1 if sentence_seen else closing_line
            i = table_end
            continue
        elif (labelled and _NEXT_ARTICLE.match(bare)) or (words <= 8 and _COMMENT_SECTION.match(bare)) or (
                parts == "comments") or _labelled_comment_widget(key) or (
                words <= MAX_COMMENT_ENTRY_WORDS and _COMMENT_ENTRY.match(bare)):
            # (a bare "التعليقات" may head officials' comments in the text: only below the article's close, or
            # over a reader's comment as the widget heads it)
            if sentence_seen and (ended or shared_off or not _BARE_COMMENTS.match(bare) or _comment_entry_follows(keys, i)):
                return i  # the article is over: the next story's link, or readers' comments, follow
            remove(i)
        elif words <= 30 and _COMMENT_DISCLAIMER.search(key):
            if sentence_seen:
                return i
            remove(i)
        elif labelled and _LIST_START.match(bare):
            after, _ = _related_block_end(keys, i - 1)
            for j in range(i, after):
                remove(j)
            i = after
            continue
        elif (words <= 40 and _JS_WARNING.search(key)) or (words <= MAX_COMMENT_WIDGET_WORDS and _is_comment_widget(key, words)) or (
                "|" in key and _is_edition_switcher(key)) or (
                words <= MAX_DOSSIER_WORDS and _DOSSIER_LABEL.match(bare) and not _ends_sentence(key)):
            remove(i)  # a JavaScript warning, a comment widget, an edition switcher, a dossier label
            if sentence_seen and _is_comment_widget(key, words):
                closing_line = i  # the comment widget ("التعليقات مغلقة") sits under the finished article
        elif words <= MAX_AGGREGATOR_WORDS and (aggregator := _aggregator_part(key, words)) is not None:
            remove(i)
            # the aggregator signs the story off: under its note and the source line, another story follows
            signed_off = signed_off or (aggregator == "sign-off" and sentence_seen)
            ended = ended or signed_off
        elif (bare in _AD_LABELS or bare in _SHARE_LABELS or bare in _READ_MORE or bare in _WIDGET_LABELS
              or (words <= 8 and _FONT_WIDGET.match(key.strip()))
              or (words <= 12 and _TOOLBAR.match(key.strip()))
              or _RELATED_NOTE.search(key) or (labelled and (_SOCIAL_ONLY.match(bare) or _BREADCRUMB.match(bare)))
              or (words <= 6 and _SKIP_LINK.match(bare)) or (words <= 10 and _LISTEN_WIDGET.match(bare))
              or (words <= 8 and _LIVE_BLOG_CONTROL.match(bare))
              or (not prose and _is_nav_menu(key)) or _is_spaced_menu(lines[i])):  # the site's menu, wherever printed
            remove(i)
            # a share bar below the text closes the article
            shared_off = shared_off or (sentence_seen and (bare in _SHARE_LABELS or _SOCIAL_ONLY.match(bare) is not None))
            closing_line = i if sentence_seen else closing_line
        elif words <= 25 and (_COPYRIGHT_FOOTER.match(bare) or (
                not _ends_sentence(key) and (_COPYRIGHT.search(key) or _CLICK_HERE.search(key)))):
            remove(i)
            ended = ended or (sentence_seen and _CLICK_HERE.search(key) is None)  # a copyright footer
            rights_reserved = rights_reserved or (sentence_seen and _RIGHTS_RESERVED.search(key) is not None)
        elif words <= 60 and ((labelled and _DISCLAIMER.match(bare)) or (
                words <= MAX_OUTLET_DISCLAIMER_WORDS and _is_outlet_disclaimer(key, words))):
            remove(i)
            ended = ended or sentence_seen
            if not _DISCLAIMER.sub("", bare).strip(_PAD):  # a bare label: its text is the next line
                following = _next_nonblank(keys, i + 1)
                if following < n and keys[following].count(" ") < 60:
                    remove(following)
                    i = following
        elif words <= MAX_COOKIE_NOTICE_WORDS and _is_cookie_notice(key, words):
            remove(i)
        elif words <= 60 and stripped_labelled and _is_inline_poll(key):
            remove(i)  # a reader poll on one line: question, answers, vote button
        elif words <= MAX_POLL_HEADING_WORDS and (poll_end := _poll_end(keys, i)) is not None:
            for j in range(i, poll_end):
                remove(j)  # a reader poll's widget: its heading, question, answers and count of voters
            i = poll_end
            continue
        elif words <= 12 and (_PHOTO_CREDIT.match(bare) or _RELATIVE_STAMP.match(bare) or _is_section_and_age(key)):
            remove(i)
        elif words <= MAX_MEDIA_LABEL_WORDS and not _ends_sentence(key) and (
                (seen_body and _is_player_label(keys, i)) or _is_timed_player(keys[i])):
            remove(i)  # a video player's label in the text, and its duration under it
            if _duration_follows(keys, i):
                i = _next_nonblank(keys, i + 1)
                remove(i)
        elif words <= MAX_JUNK_LINE_WORDS and _is_junk_line(
                key, bare, words, seen_body, in_head=head <= HEAD_LINES, sentence_seen=sentence_seen, parts=parts,
                labelled=labelled, stripped_labelled=stripped_labelled):
            remove(i)
            staff_credit = i if sentence_seen and _STAFF_CREDIT.match(key.strip()) else staff_credit
            ended = ended or (sentence_seen and _is_sign_off(key))  # the editors sign the story off
        elif read_also and words <= SHORT_LINE_WORDS * 2:
            # "اقرأ أيضاً: <headline>" in mid-text: a link, the body goes on, maybe after the link's teaser
            if ended or (shared_off and not _story_goes_on(keys, i + 1)):
                return i
            remove(i)
            closing_line = i if sentence_seen else closing_line  # the link may close the article: see below
            if seen_body:
                end = _glued_paragraphs_end(keys, i, i + 1, headline=_stems(bare[read_also.end():]))
                for j in range(i + 1, end):
                    remove(j)
                i = end
                continue
        elif not seen_body and bare in _LIVE_COVERAGE_HEADINGS:
            remove(i)  # the live page's format label over its headline: the label alone goes
        elif _is_related_heading(bare) or (labelled and _more_from_a_section(bare)):
            after = _teasers_end(keys, i + 1, max_words=SHORT_LINE_WORDS * 2)
            # below the article's close (a sign-off, a share bar) the links head other stories; so they do
            # when a new article visibly starts among or under them (a dateline, a byline)
            if ended or (shared_off and not _story_goes_on(keys, after)) or (
                    seen_body and _starts_new_article(keys, i, after)):
                return i
            remove(i)
            after = _drop_following(lines, keys, i, remove, max_words=SHORT_LINE_WORDS * 2)
            # a share bar printed under the links, below the text, closes the article as it does alone
            shared_off = shared_off or (sentence_seen and any(
                _SOCIAL_ONLY.match(keys[j].strip(_PAD)) for j in range(i + 1, after) if keys[j]))
            end = _glued_paragraphs_end(keys, i, after) if seen_body else after
            for j in range(after, end):
                remove(j)
            i = end
            continue
        elif labelled and (_KEYWORDS.match(bare) or (words <= 30 and _KEYWORD_LIST.match(bare))):
            remove(i)
            ended = ended or sentence_seen
            closing_line = i if sentence_seen else closing_line
            if len(key.split(":", 1)[-1].split()) <= 2:  # a bare label: the keywords follow, one a line
                following = _next_nonblank(keys, i + 1)
                if following < n and _run_together_tags(keys, following):
                    remove(following)  # or all on one line whose separators the scraper lost
                    i = following + 1
                else:
                    # (a related heading under the tags is no tag: its links head other stories, see below)
                    i = _drop_following(lines, keys, i, remove, max_words=6, stop_at_related=True)
                closing_line = i - 1 if sentence_seen else closing_line
                continue
        elif words <= 25 and not _ends_sentence(key) and (
                ((_PROMPT_START.match(bare) or _PROMPT_AFTER_LEAD_IN.match(bare))
                 and (_PLATFORM.search(key) or _platforms_follow(keys, i)))
                or (_PROMPT_BUTTON_AT_END.search(bare) and _PLATFORM.search(key))
                or (words <= 12 and (_NEWSLETTER_PROMPT.match(bare) or _EPAPER_PROMPT.match(bare)
                                     or _DONATION_PROMPT.match(bare) or _LOGIN_PROMPT.match(bare) or _is_account_bar(key)
                                     or _LIVE_PROMPT.match(bare) or _ADBLOCK_PROMPT.match(bare)))
                or _DONATION_BOX.match(bare)  # the donation box on one line, its button closing it
                or (words <= 15 and _SCAN_PROMPT.match(bare) and (_SCAN_PURPOSE.search(key) or _PLATFORM.search(key)))
                or (_TUNE_PROMPT.match(bare) and _BROADCAST_BAND.search(key))) \
                or _is_newsletter_sentence(key, bare, words) or _is_newsletter_box(key, bare, words):
            remove(i)
            closing_line = i if sentence_seen else closing_line
            if _DONATION_PROMPT.match(bare) and (pitch_end := _donation_pitch_end(keys, i)) is not None:
                for j in range(i + 1, pitch_end):
                    remove(j)  # the donation box's pitch, between its heading and its button
                closing_line = pitch_end - 1 if sentence_seen else closing_line
                i = pitch_end
                continue
        elif (words <= MAX_TICKER_WORDS and (_is_ticker(keys, i, in_head=not seen_body) or _is_weather_strip(key)
                                             or _is_score_ticker(key, words))) or (
                stripped_labelled and _is_news_ticker(key, in_head=not seen_body)):
            remove(i)  # a market, score or news ticker or the weather strip, wherever the page prints it
        elif staff_credit >= 0 and _next_nonblank(keys, staff_credit + 1) == i and (
                _story_under_the_staff_credit(keys, i, words)):
            return i
        elif sentence_seen and _paragraphs_end(keys, i + 1, MAX_GLUED_FOOT_PARAGRAPHS) >= foot and (
                _brief_glued_at_the_foot(keys, i, words) or _story_opening_at_the_foot(keys, i, words)
                or _headed_story_opening_at_the_foot(keys, i, words) or _foreign_lead_at_the_foot(keys, i)
                or _announcement_at_the_foot(keys, i, words) or _other_day_at_the_foot(keys, i, words)):
            # (each test needs only furniture under the glued story: under its lead, its paragraphs after it, or
            # its headline's lead and paragraphs; MAX_GLUED_FOOT_PARAGRAPHS lines below line i at most)
            return i
        elif sentence_seen and ((words <= MAX_HEADLINE_WORDS and (
                _heads_glued_article(keys, i, words) or _foreign_headline_at_the_foot(keys, i, words))) or (
                closing_line >= 0 and _next_nonblank(keys, closing_line + 1) == i
                and (_heads_glued_article(keys, i, words, below_close=True)
                     or _foreign_headline_at_the_foot(keys, i, words, below_close=True)
                     or _story_below_the_close(keys, i, words) or _paragraph_below_the_close(keys, i)))):
            return i
        else:
            if rights_reserved and not _story_goes_on(keys, i):
                return i
            rights_reserved = False  # the page's footer printed in mid-text: the story goes on under it ("وأضاف …")
            if signed_off and not (words <= 12 and _CREDIT.match(key)):
                return i
            sentence_seen = sentence_seen or _ends_sentence(key)
            seen_body = seen_body or words >= MIN_PARAGRAPH_WORDS or sentence_seen
            ended = ended or i in closed or (sentence_seen and words <= 12 and _CREDIT.match(key) is not None)
        i += 1
    return None


MAX_PITCH_WORDS = 60


def _donation_pitch_end(keys: list[str], heading: int) -> int | None:
    """Return the index after a donation box whose heading ("ادعم الصحافة المستقلة") is at heading: one pitch
    paragraph and the button under it ("ادعمنا الآن", "تبرّع"), or None when no button closes it (the next paragraph
    is the article's)."""
    pitch = _next_nonblank(keys, heading + 1)
    if pitch >= len(keys) or keys[pitch].count(" ") + 1 > MAX_PITCH_WORDS:
        return None
    button = _next_nonblank(keys, pitch + 1)
    if button >= len(keys) or keys[button].count(" ") + 1 > 12 or not _DONATION_PROMPT.match(keys[button].strip(_PAD)):
        return None
    return button + 1


MAX_JUNK_LINE_WORDS = 40


def _is_junk_line(key: str, bare: str, words: int, seen_body: bool, *, in_head: bool = False,
                  sentence_seen: bool = True, parts: str | None = None, labelled: bool = True,
                  stripped_labelled: bool = True) -> bool:
    """Say whether a line is page furniture: a caption, byline, contact line, counter or staff credit.

    parts: what _furniture_parts says of the line (the caller has asked it already); labelled: False when
    _BARE_LABELS does not match bare (none of its patterns does: their tests are skipped); stripped_labelled the same
    for _STRIPPED_LABELS and key.strip()."""
    if words > MAX_JUNK_LINE_WORDS:
        return False
    if (labelled and _CAPTION_LABEL.match(bare)) or (stripped_labelled and _STAFF_CREDIT.match(key.strip())):
        return True
    if words <= 25 and stripped_labelled and _CAPTION.match(key.strip()) and not _ends_sentence(key):
        return True
    if "/" in key and _LATIN_PHOTO_CREDIT.search(key.rstrip()):  # (the credit follows a spaced slash)
        return True  # a caption closed by its photo credit in Latin letters
    if words <= 25 and ((labelled and _CAPTION_OPENING.match(bare) and not _ends_sentence(key)) or (
            key.rstrip().endswith(")")  # (both closings end the line on a bracket)
            and (_CAPTION_CLOSING.search(key.rstrip()) or _PHOTO_AGENCY_CLOSING.search(key.rstrip())))):
        return True  # a caption told by its archive note or photo agency (see furniture._CAPTION_OPENING)
    if in_head and not sentence_seen and words <= 2 and _BARE_READ_TIME.match(bare):
        return True  # the reading time under the headline, with no label
    if words <= 8 and not _ends_sentence(key) and (
            _AUTHOR_BOX.match(bare) or _is_counter(bare)
            or ((_BYLINE.match(bare) or _BYLINE.match(key.strip())) and not (in_head and _byline_with_date(key)))):
        return True  # (in the head, a byline with the date is left to _read_metadata, which reads it)
    # the byline beside the reading time or a counter: "كتب: سامي علي | وقت القراءة: 3 دقائق"
    if (byline := _without_trailing_counters(key)) is not key and byline.count(" ") < 8 and _BYLINE.match(_bare(byline)) \
            and not (in_head and _byline_with_date(byline)):
        return True
    if parts == "furniture":
        return True
    if words <= 15 and labelled and _CONTACT.match(bare) and (_PHONE_NUMBER.search(key) or _EMAIL.search(key)):
        return True
    if words <= 6 and "@" in key and _EMAIL_ONLY.match(key.strip()):
        return True  # a contact address alone on its line
    if words <= 15 and labelled and _EMBED_PLACEHOLDER.match(bare):
        return True  # where the page loads an embedded post on demand
    if labelled and _EDITOR_NOTE.match(bare):
        return True  # the editor's note on the story's update
    if sentence_seen and labelled and (_AUTHOR_BOX_LINE.match(bare) or _OUTLET_BOX_LINE.match(bare) or _SUPPORT_NOTE.match(bare)):
        return True  # the author's or the outlet's box on one line, a note on the story's support
    if sentence_seen and words <= MAX_TIP_PROMPT_WORDS and labelled and _TIP_PROMPT.match(bare) and _TIP_CONTACT.search(key):
        return True  # the outlet asking readers for tips, and where to send them
    if words <= 12 and labelled and _LIKED_PROMPT.match(bare):
        return True  # "هل أعجبك المقال؟ شاركه مع أصدقائك"
    if _is_reader_prompt(key, bare, words):
        return True  # "Share this with family and friends", "Follow SBS Arabic", "استمعوا إلى … عبر تطبيق …."
    if words <= 12 and _HASHTAGS.match(key):
        return True
    if words <= 5 and _RULE.match(key) and not _RULE.sub("", key).strip():
        return True  # a separator rule alone
    if seen_body and _is_sign_off(key):
        return True
    # "(رويترز)" alone below a paragraph credits a photo; in the head under a long headline, before any
    # finished sentence, it credits the story (left to _read_metadata)
    return (seen_body and not (in_head and not sentence_seen) and key.strip().startswith("(")
            and _AGENCY_ONLY.match(bare) is not None)


def _is_player_label(keys: list[str], i: int) -> bool:
    """Say whether line i is a video player's label (see furniture._MEDIA_LABEL): a play sign and the media word
    ("▶ فيديو | لحظة انقطاع التيار"), or either with the clip's duration under it. "بالفيديو: …" alone may head
    another story glued on, and "►" alone marks a list's item."""
    sign, word = _PLAY_SIGN.match(keys[i]), _MEDIA_LABEL.match(keys[i])
    return bool((sign and word) or ((sign or word) and _duration_follows(keys, i)))


def _is_timed_player(key: str) -> bool:
    """Say whether a line is a video player's label with the clip's duration in brackets: "▶ شاهد الفيديو (01:32) – مشاهد
    من …". Play sign, media word and duration together: a player, even in the head (a headline has no duration)."""
    word = _MEDIA_LABEL.match(key)
    return _PLAY_SIGN.match(key) is not None and word is not None and word["duration"] is not None


def _more_from_a_section(bare: str) -> bool:
    """Say whether a line is a section's related block heading: "المزيد من محليات", "المزيد من أخبار الاقتصاد", "More from
    World" (the section named by its label words). "المزيد من الضحايا" may head a paragraph's list: no section there."""
    more = _MORE_FROM.match(bare)
    return more is not None and _is_section_label(_MORE_FROM_LABEL.sub("", bare))


def _duration_follows(keys: list[str], i: int) -> bool:
    """Say whether the next line is a clip's duration alone ("01:12"), under a video player's label."""
    following = _next_nonblank(keys, i + 1)
    return following < len(keys) and _DURATION.match(keys[following]) is not None


def _comment_entry_follows(keys: list[str], i: int) -> bool:
    """Say whether the next line heads a reader's comment ("1) تعليق بواسطة : أبو محمد") or is a field of the
    comment form ("الاسم *")."""
    following = _next_nonblank(keys, i + 1)
    return (following < len(keys) and keys[following].count(" ") + 1 <= MAX_COMMENT_ENTRY_WORDS
            and (_COMMENT_ENTRY.match(keys[following].strip(_PAD)) is not None
                 or _FORM_FIELD.match(keys[following].strip()) is not None))


def _join_kept(lines: list[str], drop: list[bool]) -> str:
    """Join the kept lines; a blank line left next to another by a removal goes too."""
    out: list[str] = []
    dropped_since = False
    for line, dropped in zip(lines, drop):
        if dropped:
            dropped_since = True
            continue
        if not line.strip():
            if not out or (dropped_since and not out[-1].strip()):
                continue
        else:
            dropped_since = False
        out.append(line)
    return "\n".join(out).strip()
