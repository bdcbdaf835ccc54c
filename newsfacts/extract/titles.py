"""Stated roles of people: "Ambassador to Bulgaria Huseyn Huseynov", "Seymur Ahmadov, chairman of ...".

The role is read off the words around a name, not the parse tree: en_core_web_sm attaches long pre-name
titles ("Azerbaijan's Ambassador to Bulgaria Huseyn Huseynov") unreliably, while the surface pattern
(a run of title-case words, role nouns and "of/to/for/in" ending at the name, or an apposition after a
comma) is stable in news English. A phrase only counts as a title if it contains a role word.
"""

from __future__ import annotations

import re
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
counselor governor gov. lt. mayor sheriff coroner commissioner superintendent inspector marshal
prosecutor judge justice lawyer attorney senator sen. congressman congresswoman rep. lawmaker mp
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
hostage captive detainee prisoner refugee
son daughter wife husband brother sister widow uncle aunt nephew niece grandson granddaughter
counterpart colleague partner investor entrepreneur businessman businesswoman banker trader farmer
worker employee staffer agent detective investigator ranger guard commandant warden veteran hero
laureate nominee candidate contender winner runner-up chairmen heads officials spokespersons
coordinator administrator rector dean principal provost president-elect premier-elect emeritus
ombudsman regent viceroy consultant specialist technician dispatcher deputies mps councillor
councilor councilman councilwoman alderman cllr assemblyman assemblywoman
extraordinary plenipotentiary quarterback pitcher winger lady curator compatriot holder teammate
magistrate akim hokim collector tehsildar forecaster dancer choreographer vocalist rapper comedian chef
substitute playmaker centre-back fullback pharmacist chemist physicist dentist strategist
lobbyist shopkeeper vendor fisherman miner fellow participant
steeplechaser hurdler marathoner decathlete heptathlete
passenger passengers pilgrim pilgrims commuter tourist motorist pedestrian bystander forward
gen gen. brig brig. maj maj. cmdr cmdr. adm adm. cpl cpl. pvt pvt. supt supt. insp insp. sgt
emperor empress tsar czar boss rider kingpin parent menteri
batter batsman batswoman bowler wicketkeeper spinner opener all-rounder allrounder skipper paceman seamer
setter libero khanende
"""
)
# Verbs of leading after "who" that state a role ("X, who heads the Y" is the head of the Y).
_ROLE_VERBS = {"heads": "head", "chairs": "chair", "leads": "leader"}
# Roles that are also given names, taken as roles only before "of" or after "the" ("the Amir of Kuwait",
# "the Amir Sheikh Nawaf"), never alone before a name ("Amir Khan").
_NAME_ROLES = _words("amir")
# Second words of two-word roles, roles only right after their first word ("Menteri Besar", the chief
# minister of a Malaysian state).
_ROLE_TAILS = {"besar": "menteri"}
# Courtesy forms that are part of neither the name nor the role.
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "m.", "mme", "mme."})
# Honorifics that do say something, kept as a title only when nothing better is stated.
WEAK_TITLES = frozenset(
    {
        *("dr", "dr.", "sir", "dame", "lord", "lady", "sheikh", "captain", "capt.", "prof.", "professor"),
        *("mawlawi", "mawlavi", "maulvi", "maulana", "mullah", "haji", "hajji", "qari", "sayyid"),
    }
)
# Ranked courtesy forms of several words, no part of the name ("Datuk Seri Anwar", "Tan Sri Muhyiddin").
# Their second word alone ("Sri", "Seri") often begins a name, so each is matched as a whole.
HONORIFIC_PHRASES = (
    ("tan", "sri"),
    ("puan", "sri"),
    ("toh", "puan"),
    ("datuk", "seri"),
    ("datuk", "patinggi"),
    ("dato", "seri"),
    ("dato", "sri"),
    ("dato'", "seri"),
    ("dato'", "sri"),
    ("datuk",),
    ("dato",),
    ("dato'",),
    ("datin",),
    ("tun",),
    ("pehin",),
    ("his", "excellency"),
    ("her", "excellency"),
    ("his", "royal", "highness"),
    ("her", "royal", "highness"),
    ("his", "highness"),
    ("her", "highness"),
    ("his", "majesty"),
    ("her", "majesty"),
    ("hon", "."),  # "Hon. Aminu Tswako": the courtesy of an elected official
    ("hon.",),
    ("alhaji",),  # West African courtesy for a man who has made the pilgrimage
    ("alhaja",),
    ("hajiya",),
    ("malam",),  # Hausa courtesy for a learned man, "Mr" in Nigerian copy
    ("mallam",),
)
_HONORIFIC_STARTS: dict[str, list[tuple[str, ...]]] = {}
for _phrase in sorted(HONORIFIC_PHRASES, key=len, reverse=True):
    _HONORIFIC_STARTS.setdefault(_phrase[0], []).append(_phrase)
HONORIFIC_WORDS = frozenset(w for phrase in HONORIFIC_PHRASES for w in phrase if w[0].isalpha())
_COURTESY_WORDS = HONORIFICS | WEAK_TITLES | HONORIFIC_WORDS
# Last words of courtesy forms ("." of "Hon .", "Majesty" of "His Majesty"): a cheap test before matching.
_COURTESY_ENDS = HONORIFICS | frozenset(phrase[-1] for phrase in HONORIFIC_PHRASES)
# Military and police ranks: a role stated after the name outranks them ("Brig. Gen. X, the spokesman").
RANK_WORDS = _words(
    """
general gen gen. brigadier brig brig. colonel col col. lieutenant lt lt. major maj maj. captain capt capt.
sergeant sgt sgt. commander cmdr cmdr. admiral adm adm. corporal cpl cpl. private pvt pvt. marshal field
lance first second staff master rear vice lieutenant-general major-general lieutenant-colonel
"""
)


# Police ranks written as capitals before a name ("SP Ravi Kumar": Superintendent of Police); case matters.
RANK_ABBREVIATIONS = frozenset({"SP", "ASP", "DSP", "SSP", "ACP", "DCP", "IGP", "SHO"})


def _rank_word(word: str) -> bool:
    low = word.lower()
    return low in RANK_WORDS or low.rstrip(".") in RANK_WORDS or word in RANK_ABBREVIATIONS


def is_rank_only(title: str) -> bool:
    """The title is a rank and nothing more ("Brig. Gen.", "Lt. Col.", "SP")."""
    words = title.replace("-", " ").split()
    return bool(words) and all(_rank_word(w) for w in words)


def is_courtesy(tok: Token) -> bool:
    """A courtesy form or rank that stands before a name but says nothing of the role ("Mr", "Dr", "Gen.",
    "SP")."""
    return tok.lower_ in _COURTESY_WORDS or _rank_word(tok.text)


_AGE_WORD = re.compile(r"^\d{1,3}-year-old$")
_PROFESSION_SUFFIXES = ("ologist", "ographer", "ician", "ologists", "ographers", "icians")
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
    if low in _NAME_ROLES:  # "the Amir of Kuwait", but "Amir Khan" is a name
        return (tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "of") or (
            tok.i > 0 and tok.nbor(-1).lower_ == "the"
        )
    if low in _ROLE_TAILS:
        return tok.i > 0 and tok.nbor(-1).lower_ == _ROLE_TAILS[low]
    if low == "international":  # "Indian international Rohan Deshpande", "former Wales international X"
        return (
            tok.is_lower
            and 0 < tok.i < len(tok.doc) - 1
            and tok.nbor(-1).is_title
            and tok.nbor(1).is_title
            and tok.nbor(1).pos_ == "PROPN"
        )
    if low.endswith(_PROFESSION_SUFFIXES) and tok.pos_ in ("NOUN", "PROPN"):
        return True  # "seismologist", "choreographer", "pediatrician"
    return "-" in low and any(part in ROLE_WORDS for part in low.split("-"))


def courtesy_start(doc: Tokens, s: int) -> int:
    """Start of the courtesy forms and ranks written right before token `s` ("Hon." Aminu, "Dr." Saleh,
    "Datuk Seri" Azlan); `s` if there are none."""
    while s > 1:
        if is_courtesy(doc[s - 1]):
            s -= 1
        elif doc[s - 1].lower_ not in _COURTESY_ENDS:
            break
        elif (n := next((n for n in (2, 3) if s - n >= 0 and honorific_len(doc, s - n) == n), 0)) > 0:
            s -= n
        else:
            break
    return s


def courtesy_before(doc: Tokens, s: int) -> bool:
    """A courtesy form, not a rank, ends right before token `s` ("Dr." Saleh, "Hon." Aminu)."""
    return s > 0 and (doc[s - 1].lower_ in WEAK_TITLES or _ends_honorific(doc, s - 1))


def _ends_honorific(doc: Tokens, i: int) -> bool:
    """Token `i` ends a courtesy form ("Mr.", "Majesty" of "His Majesty")."""
    if doc[i].lower_ not in _COURTESY_ENDS:
        return False
    return any(i - n + 1 >= 0 and honorific_len(doc, i - n + 1) == n for n in (1, 2, 3))


def honorific_len(doc: Tokens, i: int) -> int:
    """Tokens in the courtesy form starting at token `i` ("Mr.", "Datuk Seri"), 0 if there is none."""
    tok = doc[i]
    if tok.lower_ in HONORIFICS:
        return 1
    if not tok.is_title:
        return 0
    for phrase in _HONORIFIC_STARTS.get(tok.lower_, ()):
        n = len(phrase)
        if i + n <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(phrase)):
            return n
    return 0


def _titleish(tok: Token) -> bool:
    """A word that can sit inside a title phrase: nouns, adjectives, title-case words, acronyms ("WHO")."""
    if tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or tok.tag_ == "NNP":
        return True
    return (tok.is_title or (tok.is_upper and len(tok.text) > 1)) and tok.is_alpha


def _bracketed_acronym(doc: Tokens, i: int, name_after: bool = False) -> bool:
    """Token `i` closes an alias in brackets between a name and a lower-case role or the comma before a
    name: "... Authority (MIDA) chief executive", "an official of the ... Authority (PDMA), Sajid Khan" (not
    a dateline's "NEW DELHI (PTI) Prime Minister"). `name_after`: a title-case name may follow instead."""
    if name_after and i + 1 < len(doc) and doc[i + 1].is_title and doc[i - 1].is_upper:
        return _bracketed_acronym(doc, i) or (
            i >= 3 and doc[i - 2].text == "(" and doc[i - 3].is_alpha and doc[i - 3].text[:1].isupper()
        )
    return (
        doc[i].text == ")"
        and i >= 3
        and i + 1 < len(doc)
        and doc[i - 2].text == "("
        and doc[i - 1].text[:1].isupper()
        and doc[i - 1].is_alpha
        and doc[i - 3].is_alpha
        and doc[i - 3].text[:1].isupper()
        and (doc[i + 1].is_lower or doc[i + 1].text == ",")
    )


def _bracketed_portfolio(doc: Tokens, i: int) -> int | None:
    """Index of the "(" when token `i` closes a bracketed field of one to four capitalised words that
    follows a role ("Principal Secretary (Disaster Management)", "Secretary (Health)"), else None."""
    if doc[i].text != ")":
        return None
    k = i - 1
    while k > 0 and i - k <= 5 and (doc[k].is_title or doc[k].lower_ in ("and", "&")):
        k -= 1
    if k == i - 1 or doc[k].text != "(" or k == 0:
        return None
    # the role may end in its own object: "Minister of State (Finance)"
    return k if is_role(doc[k - 1]) or pre_title(doc, k, ()) is not None else None


def _list_comma(doc: Tokens, i: int) -> bool:
    """The comma at `i` separates the items of a portfolio ("of Culture, Sports and Youth", "of the
    Defence, Intelligence and Foreign Relations Committee", "for political affairs, peace and security"):
    words of one case on both sides, an "and" closing the list after it, and "of"/"for" opening it before
    it."""
    if i < 2 or i + 2 >= len(doc):
        return False
    before, after = doc[i - 1], doc[i + 1]
    titled = before.is_title and after.is_title
    # lower-case items must be nouns on both sides: a list of fields, not a new clause
    if not titled and not (before.is_lower and after.is_lower and before.pos_ == after.pos_ == "NOUN"):
        return False
    if not any(doc[k].lower_ == "and" for k in range(i + 2, min(i + 5, len(doc)))):
        return False
    k = i - 1
    while k > 0 and i - k <= 3 and (doc[k].is_title if titled else doc[k].is_lower):
        if doc[k].lower_ in ("of", "for"):
            break
        k -= 1
    if doc[k].lower_ == "the" and titled:
        k -= 1
    return doc[k].lower_ in ("of", "for")


def _role_list_comma(doc: Tokens, i: int) -> bool:
    """The comma at `i` separates offices held by one person (", Vice President, Prime Minister and Ruler
    of Dubai,"): a capitalised role word before it, a capitalised role within three words after it, and an
    "and" before a capitalised word closing the list."""
    if i < 1 or i + 3 >= len(doc) or not (doc[i - 1].is_title and is_role(doc[i - 1])):
        return False
    k = i + 1
    while k < len(doc) and k - i <= 3 and doc[k].is_title and not is_role(doc[k]):
        k += 1
    if k >= len(doc) or k - i > 3 or not (doc[k].is_title and is_role(doc[k])):
        return False
    return any(
        doc[j].lower_ == "and" and j + 1 < len(doc) and doc[j + 1].is_title
        for j in range(k + 1, min(k + 4, len(doc)))
    )


def pre_title(doc: Tokens, start: int, stop: Container[int]) -> str | None:
    """Title phrase ending right before token `start` ("Iranian Foreign Minister" Hossein ...).

    `stop` holds token indices of other names: a title never reaches into another person.
    """
    i = start - 1
    taken: list[int] = []
    while i >= 0 and start - i <= 16:
        tok = doc[i]
        if i in stop and taken and doc[taken[-1]].lower_ in ("'s", "\u2019s"):
            # "Medvedev's coach": the possessor's name belongs to the role
            while i >= 0 and i in stop and start - i <= 16:
                taken.append(i)
                i -= 1
            break
        if i in stop or (tok.is_sent_end and i != start - 1 and tok.is_punct):
            break
        low = tok.lower_
        if (i == start - 1 or (taken and doc[i + 1].lower_ in _INNER_ADP)) and (
            opening := _bracketed_portfolio(doc, i)
        ) is not None:
            # "Principal Secretary (Disaster Management)" X, "Secretary (East) in the ... Ministry" X
            taken.extend(range(i, opening - 1, -1))
            i = opening - 1
            continue
        if (_bracketed_acronym(doc, i) and (taken or doc[start].text == ",")) or (
            # "chairman of the ... Promotion Agency (AZPROMO) Farid Nagiyev": the name right after the alias
            i == start - 1 and i >= 4 and _bracketed_acronym(doc, i, name_after=True) and doc[i - 4].is_title
        ):
            i -= 3  # "Investment Authority (MIDA) chief executive": the alias is no part of the role
            continue
        if tok.text == "," and taken and _list_comma(doc, i):
            pass  # "Minister of Culture, Sports and Youth"
        elif tok.text in _QUOTES:
            if i == 0 or (doc[i - 1].is_punct and doc[i - 1].text not in _QUOTES):
                break
        elif low in ("-", "\u2013") and (doc[i - 1].whitespace_ or tok.whitespace_):
            break  # a dash between clauses, not a hyphen inside a word
        elif low in ("'s", "\u2019s", "-", "\u2013", "&"):
            pass
        elif low in _INNER_ADP or low == "and":
            if i == 0 or not (_titleish(doc[i - 1]) or doc[i - 1].text in (*_QUOTES, ")")):
                break
        elif low == "the":
            taken.append(i)
            # "... for West Africa and the Sahel": "and the" goes on inside a role's object, not before it
            inner = _INNER_ADP if any(is_role(doc[k]) for k in taken) else (*_INNER_ADP, "and")
            if i == 0 or doc[i - 1].lower_ not in inner:
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
            # "WHO Director-General": an acronym the tagger took for a pronoun; "Brazilian forward X": a
            # role word the tagger took for an adverb
            if not (
                (tok.pos_ in ("VERB", "AUX") and tok.tag_ == "NNP")
                or (tok.is_upper and len(tok.text) > 1 and tok.is_alpha and i != start - 1)
                or (i == start - 1 and tok.pos_ == "ADV" and is_role(tok))
                # "Kerala Blasters head coach": a role word the tagger took for a verb, before another role
                or (taken and tok.is_lower and is_role(tok) and i + 1 in taken and is_role(doc[i + 1]))
                # one hyphenated word: "Nigerian-born writer", "then-president" (a firm's seat is no part
                # of the role: "London-based analyst")
                or (
                    taken
                    and tok.is_alpha
                    and low not in ("based", "headquartered")
                    and (glued_to_previous(doc, i) or _glued_to_next(doc, i))
                )
            ):
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
    # Modifiers of the first role word ("Iranian Foreign" Minister), never across "of"/"to" unless all before
    # is one capitalised name ("Reserve Bank of New Zealand" Governor).
    while first > 0:
        prev = doc[taken[first - 1]]
        if _ends_honorific(doc, taken[first - 1]):
            break  # "His Majesty King": the courtesy is no part of the role
        if prev.lower_ in _INNER_ADP or prev.lower_ == "and":
            name = taken[: first - 1]
            # the name starts after any "and" or abbreviation point ("Tokyo Electron Ltd. and Advantest Corp.")
            cut = max(
                (n + 1 for n, k in enumerate(name) if doc[k].lower_ == "and" or doc[k].text.endswith(".")),
                default=0,
            )
            name = name[cut:]
            if (
                roles[0] == len(taken) - 1
                and any(doc[k].is_title for k in name)
                and all(
                    doc[k].is_title
                    or doc[k].is_upper
                    or doc[k].lower_ in (*_INNER_ADP, "and", "the", "'s", "&")
                    for k in name
                )
            ):
                first = cut
            break
        first -= 1
    # "Qatari Prime Minister Sheikh": a courtesy word just before the name is no part of the role, and
    # neither is a rank after another role ("Army spokesman Brigadier General"; "Lieutenant General" stays)
    last = len(taken)
    ranks_only = all(_rank_word(doc[taken[k]].text) for k in roles)
    while last - 1 > roles[0] and (
        doc[taken[last - 1]].lower_ in _COURTESY_WORDS
        or (
            not ranks_only
            and _rank_word(doc[taken[last - 1]].text)
            and not _office_general(doc, taken[last - 1])
        )
    ):
        last -= 1
    return _span_text(doc, taken[first:last])


def _office_general(doc: Tokens, i: int) -> bool:
    """Token `i` is the "General" of an office ("Secretary General", "Director-General"), not a rank."""
    prev = doc[i - 1]
    return doc[i].lower_ == "general" and (
        prev.text in ("-", "\u2013") or (is_role(prev) and not _rank_word(prev.text))
    )


def post_title(doc: Tokens, end: int, stop: Container[int]) -> str | None:
    """Apposition after a name: ", chairman of the X Association," / ", who is the ...", else None.
    A verb of leading states the role too: ", who heads the X," is the head of the X."""
    taken = post_title_tokens(doc, end, stop)
    noun = _role_verb(doc, end)
    if noun is None or not taken:
        return _span_text(doc, taken)
    first = taken[0] - (doc[taken[0] - 1].lower_ == "the")
    return f"{noun} of {_span_text(doc, list(range(first, taken[-1] + 1)), keep_the=True)}"


def _role_verb(doc: Tokens, end: int) -> str | None:
    """The role noun of a verb of leading in ", who heads/chairs/leads the ..." after a name, else None."""
    i = end + 2
    if i + 1 >= len(doc) or doc[end + 1].lower_ != "who" or doc[i + 1].lower_ not in ("the", "a", "an"):
        return None
    return _ROLE_VERBS.get(doc[i].lower_)


def post_title_tokens(doc: Tokens, end: int, stop: Container[int]) -> list[int]:
    """Token indices of the apposition `post_title` reads after a name ([] if there is none)."""
    if end >= len(doc) or doc[end].text != ",":
        return []
    i = end + 1
    if i < len(doc) and doc[i].lower_ in ("who", "which") and i + 1 < len(doc) and doc[i + 1].lemma_ == "be":
        i += 2
    role_verb = _role_verb(doc, end) is not None
    if role_verb:
        i += 2
    taken: list[int] = []
    while i < len(doc) and len(taken) < 20:
        tok = doc[i]
        low = tok.lower_
        if i in stop:
            break
        if not taken and (low in ("the", "a", "an", "then") or _AGE_WORD.match(low)):
            i += 1  # ", a 52-year-old garment worker", ", then chairman of ..."
            continue
        if (
            not taken
            and tok.like_num
            and i + 4 < len(doc)
            and doc[i + 1].text == "-"
            and doc[i + 2].lower_ == "year"
            and doc[i + 4].lower_ == "old"
        ):
            i += 5  # the same age split into tokens: "52 - year - old"
            continue
        if (
            tok.text in _QUOTES
            or low in ("'s", "\u2019s", "-", "\u2013", "&")
            or (
                tok.text == ","
                and taken
                and i + 1 not in stop
                and (_list_comma(doc, i) or _role_list_comma(doc, i))
            )
        ):
            pass
        elif (
            low in _INNER_ADP
            or low in ("the", "and", "from")  # ", a pilgrim from Agra"
            or (low in ("a", "an") and doc[i - 1].lower_ in _INNER_ADP)
        ):
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
            if not (
                (tok.is_title and tok.pos_ in ("VERB", "ADV"))
                or (tok.pos_ == "ADV" and is_role(tok))
                # "candidate of the ruling Georgian Dream party": a participle between an article and a noun
                or (
                    taken
                    and tok.tag_ in ("VBG", "VBN")
                    and doc[i - 1].lower_ in ("the", "a", "an")
                    and i + 1 < len(doc)
                    and not doc[i + 1].is_punct
                    and _titleish(doc[i + 1])
                )
                or (taken and glued_to_previous(doc, i))  # "at the Oslo-based Nordic Institute"
            ):
                break
        elif not _titleish(tok):
            break
        if not taken and any(c.isdigit() for c in tok.text):
            return []
        taken.append(i)
        i += 1
    if i < len(doc) and i in stop:
        return []  # ", People's Artist Farhad Badalbeyli": the next listed person's title
    if i + 3 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and i + 3 in stop:
        return []  # ", chairman of the ... Agency (AZPROMO) Farid Nagiyev": the next person's title too
    while taken and doc[taken[-1]].lower_ in (*_INNER_ADP, "the", "and", "from", "-", "&"):
        taken.pop()
    if role_verb:  # ", who heads the National Maritime Council": a named body ("leads the race" is none)
        return taken if any(doc[k].is_title and doc[k].pos_ == "PROPN" for k in taken) else []
    roles = [k for k in taken if _role_like(doc[k])]
    if not roles or doc[roles[0]].tag_ in ("NNS", "NNPS"):
        return []  # "X, employees of the Embassy, ..." is a list, not an apposition
    return taken


def _glued_to_next(doc: Tokens, i: int) -> bool:
    """Token `i` is joined by a hyphen to the word after it, with no space ("then" of "then-president")."""
    return (
        i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_
    )


def glued_to_previous(doc: Tokens, i: int) -> bool:
    """Token `i` is joined by a hyphen to the word before it, with no space ("based" of "Oslo-based",
    "au" of "Port-au-Prince")."""
    return i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


def _role_like(tok: Token) -> bool:
    if is_role(tok):
        return True
    return tok.tag_ in ("NN", "NNS") and tok.is_lower and tok.lower_.endswith(_ROLE_SUFFIXES)


def singular(title: str) -> str:
    """'diaspora members' -> 'diaspora member' when one title is shared by several listed names."""
    words = title.split()
    for k, word in enumerate(words):
        low = word.lower()
        if low in _INNER_ADP:
            break  # "Speaker of the House of Representatives": a plural after "of" names a body
        if k > 0 and word[:1].isupper() and k < len(words) - 1:
            continue  # "Kaizer Chiefs coach": a capitalised plural inside a title is part of a name
        if low.endswith("s") and low[:-1] in ROLE_WORDS:
            words[k] = word[:-1]
            return " ".join(words)
    return title


def _span_text(doc: Tokens, idxs: list[int], keep_the: bool = False) -> str | None:
    if not idxs:
        return None
    text = "".join(doc[i].text_with_ws for i in idxs).strip(" ,-\u2013\u2014\"\u201c\u201d'\u2018\u2019")
    if text.lower().startswith("the ") and not keep_the:
        text = text[4:]
    return text or None
