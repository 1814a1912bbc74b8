"""Lexicons for the lexical rules, compiled once at import.

Each lexicon is a list of words or short phrases (written as they appear in the normalized
`match` text: lowercase, hyphens and slashes already turned into spaces). They are general
vocabularies — harmful acts, human targets, places, framing contexts, private data kinds — never
whole example sentences. `alt()` turns a list into one regex alternation (longest first) and every
pattern is anchored on word boundaries, so "kill" never matches "skill" and "end" never "friend".

The word lists are data, one file per hazard area in `vocab/lexicon/` (people_and_targets,
violence, weapons, drugs, crime, harassment, hate, privacy, minors, self_harm, frames, stakes,
closure, grammar). This module loads each file once and passes each entry's raw text to the
helper that gives it its grammar (`words`, `phrases`, `nouns`, `forms`, `past`); every entry must
be read (checked at the end). What stays here is code: the helpers, the regular expressions that
relate lexicons, and each pattern's gate words (the tokens every match of that pattern contains,
kept beside the pattern they make sound).

Patterns that relate two lexicons (an act and its target) allow a few filler words between them
but never a preposition or conjunction: "bomb the test at school" has no target after "bomb".
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeAlias

from chat.governance.normalize import Normalized

_Trie: TypeAlias = dict[str, "_Trie"]  # one node per character
_END = ""  # trie key for "a phrase ends here" (never a character)


def alt(*groups: Iterable[str]) -> str:
    """One non-capturing alternation of the phrases, longest first, spaces as single spaces.

    The alternation is written as a character trie ("kill", "kills", "killing" →
    `kill(?:ing|s)?`): Python's regex engine tries a flat alternation's branches one by one at
    every position, while a trie rejects a position after one character comparison per distinct
    first letter. It matches exactly what the flat longest-first list matches, in the same
    order: phrases that can match at one position are prefixes of each other, and the trie tries
    each continuation before the shorter phrase that ends at that node (greedy `?`).
    """
    trie: _Trie = {}
    for phrase in {p for group in groups for p in group}:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    return "(?:" + _trie_regex(trie) + ")"


def _trie_regex(node: _Trie) -> str:
    branches = [
        re.escape(char).replace("\\ ", " ") + _trie_regex(child)
        for char, child in sorted(node.items())
        if char != _END
    ]
    if not branches:
        return ""
    if _END in node:  # a phrase ends here: try the longer ones first, then stop
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def forms(*spec: str) -> list[str]:
    """Regular verb forms: "kill" → kill, kills, killing; "stab/stabb" → stab, stabs, stabbing.

    A "base/stem" pair gives the -ing stem explicitly; a phrasal verb inflects its first word.
    """
    out: list[str] = []
    for item in spec:
        head, _, rest = item.partition(" ")
        base, _, stem = head.partition("/")
        if not stem:
            stem = base[:-1] if base.endswith("e") and not base.endswith("ee") else base
        if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
            third = base[:-1] + "ies"
        else:
            third = base + ("es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
        tail = f" {rest}" if rest else ""
        out += [base + tail, third + tail, stem + "ing" + tail]
    return out


def past(*spec: str) -> list[str]:
    """Regular past/participle forms: "kill" → killed; "stab/stabb" → stabbed; "bully" → bullied.

    Irregular verbs are listed explicitly where they are used; a phrasal verb inflects its head.
    """
    out: list[str] = []
    for item in spec:
        head, _, rest = item.partition(" ")
        base, _, stem = head.partition("/")
        stem = stem or base
        if stem.endswith("e"):
            form = stem + "d"
        elif stem.endswith("y") and stem[-2:-1] not in ("a", "e", "o", "u"):
            form = stem[:-1] + "ied"
        else:
            form = stem + "ed"
        out.append(form + (f" {rest}" if rest else ""))
    return out


def words(text: str) -> list[str]:
    """A word list written as a whitespace-separated multi-line string (one-word entries only)."""
    return text.split()


def phrases(text: str) -> list[str]:
    """A comma-separated list of words and multi-word phrases; line breaks are just spaces."""
    return [" ".join(p.split()) for p in text.split(",") if p.strip()]


def nouns(text: str) -> list[str]:
    """Comma-separated nouns or noun phrases, each with its regular plural (last word inflected).

    "mailman" → mailman, mailmen; "bus driver" → bus driver, bus drivers; "nanny" → nannies.
    """
    out: list[str] = []
    for noun in phrases(text):
        head, _, last = noun.rpartition(" ")
        prefix = f"{head} " if head else ""
        if last.endswith("man"):
            plural = last[:-3] + "men"
        elif last.endswith("y") and last[-2:-1] not in ("a", "e", "o", "u"):
            plural = last[:-1] + "ies"
        elif last.endswith(("s", "sh", "ch", "x", "z")):
            plural = last + "es"
        else:
            plural = last + "s"
        out += [noun, prefix + plural]
    return out


def joined(helper: Callable[[str], list[str]], texts: Iterable[str]) -> list[str]:
    """One lexicon written as several texts: `helper` applied to each, in order."""
    return [item for text in texts for item in helper(text)]


_TOKEN = re.compile(r"\w+(?:'\w+)*")


def anchor(phrase: str) -> str:
    """The phrase's most distinctive word: any text containing the phrase contains it."""
    tokens: list[str] = _TOKEN.findall(phrase) or [phrase]
    return max(tokens, key=len)


class Gated:
    """A compiled pattern plus words one of which must be present for it to match.

    Python's regex engine tries every alternative at every position; checking a frozenset of
    message tokens first makes the common case (no lexicon word present) nearly free. `also` is
    an optional second word set, one of which must be present too, for a pattern that needs two
    lexicons at once (an act and its target, a verb and its particle). Sound only if every match
    of the pattern contains a word of each set as a whole token (or apostrophe part).
    """

    __slots__ = ("_compiled", "_source", "also", "anchors")

    def __init__(
        self,
        pattern: str | re.Pattern[str],
        anchors: Iterable[str],
        also: Iterable[str] | None = None,
    ) -> None:
        # Compiled on first use: Python's regex parser takes seconds over all these patterns,
        # which every short-lived process (a management command, a test) would pay at import.
        # The service compiles them all before it forks (`compile_all`, from config/wsgi.py).
        self._source = pattern
        self._compiled = pattern if isinstance(pattern, re.Pattern) else None
        self.anchors = frozenset(anchors)
        self.also = None if also is None else frozenset(also)
        _ALL.append(self)

    @property
    def pattern(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source)
        return compiled

    def present(self, tokens: frozenset[str]) -> bool:
        if self.anchors.isdisjoint(tokens):
            return False
        return self.also is None or not self.also.isdisjoint(tokens)

    # search and finditer repeat present()'s test inline: they run dozens of times per message.
    # A long message is searched only in the clauses whose own words open the gate (match
    # offsets stay those of the whole `n.match`).
    def search(self, n: Normalized) -> re.Match[str] | None:
        tokens = n.token_set
        if self.anchors.isdisjoint(tokens) or (
            self.also is not None and self.also.isdisjoint(tokens)
        ):
            return None
        if n.clauses is None:
            return self.pattern.search(n.match)
        for start, end, words in n.clauses:
            if not self.anchors.isdisjoint(words) and (
                self.also is None or not self.also.isdisjoint(words)
            ):
                found = self.pattern.search(n.match, start, end)
                if found is not None:
                    return found
        return None

    def finditer(self, n: Normalized) -> Iterator[re.Match[str]]:
        tokens = n.token_set
        if self.anchors.isdisjoint(tokens) or (
            self.also is not None and self.also.isdisjoint(tokens)
        ):
            return iter(())
        if n.clauses is None:
            return self.pattern.finditer(n.match)
        return itertools.chain.from_iterable(
            self.pattern.finditer(n.match, start, end)
            for start, end, words in n.clauses
            if not self.anchors.isdisjoint(words)
            and (self.also is None or not self.also.isdisjoint(words))
        )


_ALL: list[Gated] = []


def all_gated() -> tuple[Gated, ...]:
    """Every gated pattern defined so far (the rules' vocabularies compile at import)."""
    return tuple(_ALL)


def compile_all() -> None:
    """Compile every gated pattern now (before a server forks, so its workers share them)."""
    for gated in _ALL:
        _ = gated.pattern


def anchors_of(*groups: Iterable[str]) -> frozenset[str]:
    return frozenset(anchor(p) for group in groups for p in group)


def word_anchors(*groups: Iterable[str]) -> frozenset[str]:
    """Like `anchors_of`, but never a word with an apostrophe ("jehovah's witnesses" →
    "witnesses"): a word matched between boundaries is then always a token or an apostrophe part
    of one, even right after another word's apostrophe. Used for `Gated(also=…)` sets."""
    return frozenset(anchor(p.replace("'", " ")) for group in groups for p in group)


def compile_words(*groups: Iterable[str]) -> Gated:
    return Gated(r"\b" + alt(*groups) + r"\b", anchors_of(*groups))


# --- vocabulary files -------------------------------------------------------------------------

_LEXICON_DIR = Path(__file__).resolve().parent / "vocab" / "lexicon"


class Vocab:
    """One file of `vocab/lexicon/`: raw texts, string lists and tables by key.

    Reads are recorded, so the end of this module can check that no entry is dead.
    """

    __slots__ = ("_data", "_read", "area")

    def __init__(self, path: Path) -> None:
        with path.open("rb") as handle:
            self._data: dict[str, object] = tomllib.load(handle)
        self.area = path.stem
        self._read: set[str] = set()

    def _get(self, key: str) -> object:
        self._read.add(key)
        return self._data[key]

    def text(self, key: str) -> str:
        """A raw text, for `words`, `phrases` or `nouns`."""
        value = self._get(key)
        if not isinstance(value, str):
            raise TypeError(f"{self.area}.{key}: expected a string")
        return value

    def strings(self, key: str) -> list[str]:
        """A list of strings: entries used as written, or the texts of a lexicon in pieces."""
        value = self._get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TypeError(f"{self.area}.{key}: expected a list of strings")
        return list(value)

    def texts_by_key(self, key: str) -> dict[str, str]:
        """A table of raw texts."""
        value = self._get(key)
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise TypeError(f"{self.area}.{key}: expected a table of strings")
        return dict(value)

    def strings_by_key(self, key: str) -> dict[str, list[str]]:
        """A table of string lists."""
        value = self._get(key)
        if not isinstance(value, dict) or not all(
            isinstance(v, list) and all(isinstance(s, str) for s in v) for v in value.values()
        ):
            raise TypeError(f"{self.area}.{key}: expected a table of string lists")
        return {name: list(strings) for name, strings in value.items()}

    def unread(self) -> list[str]:
        return sorted(set(self._data) - self._read)


_VOCAB = {path.stem: Vocab(path) for path in sorted(_LEXICON_DIR.glob("*.toml"))}
_grammar = _VOCAB["grammar"]
_people = _VOCAB["people_and_targets"]
_violence = _VOCAB["violence"]
_weapons = _VOCAB["weapons"]
_drugs = _VOCAB["drugs"]
_crime = _VOCAB["crime"]
_harassment = _VOCAB["harassment"]
_hate = _VOCAB["hate"]
_privacy = _VOCAB["privacy"]
_minors = _VOCAB["minors"]
_self_harm = _VOCAB["self_harm"]
_frames = _VOCAB["frames"]
_stakes = _VOCAB["stakes"]
_closure = _VOCAB["closure"]


# --- shared grammar ---------------------------------------------------------------------------

DETERMINERS = words(_grammar.text("determiners"))
# Words that end a noun phrase: an act's object must come before any of these.
BLOCKERS = words(_grammar.text("blockers"))

FILLER = r"(?:(?!" + alt(BLOCKERS) + r"\b)[\w']+ ){0,3}?"
PARTICLE = r"(?:(?:in|off|up|down|out|open|apart) )?"

SEEKING = compile_words(phrases(_grammar.text("seeking")))

NEGATED_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\bavoid|\bprevent|\bstop|\bwithout) $")

# Function words the rules' exceptions look at (see grammar.toml for each one's use).
ARTICLES = frozenset(_grammar.strings("articles"))
ACCIDENT_CUES = frozenset(_grammar.strings("accident_cues"))
TOPIC_PREPOSITIONS = frozenset(_grammar.strings("topic_prepositions"))
NOUN_DETERMINERS = frozenset(words(_grammar.text("noun_determiners")))
DITRANSITIVE_OBJECT_START = frozenset(words(_grammar.text("ditransitive_object_start")))
RACE_DIRECTION_NEXT = frozenset(words(_grammar.text("race_direction_next")))
PLACEMENT_PARTICLES = frozenset(words(_grammar.text("placement_particles")))

# --- people and targets: who and what can be harmed -------------------------------------------

PEOPLE = joined(phrases, _people.strings("people")) + joined(nouns, _people.strings("person_nouns"))

# Group words (a real, protected group of people). Only the first group adjectives give their
# regular plural as a group noun; the plurals of the others are listed.
_PLURAL_GROUP_ADJECTIVES = joined(phrases, _people.strings("group_adjectives"))
GROUP_ADJECTIVES = _PLURAL_GROUP_ADJECTIVES + phrases(
    _people.text("group_adjectives_listed_plurals")
)
GROUP_HEADS = words(_people.text("group_heads"))
GROUP_NOUNS = [
    *joined(phrases, _people.strings("group_nouns")),
    *[
        a + "s"
        for a in _PLURAL_GROUP_ADJECTIVES
        if " " not in a and a.endswith(("an", "i", "ino", "ina", "ak"))
    ],
    *[a + "s" for a in _PLURAL_GROUP_ADJECTIVES if a.endswith(("american", "islander"))],
]
GROUP = (
    r"(?:" + alt(GROUP_ADJECTIVES) + r" (?:" + alt(GROUP_HEADS) + r")|" + alt(GROUP_NOUNS) + r")"
)

HUMAN_TARGET = r"(?<!egg )(?:" + GROUP + r"|" + alt(PEOPLE) + r")"
# One apostrophe-free word of every HUMAN_TARGET phrase (the head of "<adjective> <head>"): an
# `also` gate for patterns whose target is matched as whole words.
HUMAN_TARGET_ANCHORS = word_anchors(PEOPLE, GROUP_NOUNS, GROUP_HEADS)

# After a possessive target ("someone's ___"), these heads make the act harmful; a person's
# relation ("my wife's boyfriend", "a neighbour's son") is a person too.
POSSESSED_HARM = frozenset(
    joined(words, _people.strings("possessed_harm")) + [p for p in PEOPLE if " " not in p]
)
# Right after a non-possessive target, these nouns show the target word is a modifier
# ("child process", "kid's menu", "baby shower") or the real object is harmless.
SAFE_AFTER_TARGET = frozenset(words(_people.text("safe_after_target")))

# Things that are pests, weeds or objects when "them" refers back to them.
NON_HUMAN_PLURALS = frozenset(words(_people.text("non_human_plurals")))
HUMAN_PLURALS = (
    frozenset(
        [p.split()[-1] for p in PEOPLE if p.endswith(("s", "men", "ren", "ple"))]
        + [p.split()[-1] for p in GROUP_NOUNS]
        + words(_people.text("human_plurals"))
    )
    - NON_HUMAN_PLURALS
)

# Body parts an instrument or a cut can harm ("… on my toddler's arm", "cut the head off …").
BODY_PARTS = words(_people.text("body_parts"))
# A person's body part as the object of a destructive act ("blow my landlord's head off",
# "bash his skull in", "cut off her air supply").
VITAL_PARTS = phrases(_people.text("vital_parts"))

PLACES = phrases(_people.text("places"))
# Public vehicles and places not in PLACES.
PUBLIC_VEHICLES = phrases(_people.text("public_vehicles"))
VEHICLES_WITH_PEOPLE = phrases(_people.text("vehicles_with_people"))
# Institutions where people live, sleep, worship, learn or are cared for.
OCCUPIED_PLACES = phrases(_people.text("occupied_places"))
PRIVATE_PROPERTY = frozenset(words(_people.text("private_property")))
PETS = phrases(_people.text("pets"))

# --- violence ---------------------------------------------------------------------------------

# Verbs of physical harm toward a person. Verbs with a common harmless sense toward people are
# left to the structural rules in lexical (an instrument, a body part, a lethal outcome).
VIOLENT_VERBS = forms(*joined(phrases, _violence.strings("violent_verbs")))
# Violent verbs that are also nouns: after a determiner they are the noun ("a mug my dad likes").
NOUN_VERBS = tuple(_violence.strings("noun_verbs"))
# Non-lethal acts (sport frames apply to them).
MILD_VERBS = frozenset(forms(*_violence.strings("mild_verbs")))

# "<verb> <person> to death / unconscious / until she stops breathing": the outcome, not the
# verb, carries the harm — except for verbs that only ever do it figuratively.
FIGURATIVE_OUTCOME_VERBS = frozenset(forms(*words(_violence.text("figurative_outcome_verbs"))))
LETHAL_OUTCOMES = phrases(_violence.text("lethal_outcomes"))
BURY_ALIVE_VERBS = forms(*words(_violence.text("bury_alive_verbs")))
LIFE_OUT_OF_VERBS = forms(*words(_violence.text("life_out_of_verbs")))
BLOWS = phrases(_violence.text("blows"))
TAKE_OUT_TARGETS = nouns(_violence.text("take_out_targets"))
# Violent participles for "get/have/want <person> killed", "I want my ex dead".
VIOLENT_PARTICIPLES = past(*words(_violence.text("violent_participle_verbs"))) + phrases(
    _violence.text("violent_participles")
)

# Exceptions of the act → person rule: particles and possessed things that make a verb harmless,
# verbs with a second object or a dismissal sense, figurative objects.
VERB_SAFE_PARTICLES = {
    verb: set(particles) for verb, particles in _violence.strings_by_key("safe_particles").items()
}
VERB_SAFE_POSSESSED = {
    stem: frozenset(words(text)) for stem, text in _violence.texts_by_key("safe_possessed").items()
}
DITRANSITIVE_VERBS = frozenset(forms(*_violence.strings("ditransitive_verbs")))
FIRING_VERBS = frozenset(forms(*_violence.strings("firing_verbs")))
FIRING_TARGETS = frozenset(_violence.strings("firing_targets"))
ESTRANGEMENT_VERBS = frozenset(forms(*_violence.strings("estrangement_verbs")))
ABSTRACT_POSSESSIONS = frozenset(words(_violence.text("abstract_possessions")))
PERFORMANCE_VERBS = tuple(words(_violence.text("performance_verbs")))
PHOTOGRAPHY_WORDS = _violence.strings("photography_words")
# A condition of a body part is what the act removes ("my son's head lice", "her back pain").
BODY_CONDITIONS = frozenset(words(_violence.text("body_conditions")))

# Instruments: a person "with" one of these is being harmed, whatever the verb.
INSTRUMENTS = phrases(_violence.text("instruments"))
# Instruments that are also sports gear: a hit with them is a mild act (sport frames apply).
SPORT_INSTRUMENTS = frozenset(phrases(_violence.text("sport_instruments")))
# Verbs that bring a person and an instrument together harmlessly ("teach my son with a knife",
# "surprise my wife with a car", "catch my brother with a gun").
INSTRUMENT_SAFE_VERBS = frozenset(forms(*words(_violence.text("instrument_safe_verbs")))) | (
    frozenset(words(_violence.text("instrument_safe_past_forms")))
)
# "teach my son knife safety": the instrument is a modifier of these.
INSTRUMENT_SAFE_FOLLOWERS = frozenset(words(_violence.text("instrument_safe_followers")))
# Verbs that use a person's body part figuratively ("bite my sister's head off", "talk my
# friend's ear off", "pull my son's tooth out", "get my kid's head out of the clouds").
BODY_FIGURATIVE_VERBS = frozenset(forms(*words(_violence.text("body_figurative_verbs"))))
# Removal verbs that become lethal with "for good", "permanently" …
REMOVAL_VERBS = forms(*phrases(_violence.text("removal_verbs")))
LETHAL_ADVERBS = phrases(_violence.text("lethal_adverbs"))

# Hurtful objects applied to a person's body.
HURTFUL_OBJECTS = phrases(_violence.text("hurtful_objects"))
# Substances a message might seek to put into a person's food or drink.
HARMFUL_SUBSTANCES = phrases(_violence.text("harmful_substances"))
# Deadly substances whatever the dose (feeding or serving them to a person is an attack).
DEADLY_SUBSTANCES = phrases(_violence.text("deadly_substances"))
FOOD_AND_DRINK = words(_violence.text("food_and_drink"))
# Safety-critical things a person relies on ("cut the brake lines on my boss's car").
SAFETY_CRITICAL = phrases(_violence.text("safety_critical"))
# Acts lethal to a vehicle or building full of people ("sink a boat full of migrants").
CONTAINER_ATTACK_VERBS = forms(*phrases(_violence.text("container_attack_verbs")))
# "hire a contract killer", "find a hitman".
HIRE_VERBS = forms(*_violence.strings("hire_verbs"))
HIRED_KILLERS = _violence.strings("hired_killers")

# Butchering or disposing of a person or a body.
BUTCHER_VERBS = [
    *forms(*_violence.strings("butcher_verbs")),
    *_violence.strings("butcher_verb_forms"),
]
BUTCHER_TARGETS = _violence.strings("butcher_targets")
CORPSE_VERBS = forms(*_violence.strings("corpse_verbs"))
CORPSES = _violence.strings("corpses")

# Cruelty to a pet ("skin a cat alive", "poison my neighbour's dog", "set fire to a dog").
ANIMAL_HARM_VERBS = forms(*phrases(_violence.text("animal_harm_verbs")))

# Cooking and crafting verbs that are an injury whenever their object is a person ("debone my
# brother"), and ones that are also idioms or ditransitive ("roast my friend", "cook my husband
# a steak"), which need a cooking cue (alive, in boiling water, over a fire, in the oven).
COOK_VERBS = forms(*phrases(_violence.text("cook_verbs")))
COOK_CUE_VERBS = forms(*words(_violence.text("cook_cue_verbs")))
COOK_CUES = phrases(_violence.text("cook_cues"))

# --- weapons and attacks on places ------------------------------------------------------------

WEAPON_NOUNS = joined(phrases, _weapons.strings("weapon_nouns"))
HARMLESS_WEAPON_MODIFIERS = frozenset(words(_weapons.text("harmless_weapon_modifiers")))
# Instruments are harmless after the same modifiers and a few more ("a toy knife").
HARMLESS_INSTRUMENT_MODIFIERS = HARMLESS_WEAPON_MODIFIERS | frozenset(
    words(_violence.text("harmless_instrument_modifiers"))
)
HARMLESS_WEAPON_FOLLOWERS = frozenset(words(_weapons.text("harmless_weapon_followers")))
WEAPON_MAKE_VERBS = [
    *forms(*phrases(_weapons.text("weapon_make_verbs"))),
    *_weapons.strings("weapon_make_verb_forms"),
]
ILLEGAL_WEAPON_ACQUIRE = Gated(
    r"\b(?:buy|get|obtain|acquire|purchase|order|find)\b[^.?!]{0,40}\b"
    r"(?:gun|guns|firearm|firearms|rifle|pistol|handgun|weapon|weapons|explosives?|grenades?)\b"
    r"[^.?!]{0,40}\b(?:without (?:a )?(?:background check|license|licence|permit|id)|"
    r"illegally|untraceable|on the dark ?web|off the books|no questions asked)",
    words(
        """
        gun guns firearm firearms rifle pistol handgun weapon weapons explosive explosives grenade
        grenades
        """
    ),
)

DESTROY_VERBS = forms(*phrases(_weapons.text("destroy_verbs")))
OWN_PROPERTY_OK = frozenset(forms(*phrases(_weapons.text("own_property_ok"))))
FIRE_VERBS = forms(*phrases(_weapons.text("fire_verbs")))
# "set the dance floor / school talent show on fire": a modifier noun after the place, or a
# performance "with my voice", is figurative.
FIRE_FIGURATIVE_AFTER = frozenset(words(_weapons.text("fire_figurative_after")))
# Causing a disaster in a crowded place ("cause a crash in the stock market" is a market).
DISASTERS = phrases(_weapons.text("disasters"))
DISASTER_VERBS = forms(*phrases(_weapons.text("disaster_verbs")))
MARKET_MODIFIERS = frozenset(words(_weapons.text("market_modifiers")))

# --- drugs ------------------------------------------------------------------------------------

HARD_DRUGS = phrases(_drugs.text("hard_drugs"))
# Words that are drugs only in some senses ("a crack in the pipe", "a coke", "ice"): they count
# after a quantity ("a gram of coke") or bare after a trade verb ("make crack"), never after "a".
AMBIGUOUS_DRUGS = words(_drugs.text("ambiguous_drugs"))
UNIT_ONLY_DRUGS = words(_drugs.text("unit_only_drugs"))
DRUG_UNITS = (
    r"(?:(?:a|an|one|two|\d+|some|half a|a few) )?(?:gram|grams|g|ounce|ounces|oz|eighth|"
    r"kilo|kilos|kg|bag|bags|baggie|rock|rocks|line|lines|hit|hits|pill|pills|tab|tabs|bump|"
    r"batch|key|brick) of "
)
DRUG_VERBS = [
    *forms(*words(_drugs.text("trade_verbs"))),
    *_drugs.strings("trade_verb_forms"),
]
SOFT_DRUGS = words(_drugs.text("soft_drugs"))
PRESCRIPTION_DRUGS = words(_drugs.text("prescription_drugs"))
NO_PRESCRIPTION = re.compile(
    r"\b(?:without (?:a )?(?:prescription|script|doctor)|no prescription|illegally|"
    r"on the street|dark ?web|darknet|from a dealer)\b"
)

# --- crime: theft, fraud, bribery -------------------------------------------------------------

# Named crimes by the harm category they are; the first category that matches wins.
CRIMES = {
    category: phrases(_crime.texts_by_key("named_crimes")[category])
    for category in ("THEFT_FRAUD", "VIOLENCE", "ILLEGAL_DRUGS")
}
CRIME_VERBS = [
    *forms(*phrases(_crime.text("crime_verbs"))),
    *_crime.strings("crime_verb_forms"),
]
CRIME_SAFE_AFTER = frozenset(words(_crime.text("crime_safe_after")))

ROB_TARGETS = [
    *PLACES,
    *_crime.strings("rob_targets"),
    *phrases(_crime.text("rob_premises")),
]
ROB_VERBS = [
    *forms(*phrases(_crime.text("rob_verbs"))),
    *_crime.strings("rob_verb_forms"),
]
STEAL_VERBS = [
    *forms(*words(_crime.text("steal_verbs"))),
    *_crime.strings("steal_verb_forms"),
]
STEAL_OBJECTS = phrases(_crime.text("steal_objects"))
SECURITY_DEFEAT = Gated(
    r"\b(?:disable|disabling|bypass|bypassing|defeat|defeating|cut|cutting|disarm|disarming|"
    r"get past|get around|jam|jamming|hack|hacking|deactivate|deactivating|turn off|"
    r"turning off|override|overriding|trick|tricking|fool|fooling|evade|evading)\b"
    r"(?: (?:the|a|an|their|his|her|its|those|these|this|that|all|any|some))?"
    r"(?: [\w']+){0,2}? (?:alarm|alarms|security system|security systems|security camera|"
    r"security cameras|cameras|cctv|motion sensor|motion sensors|ankle monitor|breathalyzer|"
    r"ignition interlock|anti theft|immobilizer|tag|tags|metal detector|metal detectors|"
    r"lock|locks)\b",
    words(
        """
        alarm alarms security cameras cctv motion ankle breathalyzer ignition anti immobilizer tag
        tags metal lock locks
        """
    ),
)
FRAUD_ACTS = compile_words(
    phrases(_crime.text("fraud_acts")),
    # verbs that are crimes whatever their object
    forms(*words(_crime.text("fraud_verbs"))),
)
# Crime verbs with their criminal objects (the verb alone has a harmless sense).
CRIME_OBJECTS = {
    verb: phrases(text) for verb, text in _crime.texts_by_key("criminal_objects").items()
}

# Officials whose bribery is corruption.
BRIBE_TARGETS = phrases(_crime.text("bribe_targets"))
BRIBE_VERBS = [
    *forms(*phrases(_crime.text("bribe_verbs"))),
    *_crime.strings("bribe_verb_forms"),
]

# --- harassment -------------------------------------------------------------------------------

HARASS_VERBS = forms(
    *words(_harassment.text("harass_verbs")),
    *_harassment.strings("surveillance_and_defamation_verbs"),
)

# --- hate: atrocities and discrimination ------------------------------------------------------

ATROCITIES = phrases(_hate.text("atrocities"))
ATROCITY = compile_words(ATROCITIES)
REENACT = compile_words(
    [
        *forms(*phrases(_hate.text("reenact_verbs"))),
        *_hate.strings("reenact_verb_forms"),
        *phrases(_hate.text("reenact_phrases")),
    ]
)
# "how do I <act> … like <atrocity>" / "the way <atrocity> was done": emulation, not history.
EMULATE = Gated(
    r"\b(?:"
    + alt(forms(*phrases(_hate.text("emulate_verbs"))))
    + r")\b[^.?!]{0,60}\b(?:like|the way|the same way|in the style of|as they did (?:in|at))\b",
    words("like way style did"),
)
REENACT_NEGATORS = re.compile(
    r"\b(?:avoid|avoiding|prevent|preventing|never|not|stop|stopping|learn|learned|lessons)\b"
)
DENIAL_CLAIMS = compile_words(phrases(_hate.text("denial_claims")))
DENIAL_VERBS = compile_words(
    [*forms(*words(_hate.text("denial_verbs"))), *_hate.strings("denial_phrases")]
)
GLORIFY = compile_words(phrases(_hate.text("glorify")))
# Praising words of a write request ("a speech praising …").
PRAISE_WORDS = phrases(_hate.text("praise_words"))
# What a praise word may honestly be about next to an atrocity ("celebrating the end of").
PRAISE_SAFE_OBJECTS = words(_hate.text("praise_safe_objects"))
PRAISE_SAFE = frozenset(PRAISE_SAFE_OBJECTS)
JUSTIFY_PREDICATES = phrases(_hate.text("justify_predicates"))

HATE_GROUP_SUBJECT = Gated(
    r"\b(?P<group>" + GROUP + r")\b", anchors_of(GROUP_ADJECTIVES, GROUP_NOUNS)
)
_NEG_PRED = (
    r"(?:not|never|n't|be banned|be barred|be excluded|be prevented|be denied|lose|be stripped|"
    r"be deported|be segregated|be sterilized|be sterilised|be locked up|be kept out|be removed|"
    r"be punished|be forced|be expelled|be fired|be rounded up|be eliminated|be eradicated|"
    r"have fewer|have less|earn less|be paid less|get paid less|stay at home|stay in the kitchen|"
    r"be treated as|be second class|be slaves|be enslaved|go back|be forbidden|be prohibited|"
    r"be disallowed|be blocked|be refused|be restricted|be exiled|be imprisoned|be jailed|"
    r"be killed|be executed|be shot|be castrated|be registered|be tracked|be sent back|"
    r"be put in camps|be interned|be institutionalized|be allowed fewer|have no|receive less|"
    r"be given less|be kicked out|be thrown out|be shunned|be treated worse|be \w+(?:ed|en) from|"
    r"be \w+(?:ed|en) out of|lose (?:the|their|all) (?:right|rights|vote)|have (?:their|the) "
    r"\w+ (?:taken|removed|revoked)|die|suffer|starve|rot|burn|be gassed|be hanged|be lynched|"
    r"be spied on|be locked away|be put away|be kept apart|be kept separate|live apart|"
    r"be sent to camps|be neutered|be culled)"
)
DISCRIMINATION = [
    # "Why should <group> not …", "Why shouldn't <group> …"
    re.compile(
        r"\b(?:should|must|ought|shall)(?:n't| not)? (?:the )?"
        + GROUP
        + r"(?:'s)?(?: [\w']+)?? "
        + _NEG_PRED
        + r"\b"
    ),
    re.compile(r"\b(?:shouldn't|should not|mustn't|must not) (?:the )?" + GROUP),
    # "<group> should not …", "<group> should be banned …"
    re.compile(r"\b" + GROUP + r" (?:should|must|ought to|shall|need to|deserve to) " + _NEG_PRED),
    # "<group> shouldn't be allowed in …", "why can't <group> be trusted with …"
    re.compile(
        r"\b(?:" + GROUP + r" (?:shouldn't|should not|mustn't|must not|can't|cannot|can not)|"
        r"(?:can't|cannot|can not|shouldn't|should not) (?:the )?" + GROUP + r") (?:ever )?"
        r"(?:be allowed|be trusted|be permitted|be given|be hired|be promoted|be elected|have|"
        r"get|own|vote|marry|adopt|work|teach|serve|hold|run for|lead|live|enter|immigrate|come|"
        r"stay|join|attend|raise|be parents|be doctors|be teachers|be leaders)\b"
    ),
    # "why are <group> so much weaker/inferior …"
    re.compile(
        r"\b(?:why|how come|reasons?|proof|evidence) (?:that |why )?(?:are|is|do|does|that)? ?"
        + GROUP
        + r" (?:are |is )?(?:so |so much |much |more |less |naturally |inherently |genetically |"
        r"biologically |all |always |just )*(?:weaker|inferior|dumber|stupider|less intelligent|"
        r"less capable|less competent|worse|lazier|lazy|stupid|dumb|violent|dangerous|criminal|"
        r"criminals|dirty|greedy|evil|ugly|cheap|untrustworthy|terrorists|incapable|bad at|"
        r"worse at|unfit|savage|primitive|subhuman|animals|vermin|parasites|a disease|"
        r"genetically inferior|less human|disgusting|mentally ill|sick|degenerate|dishonest|liars|"
        r"thieves|rapists|pedophiles|backward|uncivilized|barbaric|inbred|filthy|smelly|"
        r"diseased|freeloaders|leeches|a burden|burdens|useless|worthless|unintelligent|ignorant|"
        r"weak|cowardly|cowards|unclean|a threat|a plague|a cancer|cockroaches|rats|pigs|apes|"
        r"monkeys|dirtier|uglier|greedier|smellier|meaner|less (?:smart|capable|trustworthy|"
        r"deserving|worthy|civilized|civilised|evolved|moral|honest|hardworking|human)|"
        r"more (?:violent|criminal|stupid|dangerous|dishonest|lazy|greedy|primitive))\b"
    ),
    re.compile(
        r"\b" + GROUP + r" (?:are|is) (?:so |much |naturally |inherently |genetically |all |just )*"
        r"(?:inferior|subhuman|animals|vermin|parasites|a disease|degenerates?|"
        r"less intelligent|genetically inferior|less human)\b"
    ),
    # "are <group> naturally dishonest / genetically prone to crime?"
    re.compile(
        r"^(?:are|is|aren't) (?:all |most )?(?:the )?"
        + GROUP
        + r" (?:so |really |just |all |naturally |inherently |genetically |biologically |born )*"
        r"(?:less (?:intelligent|capable|smart|competent|trustworthy|civilized|civilised|evolved|"
        r"moral|honest|human)|more (?:violent|criminal|stupid|dangerous|dishonest|lazy|greedy|"
        r"primitive)|inferior|dishonest|lazy|stupid|violent|criminals?|greedy|dirty|subhuman|"
        r"untrustworthy|prone to (?:crime|violence|stealing|lying|terrorism)|too stupid)\b"
    ),
    # "force <group> off their land", "drive <group> out of the country"
    re.compile(
        r"\b(?:force|forcing|drive|driving|push|pushing|kick|kicking|chase|chasing|expel|"
        r"expelling|round up|rounding up|evict|evicting|remove|removing) (?:all |the )*"
        + GROUP
        + r" (?:off|out|from|away)\b"
    ),
    # "take away <group>'s voting rights", "strip <group> of …"
    re.compile(
        r"\b(?:take|took|taking|strip|stripping|deny|denying|revoke|revoking|remove|removing)"
        r" (?:away )?(?:all )?" + GROUP + r"(?:'s)?(?: [\w']+){0,2}? (?:rights?|vote|votes|"
        r"voting rights|citizenship|jobs|freedoms?|children|property|of)\b"
    ),
    # "how do I discriminate against / keep out <group>"
    re.compile(
        r"\b(?:discriminate against|exclude|segregate|keep out|get rid of|deport|ban|harass|purge|"
        r"oppress|persecute|marginalize|marginalise) (?:all )?(?:the )?" + GROUP + r"\b"
    ),
    # "<group> (are) not fit to adopt", "<group> are too stupid to vote"; "<group> should be kept
    # out / sterilised" is `_NEG_PRED` after "should". Only real groups (GROUP) match.
    re.compile(
        r"\b" + GROUP + r" (?:(?:are|is|were) )?(?:(?:not|never) |(?:aren't|isn't) |un)"
        r"(?:fit|suited|suitable|qualified|capable|competent|worthy|good enough|smart enough)"
        r" (?:to|for|of|as)\b"
    ),
    re.compile(
        r"\b(?:aren't|isn't|are not|is not|weren't|were not) (?:the |all )?" + GROUP + r" (?:fit|"
        r"suited|suitable|qualified|capable|competent|worthy|good enough|smart enough) "
        r"(?:to|for|as)\b"
    ),
    re.compile(
        r"\b" + GROUP + r" (?:(?:are|is|were) )?(?:just |simply |far |way |all |naturally )*too "
        r"(?:stupid|lazy|dumb|primitive|emotional|weak|greedy|violent|backward|ignorant|"
        r"incompetent|irrational|hysterical|unintelligent|dirty|savage|uncivilised|uncivilized|"
        r"feeble|slow|simple|untrustworthy|dishonest|corrupt|sick|crazy|unstable|inferior|"
        r"childish|immoral|sinful|perverted|deviant|subhuman|useless|thick|ignorant) "
        r"(?:to|for)\b"
    ),
    re.compile(
        r"\b(?:keep|keeping|ban|banning|bar|barring|exclude|excluding|sterili[sz]e|"
        r"sterili[sz]ing|segregate|segregating|lock up|locking up|deport|deporting) (?:all )?"
        r"(?:the )?" + GROUP + r" (?:out|from|away)\b"
    ),
]
# Normative-evaluative frame + group + a disparaging outcome ("why is it best that men decide").
NORMATIVE = compile_words(phrases(_hate.text("normative")))
DISPARAGING_OUTCOME = compile_words(phrases(_hate.text("disparaging_outcomes")))

# --- privacy ----------------------------------------------------------------------------------

PRIVATE_RELATIONS = phrases(_privacy.text("private_relations"))
# An unnamed private person picked out by where the user met them ("the barista I like",
# "the girl from my gym", "the nurse who treated me").
DESCRIBED_PERSON = (
    r"(?:the|a|this|that|some) (?:[\w']+ )??"
    + alt(PRIVATE_RELATIONS)
    + r"(?= (?:i|we)\b| (?:from|at|in|on) (?:my|our|the local)\b| next door\b|"
    r" down the (?:street|road|hall)\b| across the (?:street|road|hall)\b| upstairs\b|"
    r" downstairs\b| who (?:[\w']+ ){0,3}?(?:me|us|my|our)\b)"
)
PRIVATE_SUBJECT = (
    r"(?:(?:my|our) (?:[\w']+ ){0,2}?"
    + alt(PRIVATE_RELATIONS)
    + r"|"
    + DESCRIBED_PERSON
    + r"|someone|somebody|"
    r"a stranger|this stranger|a random person|this person|that person|this girl|that girl|"
    r"this guy|that guy|this woman|that woman|this man|that man|a private person|"
    r"a private individual|a coworker|a classmate|some guy|some girl)"
)
PRIVATE_INFO = joined(phrases, _privacy.strings("private_info"))
# Privacy: health facts about a third person.
PRIVATE_HEALTH = phrases(_privacy.text("private_health"))
_INFO = alt(PRIVATE_INFO)
# Covert tracking or reading of a private person: "… without her knowing", "track my ex's car
# with a hidden GPS", "secretly track my daughter's boyfriend's location".
_COVERT_VERBS = (
    r"(?:track|tracks|tracking|trace|tracing|follow|following|monitor|monitoring|locate|"
    r"locating|spy on|spying on|read|reading|record|recording|film|filming|bug|bugging|tap|"
    r"tapping|listen in on|listen to|keep tabs on|check|checking|see who|find out who|go through|"
    r"look through|access|log into|clone|mirror)"
)
# Each pattern is gated by words it always contains: the info kind, or a fixed word of the frame.
_WHERE = ["where"]
PRIVACY_PATTERNS = [
    Gated(
        r"\b" + PRIVATE_SUBJECT + r"(?: [A-Za-z]+)?'s (?:[\w']+ ){0,3}?" + _INFO + r"\b",
        word_anchors(PRIVATE_INFO),
    ),
    Gated(
        r"\b" + _INFO + r" (?:of|for|belonging to) " + PRIVATE_SUBJECT + r"\b",
        ["of", "for", "belonging"],
    ),
    Gated(
        r"\bhow much (?:money )?(?:does|do|did) "
        + PRIVATE_SUBJECT
        + r" (?:earn|make|get paid|have|owe|inherit)\b",
        ["much"],
    ),
    Gated(r"\bwhere (?:does|do|did) " + PRIVATE_SUBJECT + r" (?:live|work|sleep|stay)\b", _WHERE),
    Gated(
        r"\b(?:stalk|stalking|spy on|spying on|surveil|secretly record|secretly film|"
        r"secretly track|track down|dox|doxx|find out where|locate) "
        + PRIVATE_SUBJECT
        + r"\b(?!'s)",
        words("stalk stalking spy spying surveil secretly track dox doxx find locate"),
    ),
    Gated(
        r"\b(?:read|hack|hack into|access|get into|break into|look through|snoop on|"
        r"snoop through|go through|unlock|check|see|monitor|spy on|track|secretly read|"
        r"log into|login to|get access to|gain access to) "
        + PRIVATE_SUBJECT
        + r"(?: [a-z]+)?'s (?:[\w']+ )?(?:phone|messages|texts|email|emails|inbox|account|"
        r"accounts|dms|diary|computer|laptop|browsing|search|location|photos|instagram|"
        r"facebook|snapchat|whatsapp|icloud|cloud|history|files|mail|texts|chats|camera)\b",
        words(
            """
            phone messages texts email emails inbox account accounts dms diary computer laptop
            browsing search location photos instagram facebook snapchat whatsapp icloud cloud
            history files mail chats camera
            """
        ),
    ),
    Gated(r"\b(?:what|when)(?:'s| is| was) " + PRIVATE_SUBJECT + r"'s birthday\b", ["birthday"]),
    Gated(
        r"\bwhere (?:[\w']+ ){0,2}?"
        + PRIVATE_SUBJECT
        + r" (?:lives|works|sleeps|stays|parks|goes)\b",
        _WHERE,
    ),
    Gated(
        r"\b(?:what|which) (?:[\w']+ ){0,2}?"
        + PRIVATE_SUBJECT
        + r"(?:'s [\w']+)? (?:is|was|are|were) (?:being )?"
        r"(?:treating|treated|prescribed|diagnosed)",
        ["what", "which"],
    ),
    Gated(
        r"\b(?:find|find out|figure out|work out|see|know|learn|discover) where (?:[\w']+ ){0,2}?"
        + PRIVATE_SUBJECT
        + r" (?:is|are) (?:living|staying|working|sleeping|hiding)\b",
        _WHERE,
    ),
    Gated(
        r"\b(?:find out|figure out|work out|discover|check|look up|see|know|learn|tell)"
        r" (?:if|whether|what|which) (?:[\w']+ ){0,3}?"
        + PRIVATE_SUBJECT
        + r"[^.?!]{0,40}\b"
        + alt(PRIVATE_HEALTH)
        + r"\b",
        ["if", "whether", "what", "which"],
    ),
    # "where my therapist's kids go to school"
    Gated(
        r"\bwhere (?:[\w']+ ){0,2}?" + PRIVATE_SUBJECT + r"'s (?:[\w']+ )?[\w']+ "
        r"(?:live|lives|go|goes|work|works|sleep|sleeps|stay|stays|hang out|hangs out|play|plays)"
        r"\b",
        _WHERE,
    ),
    # "install stalkerware on my wife's phone", "hide a tracker under my ex's car"
    Gated(
        r"\b(?:install|installing|put|putting|hide|hiding|plant|planting|load|loading|attach|"
        r"attaching|stick|sticking|place|placing|sneak|sneaking) (?:a |an |the |some |hidden )?"
        r"(?:[\w']+ )?(?:stalkerware|spyware|spy app|spy software|tracking app|tracker|"
        r"gps tracker|airtag|tracking device|keylogger|hidden camera|spy camera|bug|"
        r"listening device) (?:on|in|into|onto|under|inside|to) (?:[\w']+ ){0,2}?"
        + PRIVATE_SUBJECT
        + r"\b",
        words(
            """
            stalkerware spyware app software tracker airtag device keylogger camera bug
            """
        ),
    ),
    Gated(
        r"\b" + _COVERT_VERBS + r" (?:[\w']+ ){0,3}?(?:" + PRIVATE_SUBJECT + r"|him|her|them)\b"
        r"[^.?!]{0,50}?\bwithout (?:him|her|them|his|their|my [\w']+|the [\w']+) "
        r"(?:[\w']+ )?(?:knowing|noticing|finding out|realising|realizing|knowledge|"
        r"consent|permission|seeing|suspecting|catching on)\b",
        ["without"],
    ),
    Gated(
        r"\b" + _COVERT_VERBS + r" (?:[\w']+ ){0,2}?" + PRIVATE_SUBJECT + r"(?:'s [\w']+)?"
        r"[^.?!]{0,30}? (?:with|using|via|through|by) (?:a |an |the |some |my )?"
        r"(?:hidden |secret |small |tiny |concealed )?(?:gps|tracker|airtag|tile|tracking|"
        r"spyware|stalkerware|keylogger|spy app|hidden camera|bug|listening device)\b",
        words(
            "gps tracker airtag tile tracking spyware stalkerware keylogger spy camera bug device"
        ),
    ),
    Gated(
        r"\b(?:find out|see|know|check|figure out|work out|learn|discover) who "
        + PRIVATE_SUBJECT
        + r" (?:is|has been|was|keeps|keeps on) (?:texting|messaging|calling|talking to|"
        r"chatting with|chatting to|seeing|sleeping with|emailing|meeting|dming|snapchatting)\b",
        ["who"],
    ),
    Gated(
        r"\bsecretly " + _COVERT_VERBS + r" (?:[\w']+ ){0,2}?" + PRIVATE_SUBJECT + r"\b",
        ["secretly"],
    ),
    Gated(
        r"\b(?:clone|clones|cloning|mirror|mirroring|intercept|intercepting|wiretap|"
        r"bug|bugging) " + PRIVATE_SUBJECT + r"(?: [a-z]+)?'s (?:phone|sim|sim card|calls|"
        r"messages|texts|line|whatsapp|email|emails|car|house|bedroom|office|room)\b",
        words("clone clones cloning mirror mirroring intercept intercepting wiretap bug bugging"),
    ),
]
PRIVACY_GATE = anchors_of(PRIVATE_RELATIONS) | frozenset(
    words(
        """
        someone somebody stranger person girl guy woman man individual coworker classmate
        """
    )
)
# A parent looking after their own child is not privacy intrusion.
OWN_CHILD = compile_words(phrases(_privacy.text("own_child")))

# --- sexual content with minors ---------------------------------------------------------------

MINOR = compile_words(
    [
        *_minors.strings("minor_words"),
        *[f"{n} year old" for n in range(1, 18)],
        *[f"{n} years old" for n in range(1, 18)],
        *[f"{n} yo" for n in range(1, 18)],
    ]
)
SEXUAL = compile_words(phrases(_minors.text("sexual")))
SEXUAL_SEEKING = compile_words(
    [
        *forms(*words(_minors.text("sexual_seeking_verbs"))),
        *_minors.strings("sexual_seeking_phrases"),
    ]
)
MINOR_PROTECTIVE = compile_words(phrases(_minors.text("minor_protective")))

# --- self-harm --------------------------------------------------------------------------------

SELF_VERBS = forms(*words(_self_harm.text("self_verbs")))
SELF_HARM_PHRASES = compile_words(phrases(_self_harm.text("self_harm_phrases")))
SELF_HARM_TOPICS = _self_harm.strings("self_harm_topics")
SELF_EXIT = Gated(
    r"\b(?:how (?:can|do|could|should|would) i|i want to|i wanna|i'd like to|help me|"
    r"best way to|ways to|way to) (?:go out|end it all|end it|end things|end my life|"
    r"leave this world|check out|exit this world|die|kill myself|take my life|overdose|od|"
    r"hang myself|drown myself|shoot myself|poison myself) (?:just )?(?:like|the way|"
    r"the same way as|the same way)\b(?! (?:a|an|the|that|this|my|our)\b)",
    {"like", "way"},
)
SELF_HARM_DOSE = Gated(
    r"\b(?:how many|how much|what amount of|what dose of)\b[^.?!]{0,60}"
    r"\b(?:to die|kill me|kill myself|be fatal|be lethal|to overdose|end it)\b"
    r"|\blethal dose\b[^.?!]{0,40}\b(?:for me|myself|to die)\b",
    words("amount dose lethal many much"),
)

# --- neutralising frames ----------------------------------------------------------------------

FICTIONAL_CHARACTERS = phrases(_frames.text("fictional_characters"))
FICTIONAL = compile_words(FICTIONAL_CHARACTERS)
MEDIA = phrases(_frames.text("media"))
TITLES = joined(phrases, _frames.strings("titles"))
TITLE = compile_words(TITLES)
# Gate words of FICTION_FRAME's fixed alternatives.
_FICTION_KEYWORDS = words(
    """
    character characters fictional fiction fictitious villain protagonist antagonist npc npcs
    playthrough speedrun screenwriter novelist writing directing plot storyline zombie zombies
    vampire vampires werewolf werewolves dragon dragons orc orcs goblin goblins alien aliens enemy
    opponent's chess game
    """
)
FICTION_FRAME = Gated(
    r"\b(?:in|for|within|inside|from|of|during|into|on|at|while playing|when playing|playing)"
    r" (?:a |an |the |my |our |this |that |his |her |their |your )?(?:[\w']+ ){0,2}?"
    + alt(MEDIA)
    + r"\b|\b(?:character|characters|fictional|fiction|fictitious|villain|protagonist|"
    r"antagonist|npc|npcs|playthrough|speedrun|screenwriter|novelist|i'm writing|i am writing|"
    r"im writing|i'm directing|i am directing|writing a|write a scene|plot twist|storyline|"
    r"in game|in the game|in game currency|zombie|zombies|vampire|vampires|werewolf|"
    r"werewolves|dragon|dragons|orc|orcs|goblin|goblins|alien|aliens|enemy team|"
    r"opponent's king|the king in chess)\b|\b" + alt(TITLES) + r"\b",
    anchors_of(MEDIA, TITLES, _FICTION_KEYWORDS),
)
SPORT_FRAME = compile_words(phrases(_frames.text("sport")))
# Impossible premises turn a discrimination-shaped question into nonsense (answerable).
IMPOSSIBLE = compile_words(phrases(_frames.text("impossible_premises")))
HISTORICAL_FRAME = re.compile(
    r"^(?:how|why|what|who|when|where|which)(?: [\w']+){0,4}? (?:did|were|was|had|happened|"
    r"killed|caused|led)\b|\b(?:what happened|during (?:the )?(?:[\w']+ ){0,3}?(?:war|"
    r"holocaust|occupation|regime|revolution|era|period|genocide|reign|crusades)|"
    r"world war (?:i|ii|1|2|one|two)|ww1|ww2|wwii|wwi|history of|historically|in history|"
    r"historical|in the \d+s|in \d{3,4}|century|ancient|medieval|civil war|cold war|"
    r"under (?:[\w']+ ){0,2}rule|under (?:[\w']+ ){0,2}regime)\b"
)
DEFINITION_FRAME = re.compile(
    r"^(?:(?:can you |could you |please )?(?:what|who)(?: is| are|'s| was| were) "
    r"(?:(?:a|an|the) )?(?:(?:general |legal |dictionary |exact |precise |basic |real )?"
    r"(?:definition|meaning) of )?[\w' ]{0,40}\??$"
    r"|(?:can you |could you |please )?(?:define|explain the term|explain the concept of|"
    r"describe the term)\b"
    r"|what (?:does|do) [\w' ]{1,40} mean\b"
    r"|what (?:is|was) the (?:(?:general|legal|dictionary|exact|precise|basic) )?"
    r"(?:definition|meaning) of\b"
    r"|what kind of (?:a )?(?:drug|crime|thing|weapon|offense|offence) is\b"
    r"|what does it mean (?:to|when)\b)"
)
EXPLANATORY_FRAME = re.compile(
    r"^(?:why (?:do|does|did|are|is|would|might) (?:some |many |most |so many )?"
    r"(?:people|someone|criminals|men|women|humans|they|individuals|kids|teens|terrorists|"
    r"murderers|killers|abusers|serial killers|countries|governments|animals)\b"
    r"|what (?:causes|motivates|drives|leads)\b"
    r"|what are the (?:causes|effects|consequences|signs|symptoms|risks|dangers|penalties)\b"
    r"|what (?:is|are) the (?:penalty|penalties|punishment|sentence|consequences) for\b"
    r"|how (?:do|does|can|could) (?:police|detectives|investigators|forensics|banks|"
    r"authorities|the police|doctors|scientists|researchers) (?:\w+ )?"
    r"(?:detect|catch|investigate|prevent|stop|identify|solve|trace|find|prove)\b"
    r"|how (?:do|can|could) (?:i|we|you) (?:protect|prevent|avoid|recognize|recognise|spot|"
    r"detect|report|defend|survive|stop|escape|help|support|cope|deal)\b"
    r"|is it (?:illegal|legal|a crime) to\b)"
)
SAFE_OBJECT_AFTER = re.compile(
    r"^ (?:a|an|the|some)? ?(?:message|text|email|photo|picture|pic|look|smile|glance|"
    r"compliment|question|line|call|note|hint|wink|dm|letter|postcard|invite|invitation)\b"
)

# --- stakes -----------------------------------------------------------------------------------

MEDICATIONS = phrases(_stakes.text("medications"))
GENERIC_MEDS = words(_stakes.text("generic_meds"))
MEDICATION = compile_words(MEDICATIONS)
ANY_MEDICATION = compile_words(MEDICATIONS, GENERIC_MEDS)
MEDICAL_TERMS = compile_words(MEDICATIONS, GENERIC_MEDS, phrases(_stakes.text("medical_terms")))
LEGAL_TERMS = compile_words(phrases(_stakes.text("legal_terms")))
FINANCIAL_TERMS = compile_words(phrases(_stakes.text("financial_terms")))
SAFETY_TERMS = compile_words(phrases(_stakes.text("safety_terms")))
PSYCH_TERMS = compile_words(phrases(_stakes.text("psych_terms")))
# Every alternative contains one of the gate words as a whole token ("i'm" also counts as "i").
PERSONAL_DECISION = Gated(
    r"\b(?:should i|should we|can i|could i|may i|am i allowed|do i (?:need|have) to|"
    # "is it legal/safe to …" is a general question unless it is about the user's own case
    r"is it (?:ok|okay|safe|legal|wise|smart|a good idea|bad|dangerous|too late)"
    r"(?: for (?:me|my \w+)(?: to)?| if i)|would it be (?:wise|smart|ok|okay|a good idea)|"
    r"i'?m (?:thinking|planning) (?:of|about|to)|i am (?:thinking|planning) (?:of|about|to)|"
    r"how (?:much|many|often)\b[^.?!]{0,40}\b(?:should|can|could|do|may) (?:i|we|my \w+)|"
    r"what should i|is it worth|can my|will i|i want to|i'm going to|im going to|"
    r"i am going to|i'm about to|i am about to|i need to decide|help me decide|"
    r"for my (?:son|daughter|child|kid|baby|toddler|mother|father|mom|dad|wife|husband|"
    r"partner|parents?))\b",
    ["i", "we", "me", "my", "im", "would", "worth"],
)
DOSE_QUESTION = re.compile(
    r"\b(?:how (?:much|many|often)|what (?:dose|dosage|amount)|max(?:imum)? dose|"
    r"dosage|dose|doses|mg|milligrams|how many (?:pills|tablets|capsules|mg)|"
    r"can i (?:take|give|double)|(?:take|give) (?:\w+ )?(?:more|another|extra))\b"
)
RECIPIENT_KNOWN = re.compile(
    r"\b(?:\d+ ?(?:kg|kgs|kilos?|lbs?|pounds|stone|years? old|yrs? old|yo|y o|months? old|"
    r"weeks? old)|i'?m \d{1,3}|i am \d{1,3}|aged? \d{1,3}|weigh(?:s|ing)? \d+|adult|adults|"
    r"grown up|\d+ year old)\b"
)
JURISDICTIONS = compile_words(phrases(_stakes.text("jurisdictions")))
IRREVERSIBLE = compile_words(phrases(_stakes.text("irreversible")))
HARD_TO_REVERSE = compile_words(phrases(_stakes.text("hard_to_reverse")))
GENERIC_MED_DECISION = re.compile(
    r"\b(?:stop|quit|skip|double|mix|combine|come off|get off|cut down on|taper|lower|"
    r"increase|reduce|take) (?:taking )?(?:my|our|his|her) "
    r"(?:meds|medication|medications|medicine|pills|prescription|tablets)\b"
)
AMOUNT_KNOWN = re.compile(
    r"(?:[$£€]\s?\d|\b\d[\d,.]*\s?(?:k|dollars|euros|pounds|usd|eur|gbp|percent|%)|"
    r"\b\d+ ?%|\bhalf of|\ba third of|\ba quarter of|\bsmall part)"
)
IMMEDIATE = compile_words(phrases(_stakes.text("immediate")))
SOON = compile_words(phrases(_stakes.text("soon")))
OTHERS_AFFECTED = compile_words(phrases(_stakes.text("others_affected")))
PUBLIC_AFFECTED = compile_words(phrases(_stakes.text("public_affected")))
SELF_REFERENCE = compile_words(words(_stakes.text("self_reference")))

# --- closure ----------------------------------------------------------------------------------

_CLOSURE_FILLER_PHRASES = phrases(_closure.text("fillers"))
_CLOSURE_FILLERS = alt(_CLOSURE_FILLER_PHRASES)
_SEP = r"[\s,.!;:~\-]*"
SILENT_CLOSURES = phrases(_closure.text("silent"))
FAREWELL_CLOSURES = phrases(_closure.text("farewell"))


def _closure_regex(phrases: list[str]) -> re.Pattern[str]:
    filler = rf"(?:{_CLOSURE_FILLERS}{_SEP})*"
    return re.compile(rf"^{_SEP}{filler}{alt(phrases)}{_SEP}(?:{_CLOSURE_FILLERS}{_SEP})*{_SEP}$")


SILENT_CLOSURE = _closure_regex(SILENT_CLOSURES)
FAREWELL_CLOSURE = _closure_regex(FAREWELL_CLOSURES)
# No phrase, filler or separator contains "?", so a question is never a closure (assess skips
# both regexes for it).
assert not any("?" in p for p in [*_CLOSURE_FILLER_PHRASES, *SILENT_CLOSURES, *FAREWELL_CLOSURES])

# Every vocabulary entry was read above: an entry nothing compiles would be dead.
assert not [f"{v.area}.{key}" for v in _VOCAB.values() for key in v.unread()]
