"""Extract an article's main text and metadata from an HTML page (trafilatura)."""
from __future__ import annotations

import re
from dataclasses import dataclass

MIN_TEXT_LETTERS = 40  # less than a sentence or two is navigation or an error page, not an article
MIN_TEXT_WORDS = 12
_LETTERS = re.compile(r"[^\W\d_]")


class NotAnArticle(ValueError):
    """The HTML holds no main text to extract."""


@dataclass(frozen=True)
class HtmlArticle:
    text: str  # main text, one paragraph a line; goes through clean_text next
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD from the page's metadata
    author: str | None = None
    sitename: str | None = None
    url: str | None = None  # canonical URL when the page states one


def html_to_article(html: str, url: str | None = None) -> HtmlArticle:
    """Return the main text and metadata of an HTML page; raise NotAnArticle when there is none."""
    import trafilatura  # heavy import, only where HTML is handled

    if not html or not html.strip():
        raise NotAnArticle("The page is empty.")
    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            # read the date from the page's metadata, not from dates mentioned in the text
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise NotAnArticle(f"The page could not be parsed as HTML ({type(exc).__name__}).") from exc
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if len(_LETTERS.findall(text)) < MIN_TEXT_LETTERS or len(text.split()) < MIN_TEXT_WORDS:
        raise NotAnArticle("No article text was found on this page (it may be a home page, "
                           "a list of links, or need JavaScript to show its content).")
    return HtmlArticle(
        text=text,
        title=_clean(getattr(document, "title", None)),
        published=_clean(getattr(document, "date", None)),
        author=_clean(getattr(document, "author", None)),
        sitename=_clean(getattr(document, "sitename", None)),
        url=_clean(getattr(document, "url", None)) or url,
    )


def _clean(value: object) -> str | None:
    text = str(value).strip() if value else ""
    return text or None
