"""Stated roles of people: "Ambassador to Bulgaria Huseyn Huseynov", "Seymur Ahmadov, chairman of ...".

The role is read off the words around a name, not the parse tree: en_core_web_sm attaches long pre-name
titles ("Azerbaijan's Ambassador to Bulgaria Huseyn Huseynov") unreliably, while the surface pattern
(a run of title-case words, role nouns and "of/to/for/in" ending at the name, or an apposition after a
comma) is stable in news English. A phrase only counts as a title if it contains a role word.
"""

from __future__ import annotations

from collections.abc import Container
from typing import Protocol

from spacy.tokens import Token


def _words(text: str) -> frozenset[str]:
    """A lexicon written as whitespace-separated words."""
    return frozenset(text.split())


# Role nouns of English news copy: offices, ranks, occupations, relations to a group or event.
ROLE_WORDS = _words(
    """
president vice-president premier minister ambassador envoy consul consul-general attache attaché diplomat
secretary secretary-general undersecretary chairman chairwoman chairperson chair co-chair vice-chairman
director director-general head chief ceo cfo coo cto founder co-founder owner executive manager officer
official spokesman spokeswoman spokesperson representative delegate deputy adviser advisor aide counsellor
counselor governor gov. gov lt. mayor sheriff coroner commissioner superintendent inspector marshal
prosecutor judge justice lawyer attorney senator sen. sen congressman congresswoman rep. lawmaker mp
parliamentarian speaker legislator leader king queen prince princess emir sheikh sultan monarch ruler
pope bishop archbishop patriarch cardinal imam mufti rabbi priest cleric chancellor treasurer auditor
general colonel col. lieutenant lt captain capt. major sergeant sgt. commander admiral brigadier marshal
soldier officer trooper firefighter fireman paramedic medic nurse doctor dr. physician surgeon
professor prof. lecturer teacher student scientist researcher analyst expert economist historian scholar
journalist correspondent reporter editor columnist writer author poet novelist playwright artist painter
sculptor singer musician composer pianist violinist guitarist drummer conductor virtuoso performer actor
actress filmmaker director producer screenwriter photographer designer architect engineer
player coach manager captain athlete champion wrestler boxer fighter footballer striker midfielder
goalkeeper defender runner sprinter swimmer cyclist skier gymnast weightlifter judoka grandmaster
tennis golfer jockey driver pilot member members activist campaigner volunteer organizer organiser
resident residents indigene native villager witness eyewitness survivor victim relative mother father
son daughter wife husband brother sister widow uncle aunt nephew niece grandson granddaughter
counterpart colleague partner investor entrepreneur businessman businesswoman banker trader farmer
worker employee staffer agent detective investigator ranger guard commandant warden veteran hero
laureate nominee candidate contender winner runner-up chairmen heads officials spokespersons
coordinator administrator rector dean principal provost president-elect premier-elect emeritus
ombudsman regent viceroy consultant specialist technician operator dispatcher deputies mps
extraordinary plenipotentiary quarterback pitcher winger lady
"""
)
# Courtesy forms that are part of neither the name nor the role.
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "m.", "mme", "mme."})
# Honorifics that do say something, kept as a title only when nothing better is stated.
WEAK_TITLES = frozenset(
    {"dr", "dr.", "sir", "dame", "lord", "lady", "sheikh", "captain", "capt.", "prof.", "professor"}
)
_ROLE_SUFFIXES = ("man", "woman", "person", "ist", "ian", "ier", "eer")
_INNER_ADP = frozenset({"of", "to", "for", "in", "at", "on", "with"})
_QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb"})


class Tokens(Protocol):
    """What the title readers need of a Doc: its length and its tokens by index (a Doc, or a cached list)."""

    def __len__(self) -> int: ...

    def __getitem__(self, i: int, /) -> Token: ...


def is_role(tok: Token) -> bool:
    """Role noun from the lexicon (also inside hyphenated forms such as "Vice-President")."""
    low = tok.lower_
    if low in ROLE_WORDS or tok.lemma_.lower() in ROLE_WORDS:
        return True
    return "-" in low and any(part in ROLE_WORDS for part in low.split("-"))


def _titleish(tok: Token) -> bool:
    """A word that can sit inside a title phrase: nouns, adjectives, title-case words."""
    if tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or tok.tag_ == "NNP":
        return True
    return tok.is_title and tok.is_alpha


def pre_title(doc: Tokens, start: int, stop: Container[int]) -> str | None:
    """Title phrase ending right before token `start` ("Iranian Foreign Minister" Hossein ...).

    `stop` holds token indices of other names: a title never reaches into another person.
    """
    i = start - 1
    taken: list[int] = []
    while i >= 0 and start - i <= 16:
        tok = doc[i]
        if i in stop or (tok.is_sent_end and i != start - 1 and tok.is_punct):
            break
        low = tok.lower_
        if tok.text in _QUOTES:
            if i == 0 or (doc[i - 1].is_punct and doc[i - 1].text not in _QUOTES):
                break
        elif low in ("-", "\u2013") and (doc[i - 1].whitespace_ or tok.whitespace_):
            break  # a dash between clauses, not a hyphen inside a word
        elif low in ("'s", "\u2019s", "-", "\u2013", "&"):
            pass
        elif low in _INNER_ADP or low == "and":
            if i == 0 or not (_titleish(doc[i - 1]) or doc[i - 1].text in _QUOTES):
                break
        elif low == "the":
            taken.append(i)
            if i == 0 or doc[i - 1].lower_ not in _INNER_ADP:
                break
            i -= 1
            continue
        elif tok.is_punct or tok.pos_ in (
            "VERB",
            "AUX",
            "PRON",
            "DET",
            "ADV",
            "SCONJ",
            "ADP",
            "PART",
            "CCONJ",
        ):
            if not (tok.pos_ in ("VERB", "AUX") and tok.tag_ == "NNP"):
                break
        elif not _titleish(tok):
            break
        taken.append(i)
        i -= 1
    taken.reverse()
    if taken and doc[taken[-1]].lower_ in (*_INNER_ADP, "and", "the"):
        return None  # "Analysts at Goldman Sachs": the name is not the one holding the role
    roles = [k for k, idx in enumerate(taken) if is_role(doc[idx])]
    if not roles:
        return None
    first = roles[0]
    # Modifiers of the first role word ("Iranian Foreign" Minister), never across "of"/"to".
    while first > 0:
        prev = doc[taken[first - 1]]
        if prev.lower_ in _INNER_ADP or prev.lower_ == "and":
            break
        first -= 1
    return _span_text(doc, taken[first:])


def post_title(doc: Tokens, end: int, stop: Container[int]) -> str | None:
    """Apposition after a name: ", chairman of the X Association," / ", who is the ...", else None."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    if i < len(doc) and doc[i].lower_ in ("who", "which") and i + 1 < len(doc) and doc[i + 1].lemma_ == "be":
        i += 2
    taken: list[int] = []
    while i < len(doc) and len(taken) < 20:
        tok = doc[i]
        low = tok.lower_
        if i in stop:
            break
        if not taken and low in ("the", "a", "an"):
            i += 1
            continue
        if tok.text in _QUOTES or low in ("'s", "\u2019s", "-", "\u2013", "&"):
            pass
        elif low in _INNER_ADP or low in ("the", "and"):
            if i + 1 >= len(doc) or (doc[i + 1].is_punct and doc[i + 1].text not in _QUOTES):
                break
        elif tok.is_punct or tok.pos_ in (
            "VERB",
            "AUX",
            "PRON",
            "ADV",
            "SCONJ",
            "ADP",
            "PART",
            "DET",
            "CCONJ",
        ):
            if not (tok.is_title and tok.pos_ in ("VERB", "ADV")):
                break
        elif not _titleish(tok):
            break
        if not taken and any(c.isdigit() for c in tok.text):
            return None
        taken.append(i)
        i += 1
    while taken and doc[taken[-1]].lower_ in (*_INNER_ADP, "the", "and", "-", "&"):
        taken.pop()
    roles = [k for k in taken if _role_like(doc[k])]
    if not roles or doc[roles[0]].tag_ in ("NNS", "NNPS"):
        return None  # "X, employees of the Embassy, ..." is a list, not an apposition
    return _span_text(doc, taken)


def _role_like(tok: Token) -> bool:
    if is_role(tok):
        return True
    return tok.tag_ in ("NN", "NNS") and tok.is_lower and tok.lower_.endswith(_ROLE_SUFFIXES)


def singular(title: str) -> str:
    """'diaspora members' -> 'diaspora member' when one title is shared by several listed names."""
    words = title.split()
    for k, word in enumerate(words):
        low = word.lower()
        if low.endswith("s") and low[:-1] in ROLE_WORDS:
            words[k] = word[:-1]
            return " ".join(words)
    return title


def _span_text(doc: Tokens, idxs: list[int]) -> str | None:
    if not idxs:
        return None
    text = "".join(doc[i].text_with_ws for i in range(idxs[0], idxs[-1] + 1)).strip(
        " ,-\u2013\u2014\"\u201c\u201d'\u2018\u2019"
    )
    if text.lower().startswith("the "):
        text = text[4:]
    return text or None
