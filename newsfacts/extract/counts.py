"""Counts of people and things: category, value, qualifier, subject, span.

A count is a stated number that the grammar ties to an event word: the number's noun is the patient of
a killing verb ("613 people were murdered", "killed five locals"), the number's head is itself a tally
word ("at least 22 dead", "19 fatalities"), a complement carries the event ("went missing", "were taken
captive", "lost their lives"), or a fixed phrase frames it ("the fate of 150 remains unknown", "put the
death toll at six", "the abduction of 100 students"). Numbers with no such tie are not counts, which
keeps populations, crowds, delegations, medals, years, ages, scores and money out: a false count misleads
an analyst more than a missed one. Numbers without an event word of their own take the category of the
count they hang from: subgroups ("including 63 children"), coordinations and elliptical lists ("394
deaths in X, 271 in Y"). A few non-human counts worth keeping (homes burned, villages hit, countries
that acted) come out as "other" / "affected".

Everything is read off the one spaCy parse (dependency labels, lemmas, tags); lexicons are built once at
import. Rules are about English news language, and each one names the construction it reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Token

from newsfacts.extract.facts import Count
from newsfacts.extract.numbers import NumberMention, find_numbers


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _cats(pairs: dict[str, str]) -> dict[str, str]:
    """Expand {"word word": category} into {word: category}."""
    return {w: cat for words, cat in pairs.items() for w in words.split()}


# Verbs whose patient is the counted group: "killed 5 people", "5 people were killed".
_VERB_CATEGORY = _cats(
    {
        "kill murder slay massacre annihilate execute behead assassinate slaughter exterminate martyr lynch "
        "decapitate butcher die perish drown succumb electrocute suffocate asphyxiate": "killed",
        "injure wound hurt maim hospitalize hospitalise cripple": "injured",
        "abduct kidnap capture": "captured",
        "disappear vanish": "missing",
        "displace uproot expel deport flee evict": "displaced",
        "arrest detain apprehend jail imprison incarcerate nab": "arrested",
        "evacuate": "evacuated",
        "orphan": "orphaned",
        "affect impact maroon infect": "affected",
    }
)
# People whose leaving is no displacement: expelled envoys, fleeing suspects.
_NOT_DISPLACED = _words(
    "diplomat ambassador envoy attache consul suspect gunman attacker assailant robber thief militant bandit "
    "prisoner inmate driver"
)
# Verbs whose grammatical subject is the counted group even in the active voice.
_INTRANSITIVE = _words("die perish drown succumb disappear vanish flee")
# Verbs that mean killing only when their patient is people: "8 families were completely destroyed".
_PERSON_KILLING = frozenset({"destroy", "wipe", "exterminate", "annihilate", "neutralise", "neutralize"})
# Who arrests: people they seize are detained, not abducted.
_LAW_ENFORCEMENT = _words("police policeman policemen officer authority agent gendarme gendarmerie")
# Verbs that mean abduction only when their patient is people: "seized 27 aid workers".
_PERSON_SEIZING = frozenset({"seize", "snatch", "grab"})
# Verbs that mean wounding only when their patient is people: "3 firemen were burned", "burned 20 tyres".
_PERSON_HARMING = frozenset({"burn", "scald", "stab"})
# Adjectives and nouns that carry the event as a complement: "went missing", "became refugees".
_COMPLEMENT_CATEGORY = _cats(
    {
        "dead killed slain martyr martyrs": "killed",
        "missing unaccounted": "missing",
        "homeless refugee refugees idp idps displaced": "displaced",
        "disabled injured wounded hurt crippled maimed invalid invalids hospitalized hospitalised": "injured",
        "orphaned": "orphaned",
    }
)
_CAPTIVE_WORDS = frozenset({"captive", "captives", "hostage", "hostages", "prisoner", "prisoners"})
_HOLDING_VERBS = frozenset({"take", "hold", "keep"})
# Nouns that name the tally itself: "22 dead", "19 fatalities", "1,275 hostages".
_NOUN_CATEGORY = _cats(
    {
        "death deaths fatality fatalities dead deceased body bodies corpse corpses slain": "killed",
        "injured wounded injury injuries hurt": "injured",
        "missing": "missing",
        "hostage hostages captive captives abductee abductees": "captured",
        "refugee refugees idp idps displaced homeless": "displaced",
        "evacuee evacuees": "evacuated",
        "orphan orphans": "orphaned",
        "detainee detainees arrestee arrestees arrests": "arrested",
    }
)
# Weaker: nouns that mean killed when nothing else in the clause says otherwise ("the 613 victims").
_WEAK_NOUN_CATEGORY = {"victim": "killed", "martyr": "killed"}
# Words after the number, on its noun: "20 others wounded", "two landslide-hit villages".
_MODIFIER_CATEGORY = _cats(
    {
        "dead deceased killed slain": "killed",
        "injured wounded": "injured",
        "missing": "missing",
        "displaced homeless": "displaced",
        "hit affected impacted stricken": "affected",
        "evacuated": "evacuated",
        "abducted kidnapped": "captured",
        "arrested detained": "arrested",
        "orphaned": "orphaned",
    }
)
# Event nouns whose "of" phrase is the counted group: "the abduction of more than 100 students".
_EVENT_NOUN_CATEGORY = _cats(
    {
        "killing murder massacre execution death slaughter": "killed",
        "injury wounding": "injured",
        "abduction kidnapping capture": "captured",
        "disappearance": "missing",
        "displacement expulsion deportation": "displaced",
        "arrest detention": "arrested",
        "evacuation": "evacuated",
    }
)
_PARENT_WORDS = frozenset({"parent", "parents", "mother", "father", "mothers", "fathers"})
_KILLING_MANNER = frozenset({"shoot", "stab", "beat", "burn", "hack", "club", "stone", "gun"})
_LIFE_TAKING = frozenset({"claim", "take", "cost", "lose"})
_HOSPITAL_VERBS = frozenset({"admit", "take", "rush", "airlift", "send", "transport", "carry", "ferry"})
# What buries people alive: the dead are buried in graves, the trapped in these.
_DEBRIS_WORDS = _words(
    "rubble debris mud mudslide landslide avalanche snow sand earth soil ruin ruins wreckage collapse"
)
# Treating someone for harm, or keeping them in hospital, says they were hurt.
_CARE_VERBS = _words("treat hospitalize hospitalise admit remain recover")
_HOSPITAL_WORDS = _words("hospital hospitals clinic clinics infirmary")
# "receiving treatment", "undergoing surgery": care given to the hurt.
_TREATMENT_VERBS = _words("receive undergo get")
_TREATMENT_WORDS = _words("treatment surgery operation")
# "sought medical help", "needed medical attention": the hurt, as a rail or quake ministry words them.
_CARE_SEEKING = _words("seek need require receive get")
_MEDICAL_HELP = _words("help attention care assistance aid treatment")
_HARM_WORDS = _words(
    "injury wound burn inhalation hypothermia frostbite fracture trauma bruise laceration cut shock exposure "
    "bone"
)
_DISASTER_WORDS = _words(
    """
    flood flooding floodwater storm cyclone typhoon hurricane tornado earthquake quake tremor drought famine
    tsunami landslide monsoon rain heatwave wildfire blizzard outbreak epidemic disaster
    """
)
# Events that take lives: disasters, fighting, accidents.
_HARM_EVENTS = _DISASTER_WORDS | _words(
    "war attack battle fighting conflict clash clashes violence explosion blast fire accident crash shelling"
)
_MILITARY_LEMMAS = _words("soldier serviceman servicemen troop fighter")
# "sentenced to death", "scared to death": no one died.
_NOT_DEATH = _words("sentence condemn scare frighten bore worry love tickle")
_WITH_HARM_VERBS = _words("leave admit hospitalize hospitalise rush take airlift treat")
_SEVERITY = _words("seriously critically severely gravely badly slightly lightly mildly")
_GRAVE = frozenset({"critical", "serious", "grave", "stable", "severe"})
_SAFETY_WORDS = _words("safety shelter camp place location area ground centre center site")
_DRIVING_VERBS = _words("force drive chase push evict uproot")
_SAFE_PLACE = _words("safe safer relief evacuation temporary")
_MOVING_VERBS = frozenset({"move", "shift", "transfer", "take", "relocate", "bring", "evacuate"})
# Staying in a relief camp or an evacuation centre, rather than being moved there, is displacement:
# "3,000 people are living in relief camps", "spent the night at evacuation centres".
_STAYING_VERBS = _words("live stay spend remain shelter sleep lodge house accommodate be")
_SHELTER_PLACES = _words("camp centre center shelter")
_SHELTER_KINDS = _SAFE_PLACE | _words("refugee idp displacement")
# Moved by force: "were forcibly bused out of the town" is displacement, not evacuation.
# Not "taken" (abducted) nor "removed" (protesters cleared from a square).
_FORCED_MOVING = _words("move shift transfer relocate resettle evacuate bus truck")
# Bodily losses that maim: "seven had lost their eyesight".
_BODY_LOSSES = _words("eyesight sight vision hearing limb leg arm hand foot eye")
# Verbs that put a status on record: "listed as missing", "declared dead", "registered as refugees".
_RECORDING_VERBS = _words("list report declare register record classify confirm count")
_SUPERSEDED = _words("initially originally mistakenly wrongly erroneously")
# How bodies turn up: "four more were pulled from the river", "have yet to be found".
_RECOVERY_VERBS = _words("pull retrieve recover find fish dig extract exhume wash discover locate")
_LEAVING_VERBS = frozenset({"flee", "leave", "abandon", "quit", "evacuate"})
# Tally nouns: "put the death toll at six", "the number killed rose from 148 to 154".
_TOLL_NOUNS = frozenset({"toll", "figure", "tally", "number", "count", "total"})
_TOLL_COMPOUND = {"death": "killed", "fatality": "killed", "injury": "injured"}
_TOLL_PREPS = frozenset({"at", "to", "from", "past", "toward", "towards"})
# Heads of "a total of", "upwards of": the phrase, not the number, takes the count's role in the clause.
_GROUP_NOUNS = _words("total group batch minimum upwards upward")
_QUANT_PREPS = frozenset({"over", "about", "around", "nearly", "approximately", "under", "than"})

# Counted nouns that are never head counts: units, time spans, sport, money and paper words.
_UNIT_LEMMAS = _words(
    """
    year month week day hour minute second decade century time percent per cent point kg kilogram km
    kilometer kilometre mile acre hectare meter metre foot feet inch ton tonne litre liter gallon barrel
    degree dollar euro pound rupee manat lakh crore yuan ruble rouble cent vote seat goal run medal round
    set game match episode page edition anniversary floor mph storey story step lap stage title trophy job
    bullet shot rocket missile shell january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday a.m. p.m. am pm o'clock gmt
    utc
    """
)
# Words that make a number money: "5 million dollars", "Rs 40 crore", "USD 3 billion".
_CURRENCY_WORDS = _words(
    """
    dollar euro pound rupee manat yuan renminbi ruble rouble yen franc dinar dirham riyal rial lira naira
    shilling peso rand taka tenge lari dram hryvnia som won ringgit rupiah baht dong kyat cedi kwacha usd
    eur gbp inr azn rs rs. tk sterling cent buck
    """
)
# Things that are not people; counts of them never take a people-only category.
_OBJECT_LEMMAS = _words(
    "tank vehicle car truck weapon rifle gun drone aircraft plane helicopter ship boat gram kilo "
    "cattle livestock cow sheep goat animal chicken poultry pig camel horse donkey dog "
    "tree pole pylon crop plant cable wall roof"
)
# Things an analyst wants counted, and the words that make them newsworthy.
_PROPERTY_LEMMAS = _words(
    "home house building structure dwelling apartment flat residence shop school hospital mosque church "
    "bridge block"
)
# Words that make a story one about a disease, whose "cases" are people hit by it.
_DISEASE_WORDS = _words(
    """
    cholera covid covid-19 coronavirus measles dengue malaria ebola mpox monkeypox flu influenza typhoid
    diphtheria polio tuberculosis meningitis hepatitis anthrax plague zika epidemic pandemic disease virus
    """
)
_CASE_LEMMAS = frozenset({"case", "infection"})
# Offences named by their outcome: "charges of causing the death of more than one person".
_CAUSING_VERBS = _words("cause result lead entail")
_OFFENCE_WORDS = _words(
    "charge case article offence offense crime violation law statute count guilty rule regulation"
)
_LEGAL_WORDS = _words(
    "court judge trial lawsuit prosecutor prosecution criminal crime police charge file suit"
)
# Modifiers that make a "unit" a home: "residential units", "housing units".
_HOUSING_WORDS = _words("residential housing dwelling apartment living")
_PLACE_LEMMAS = _words(
    "village town settlement district community region province city neighbourhood neighborhood "
    "municipality county hamlet commune barangay tehsil taluka taluk upazila woreda governorate prefecture "
    "oblast canton township subdistrict"
)
_COUNTRY_LEMMAS = frozenset({"country", "nation"})
_THING_LEMMAS = _PROPERTY_LEMMAS | _PLACE_LEMMAS | _COUNTRY_LEMMAS
# Categories a noun can carry as a status of people ("hostages", "refugees") rather than as a tally.
_STATUS_CATEGORIES = frozenset({"captured", "displaced", "evacuated", "arrested", "orphaned"})
_PEOPLE_ONLY = frozenset({"killed", "injured", "captured", "missing", "arrested", "orphaned", "displaced"})
_IMPACT_LEMMAS = _words(
    """
    burn destroy damage raze flatten level gut gutted collapse flood inundate submerge sweep wash threaten
    incinerate demolish bomb shell torch loot engulf consume reduce hit strike affect bury devastate
    destruction ruin rubble topple wreck
    """
)
_AFFECT_LEMMAS = _words(
    "hit affect affected impact impacted strike stricken flood inundate submerge underwater maroon waterlog "
    "cut_off"
)
# What a village or district suffers: a flood or storm hits it, fighting razes it.
_PLACE_HARM_LEMMAS = _AFFECT_LEMMAS | (_IMPACT_LEMMAS - {"threaten", "reduce"})
_FLOODWATER = frozenset({"water", "waters", "floodwater", "floodwaters"})
# Nouns that name the people of a category when they refer back to a count: "the suspects" (arrested).
_ROLE_CATEGORY = {"suspect": "arrested"}
# Verbs that list the parts of a group: "the dead included 12 women", "the suspects comprised 13 Malaysians".
_BREAKDOWN_VERBS = _words("include comprise consist")
# Verbs that take a part out of a group: "two of the passengers survived".
_ESCAPE_VERBS = _words("survive escape flee rescue release free recover return")
_ANAPHORIC_DET = frozenset(
    {"the", "these", "those", "both", "its", "their", "our", "his", "her", "my", "your"}
)

# People nouns that may inherit a category from a neighbouring count ("including 63 children").
_PERSON_LEMMAS = _words(
    """
    people person civilian child woman man soldier troop officer police policeman policemen resident
    villager student worker family member passenger pilgrim miner farmer fisherman journalist militant
    fighter rebel insurgent suspect protester demonstrator tourist migrant refugee prisoner hostage
    employee staff official elderly baby infant teenager boy girl kid adult individual local other victim
    serviceman servicemen personnel guard firefighter rescuer doctor nurse patient teacher pupil citizen
    national inhabitant crew sailor driver pedestrian worshipper spectator fan player athlete survivor
    interpreter contractor volunteer peacekeeper minor youth relative more household customer consumer
    user subscriber foreigner son daughter brother sister husband wife grandchild grandson granddaughter
    smuggler trafficker poacher gunman robber thief bandit kidnapper pirate looter rioter activist
    assailant attacker terrorist jihadist extremist
    reporter lawmaker priest monk nun engineer technician labourer laborer herder shepherd trader vendor
    motorist cyclist hiker climber swimmer diver camper commuter traveller traveler
    """
)
# Subjects that say no more than "people": "15 others", "19 fatalities", "five locals". Nouns for people
# in a state ("hostages", "refugees", "detainees") name who they are and are kept as written.
_SUBJECT_PEOPLE = _words(
    """
    people person individual local other more victim death fatality dead body corpse life soul injured
    wounded injury hurt missing casualty one displaced homeless slain martyr deceased arrest
    """
)
_SUBJECT_MAP = {
    "troop": "soldiers",
    "soldier": "soldiers",
    "serviceman": "soldiers",
    "servicemen": "soldiers",
    "servicemember": "soldiers",
    "police": "police officers",
    "policeman": "police officers",
    "policemen": "police officers",
    "cop": "police officers",
    "kid": "children",
    "child": "children",
    "orphan": "children",
    "elderly": "elderly",
}
# Heads that keep their noun compound in the subject: "police officers", "aid workers".
_COMPOUND_HEADS = frozenset(
    {"officer", "worker", "member", "personnel", "force", "guard", "official", "staff"}
)
_INJURY_WORDS = frozenset({"injure", "injured", "injury", "wound", "wounded", "hurt", "maim"})
_OLD_WORDS = frozenset({"elderly", "old", "older", "aged"})
_OLD_HEADS = frozenset({"person", "people", "man", "men"})
_IRREGULAR_PLURALS = {
    "man": "men",
    "woman": "women",
    "child": "children",
    "person": "people",
    "wife": "wives",
}

_QUALIFIERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("no", "more", "than"), "at_most"),
    (("not", "more", "than"), "at_most"),
    (("no", "fewer", "than"), "at_least"),
    (("no", "less", "than"), "at_least"),
    (("not", "less", "than"), "at_least"),
    (("not", "fewer", "than"), "at_least"),
    (("in", "excess", "of"), "at_least"),
    (("a", "minimum", "of"), "at_least"),
    (("as", "many", "as"), "exact"),  # the dev gold reads "As many as 613 people" as exact
    (("a", "total", "of"), "exact"),
    (("an", "estimated"), "approx"),
    (("at", "least"), "at_least"),
    (("more", "than"), "at_least"),
    (("upwards", "of"), "at_least"),
    (("at", "most"), "at_most"),
    (("up", "to"), "at_most"),
    (("fewer", "than"), "at_most"),
    (("less", "than"), "at_most"),
    (("close", "to"), "approx"),
    (("over",), "at_least"),
    # a tally that "passed 5,600" or "exceeded 100" is at least that
    (("passed",), "at_least"),
    (("exceeded",), "at_least"),
    (("surpassed",), "at_least"),
    (("topped",), "at_least"),
    (("above",), "at_least"),
    (("past",), "at_least"),
    (("under",), "at_most"),
    (("some",), "approx"),
    (("about",), "approx"),
    (("around",), "approx"),
    (("nearly",), "approx"),
    (("almost",), "approx"),
    (("roughly",), "approx"),
    (("approximately",), "approx"),
    (("estimated",), "approx"),
    (("circa",), "approx"),
    (("toward",), "approx"),
    (("towards",), "approx"),
)
_MOSTLY = frozenset({"mostly", "mainly", "largely", "chiefly", "primarily", "predominantly", "many", "most"})
_ROLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "prep", "npadvmod"})
# Relations that make a word an argument of its verb; a number or noun in none of them is verbless.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd", "ccomp", "xcomp"})
_LIST_JOINERS = frozenset({",", "and", ";", "while", "with", "plus", "as", "whereas"})
_SUBGROUP_PREPS = frozenset({"including", "among", "plus", "alongside", "besides"})


@dataclass
class _Mention:
    num: NumberMention
    anchor: Token  # the number's syntactic head
    noun: Token | None  # the counted noun, when the number has one
    partitive: bool  # the noun came from "two of its soldiers": it names the group, not the event
    core: Token  # the token whose role in the clause decides the category
    sent: int
    qualifier: str
    first: int  # first token of the stated count, qualifier included
    category: str | None = None
    closed: bool = False  # the clause gives this number a role that is not a count
    thing: str | None = None  # lemma of the thing counted (home, village, country) when it is no person
    subject: str | None = None  # the subject when the clause, not the number's noun, names it ("cases")


# ---------------------------------------------------------------- the number and its noun


def _anchor(doc: Doc, num: NumberMention) -> Token:
    """The number's syntactic head: the token that hangs outside its span.

    In "a dozen children" both "a" (det) and "dozen" (compound) hang on the noun; the article is not
    the number, so a non-determiner is preferred."""
    outside = [t for t in doc[num.start : num.end] if not num.start <= t.head.i < num.end or t.head.i == t.i]
    for t in outside:
        if t.dep_ != "det":
            return t
    return outside[0] if outside else doc[num.end - 1]


def _qualifier(doc: Doc, num: NumberMention, sent_start: int) -> tuple[str, int]:
    """Qualifier and the index of its first token: "at least 22" -> ("at_least", index of "at")."""
    words = [t.lower_ for t in doc[max(sent_start, num.start - 3) : num.start]]
    if words[-1:] == ["~"]:
        return "approx", num.start - 1  # "~ 300 people"
    if doc[num.start].text.startswith("~"):
        return "approx", num.start  # "~300 people"
    for pattern, qual in _QUALIFIERS:
        if tuple(words[-len(pattern) :]) == pattern:
            return qual, num.start - len(pattern)
    after = [t.lower_ for t in doc[num.end : num.end + 3]]
    if after[:2] in (["or", "more"], ["and", "more"], ["-", "plus"]) or after[:1] in (["plus"], ["+"]):
        return "at_least", num.start
    if after[:2] in (["-", "odd"], ["or", "so"]):
        return "approx", num.start  # "40-odd people", "30 or so villagers"
    return "exact", num.start


def _counted_noun(anchor: Token) -> tuple[Token | None, bool]:
    """The noun a number counts and whether it is partitive: "613 [people]", "two of its [soldiers]"."""
    if anchor.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod") and anchor.head.i > anchor.i:
        head = anchor.head
        if head.pos_ in ("NOUN", "PROPN", "ADJ", "VERB", "PRON") and head.dep_ != "nummod":
            # "three Azerbaijani servicemen", parsed as a chain of compounds: the last noun is counted, unless
            # a plural is already the group ("took 30 villagers hostage")
            while (
                head.dep_ == "compound"
                and head.tag_ not in ("NNS", "NNPS")
                and head.head.i == head.i + 1
                and head.head.pos_ in ("NOUN", "PROPN")
            ):
                head = head.head
            return head, False
    # "killed 3 people, 2 of them children": a verbless clause names what was counted
    if anchor.dep_ == "nsubj" and anchor.head.tag_ in ("NNS", "NNPS") and anchor.head.i > anchor.i:
        return anchor.head, False
    # "(of the 613 victims,) 106 were women": the copula names what was counted
    if anchor.dep_ == "nsubj" and anchor.head.lemma_ == "be":
        for attr in anchor.head.children:
            if attr.dep_ == "attr" and attr.tag_ in ("NNS", "NNPS") and attr.i > anchor.i:
                return attr, False
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            # "21 refugees, nine of them children": the noun after the pronoun names the subgroup
            pronoun = any(o.dep_ == "pobj" and o.lower_ in ("them", "us", "whom") for o in child.children)
            named = [a for a in anchor.children if a.dep_ == "appos" and a.tag_ in ("NNS", "NNPS")]
            if pronoun and named and named[0].i == child.i + 2:
                return named[0], False
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN") and pobj.tag_ in ("NNS", "NNPS"):
                    return pobj, True
                # "damaged 4,000 buildings, 300 of which collapsed": the relative names the things
                if pobj.lower_ == "which" and anchor.head.dep_ == "relcl" and anchor.head.head.tag_ == "NNS":
                    return anchor.head.head, False
    return None, False


def _core(anchor: Token, noun: Token | None, partitive: bool) -> Token:
    """The token that plays the count's role in the clause, past qualifier and group words."""
    t = noun if noun is not None and not partitive and noun.left_edge.i <= anchor.i < noun.i else anchor
    # "over a thousand were taken": the qualifier preposition carries the role
    if t.dep_ == "pobj" and t.head.lower_ in _QUANT_PREPS and t.head.i < t.i:
        t = t.head
    # "a total of 487 people sustained", "upwards of 3,000 homes were destroyed"
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _GROUP_NOUNS:
        t = t.head.head
    return t


def _is_noise(doc: Doc, m: _Mention) -> bool:
    """Numbers that are labels, ages, years, or counts of units rather than of people or things."""
    a, noun = m.anchor, m.noun
    if m.num.value <= 0 or m.num.value > 1_000_000_000:  # more than a billion people is a misreading
        return True
    if noun is not None and (noun.lemma_.lower() in _UNIT_LEMMAS or noun.lower_ in _UNIT_LEMMAS):
        return True
    if noun is not None and noun.ent_type_ in ("PERCENT", "QUANTITY", "DATE", "TIME"):
        return True
    if noun is not None and noun.ent_type_ == "MONEY" and _names_currency(noun):
        return True
    if noun is None and a.ent_type_ in ("PERCENT", "QUANTITY", "ORDINAL"):
        return True
    if noun is None and a.ent_type_ == "MONEY" and _names_currency(a):
        return True
    labelled = a.head.pos_ == "PROPN" or a.head.lower_ in _UNIT_LEMMAS
    if noun is None and a.dep_ in ("nummod", "compound", "npadvmod") and a.head.i < a.i and labelled:
        return True  # "April 4", "Flight 370", "Resolution 2334"
    start, end = m.num.start, m.num.end
    # ages: "Everett Evans, 45, fled", "the wounded soldier, 23, died"
    age_slot = end >= len(doc) or doc[end].is_punct
    # a name the tagger may miss as a person: "said Keiko Hamada, 78, who"
    named = a.head.pos_ == "PROPN" and a.head.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")
    one_person = named or a.head.ent_type_ == "PERSON" or (a.head.tag_ == "NN" and _is_person_noun(a.head))
    if noun is None and a.dep_ == "appos" and one_person and age_slot and m.num.value < 120:
        return True
    if start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")":
        return True
    if _one_of(m) or _none_of(m) or _is_age(a) or _is_source_group(m) or _is_offence_wording(m):
        return True
    # the idiom "kill two birds with one stone"
    if noun is not None and noun.lemma_ in ("bird", "stone") and "stone" in (t.lemma_ for t in noun.sent):
        return True
    # a bare year: "in 1992", "since 2008"
    if _is_year_shaped(a) and noun is None:
        return a.dep_ not in ("nsubj", "nsubjpass")
    return _is_year_label(m)


def _is_age(tok: Token) -> bool:
    """ "two men, ages 20 and 23", "aged between 19 and 45", "between the ages of 15 and 19": ages, the
    first number of a list hanging on "age" or "aged" and the others conjoined with it. "who were 16 and
    17 when they were killed": a number said of a person with "be" is an age."""
    while tok.dep_ == "conj" and tok.head.like_num:
        tok = tok.head
    head = tok.head
    said_of_person = any(c.dep_ == "nsubj" and c.lower_ in _PERSON_PRONOUNS for c in head.children)
    if (
        tok.dep_ == "attr"
        and head.lemma_ == "be"
        and tok.text.isdigit()
        and int(tok.text) < 120
        and said_of_person
    ):
        return True
    if tok.dep_ == "pobj" and head.lower_ in ("of", "between") and head.head.i != head.i:
        head = head.head
    return head.i != tok.i and (head.lemma_.lower() == "age" or head.lower_ in ("aged", "ages"))


def _is_source_group(m: _Mention) -> bool:
    """ "six people from one family", "four members of two households": a number in a phrase on a counted
    noun says where the group came from; the count is the group's own number."""
    core = m.core
    if core.dep_ != "pobj" or core.head.lower_ not in ("from", "of"):
        return False
    owner = core.head.head
    return owner.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in owner.children)


def _is_offence_wording(m: _Mention) -> bool:
    """ "a case over violations resulting in the death of two or more persons", "charges of causing the
    death of more than one person": the wording of an offence, which states no casualties. The gerund
    describes an offence noun, or it sits in a clause about one and states an open threshold."""
    core = m.core
    if core.dep_ != "pobj" or core.head.lower_ != "of":
        return False
    event = core.head.head
    verb = event.head.head if event.dep_ == "pobj" else event.head
    if event.lemma_.lower() not in _EVENT_NOUN_CATEGORY or verb.tag_ != "VBG":
        return False
    if verb.lemma_.lower() not in _CAUSING_VERBS:
        return False
    for t in verb.ancestors:  # the nouns the gerund describes, up to the clause's own verb
        if t.lemma_.lower() in _OFFENCE_WORDS:
            return True
        if t.tag_ == "VBG" and t.dep_ == "pcomp":
            continue  # "charges of violating rules resulting in the death of": a gerund inside the offence
        if t.pos_ in ("VERB", "AUX"):
            threshold = m.qualifier == "at_least"  # "two or more", "more than one"
            return threshold and any(c.lemma_.lower() in _OFFENCE_WORDS for c in t.children)
    return False


def _is_year_shaped(tok: Token) -> bool:
    """Four digits without a comma in the range of news years: "1999", not "1,999" or "4500"."""
    text = tok.text
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100


def _is_year_label(m: _Mention) -> bool:
    """ "the 1999 earthquake", "the 2005 floods", "its 2012 orders": a year that names an event or a batch.

    A head count of that size is written of people or things ("2000 migrants", "1500 homes") and
    agrees in number; a singular noun or one that is neither is dated by the number, not counted."""
    noun = m.noun
    if noun is None or m.partitive or noun.i < m.anchor.i or not _is_year_shaped(m.anchor):
        return False
    if noun.tag_ in ("NN", "NNP"):
        return True
    return not (_is_person_noun(noun) or noun.lemma_.lower() in _THING_LEMMAS)


def _none_of(m: _Mention) -> bool:
    """ "None of the 40 passengers was hurt": the group is named to say that nothing happened to it."""
    t = m.core
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in ("none", "neither", "nobody")


def _one_of(m: _Mention) -> bool:
    """ "one of the deadliest", "one of the worst disasters": a ranking, not a head count; "one of 12
    nurses killed": the count is the 12, the one is a person among them."""
    if m.num.value != 1 or m.anchor.lower_ != "one":
        return False
    for prep in m.anchor.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.tag_ in ("JJS", "RBS") or any(c.dep_ == "nummod" for c in obj.children):
                    return True
                if not _is_person_noun(obj) and any(c.tag_ in ("JJS", "RBS") for c in obj.children):
                    return True  # "one of the worst disasters", but "one of the youngest victims" was hurt
    return False


def _names_currency(tok: Token) -> bool:
    """Whether the entity around `tok` states a currency. The tagger calls "more than 10 million" MONEY
    in "forced more than 10 million from their homes"; money is written with its unit ("$5 million",
    "5 million euros"), so a MONEY tag with no currency in it is a misreading."""
    doc, lo, hi = tok.doc, tok.i, tok.i + 1
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1
    while hi < len(doc) and doc[hi].ent_iob_ == "I":
        hi += 1
    return any(t.is_currency or t.lemma_.lower() in _CURRENCY_WORDS for t in doc[lo:hi])


# ---------------------------------------------------------------- what the clause says about it


def _of_parents(tok: Token) -> bool:
    """ "one of their parents", "both of their parents"."""
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ in _PARENT_WORDS for g in p.children)
        for p in tok.children
    )


def _is_negated(verb: Token) -> bool:
    """ "were not killed", "could kill": no count was stated. A hedge on a state that still holds ("may
    still be trapped") reports a count, though an uncertain one."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    hedged = any(c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may") for c in verb.children)
    return hedged and not any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children)


def _complement_category(verb: Token, skip: Token | None = None, depth: int = 0) -> str | None:
    """Event words among a verb's complements: "went missing", "taken hostage", "lost their lives".

    `skip` is the counted argument itself: in "130 children lost one parent" the parent is what was
    lost, and "one parent" is no count of orphans."""
    lemma = verb.lemma_.lower()
    if lemma == "leave" and skip is not None:
        state = _state_after(skip)
        if state:
            return state
    for c in verb.children:
        if c == skip:
            continue
        low, clem = c.lower_, c.lemma_.lower()
        if c.dep_ == "advcl" and low in ("missing", "dead") and not _has_subject(c):
            return _COMPLEMENT_CATEGORY[low]  # "went missing" parsed as a clause
        if c.dep_ == "advcl" and low in _CAPTIVE_WORDS and lemma in _HOLDING_VERBS:
            return "captured"  # "held 12 people hostage", with "hostage" read as a verb
        if c.dep_ in ("acomp", "oprd", "xcomp", "attr"):
            cat = _COMPLEMENT_CATEGORY.get(low) or _COMPLEMENT_CATEGORY.get(clem) or _trapped(c)
            if cat:
                return cat
            if (low in _CAPTIVE_WORDS or clem in _CAPTIVE_WORDS) and lemma in _HOLDING_VERBS:
                return "captured"
            if low == "unable" and _return_home(c):
                return "displaced"  # "41,000 people are still unable to return to their homes"
            if low == "unknown" and any(g.lemma_ in ("fate", "whereabouts") for g in verb.children):
                return "missing"
            if lemma == "force" and clem in _LEAVING_VERBS:
                # "forced to flee their homes", but "forced 30,000 residents to evacuate" is an evacuation
                return "evacuated" if clem == "evacuate" else "displaced"
            if lemma in _HOSPITAL_VERBS and clem in _HOSPITAL_WORDS:
                return "injured"  # "were rushed to hospital", parsed with "to" as an infinitive marker
            if lemma in ("sustain", "suffer") and any(_names_harm(t) for t in c.subtree):
                return "injured"  # "sustained moderate to minor injuries", parsed with an adjective object
            if depth < 2 and c.pos_ in ("VERB", "AUX") and c.dep_ in ("xcomp", "oprd"):
                if c.tag_ == "VBN" and clem in _VERB_CATEGORY:
                    return _VERB_CATEGORY[clem]
                inner = _complement_category(c, None, depth + 1)
                if inner:
                    return inner
        elif c.dep_ == "dobj":
            if lemma in ("lose", "claim") and clem == "life":
                return "killed"
            if lemma == "lose" and (clem in _PARENT_WORDS or low in _PARENT_WORDS or _of_parents(c)):
                return "orphaned"
            if lemma == "lose" and clem in ("home", "house"):
                return "displaced"  # "2,000 people lost their homes"
            if lemma == "lose" and clem in _BODY_LOSSES and not any(g.dep_ == "prep" for g in c.children):
                return "injured"  # "seven had lost their eyesight", but not "lost sight of"
            if lemma in ("seek", "take", "find") and clem == "refuge":
                return "displaced"  # "12,000 people sought refuge in camps"
            if lemma in ("sustain", "suffer", "receive") and _names_harm(c):
                return "injured"  # "sustained injuries", "suffered burns and fractures"
            if lemma in _TREATMENT_VERBS and clem in _TREATMENT_WORDS and not (_ill(verb) or _ill(c)):
                return "injured"  # "14 were receiving treatment", but not "treatment for cholera"
            medical = any(a.lower_ == "medical" for a in c.children)
            if medical and lemma in _CARE_SEEKING and clem in _MEDICAL_HELP and not (_ill(verb) or _ill(c)):
                return "injured"  # "47 people sought medical help", but not "for food poisoning"
            if lemma in _HOLDING_VERBS and low in _CAPTIVE_WORDS:
                return "captured"  # "were taken hostages"
        elif c.dep_ == "prep":
            cat = _prep_category(lemma, c)
            if cat:
                return cat
        elif c.dep_ == "prt" and lemma == "gun" and low == "down":
            return "killed"
        elif c.dep_ == "agent" and lemma in _HOSPITAL_VERBS:
            # "taken by road to Perth Royal Infirmary": the destination hangs on the means of transport
            for means in c.children:
                for p in means.children:
                    if p.dep_ == "prep" and p.lower_ == "to" and _prep_category(lemma, p) == "injured":
                        return "injured"
        elif c.dep_ == "advmod" and low == "forcibly" and lemma in _FORCED_MOVING:
            return "displaced"  # "25,000 civilians were forcibly bused out of the town"
        elif c.dep_ == "prt" and lemma == "round" and low == "up":
            return "arrested"
    return None


def _state_after(obj: Token) -> str | None:
    """ "left 88 seriously injured", "leaving 31 badly hurt": the state right after the object of "leave",
    which the parser may hang as a clause on this verb or on another."""
    doc, j = obj.doc, obj.i + 1
    while j < len(doc) and doc[j].tag_ == "RB" and doc[j].lower_ in _SEVERITY:
        j += 1
    if j >= len(doc):
        return None
    state = doc[j]
    if state.dep_ not in ("advcl", "conj", "dep") or _has_subject(state):
        return None
    return _COMPLEMENT_CATEGORY.get(state.lower_)


_HOME_WORDS = _words("home house village town land")


def _return_home(adj: Token) -> bool:
    """ "unable to return to their homes", "unable to go back home": people kept from their homes."""
    for verb in adj.children:
        if verb.dep_ != "xcomp" or verb.lemma_.lower() not in ("return", "go"):
            continue
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ == "home":
                return True  # "to return home"
            if (
                c.dep_ == "prep"
                and c.lower_ == "to"
                and any(o.lemma_.lower() in _HOME_WORDS for o in c.children)
            ):
                return verb.lemma_.lower() == "return" or any(a.lower_ == "back" for a in verb.children)
    return False


def _has_subject(tok: Token) -> bool:
    """ "3 dead, 7 missing": a clause with a subject of its own is no complement of the main verb."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _prep_category(verb_lemma: str, prep: Token) -> str | None:
    """ "among the dead", "into custody", "in captivity", "moved to safer places"."""
    p = prep.lower_
    if p == "out":  # "forced out of their homes" reads as "forced from their homes"
        inner = [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"]
        if not inner:
            return None
        prep, p = inner[0], "from"
    for obj in prep.children:
        olem = obj.lemma_.lower()
        if p == "among" and (obj.lower_ in _NOUN_CATEGORY or olem in _WEAK_NOUN_CATEGORY):
            return _NOUN_CATEGORY.get(obj.lower_) or _WEAK_NOUN_CATEGORY[olem]
        if p == "among":
            cat = _modifier_category(obj, obj.i)  # "among those killed were 56 people"
            if cat:
                return cat
        if p in ("into", "in") and olem in ("custody", "detention"):
            return "arrested"
        if p == "under" and olem == "arrest":
            return "arrested"  # "19 suspects were placed under house arrest"
        if p == "as" and verb_lemma in _RECORDING_VERBS and obj.lower_ in _COMPLEMENT_CATEGORY:
            return _COMPLEMENT_CATEGORY[obj.lower_]  # "a dozen people were listed as missing"
        if p in ("in", "at") and verb_lemma in _STAYING_VERBS and _is_shelter(obj):
            return "displaced"  # "4,000 people are living in relief camps"
        if p == "on" and olem in ("suspicion", "charge") and verb_lemma in ("hold", "keep", "remand"):
            return "arrested"  # "eight people are being held on suspicion of terrorism"
        if p == "in" and olem == "captivity":
            # "held in captivity", but "two hostages died in captivity" are dead: the verb says what befell them
            return None if _VERB_CATEGORY.get(verb_lemma) == "killed" else "captured"
        if p == "in" and olem == "condition" and any(a.lower_ in _GRAVE for a in obj.children):
            return "injured"  # "five are in critical condition"
        if p == "for" and verb_lemma in _CARE_VERBS and _names_harm(obj):
            return "injured"  # "were treated for injuries", "for hypothermia and minor injuries"
        if _in_care(p, olem, verb_lemma) and not _ill(prep.head):
            return "injured"  # "were treated at hospitals", "remain in hospital"
        if p == "to" and olem in _HOSPITAL_WORDS and verb_lemma in _HOSPITAL_VERBS:
            # "17 others were admitted to hospital", "rushed to hospital", "taken to Leeds Royal Infirmary"
            return "injured"
        if p == "to" and verb_lemma in _MOVING_VERBS and olem in _SAFETY_WORDS:
            if olem == "safety" or any(a.lemma_.lower() in _SAFE_PLACE for a in obj.children):
                return "evacuated"  # "moved to safer places", "taken to evacuation centres"
            if olem in ("shelter", "camp"):
                return "evacuated"
        if p == "from" and verb_lemma in _DRIVING_VERBS and olem in ("home", "house", "village", "land"):
            return "displaced"  # "forced from their homes", "driven out of their villages"
        if p == "without" and verb_lemma == "leave" and olem in ("shelter", "home", "roof", "house"):
            return "displaced"  # "60,000 people were left without shelter"
        if p == "to" and olem == "death" and verb_lemma not in _NOT_DEATH:
            return "killed"  # "crushed to death", "beat 3 men to death"
        if p == "with" and verb_lemma in _WITH_HARM_VERBS and _names_harm(obj):
            return "injured"  # "left 12 people with severe burns"
        if p == "in" and olem == "care" and any(a.lower_ == "intensive" for a in obj.children):
            return "injured"  # "five remain in intensive care"
        if p == "without" and verb_lemma == "leave" and olem in _PARENT_WORDS:
            return "orphaned"  # "left 300 children without parents"
    return None


def _is_shelter(place: Token) -> bool:
    """ "relief camps", "evacuation centres", "shelters": where people who left their homes stay. A bare
    "camp" or "centre" may be of anything (a military camp, a shopping centre)."""
    lemma = place.lemma_.lower()
    if lemma not in _SHELTER_PLACES:
        return False
    return lemma == "shelter" or any(
        a.lemma_.lower() in _SHELTER_KINDS and a.dep_ in ("amod", "compound") for a in place.children
    )


def _names_harm(obj: Token) -> bool:
    """The object of "treated for" or one of its conjuncts is bodily harm: "for shock and burns"."""
    return any(o.lemma_.lower() in _HARM_WORDS for o in (obj, *obj.conjuncts))


def _in_care(prep: str, place: str, verb_lemma: str) -> bool:
    """ "treated at hospitals", "remain in hospital": patients. Staff also "remain at the hospital", so
    staying there counts only with "in"."""
    if place not in _HOSPITAL_WORDS or verb_lemma not in _CARE_VERBS:
        return False
    return prep == "in" or (prep == "at" and verb_lemma not in ("remain", "recover"))


def _ill(verb: Token) -> bool:
    """ "treated for cholera at the clinic": care for an illness, not for an injury."""
    return any(
        p.dep_ == "prep" and p.lower_ == "for" and not any(_names_harm(o) for o in p.children)
        for p in verb.children
    )


def _verb_category(verb: Token, dep: str, arg: Token | None = None) -> tuple[str | None, bool]:
    """Category a verb gives its argument `arg` (relation `dep`); second value: the role is no count."""
    if verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return None, False
    if _is_negated(verb):
        return None, True
    lemma = verb.lemma_.lower()
    if _superseded(verb):
        return None, True  # "two victims initially counted among the dead": a record since corrected
    if verb.pos_ == "ADJ" and verb.lower_ in _COMPLEMENT_CATEGORY:
        return _COMPLEMENT_CATEGORY[verb.lower_], False  # "3 dead, 7 missing": the predicate is the event
    comp = _complement_category(verb, arg)
    if comp:
        return comp, False
    if verb.lower_ in ("missing", "unaccounted"):
        return "missing", False  # "three others unaccounted for", parsed with a verb "unaccounted"
    held = _held_by(verb) if dep == "nsubjpass" else None
    if held:
        return held, False
    group = _listed_group(verb) if dep == "dobj" else None
    if group is not None:  # "the victims included 12 women", "those killed included two journalists"
        cat = _group_noun_category(group, weak_ok=True)
        if cat:
            return cat, False
    cat = (
        _VERB_CATEGORY.get(lemma)
        or _burial_category(verb)
        or _conjoined_participle(verb)
        or _struck(verb)
        or _trapped(verb)
    )
    if cat is None and dep == "dobj" and _lost_in_event(verb, arg):
        cat = "killed"
    if cat is None:
        return None, False
    if dep == "nsubj" and lemma not in _INTRANSITIVE:
        has_object = any(c.dep_ in ("dobj", "dative") for c in verb.children)
        has_perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        if has_object or has_perfect or verb.tag_ not in ("VBN", "VBD"):
            return None, True  # the agent, not the victims: "5 soldiers killed 20 militants"
    if _has_alternative(verb, cat):
        return None, True  # "killed or injured": a mixed group, no single category
    if cat == "injured" and any(c.lower_ in ("fatally", "mortally") for c in verb.children):
        return "killed", False
    return cat, False


_CAPTOR_LEMMAS = _words(
    "kidnapper abductor captor gunman militant insurgent rebel bandit pirate criminal terrorist jihadist "
    "extremist abductors kidnappers captors gunmen"
)


def _held_by(verb: Token) -> str | None:
    """ "11 of our children are still held by the kidnappers": people held by captors are hostages, and
    by the police, detainees. Without an agent "held" may be of anything, so nothing is said."""
    if verb.lemma_.lower() != "hold" or verb.tag_ != "VBN":
        return None
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if any(a.lemma_.lower() in _CAPTOR_LEMMAS or a.lower_ in _CAPTOR_LEMMAS for a in agents):
        return "captured"
    if any(a.lemma_.lower() in _LAW_ENFORCEMENT for a in agents):
        return "arrested"
    return None


def _superseded(verb: Token) -> bool:
    """ "initially counted among the dead", "originally reported missing": a record since corrected."""
    return verb.lemma_.lower() in _RECORDING_VERBS and any(c.lower_ in _SUPERSEDED for c in verb.children)


def _lost_in_event(verb: Token, arg: Token | None) -> bool:
    """ "the army lost 12 soldiers", "the town lost 40 residents in the floods": people lost to war or
    disaster are dead. A firm that loses 40 workers, or a child who loses one parent, is another matter."""
    if verb.lemma_.lower() != "lose" or arg is None or arg.lemma_.lower() in _PARENT_WORDS:
        return False
    if arg.lemma_.lower() in _MILITARY_LEMMAS:
        return True
    if _is_kin(arg):
        return True  # "she lost 14 relatives", "lost two sons": family lost are dead
    return _is_person_noun(arg) and any(
        p.dep_ == "prep"
        and p.lower_ in ("in", "to", "during")
        and any(o.lemma_.lower() in _HARM_EVENTS for o in p.children)
        for p in verb.children
    )


_KIN_LEMMAS = _words(
    "relative relation son daughter brother sister sibling husband wife cousin uncle aunt nephew niece "
    "grandchild grandson granddaughter grandparent"
)


def _is_kin(noun: Token) -> bool:
    """ "14 relatives", "two sons", "five family members": kin, whose loss is a death."""
    lemma = noun.lemma_.lower()
    if lemma in _KIN_LEMMAS:
        return True
    return lemma == "member" and any(c.dep_ == "compound" and c.lower_ == "family" for c in noun.children)


def _struck(verb: Token) -> str | None:
    """ "the floods have hit 2 million people", "800,000 were hit by the drought": a disaster that hits
    people affects them (a car or a bullet that hits them is another matter)."""
    if verb.lemma_.lower() not in ("hit", "strike", "batter", "ravage"):
        return None
    agents = [c for c in verb.children if c.dep_ == "nsubj"]
    agents += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return "affected" if any(a.lemma_.lower() in _DISASTER_WORDS for a in agents) else None


def _conjoined_participle(verb: Token) -> str | None:
    """ "3 officers were shot and wounded", "beaten and detained": a manner verb with no category shares
    its subject with the event verb coordinated with it."""
    if verb.tag_ != "VBN":
        return None
    for c in verb.children:
        if c.dep_ == "conj" and c.tag_ == "VBN" and not any(g.dep_.startswith("nsubj") for g in c.children):
            cat = _VERB_CATEGORY.get(c.lemma_.lower())
            if cat and not _is_negated(c):
                return cat
    return None


def _trapped(verb: Token) -> str | None:
    """ "12 people are trapped under the rubble", "miners remain trapped underground": people not yet
    reached, whose fate is unknown. Those trapped in a besieged city or by floodwater are another matter."""
    if verb.lemma_.lower() != "trap" and verb.lower_ != "trapped":
        return None
    if verb.dep_ in ("oprd", "xcomp") and verb.head.lemma_.lower() == "fear":
        return "missing"  # "eight others are feared trapped": feared, so not yet found
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ == "underground":
            return "missing"
        if c.dep_ == "prep" and any(o.lemma_.lower() in _DEBRIS_WORDS for o in c.children):
            return "missing"
    return None


def _burial_category(verb: Token) -> str | None:
    """ "We have buried 27 people", "12 were buried on Sunday": burial is of the dead. Buried under rubble
    or by a landslide, people may still be alive, and a landslide that buried a village is no funeral."""
    if verb.lemma_.lower() not in ("bury", "inter", "entomb"):
        return None
    for c in verb.children:
        if c.dep_ == "agent" or c.lower_ in ("alive", "under", "beneath", "underneath"):
            return None
        if c.dep_ == "prep" and any(o.lemma_.lower() in _DEBRIS_WORDS for o in c.children):
            return None  # "buried in the rubble"
        if c.dep_ == "nsubj" and not (c.pos_ == "PRON" or _is_person_noun(c)):
            return None  # "the mudslide buried 40 people"
    return "killed"


def _has_alternative(verb: Token, cat: str) -> bool:
    """ "180 people were killed or injured": the verb is coordinated by "or" with another category."""
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "killed or injured 20": the count sits after the second verb
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children):
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    return any(_VERB_CATEGORY.get(v.lemma_.lower(), cat) != cat for v in verbs)


def _modifier_category(noun: Token, after: int) -> str | None:
    """Event words on the counted noun: "20 others wounded", "two individuals reported missing".

    Only words after the number count: in "the dead and two survivors" the dead are not survivors."""
    for c in noun.children:
        if c.i < after:
            continue
        low, clem = c.lower_, c.lemma_.lower()
        if c.dep_ == "amod" and low in _MODIFIER_CATEGORY:
            return _MODIFIER_CATEGORY[low]
        if c.dep_ == "prep" and low == "in" and noun.dep_ not in _ARGUMENT_DEPS:
            # a verbless "with 30 people in hospital", "nine of them in intensive care": read as "remain in"
            cat = _prep_category("remain", c)
            if cat:
                return cat
        if c.dep_ in ("acl", "relcl", "amod") and c.pos_ in ("VERB", "ADJ"):
            if c.dep_ == "relcl" and not any(
                g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WP", "WDT") for g in c.children
            ):
                continue
            if c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.like_num for g in c.children):
                continue  # "carrying 45 passengers, 12 of whom died": the clause is about the 12
            if _is_negated(c) or _relative_agent(c) or _superseded(c):
                continue
            if low in _MODIFIER_CATEGORY:
                return _MODIFIER_CATEGORY[low]
            comp = _complement_category(c)
            if comp:
                return comp
            if c.tag_ == "VBN" or c.dep_ == "relcl":
                # "among those interred were", but "two men who buried the dead" did the burying
                buried = not any(g.dep_ == "nsubj" for g in c.children) and _burial_category(c)
                cat = _VERB_CATEGORY.get(clem) or buried or None
                if cat:
                    return cat
                if clem in _PERSON_KILLING and _is_person_noun(noun):
                    return "killed"  # "left 8 families completely wiped out"
    return None


def _relative_agent(relcl: Token) -> bool:
    """ "two gunmen who killed three soldiers": the relative pronoun is the doer of an active transitive
    verb, so the noun names the killers; "the 12 people who died" (intransitive) are the victims."""
    lemma = relcl.lemma_.lower()
    if relcl.dep_ != "relcl" or lemma not in _VERB_CATEGORY or lemma in _INTRANSITIVE:
        return False
    if any(c.dep_ == "auxpass" for c in relcl.children):
        return False
    return any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in relcl.children)


def _toll_category(toll: Token) -> str | None:
    """What a tally noun counts: "death toll", "the figure of those abducted", "the number killed"."""
    cat = _plain_toll_category(toll)
    if cat == "evacuated" and (_sheltered(toll) or any(_sheltered(o) for o in _of_objects(toll))):
        return "displaced"  # "the number of evacuees at relief centres fell to 51,000": those who stay
    return cat


def _of_objects(tok: Token) -> list[Token]:
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]


def _sheltered(tok: Token) -> bool:
    """ "evacuees at relief centres", "families in evacuation shelters": people staying where the displaced
    stay."""
    return any(
        p.dep_ == "prep" and p.lower_ in ("in", "at") and any(_is_shelter(o) for o in p.children)
        for p in tok.children
    )


def _plain_toll_category(toll: Token) -> str | None:
    for c in toll.children:
        clem = c.lemma_.lower()
        if c.dep_ in ("compound", "amod") and clem in _TOLL_COMPOUND:
            return _TOLL_COMPOUND[clem]
        if c.dep_ in ("acl", "amod") and (c.lower_ in _MODIFIER_CATEGORY or c.tag_ == "VBN"):
            cat = _MODIFIER_CATEGORY.get(c.lower_) or _VERB_CATEGORY.get(clem)
            if cat:
                return cat
        if c.dep_ == "prep" and c.lower_ == "of":
            for t in c.subtree:
                if t.lower_ in _NOUN_CATEGORY:
                    return _NOUN_CATEGORY[t.lower_]
                if t.pos_ == "VERB" and t.lemma_.lower() in _VERB_CATEGORY:
                    return _VERB_CATEGORY[t.lemma_.lower()]  # "those abducted", "people who died"
            victims = any(t.lemma_.lower() in _WEAK_NOUN_CATEGORY for t in c.children)
            if victims and not any(t.lemma_.lower() in _INJURY_WORDS for t in toll.sent):
                return "killed"  # "the number of victims reached 38", with no word of the injured
    return "killed" if toll.lemma_.lower() == "toll" else None  # a bare "toll" is a death toll


def _phrase_category(core: Token) -> str | None:
    """Fixed frames around the number: tallies, "the fate of 150", "the lives of 20", "abduction of"."""
    head = core.head
    if core.dep_ == "pobj" and head.lower_ == "of":
        owner = head.head.lemma_.lower()
        if owner in ("fate", "whereabouts"):
            return "missing"
        if (owner == "body" or head.head.lower_ == "remains") and _not_found(head.head):
            return "missing"  # "the remains of about 300 victims have yet to be found"
        if owner in ("life", "body") or head.head.lower_ == "remains":
            return "killed"  # "claimed the lives of 20 people", "the bodies of 3 soldiers"
        if owner in ("condition", "state") and _is_grave(head.head):
            return "injured"  # "the condition of two remained critical"
        if owner in _EVENT_NOUN_CATEGORY and head.head.pos_ == "NOUN":
            return _EVENT_NOUN_CATEGORY[owner]
        if owner in _TOLL_NOUNS:
            return _toll_category(head.head)
    verb = None
    if core.dep_ in ("dobj", "attr"):
        verb = head
    elif core.dep_ == "pobj" and head.dep_ == "prep" and (head.lower_ in _TOLL_PREPS or _by_to(core)):
        verb = head.head
        if verb.dep_ in ("advmod", "prt") and verb.lower_ in ("up", "down"):
            verb = verb.head  # "the toll rose to 41, up from 23": the adverb hangs on the tally's verb
        toll = _tally_owner(verb)
        if toll is not None:
            return _toll_category(toll)
    if verb is not None:
        for c in verb.children:
            if c.dep_ not in ("nsubj", "nsubjpass", "dobj") or c == core:
                continue
            cat = _toll_category(c) if c.lemma_.lower() in _TOLL_NOUNS else None
            if cat:
                return cat  # "official figures put the number of dead at three": the source is no tally
            if c.lower_ in _NOUN_CATEGORY and core.pos_ == "NUM":
                return _NOUN_CATEGORY[c.lower_]  # "fatalities rose to 20"
    return None


def _not_found(subject: Token) -> bool:
    """ "have yet to be found", "have not been recovered": a subject whose finding is still awaited."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = subject.head
    if verb.lemma_.lower() in _RECOVERY_VERBS and _is_negated(verb):
        return True
    yet = any(c.lower_ == "yet" for c in verb.children)
    return yet and any(c.dep_ == "xcomp" and c.lemma_.lower() in _RECOVERY_VERBS for c in verb.children)


def _tally_owner(tok: Token) -> Token | None:
    """The tally noun a "to"/"at" phrase belongs to when the parser hung it on the tally itself or on
    its "of" object: "the number to 54", "bringing the number of injured to six", "put the number of
    those killed at 14"."""
    t = tok
    for _ in range(3):
        if t.lemma_.lower() in _TOLL_NOUNS:
            return t
        if t.dep_ == "prep" and t.lower_ == "of":
            return t.head if t.head.lemma_.lower() in _TOLL_NOUNS else None
        if t.dep_ not in ("pobj", "acl"):
            return None
        t = t.head
    return None


def _is_grave(condition: Token) -> bool:
    """ "the condition of two remained critical", "is stated to be serious": the subject of a verb whose
    complement, or that of its infinitive, is a grave medical state."""
    if condition.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = condition.head
    for _ in range(3):  # "is stated to be serious", "was said to be critical"
        if any(c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in _GRAVE for c in verb.children):
            return True
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if verb is None:
            return False
    return False


def _by_to(core: Token) -> bool:
    """ "the toll rose by 7 to 61", parsed as the range "7 to 61" under "by": 61 is the new tally."""
    return core.head.lower_ == "by" and any(c.dep_ == "quantmod" and c.lower_ == "to" for c in core.children)


def _left_verb_category(doc: Doc, m: _Mention) -> str | None:
    """An active trigger verb right before the count: "killed at least 30 people", "injured 672"."""
    i = m.first - 1
    if i < 0:
        return None
    if doc[i].lower_ == "dead" and i > 0 and doc[i - 1].lemma_.lower() in _KILLING_MANNER:
        return "killed"  # "shot dead 7 worshippers"
    v = doc[i]
    lemma = v.lemma_.lower()
    cat = _VERB_CATEGORY.get(lemma) or _burial_category(v) or _struck(v)
    if v.pos_ != "VERB" or cat is None or lemma in _INTRANSITIVE:
        return None
    if any(c.dep_ == "auxpass" for c in v.children) or _is_negated(v):
        return None
    if _has_alternative(v, cat):
        return None
    if cat == "injured" and any(c.lower_ in ("fatally", "mortally") for c in v.children):
        return "killed"  # "fatally wounded 20"
    return cat


def _right_verb_category(doc: Doc, m: _Mention) -> str | None:
    """The verb after a subject the parser left unattached.

    "613 people, including 106 women, 63 children and 70 older people were killed" is often parsed with
    the list's last item as the only subject; "and 130 children lost one parent" with the children as a
    conjunct of the previous object. The next finite verb to the right, past an "including ..." list,
    is then the count's own verb, provided it has no subject of its own before the count."""
    sent_end = doc[m.num.start].sent.end
    last = m.noun.i if m.noun is not None and not m.partitive and m.noun.i > m.anchor.i else m.num.end - 1
    if _described_after_comma(m):
        last = m.noun.right_edge.i + 1  # past the description and its closing comma
    i = last + 1
    if i + 1 < sent_end and doc[i].text == "," and doc[i + 1].lower_ in ("including", "among"):
        i += 2
        while i < sent_end and not (doc[i].pos_ in ("AUX", "VERB") and doc[i].tag_ in ("VBD", "VBP", "VBZ")):
            if doc[i].lower_ in (";", ":") or doc[i].pos_ in ("SCONJ",):
                return None
            i += 1
    while i < sent_end and doc[i].pos_ == "ADV":
        i += 1
    if i >= sent_end or doc[i].pos_ not in ("AUX", "VERB"):
        return None
    verb = doc[i]
    passive = verb.dep_ == "auxpass"
    if verb.dep_ in ("aux", "auxpass"):
        verb = verb.head
    if verb.i <= last or m.core.head == verb:
        return None
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "expl") and not last < c.i < verb.i:
            return None
    cat, _closed = _verb_category(verb, "nsubjpass" if passive else "nsubj")
    return cat


def _harm_to_group(core: Token, noun_cat: str) -> str | None:
    """ "executed 21 hostages", "12 refugees were killed": a noun that names a status (hostage, refugee,
    detainee) says who the people were; a killing or wounding verb says what happened to them."""
    while core.dep_ == "appos" and core.head != core:
        core = core.head  # "the victims, 12 refugees, drowned": the role is that of the noun restated
    if noun_cat not in _STATUS_CATEGORIES or core.dep_ not in ("dobj", "nsubjpass", "nsubj"):
        return None
    verb = core.head
    cat = _VERB_CATEGORY.get(verb.lemma_.lower())
    if core.dep_ == "nsubj" and verb.lemma_.lower() not in _INTRANSITIVE:
        return None  # "12 refugees drowned", but "two hostages killed a guard" did the killing
    if cat in ("killed", "injured") and not _is_negated(verb) and not _has_alternative(verb, cat):
        return cat
    return None


def _clause_category(doc: Doc, m: _Mention) -> str | None:
    if _severity_subgroup(m):
        return None  # a part of the count before, whatever verb the parser hung it on
    if _described_after_comma(m):
        # "about 300, mostly elderly residents and children, were evacuated": the verb after the
        # description is the number's own
        cat = _right_verb_category(doc, m)
        if cat:
            return cat
    noun = None if m.partitive else m.noun
    if noun is not None:
        cat = _NOUN_CATEGORY.get(noun.lower_)
        if cat == "evacuated" and _sheltered(noun):
            return "displaced"  # "5,000 evacuees in relief camps"
        if cat:
            return _harm_to_group(m.core, cat) or cat
        if noun.dep_ == "compound" and noun.head.lower_ in _NOUN_CATEGORY:
            return _NOUN_CATEGORY[noun.head.lower_]  # "took 30 villagers hostage" parsed as a compound
        cat = _modifier_category(noun, m.num.start)
        if (
            cat is None
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "of"
            and noun.head.head.lower_ == "one"
        ):
            cat = _modifier_category(noun.head.head, noun.i)  # "one of 12 nurses killed", parsed on "one"
    else:
        cat = _modifier_category(m.anchor, m.num.start)
    cat = cat or _left_verb_category(doc, m)
    if cat:
        return cat
    core = m.core
    if _swallowed_subject(core):
        # "250 people have been killed and over 2,600 detained": the qualifier hung on the bare participle
        cat, _closed = _verb_category(core.head, "nsubjpass", core)
        if cat:
            return cat
    if core.dep_ in _ROLE_DEPS and core.head.i != core.i:
        dep = "nsubj" if core.dep_ in ("nsubj", "prep") else core.dep_
        cat, closed = _verb_category(core.head, dep, core)
        if cat:
            return cat
        if closed:
            m.closed = True
            return None
    cat = _phrase_category(core)
    if cat:
        return cat
    if core.dep_ in ("appos", "conj", "ROOT", "dep", "npadvmod") and (noun is None or noun == core):
        cat = _right_verb_category(doc, m)
        if cat:
            return cat
    if m.partitive and m.noun is not None:
        return _NOUN_CATEGORY.get(m.noun.lower_)  # "at least 134 of the deaths"
    # "victims" means the dead unless the sentence also speaks of the injured
    weak = _WEAK_NOUN_CATEGORY.get(noun.lemma_.lower()) if noun is not None else None
    if weak and not any(t.lemma_.lower() in _INJURY_WORDS for t in core.sent):
        return weak
    return None


def _described_after_comma(m: _Mention) -> bool:
    """ "about 300, mostly elderly residents and children, were": the parser took the description set off
    by commas for the number's noun."""
    noun = m.noun
    if noun is None or m.partitive or noun.i <= m.anchor.i or m.num.end >= len(noun.doc):
        return False
    if noun.doc[m.num.end].text != ",":
        return False
    after = noun.right_edge.i + 1
    return after < len(noun.doc) and noun.doc[after].text == ","


def _swallowed_subject(core: Token) -> bool:
    """ "and over 2,600 detained": a qualifier ("over", "about") before a subjectless participle that the
    parser made the participle's adverb, with the number inside it. The number is the participle's
    subject."""
    verb = core.head
    if core.dep_ != "advmod" or core.lower_ not in _QUANT_PREPS or not core.i < verb.i:
        return False
    if verb.tag_ != "VBN" or verb.dep_ != "conj" or _has_subject(verb):
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _fitting(cat: str, m: _Mention) -> str | None:
    """`cat` unless the counted noun cannot bear it: territory is not captured, envoys are not displaced."""
    noun = m.noun
    lemma = noun.lemma_.lower() if noun is not None else ""
    if cat in _PEOPLE_ONLY and (lemma in _THING_LEMMAS or lemma in _OBJECT_LEMMAS):
        return None  # "captured two villages" is territory, not people
    if cat == "displaced" and lemma in _NOT_DISPLACED:
        return None  # "expelled 20 diplomats", "two suspects fled"
    if cat == "affected" and not (_is_person_noun(noun) or lemma in _THING_LEMMAS):
        return None  # "the rules affect 3,000 businesses"
    if cat == "affected" and noun is not None and lemma in _THING_LEMMAS and _is_known_group(m, noun):
        return None  # "schools in A and B, the two worst-hit cities"
    return cat


def _own_category(doc: Doc, m: _Mention) -> str | None:
    """The category the number's own clause gives it, or None."""
    cat = _clause_category(doc, m)
    noun = m.noun
    lemma = noun.lemma_.lower() if noun is not None else ""
    if cat is not None:
        return _fitting(cat, m)
    if noun is not None and noun.dep_ == "dobj" and not _is_negated(noun.head):
        # "treated 64 people for smoke inhalation", "left 7 passengers with burns": the phrase hangs on the noun
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "with"):
                cat = _prep_category(noun.head.lemma_.lower(), prep)
    if cat is None and lemma == "life" and noun is not None and noun.dep_ in ("dobj", "nsubjpass"):
        verb = noun.head
        if verb.lemma_.lower() in _LIFE_TAKING and not _is_negated(verb):
            return "killed"  # "the blast claimed 15 lives", "15 lives were lost"
    if cat is None and _is_person_noun(noun) and noun is not None and m.core.dep_ in ("nsubjpass", "dobj"):
        verb = m.core.head
        if verb.lemma_.lower() in _PERSON_KILLING and not _is_negated(verb):
            return "killed"  # "8 families were completely destroyed"
        if verb.lemma_.lower() in _PERSON_SEIZING and not _is_negated(verb):
            return _seizure_category(verb)  # "gunmen seized 27 aid workers", but "police seized 40 rifles"
        if _whisked_away(verb) and not _is_negated(verb):
            return _seizure_category(verb)  # "bandits whisked away 25 students"
        if verb.lemma_.lower() in _PERSON_HARMING and not _is_negated(verb):
            # "two firefighters were badly burned", "stabbed three passers-by"; "burned alive" kills
            return "killed" if any(c.lower_ == "alive" for c in verb.children) else "injured"
    return cat


def _whisked_away(verb: Token) -> bool:
    """ "whisked away 25 students", "were spirited away": taken off by force, unless to safety or care."""
    if verb.lemma_.lower() not in ("whisk", "spirit") or not any(c.lower_ == "away" for c in verb.children):
        return False
    return not any(p.dep_ == "prep" and p.lower_ == "to" for p in verb.children)


def _seizure_category(verb: Token) -> str:
    """People seized by the police are arrested; by anyone else, abducted."""
    agents = [c for c in verb.children if c.dep_ == "nsubj"]
    agents += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    police = any(a.lemma_.lower() in _LAW_ENFORCEMENT for a in agents)
    return "arrested" if police else "captured"


def _thing_category(
    m: _Mention, sent_lemmas: frozenset[str], elided: str | None = None, in_hit_area: bool = False
) -> str | None:
    """Homes burned, villages hit, countries that acted: the non-human counts worth keeping.

    `elided` is the lemma of the thing a bare number stands for: "damaged another 8,000 (houses)";
    `in_hit_area` says that the places hold a count of people affected."""
    noun = m.noun
    if elided is not None:
        noun, lemma = noun or m.anchor, elided
    elif noun is None or (m.partitive and noun.lemma_.lower() not in _PLACE_LEMMAS):
        return None
    else:
        lemma = _thing_lemma(noun)
    if _is_known_group(m, noun):
        return None
    words = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "acl", "compound")}
    base = m.core if m.core.i < noun.i and m.core.lemma_.lower() in _GROUP_NOUNS else noun
    while base.dep_ == "conj" and base.head.pos_ in ("NOUN", "PROPN"):
        base = base.head  # "washed away 15 bridges and 300 homes"
    verb = base.head if base.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if verb is not None:
        words |= {verb.lemma_.lower(), verb.lower_}  # the lemmatizer reads "gutted" as "gutte"
        words |= {c.lemma_.lower() for c in verb.children if c.dep_ in ("acomp", "oprd", "dobj", "xcomp")}
        words |= {f"{verb.lemma_.lower()}_{c.lower_}" for c in verb.children if c.dep_ == "prt"}  # "cut off"
        if _under_water(verb):
            words.add("underwater")
    if noun.dep_ == "pobj" and noun.head.lower_ in _TOLL_PREPS:
        owner = noun.head.head
        if any(c.lemma_.lower() in _TOLL_NOUNS for c in owner.children if c.dep_ == "nsubj"):
            words |= sent_lemmas  # "The number rose from 80 homes as firefighters counted houses burned"
    if lemma in _PLACE_LEMMAS:
        # villages flooded, hit or razed, the districts where the people hit live, and the districts an
        # outbreak or fire "spread to"
        return "affected" if words & _PLACE_HARM_LEMMAS or in_hit_area or _spread_to(m, base) else None
    if lemma in _PROPERTY_LEMMAS and words & _IMPACT_LEMMAS:
        return "affected" if words & {"affect", "affected", "impact", "impacted"} else "other"
    if lemma in _COUNTRY_LEMMAS and noun.tag_ == "NNS":
        # countries that act ("20 countries have recognized"), not where people come from or a firm works
        # ("runners from 60 countries", "operates in 40 countries")
        if noun.dep_ == "pobj" and noun.head.lower_ != "of":
            return None
        return "other"
    return None


def _spread_to(m: _Mention, base: Token) -> bool:
    """ "the disease has spread to 12 of the 116 districts", "fighting spread into five provinces"."""
    spot = m.anchor if m.partitive else base
    if spot.dep_ != "pobj" or spot.head.lower_ not in ("to", "into", "across"):
        return False
    verb = spot.head.head
    return verb.lemma_.lower() == "spread" and verb.pos_ == "VERB" and not _is_negated(verb)


def _in_hit_area(m: _Mention, by_token: dict[int, _Mention]) -> bool:
    """ "18 lakh people in 14 districts have been affected", "affected 180,000 people in 420 municipalities",
    "cases passed 5,600 in 19 of the 28 districts": places that hold a count of people affected are hit
    too. Only that category: the three villages where 20 people were killed are not counted."""
    place = m.anchor if m.partitive else m.noun
    if place is None or place.dep_ != "pobj" or place.head.lower_ not in ("in", "across", "throughout"):
        return False
    # the phrase's holder, then up to the clause verb: "affected by the drought in 23 counties"
    near = [place.head.head]
    while near[-1].pos_ not in ("VERB", "AUX") and near[-1].dep_ in ("pobj", "agent", "prep"):
        if len(near) == 4:
            break
        near.append(near[-1].head)
    if near[-1].pos_ in ("VERB", "AUX"):
        near += near[-1].children
    return any(
        (hit := by_token.get(t.i)) is not None and hit is not m and hit.category == "affected" for t in near
    )


def _is_known_group(m: _Mention, noun: Token) -> bool:
    """ "the two countries", "its 35 districts", "the two worst-hit cities": things already known, named
    again rather than counted here."""
    if any(c.dep_ in ("det", "poss") and c.lower_ in _ANAPHORIC_DET for c in noun.children):
        return True
    return m.first > 0 and noun.doc[m.first - 1].lower_ in _ANAPHORIC_DET | {"between"}


def _thing_lemma(noun: Token) -> str:
    """The lemma of a counted thing, with "residential units" and "housing units" read as homes."""
    lemma = noun.lemma_.lower()
    if lemma == "unit" and _housing_modifier(noun) is not None:
        return "home"
    return lemma


def _housing_modifier(noun: Token) -> str | None:
    """ "residential" in "1,200 residential units": the word that makes a unit a dwelling."""
    for c in noun.children:
        if c.dep_ in ("amod", "compound") and c.i < noun.i and c.lower_ in _HOUSING_WORDS:
            return c.lower_
    return None


def _count_thing(
    m: _Mention, previous: _Mention | None, sent_lemmas: frozenset[str], by_token: dict[int, _Mention]
) -> None:
    """Set the category of a count of things, by its own noun or by the noun of the thing count it
    continues: "destroyed 400 homes and damaged 1,500 more"."""
    m.category = _thing_category(m, sent_lemmas, in_hit_area=_in_hit_area(m, by_token))
    if m.category is None and _beside_countries(m, by_token):
        m.category = "other"  # "the parliaments of 18 countries, as well as more than 20 US states"
    if m.category is not None and m.noun is not None:
        m.thing = _thing_lemma(m.noun)
    elif previous is not None and previous.sent == m.sent and previous.thing and _is_elided(m):
        m.category = _thing_category(m, sent_lemmas, previous.thing)
        m.thing = previous.thing if m.category else None


def _beside_countries(m: _Mention, by_token: dict[int, _Mention]) -> bool:
    """States or territories joined to a count of countries that acted share its category."""
    noun = m.noun
    if noun is None or noun.lemma_.lower() not in ("state", "territory") or noun.tag_ != "NNS":
        return False
    if noun.dep_ != "conj":
        return False
    for t in (noun.head, *_of_objects(noun.head)):
        other = by_token.get(t.i)
        if (
            other is not None
            and other is not m
            and other.category == "other"
            and other.thing in _COUNTRY_LEMMAS
        ):
            return True
    return False


def _count_cases(doc: Doc, mentions: list[_Mention]) -> None:
    """Mark the counts of disease cases as people affected ("320 new cholera cases"), but not court cases;
    the doc is read for a disease only when a count of cases turns up."""
    disease: bool | None = None
    for m in mentions:
        case = _case_noun(m) if m.category is None and not m.closed else None
        if case is None:
            continue
        disease = _about_disease(doc) if disease is None else disease
        if disease and not any(t.lemma_.lower() in _LEGAL_WORDS for t in case.sent):
            m.category = "affected"
            m.subject = _plural(case.lemma_.lower())


def _case_noun(m: _Mention) -> Token | None:
    """The "cases" a number counts: "recorded 320 new cholera cases", "the number of cases passed 5,600".
    In a story about a disease they are the people it has hit."""
    noun = m.noun if m.noun is not None and not m.partitive else _tallied_noun(m.core)
    return noun if noun is not None and noun.lemma_.lower() in _CASE_LEMMAS else None


def _about_disease(doc: Doc) -> bool:
    """Whether the story speaks of a disease ("cholera", "Measles", "the virus")."""
    return any(t.lower_ in _DISEASE_WORDS or t.lemma_.lower() in _DISEASE_WORDS for t in doc)


def _tallied_noun(core: Token) -> Token | None:
    """The noun a tally counts when the number stands alone: "the number of recorded cases passed 5,600",
    "the tally of infections rose to 300"."""
    if core.dep_ == "pobj" and core.head.lower_ in _TOLL_PREPS:
        verb = core.head.head
        owner = _tally_owner(verb)
        if owner is not None:
            return _of_object(owner)  # "bringing the number of injured to six"
    elif core.dep_ in ("dobj", "attr"):
        verb = core.head
    else:
        return None
    for toll in verb.children:
        if toll.dep_ in ("nsubj", "nsubjpass", "dobj") and toll.lemma_.lower() in _TOLL_NOUNS:
            noun = _of_object(toll)
            if noun is not None:
                return noun
    return None


def _of_object(toll: Token) -> Token | None:
    """ "cases" in "the number of cases": what a tally noun counts."""
    for prep in toll.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def _is_elided(m: _Mention) -> bool:
    """A number whose noun is left out: "damaged another 8,000", "200 more", "1,200 others"."""
    return m.noun is None or (not m.partitive and m.noun.lemma_.lower() in ("more", "other"))


def _under_water(verb: Token) -> bool:
    """ "300 villages were under water", "remained under floodwaters": a flooded place, said with a phrase."""
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("under", "beneath")
        and any(o.lower_ in _FLOODWATER for o in p.children)
        for p in verb.children
    )


# ---------------------------------------------------------------- counts without a clause of their own


def _is_person_noun(noun: Token | None) -> bool:
    if noun is None:
        return True
    lemma = noun.lemma_.lower()
    return lemma in _PERSON_LEMMAS or noun.lower_ in _PERSON_LEMMAS or noun.ent_type_ == "NORP"


def _may_inherit(noun: Token | None) -> bool:
    """Any group but things and proper names may share its neighbour's category: "including 10 foreigners"."""
    if noun is None or _is_person_noun(noun):
        return True
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and lemma not in _THING_LEMMAS and lemma not in _OBJECT_LEMMAS


def _inherit(m: _Mention, by_token: dict[int, _Mention], earlier: list[_Mention]) -> _Mention | str | None:
    """The count or trigger a category-less number hangs from: subgroups, partitives, coordinations."""
    # "Of the 613 victims, 106 were women", "76 of the wounded were children"
    if m.anchor.dep_ == "nsubj" and m.anchor.head.lemma_ == "be":
        # the partitive hangs from the number ("76 of the wounded were") or fronts the clause ("Of the dead, 12 were")
        fronted = [c for c in m.anchor.head.children if c.i < m.anchor.i]
        for prep in [*m.anchor.children, *fronted]:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "among"):
                for pobj in prep.children:
                    parent = by_token.get(pobj.i)
                    if parent is not None and parent.category:
                        return parent
                    group = _group_noun_category(pobj)
                    if group:
                        return group
    group = _partitive_group(m, earlier)
    if group is not None:
        return group
    fronted = _fronted_group(m, by_token)
    if fronted is not None:
        return fronted
    whole = _breakdown_of(m, earlier)
    if whole is not None:
        return whole
    verb = _next_finite_verb(m)
    if verb is not None:
        return _next_verb_category(m, verb)
    t = m.core
    for _ in range(4):
        if t.dep_ in ("conj", "appos"):
            t = t.head
        elif t.dep_ == "pobj" and (
            t.head.lower_ in _SUBGROUP_PREPS
            or (
                t.head.lower_ == "with"
                and t.head.i > 0
                and t.doc[t.head.i - 1].lower_ in ("along", "together")
            )
        ):
            t = t.head.head
        else:
            return None
        parent = by_token.get(t.i)
        if parent is not None and parent is not m:
            return parent if parent.category else None
        if t.pos_ in ("VERB", "AUX"):
            cat, _closed = _verb_category(t, "dobj")
            return cat or _clause_subject_count(t, m, by_token)
        # a number-less head noun: "a man and his two children were killed"
        if t.lower_ in _NOUN_CATEGORY:
            return _NOUN_CATEGORY[t.lower_]
        mod = _modifier_category(t, t.i)
        if mod:
            return mod
        if t.dep_ in _ROLE_DEPS:
            cat, closed = _verb_category(t.head, "nsubj" if t.dep_ == "nsubj" else t.dep_, t)
            if cat or closed:
                return cat
    return None


def _clause_subject_count(verb: Token, m: _Mention, by_token: dict[int, _Mention]) -> _Mention | None:
    """ "41,000 people are unable to return home, including 36,000 from X": the "including" phrase hung on
    a verb that gives no category belongs to the count that is the clause's subject."""
    while verb.dep_ in ("xcomp", "acomp") and verb.head != verb:
        verb = verb.head
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.i < m.anchor.i:
            parent = by_token.get(c.i)
            if parent is not None and parent is not m and parent.category:
                return parent
    return None


def _fronted_group(m: _Mention, by_token: dict[int, _Mention]) -> _Mention | str | None:
    """ "Of the 30 injured, four are said to be critical", "Of the wounded, 12 with burns were flown to
    Dhaka": a number after a fronted "Of the ..." phrase is a part of that group, whatever verb follows,
    unless the verb takes it out of the group ("Of the 80 passengers, 52 escaped")."""
    if not _fronted_partitive(m) or m.anchor.head.lemma_.lower() in _ESCAPE_VERBS:
        return None
    doc, comma = m.anchor.doc, m.first - 1
    start = next(j for j in range(comma - 1, -1, -1) if doc[j].lower_ in ("of", "among"))
    for t in reversed(doc[start + 1 : comma]):
        parent = by_token.get(t.i)
        if parent is not None and parent is not m:
            return parent if parent.category else None
    determined = doc[start + 1].lower_ in ("the", "those", "these")
    return _group_noun_category(doc[comma - 1]) if determined else None


def _next_finite_verb(m: _Mention) -> Token | None:
    """The finite verb right after the count ("and 40 were rescued"), if any: the count is then the
    subject of a clause of its own, whatever the parser made of it."""
    doc = m.anchor.doc
    last = m.noun.i if m.noun is not None and not m.partitive and m.noun.i > m.anchor.i else m.num.end - 1
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ in ("AUX", "VERB") and nxt.tag_ in ("VBD", "VBP", "VBZ", "MD"):
        return nxt
    return None


def _next_verb_category(m: _Mention, verb: Token) -> str | None:
    """The category the verb right after a count gives it as its subject. In "Nine migrants drowned and 40
    were rescued", parsed with 40 as a conjunct of the migrants, the 40 were rescued, not drowned."""
    passive = verb.dep_ == "auxpass" or any(c.dep_ == "auxpass" for c in verb.children)
    head = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    cat = _verb_category(head, "nsubjpass" if passive else "nsubj")[0]
    return _fitting(cat, m) if cat else None


def _partitive_group(m: _Mention, earlier: list[_Mention]) -> str | None:
    """ "A dozen of the injured were referred to hospital", "two among the wounded": a part of a group
    that a tally word names, whatever the clause then says of it ("victims" may be of anything).
    "five of the foreigners" after "arrested 42 people, including 29 foreigners": a part of a group that
    an earlier count named, unless the clause says the part came out of it ("two of the passengers
    survived")."""
    for prep in m.anchor.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "among") and prep.i > m.anchor.i:
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or not _is_bare_group(pobj):
                    continue
                if pobj.lower_ in _NOUN_CATEGORY:
                    return _NOUN_CATEGORY[pobj.lower_]
                named = _referent(pobj, earlier)
                if named is not None and m.anchor.head.lemma_.lower() not in _ESCAPE_VERBS:
                    return named.category
    return None


def _referent(group: Token, earlier: list[_Mention]) -> _Mention | None:
    """The earlier count that a definite group refers back to: "the foreigners" after "29 foreigners",
    "the suspects" after an arrest. Only the latest mention of the group counts, and only if it was a
    count: after "a bus carrying 40 passengers", "the passengers" are those on board. `earlier` may run
    past the group, in text order."""
    if group.tag_ not in ("NNS", "NNPS") or not _is_person_noun(group):
        return None
    lemma = group.lemma_.lower()
    role = _ROLE_CATEGORY.get(lemma)
    for e in reversed(earlier):
        if e.anchor.i >= group.i:
            continue
        if e.noun is not None and not e.partitive and e.noun.lemma_.lower() == lemma:
            return e if e.category is not None else None
        if role is not None and e.category == role:
            return e
    return None


def _breakdown_of(m: _Mention, earlier: list[_Mention]) -> _Mention | str | None:
    """ "the dead comprised 20 soldiers and 15 civilians", "the suspects comprised 13 Malaysians, 17 from
    China ...": the parts of a group that a tally word names or that was counted before, listed after a
    verb of composition."""
    t = m.core
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "of":
        t = t.head  # "consisted of 12 women and 3 men"
    if t.dep_ not in ("dobj", "prep"):
        return None
    group = _listed_group(t.head)
    if group is None or not _is_bare_group(group):
        return None
    return _group_noun_category(group, weak_ok=True) or _referent(group, earlier)


def _listed_group(verb: Token) -> Token | None:
    """The group whose parts a verb of composition lists: "the victims" in "the victims included", "the
    suspects, comprising 12 men and 3 women"."""
    if verb.lemma_.lower() not in _BREAKDOWN_VERBS:
        return None
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PRON"):
        return verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _is_bare_group(group: Token) -> bool:
    """ "the injured", "those wounded": a group named without a number. In "identified 19 of the 27
    victims" the 27 is the count, and the 19 says something else of them."""
    children = list(group.children)
    determined = any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in children)
    return determined and not any(c.dep_ == "nummod" for c in children)


def _group_noun_category(group: Token, weak_ok: bool = False) -> str | None:
    """What a tally noun naming a whole group says of its members: "the injured", "the victims" (the dead,
    unless the sentence speaks of injuries, or `weak_ok`: "the victims included"), "those killed"."""
    if group.lower_ in _NOUN_CATEGORY:
        return _NOUN_CATEGORY[group.lower_]
    weak = _WEAK_NOUN_CATEGORY.get(group.lemma_.lower())
    if weak and (weak_ok or not any(t.lemma_.lower() in _INJURY_WORDS for t in group.sent)):
        return weak
    if group.lower_ in ("those", "people"):
        return _modifier_category(group, group.i)
    return None


def _list_category(doc: Doc, m: _Mention, previous: _Mention | None) -> str | None:
    """Elliptical lists: "394 deaths in Al Haouz, 271 in Taroudant, 91 in Chichaoua"."""
    if previous is None or previous.sent != m.sent or not previous.category:
        return None
    joiner = doc[m.first - 1].lower_ if m.first > 0 else ""
    between = doc[previous.num.end : m.first]
    if joiner not in _LIST_JOINERS:
        return None
    verbs = [t for t in between if t.pos_ in ("VERB", "AUX") and t.lemma_ != "be"]
    if verbs and not _gapped(doc, m, verbs[-1].i):
        return None
    core = m.core
    if m.noun is not None and core.dep_ in ("nsubj", "nsubjpass", "dobj") and core.head.lemma_ != "be":
        return None  # a clause of its own: "killed 5 soldiers, 2 officials said"
    if core.dep_ in ("nsubj", "nsubjpass") and core.head.pos_ == "VERB" and core.head.i > core.i:
        return None  # "abducted 80 schoolgirls; 20 of them have since escaped": a verb of its own
    return previous.category


def _gapped(doc: Doc, m: _Mention, verb: int) -> bool:
    """ "14 bodies were recovered in Pahang, 10 in Selangor": a bare number and a place phrase that repeat
    the shape of the clause before, whose verb is left out. The same preposition follows both."""
    if m.noun is not None or m.num.end >= len(doc) or doc[m.num.end].pos_ != "ADP":
        return False
    prep = doc[m.num.end].lower_
    return prep in _PLACE_PREPS and any(t.lower_ == prep for t in doc[verb + 1 : m.first])


_PLACE_PREPS = frozenset({"in", "at", "from", "on", "across"})
_RANGE_JOINERS = frozenset({"and", "to", "-", "\u2013"})


def _ranges(doc: Doc, mentions: list[_Mention]) -> dict[int, _Mention]:
    """Two numbers that state one range: "between 30 and 40 people", "30 to 40 people" (id of the upper
    bound's mention -> the lower bound's). "from 148 to 154" and "by 5 to 48" are changes in a tally, not
    ranges."""
    out: dict[int, _Mention] = {}
    for low, high in pairwise(mentions):
        if high.num.start != low.num.end + 1 or high.qualifier != "exact" or high.first != high.num.start:
            continue
        joiner = doc[low.num.end].lower_
        before = doc[low.first - 1].lower_ if low.first > 0 else ""
        if joiner not in _RANGE_JOINERS or before in ("from", "by") or low.num.value >= high.num.value:
            continue
        if joiner == "and" and before != "between":
            continue
        out[id(high)] = low
    return out


def _of_them(m: _Mention) -> bool:
    """ "two of them critically", "six of those children", "two seriously": a verbless subgroup of the
    group just counted ("three of them were released" says something else about them)."""
    head = m.anchor.head
    if head.pos_ in ("VERB", "AUX") and head.lemma_ != "be" and m.anchor.dep_ in _ARGUMENT_DEPS:
        return False  # a clause of its own; a loose phrase hung on a far verb is still verbless
    doc = m.anchor.doc
    if m.noun is None and m.num.end < len(doc) and doc[m.num.end].lower_ in _SEVERITY:
        return m.first > 0 and doc[m.first - 1].text == ","
    return m.noun is None and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ in ("them", "those") for g in p.children)
        for p in m.anchor.children
    )


_GROUP_PRONOUNS = frozenset({"them", "those", "whom", "these"})
_PERSON_PRONOUNS = _words("who he she they i we you")
# How badly a part of a group was hit: "27 of them seriously", "412 of them totally".
_DEGREE = _SEVERITY | _words("totally completely partially partly fully")


def _severity_subgroup(m: _Mention) -> bool:
    """ "389 people were injured, 27 of them seriously, and five remain missing": a verbless part of the
    count before, told by how badly it was hit; the parser often makes it a subject of the next clause."""
    doc = m.anchor.doc
    if m.noun is not None or m.first < 1 or doc[m.first - 1].text != ",":
        return False
    after = [t.lower_ for t in doc[m.num.end : m.num.end + 3]]
    return len(after) == 3 and after[0] == "of" and after[1] in _GROUP_PRONOUNS and after[2] in _DEGREE


def _among_them(m: _Mention) -> bool:
    """ "the toll rose to 11, among them four children", "among whom two women": a subgroup of the count
    just given, named after a pronoun for that group."""
    doc = m.anchor.doc
    if m.first >= 2 and doc[m.first - 2].lower_ == "among" and doc[m.first - 1].lower_ in _GROUP_PRONOUNS:
        return True
    holder = m.noun if m.noun is not None and not m.partitive else m.anchor
    return any(
        p.dep_ == "prep"
        and p.lower_ == "among"
        and p.i < m.first
        and any(g.lower_ in _GROUP_PRONOUNS for g in p.children)
        for p in holder.children
    )


def _more_bodies(m: _Mention, previous: _Mention) -> bool:
    """ "recovered 28 bodies, while four more were pulled from the river", "Another 6 were found on the
    beach": more of the bodies just counted, found the same way. People pulled out alive are survivors."""
    if previous.sent not in (m.sent, m.sent - 1) or previous.category != "killed" or previous.noun is None:
        return False
    if previous.partitive or previous.noun.lemma_.lower() not in ("body", "corpse"):
        return False
    doc = m.anchor.doc
    more = m.num.end < len(doc) and doc[m.num.end].lower_ == "more"
    another = m.first > 0 and doc[m.first - 1].lower_ in ("another", "further")
    if not (_is_elided(m) and (more or another)):
        return False
    core = m.core
    if core.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    verb = core.head
    if verb.lemma_.lower() not in _RECOVERY_VERBS or _is_negated(verb):
        return False
    return not any(c.lower_ == "alive" for c in verb.subtree)


def _is_bare_tally(m: _Mention) -> bool:
    """ "bringing the total to 54", "the tally rose to 20": a tally that names no event of its own."""
    core = m.core
    if core.dep_ != "pobj" or core.head.lower_ not in ("to", "past", "at"):
        return False
    verb = core.head.head
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj")
        and c.lemma_.lower() in _TOLL_NOUNS
        and not any(g.dep_ in ("prep", "compound", "amod", "acl") for g in c.children)
        for c in verb.children
    )


def _subject(m: _Mention) -> str | None:
    """The plural noun counted, normalized the way analysts group them; None for a bare number."""
    noun = m.noun
    if noun is None:
        if any(c.dep_ == "amod" and c.lower_ in _OLD_WORDS for c in m.anchor.children):
            return "elderly"  # "70 elderly"
        if _named_by_origin(m.anchor):
            return "people"  # "13 Malaysians, 17 from China": the place is no noun of the count
        return None
    low, lemma = noun.lower_, noun.lemma_.lower()
    if m.thing is not None and _is_elided(m):
        return None  # "damaged 200 more": the homes of the count before
    if _described_after_comma(m) and any(c.lower_ in _MOSTLY for c in noun.subtree if c.i < noun.i):
        return None  # "about 300, mostly elderly residents": not all of them residents
    if lemma in _OLD_HEADS and any(
        c.dep_ == "amod" and c.lower_ in _OLD_WORDS and c.i < noun.i for c in noun.children
    ):
        return "elderly"  # "70 elderly people", but "three men, aged 20 to 31" are of any age
    if _NOUN_CATEGORY.get(low) in _STATUS_CATEGORIES and _NOUN_CATEGORY[low] != m.category:
        return _plural(lemma) if noun.tag_ == "NN" else low  # "12 refugees were killed": who they were
    if low in _SUBJECT_PEOPLE or lemma in _SUBJECT_PEOPLE:
        return "people"
    if lemma in _SUBJECT_MAP or low in _SUBJECT_MAP:
        return _SUBJECT_MAP.get(lemma) or _SUBJECT_MAP[low]
    if lemma == "unit" and _housing_modifier(noun) is not None:
        return f"{_housing_modifier(noun)} {low}"  # "residential units"
    if lemma in _COMPOUND_HEADS:
        comps = [
            c.lower_ for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i
        ]
        if comps:
            return " ".join([*comps, _plural(lemma) if noun.tag_ == "NN" else low])  # "one aid worker"
    if noun.pos_ == "PROPN" or noun.ent_type_ == "NORP":
        return noun.text
    return _plural(lemma) if noun.tag_ == "NN" else low


@dataclass(frozen=True)
class _Said:
    """A count already emitted, as a bare number after it may refer back to it."""

    sent: int
    category: str
    subject: str
    subgroup: bool
    thing: bool


def _is_subgroup(m: _Mention) -> bool:
    """ "including a dozen children and five women": a part of a count, not a parallel one."""
    t = m.core
    while t.dep_ in ("conj", "appos") and t.head != t:
        t = t.head
    return (t.dep_ == "pobj" and t.head.lower_ in _SUBGROUP_PREPS) or _among_them(m)


def _is_partitive_of_group(m: _Mention) -> bool:
    """ "two of the injured", "Of the dead, 12 were": the number's group is named by an "of" phrase."""
    head = m.anchor.head
    fronted = [c for c in head.children if c.i < m.anchor.i] if head.lemma_ == "be" else []
    if any(p.dep_ == "prep" and p.lower_ in ("of", "among") for p in [*m.anchor.children, *fronted]):
        return True
    return _fronted_partitive(m)


def _fronted_partitive(m: _Mention) -> bool:
    """ "Of the injured, two ...", read off the words: after "a.m."/"p.m." the parser often runs two
    sentences together and hangs the fronted phrase on the wrong one."""
    doc, comma = m.anchor.doc, m.first - 1
    if comma < 1 or doc[comma].text != ",":
        return False
    for j in range(comma - 1, max(-1, comma - 7), -1):
        if doc[j].is_punct:
            return False
        if doc[j].lower_ in ("of", "among"):
            return j == 0 or doc[j].is_title or doc[j - 1].is_punct or doc[j - 1].pos_ == "CCONJ"
    return False


def _elided_subject(doc: Doc, m: _Mention, said: list[_Said]) -> str:
    """The noun a bare number leaves out: that of the count it parallels.

    In one sentence, the last count of the same category ("130 children lost one parent, while 25 lost
    both"), else the last whole count ("1,592 civilians were killed and 3,329 injured", "killed six
    workers and injured three"). "Another 19" and "19 more" also reach back one sentence. With nothing to
    refer to, orphans are children and anyone else is people."""
    thing = m.thing is not None
    same: list[_Said] = []  # this sentence's counts of the same kind (people or things), latest first
    for s in reversed(said):
        if s.sent != m.sent:
            break
        if s.thing == thing:
            same.append(s)
    # a whole count before a subgroup of it: in "A dozen of the injured, including three children, ...
    # the condition of two remained critical" the two are of the dozen
    parallel = [s for s in same if s.category == m.category]
    if parallel:
        return min(parallel, key=lambda s: s.subgroup).subject
    if _is_partitive_of_group(m) or _tallies_people(m):
        return "people"  # "Of the injured, two were in serious condition": the group is named, not elided
    tallied = _tallied_noun(m.core)
    named = tallied is not None and (_is_person_noun(tallied) or tallied.lower_ in _NOUN_CATEGORY)
    if tallied is not None and named and tallied.pos_ == "NOUN" and tallied.tag_ == "NNS":
        # "the number of flood evacuees fell to 51,000": the tally names its group
        lemma = tallied.lemma_.lower()
        if tallied.lower_ in _SUBJECT_PEOPLE or lemma in _SUBJECT_PEOPLE:
            return "people"
        return _SUBJECT_MAP.get(lemma, tallied.lower_)
    for s in same:
        if not s.subgroup:
            return s.subject
    before = doc[m.first - 1].lower_ if m.first > 0 else ""
    after = doc[m.num.end].lower_ if m.num.end < len(doc) else ""
    if (before in ("another", "further") or after == "more") and said:
        last = said[-1]
        if last.sent == m.sent - 1 and last.thing == thing and not last.subgroup:
            return last.subject
    return "children" if m.category == "orphaned" else "people"


def _named_by_origin(anchor: Token) -> bool:
    """ "17 from China", "seven from Indonesia": a bare number named by the country the people come from."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "from"
        and any(o.ent_type_ in ("GPE", "LOC", "NORP") for o in p.children)
        for p in anchor.children
    )


def _tallies_people(m: _Mention) -> bool:
    """ "bringing the number of injured to six", "put the number of those killed at 14": the tally names
    its group with a word that says no more than people."""
    noun = _tallied_noun(m.core)
    return noun is not None and (noun.pos_ == "PRON" or noun.lower_ in _SUBJECT_PEOPLE)


def _is_amod_of(tok: Token, head: Token) -> bool:
    return tok.head == head and tok.dep_ == "amod"


def _plural(word: str) -> str:
    """Subjects are plural nouns: "one civilian" is counted as civilians."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    return word + "s"


# ---------------------------------------------------------------- entry point


def extract_counts(doc: Doc) -> list[Count]:
    """Every stated count of people or things in the body, in text order."""
    sent_of: dict[int, int] = {}
    sent_start: dict[int, int] = {}
    sent_lemmas: dict[int, frozenset[str]] = {}
    for k, sent in enumerate(doc.sents):
        sent_start[k] = sent.start
        sent_lemmas[k] = frozenset(t.lemma_.lower() for t in sent)
        for t in sent:
            sent_of[t.i] = k

    mentions: list[_Mention] = []
    for num in find_numbers(doc):
        anchor = _anchor(doc, num)
        sent = sent_of[num.start]
        qualifier, first = _qualifier(doc, num, sent_start[sent])
        noun, partitive = _counted_noun(anchor)
        m = _Mention(num, anchor, noun, partitive, _core(anchor, noun, partitive), sent, qualifier, first)
        if not _is_noise(doc, m):
            mentions.append(m)

    by_token = {m.core.i: m for m in mentions}
    by_token.update({m.anchor.i: m for m in mentions})
    for m in mentions:
        m.category = _own_category(doc, m)
    _count_cases(doc, mentions)

    previous: _Mention | None = None
    for m in mentions:
        if m.category is None and not m.closed and _may_inherit(m.noun):
            parent = _inherit(m, by_token, mentions)
            if isinstance(parent, _Mention):
                m.category = parent.category
                m.thing = parent.thing if m.noun is None else None
            elif isinstance(parent, str):
                m.category = parent
            elif _is_person_noun(m.noun):
                m.category = _list_category(doc, m, previous)
            # "Eight people were injured, two of them critically": a subgroup of the count just given
            if (
                m.category is None
                and previous is not None
                and previous.sent == m.sent
                and (_of_them(m) or _among_them(m) or _severity_subgroup(m))
            ):
                m.category = previous.category
                m.thing = previous.thing  # "3,210 houses were damaged, 412 of them totally": houses too
            # "Six more bodies were found, bringing the total to 54": the tally of the count just given
            if m.category is None and m.noun is None and previous is not None and _is_bare_tally(m):
                m.category = previous.category if previous.sent >= m.sent - 1 else None
            # "Divers recovered 28 bodies, while four more were pulled from the river": more of the dead
            if m.category is None and previous is not None and _more_bodies(m, previous):
                m.category = previous.category
        if m.category is None and not m.closed:
            _count_thing(m, previous, sent_lemmas[m.sent], by_token)
        if m.category is not None:
            previous = m

    ranges = _ranges(doc, mentions)
    lows = {id(low) for low in ranges.values()}
    out: list[Count] = []
    subjects: list[_Said] = []  # the counts so far, for numbers whose noun is left out
    for m in mentions:
        low = ranges.get(id(m))
        if low is not None:
            # one count for the range: its lower bound is what the text vouches for
            m.category = m.category or low.category
            m.num = NumberMention(low.num.start, m.num.end, low.num.value)
            m.qualifier = "at_least" if low.qualifier == "exact" else low.qualifier
            m.first = low.first
        if m.category is None or id(m) in lows:
            continue
        noun = m.noun if m.noun is not None or low is None else low.noun
        subject = m.subject or _subject(m) or (_subject(low) if low is not None else None)
        if subject is None:
            subject = _elided_subject(doc, m, subjects)
        subjects.append(_Said(m.sent, m.category, subject, _is_subgroup(m), m.thing is not None))
        end_tok = m.num.end - 1
        if noun is not None and 0 < noun.i - end_tok <= 3 and not _described_after_comma(m):
            end_tok = noun.i
        elif m.noun is None and end_tok + 1 < len(doc) and _is_amod_of(doc[end_tok + 1], m.anchor):
            end_tok += 1  # "70 elderly"
        out.append(
            Count(
                category=m.category,
                value=m.num.value,
                qualifier=m.qualifier,
                subject=subject,
                char_start=doc[m.first].idx,
                char_end=doc[end_tok].idx + len(doc[end_tok].text),
            )
        )
    return out
