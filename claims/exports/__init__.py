"""Exports of a story's confirmed claims. Each format streams: memory stays flat as a story grows."""
from .formats import EXPORTS, Export, export_story

__all__ = ["EXPORTS", "Export", "export_story"]
