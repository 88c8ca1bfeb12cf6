"""Arabic-first claim extraction: text in, claims out. Pure Python, no Django."""
from .pipeline import EXTRACTOR_VERSION, extract_article

__all__ = ["EXTRACTOR_VERSION", "extract_article"]
