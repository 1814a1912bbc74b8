"""assess: typed facts about one normalized message → `DecisionState`.

Harm is judged as what the message *seeks to cause or enable*, from three sources:
- the trained classifier (`classifier.py`): per-category scores of the cleaned and of the folded
  text (the more harmful reading wins), so obfuscation does not hide a request;
- the lexical rules (`lexical.py`): act → target relations ("kill" + a person, not a process),
  and neutralising frames (fiction, games, sport, history, definitions, safe targets);
- for messages not in English, act → target rules per language (`vocab/multilingual.toml`):
  a how-to or first-person marker with self-harm, a weapon used to kill, or killing a person;
- the prompt-attack rules (`vocab/prompt_attack.toml`) and the classifier's attack head: a
  jailbreak or instruction-override frame. A frame never neutralises; it raises the severity of
  the request inside it, and on its own is a PROMPT_ATTACK finding. Tag characters (smuggled
  text) are a prompt attack whatever they spell.

How they combine (`_harm`, with the thresholds `governance_train` chose on validation data and
stored in the artifact): a lexical finding of MEDIUM or HIGH stands. A harm score of `refuse`
(for messages not in English `refuse_other_languages`, calibrated on their own) or more is HIGH
unless a neutralising frame (or a specialized-advice question the act → target rules find no
harm in) applies — and that only below `certain`, never inside a jailbreak frame. A score
between `care` and `refuse` is HIGH inside a jailbreak frame and LOW (answered with care)
otherwise. LOW is answered; MEDIUM and HIGH go to the operator's policy (default: refuse).

Stakes, unknowns, closure and language are computed from the message itself; nothing here is
constant, and nothing reads settings, the clock or the database.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from chat.governance import lexical
from chat.governance.classifier import Scores, Thresholds, classifier
from chat.governance.gloss import readings
from chat.governance.language import Language, LanguageGuess, identify
from chat.governance.lexical import HarmCategory
from chat.governance.normalize import Normalized, normalize
from chat.governance.types import ADVICE_DOMAINS, DecisionState, Hazard, Neutralizer, Severity

_LEXICAL_HAZARD = {
    HarmCategory.VIOLENCE: Hazard.VIOLENT_CRIMES,
    HarmCategory.SELF_HARM: Hazard.SELF_HARM,
    HarmCategory.WEAPONS: Hazard.INDISCRIMINATE_WEAPONS,
    HarmCategory.ILLEGAL_DRUGS: Hazard.NON_VIOLENT_CRIMES,
    HarmCategory.THEFT_FRAUD: Hazard.NON_VIOLENT_CRIMES,
    HarmCategory.HATE: Hazard.HATE,
    HarmCategory.HARASSMENT: Hazard.NON_VIOLENT_CRIMES,
    HarmCategory.PRIVACY: Hazard.PRIVACY,
    HarmCategory.SEXUAL_MINORS: Hazard.CHILD_EXPLOITATION,
}


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    pattern: re.Pattern[str]
    category: Hazard | None  # what a hit finds (None: a frame, not a harm)


def _load_rules(name: str) -> tuple[Rule, ...]:
    with (Path(__file__).resolve().parent / "vocab" / name).open("rb") as handle:
        data = tomllib.load(handle)
    return tuple(
        Rule(r["id"], re.compile(r["pattern"]), Hazard(r["category"]) if "category" in r else None)
        for r in data["rule"]
    )


ATTACK_RULES = _load_rules("prompt_attack.toml")
# Act → target rules for the other supported languages (the English ones are lexical.py's).
MULTILINGUAL_RULES = _load_rules("multilingual.toml")


def _any_of(rules: tuple[Rule, ...]) -> re.Pattern[str]:
    """One pass over the text decides whether any rule fires; only then is each rule tried."""
    return re.compile("|".join(f"(?:{rule.pattern.pattern})" for rule in rules))


_ANY_ATTACK = _any_of(ATTACK_RULES)
# A message is matched against the rules of the language it was identified as (ids start with
# the language code): one language's rules cost ~10 µs, all twelve languages' ~100 µs.
_RULES_BY_LANGUAGE: dict[str, tuple[re.Pattern[str], tuple[Rule, ...]]] = {
    code: (_any_of(rules), rules)
    for code in sorted({rule.id.split(".", 1)[0] for rule in MULTILINGUAL_RULES})
    for rules in [tuple(r for r in MULTILINGUAL_RULES if r.id.startswith(code + "."))]
}


@dataclass(frozen=True, slots=True)
class Assessment:
    """Everything that produced a decision state (printed by `governance_explain`)."""

    language: LanguageGuess
    scores: Scores
    rules: tuple[str, ...]  # ids of the rules that fired
    neutralizer: Neutralizer
    framed: bool  # a jailbreak / instruction-override frame is present
    state: DecisionState


# Obfuscated requests are short; past this the folded reading is left to the classifier (the
# lexical rules cost ~0.25 ms per 1,000 characters, and would run twice).
LEXICAL_FOLDED_MAX_CHARS = 600


def _lexical(n: Normalized) -> tuple[HarmCategory, Severity, Neutralizer]:
    found = lexical.assess_harm(n)
    for reading in dict.fromkeys((n.folded, n.folded_apart)):
        if reading != n.match and len(reading) <= LEXICAL_FOLDED_MAX_CHARS:
            unfolded = lexical.assess_harm(normalize(reading))
            if unfolded[1] > found[1]:
                found = unfolded
    return found


@dataclass(frozen=True, slots=True)
class Finding:
    """What the act → target rules found: the English lexical rules, or another language's."""

    harm: Hazard | None
    severity: Severity
    neutralizer: Neutralizer
    rule: str | None  # the id reported by governance_explain


def _rules_finding(n: Normalized, language: Language) -> Finding:
    category, severity, neutralizer = _lexical(n)
    found = Finding(
        _LEXICAL_HAZARD.get(category),
        severity,
        neutralizer,
        None if category is HarmCategory.NONE else lexical.area_id(category),
    )
    any_rule, rules = _RULES_BY_LANGUAGE.get(language.value, (None, ()))
    if severity >= Severity.MEDIUM or any_rule is None or not any_rule.search(n.folded):
        return found
    for rule in rules:
        if rule.pattern.search(n.folded):
            return Finding(rule.category, Severity.HIGH, Neutralizer.NONE, rule.id)
    return found


def _harm(
    n: Normalized,
    scores: Scores,
    found: Finding,
    framed: bool,
    advice: bool,
    refuse: float,
    at: Thresholds,
) -> tuple[Hazard | None, Severity]:

    def named() -> Hazard:  # the classifier's category heads are read only when harm is found
        return found.harm or Hazard(scores.category)

    if n.smuggled:
        return Hazard.PROMPT_ATTACK, Severity.HIGH
    if found.severity >= Severity.MEDIUM:
        return named(), found.severity
    if scores.harm >= refuse:
        # A neutralising frame, or a question in a specialized-advice domain (a dose, a lease, a
        # loan) that the act → target rules find no harm in, needs a near-certain score.
        neutralised = (
            found.neutralizer is not Neutralizer.NONE or (advice and found.harm is None)
        ) and scores.harm < at.certain
        if framed or not neutralised:
            return named(), Severity.HIGH
        return named(), Severity.LOW
    if framed:
        if scores.harm >= at.care:
            return named(), Severity.HIGH
        return Hazard.PROMPT_ATTACK, Severity.HIGH
    if found.severity is Severity.LOW or scores.harm >= at.care:
        return named(), Severity.LOW
    return None, Severity.NONE


def explain(n: Normalized) -> Assessment:
    model = classifier()
    language = identify(n.folded)
    scores = model.score_readings(readings(n, language.language))
    english = language.language is Language.EN
    found = _rules_finding(n, language.language)
    rules = (
        [rule.id for rule in ATTACK_RULES if rule.pattern.search(n.folded)]
        if _ANY_ATTACK.search(n.folded)
        else []
    )
    if n.smuggled:
        rules.append("attack.tag_characters")
    if found.rule is not None:
        rules.append(found.rule)
    at = model.thresholds
    framed = any(r.startswith("attack.") for r in rules) or scores.attack >= at.attack
    stakes = lexical.stakes(n)
    refuse = at.refuse_for(english=english, long=scores.long)
    if found.harm is None and refuse <= scores.harm < at.certain:
        # Only the classifier finds harm: the frames the rules would grant their own findings
        # apply to it too ("… in my crime novel", "what is armed robbery?").
        found = dataclasses.replace(found, neutralizer=lexical.frame_of(n))
    advice = stakes.domain in ADVICE_DOMAINS
    harm, severity = _harm(n, scores, found, framed, advice, refuse, at)
    state = DecisionState(
        harm=harm,
        severity=severity,
        neutralizer=found.neutralizer if severity is Severity.LOW else Neutralizer.NONE,
        domain=stakes.domain,
        reversibility=stakes.reversibility,
        imminence=stakes.imminence,
        affected=stakes.affected,
        personal_decision=stakes.personal_decision,
        unknowns=stakes.unknowns,
        closure=lexical.assess_closure(n),
        language=language.language,
        language_supported=language.supported,
    )
    return Assessment(language, scores, tuple(rules), found.neutralizer, framed, state)


def assess(n: Normalized) -> DecisionState:
    return explain(n).state
