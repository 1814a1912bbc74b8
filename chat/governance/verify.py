"""verify: judge one renderer candidate against the output plan; sanitize what is served.

A candidate is rejected (→ deterministic fallback) when it is empty or over the length cap, claims
memory, browsing, tool use or a change of rules, leaks the canary, echoes the system instructions
(a long shared run of words), or names plan internals. An ASK candidate must also be exactly one
short question: one "?" at the end, no JSON, no advice or imperatives.

Detection runs on a folded copy (NFKC, invisible characters removed, lowercase, look-alike
letters, leetspeak and split letters undone: normalize.fold), so zero-width or tag characters,
full-width or Cyrillic letters cannot smuggle an echo or the canary past it. The folded candidate
is also screened by the hazard classifier: output that reads as harmful content (a score of the
classifier's `certain` threshold or more) is rejected. An ASK candidate carrying advice or a dose
("Give 10 ml every hour; how old is the child?") is rejected. What is served is the sanitized
candidate: control characters removed except newlines, newlines normalized, surrounding space
stripped. HTML is not escaped: the HTTP layer serves JSON, and clients render text as text.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import string
import unicodedata
from functools import lru_cache

from chat.contract import Action
from chat.governance import types as plan_types
from chat.governance.classifier import classifier
from chat.governance.normalize import INVISIBLE, fold
from chat.governance.types import ASK_MAX_CHARS, OutputPlan


class Rejection(enum.StrEnum):
    NOT_TEXT = "NOT_TEXT"
    EMPTY = "EMPTY"
    TOO_LONG = "TOO_LONG"
    CANARY = "CANARY"
    MEMORY_CLAIM = "MEMORY_CLAIM"
    BROWSING_CLAIM = "BROWSING_CLAIM"
    TOOL_CLAIM = "TOOL_CLAIM"
    RULE_CHANGE = "RULE_CHANGE"
    INSTRUCTION_ECHO = "INSTRUCTION_ECHO"
    PLAN_INTERNALS = "PLAN_INTERNALS"
    NOT_ONE_QUESTION = "NOT_ONE_QUESTION"
    JSON = "JSON"
    ADVICE_IN_QUESTION = "ADVICE_IN_QUESTION"
    HARMFUL_CONTENT = "HARMFUL_CONTENT"


_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def sanitize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if not text.isascii():
        text = INVISIBLE.sub("", text)
    if not text.isprintable():  # every character _CONTROL removes is non-printable
        text = _CONTROL.sub("", text)
    if "\n\n\n" in text:
        text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()


def _fold_keep_case(text: str) -> str:
    return INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


def _fold(text: str) -> str:
    """The candidate as governance reads it: NFKC, invisible characters gone, lowercase, and
    obfuscation undone (normalize.fold: look-alike letters, leetspeak, split letters)."""
    if not text.isascii():
        text = _fold_keep_case(text).replace("\u2019", "'").replace("\u2018", "'")
    return fold(text.lower())


MEMORY = re.compile(
    r"\b(?:i remember|i recall|i(?:'ve| have) (?:remembered|saved|stored|noted down|kept track)|"
    r"i(?:'ll| will) remember|last time (?:we|you) (?:spoke|talked|chatted|met)|"
    r"when we (?:last )?(?:spoke|talked|chatted)|"
    r"(?:as|like) (?:we|you) (?:discussed|mentioned|said|told me) (?:before|earlier|previously|"
    r"last time)|our (?:previous|last|earlier|past) (?:conversation|chat|session|discussion)s?|"
    r"you (?:told|asked) me (?:before|earlier|last time|previously|yesterday)|welcome back|"
    r"(?:nice|good|great) to see you again|i know you from|from our (?:previous|past|last))\b"
)
BROWSING = re.compile(
    r"\b(?:i(?:'ve| have)? (?:searched|googled|browsed|binged)|"
    r"i (?:looked|checked) (?:it |this |that )?(?:up )?(?:online|on the web|on the internet|"
    r"on google)|i (?:visited|checked) (?:the|their|a) (?:website|site|web ?page)|"
    r"i found (?:this|it|that|these) online|(?:according to|based on) my (?:web |google |online |"
    r"internet )?(?:search|research online)|(?:a|my) (?:quick )?(?:web|internet|google) search "
    r"(?:shows|showed|found|reveals|revealed)|searching the (?:web|internet))\b"
)
TOOLS = re.compile(
    r"\b(?:i(?:'ve| have)? (?:executed|ran|run) (?:the|this|that|your|a|an) (?:command|code|"
    r"script|query|program|function|tool|action|test|tests|search|calculation|job)|"
    r"i executed|i ran the command|i(?:'ve| have) (?:sent|emailed|booked|ordered|scheduled|"
    r"submitted|purchased|transferred|deleted|installed|uploaded|set up|cancelled|canceled|"
    r"executed|called|texted|contacted|filed|paid) |i (?:sent|emailed|booked|ordered|scheduled|"
    r"submitted|purchased|transferred|deleted|cancelled|canceled|texted|paid) (?:the|your|an|a|"
    r"it|this|that|them)\b|i(?:'ve| have) gone ahead and|i(?:'ve| have)? taken care of (?:it|"
    r"that|this) for you|i did (?:it|that|this) for you)"
)
RULE_CHANGE = re.compile(
    r"\b(?:new rules?|new instructions|updated instructions|ignor(?:e|ing) (?:the |all |any |"
    r"your |my |these |those |previous |prior |above |earlier |of )*(?:plan|instructions|rules|"
    r"guidelines|prompt|constraints|policy|policies)|forget (?:your|the|all|previous|prior) "
    r"(?:instructions|rules)|(?:the )?(?:rules|instructions|plan) (?:have|has) changed|"
    r"i(?:'m| am) now (?:in|free|unrestricted|allowed|unfiltered)|developer mode|jailbreak|"
    r"jailbroken|dan mode|override (?:the|my|your) (?:rules|instructions|plan)|system prompt|"
    r"my (?:instructions|rules) (?:are|say|were|tell)|i (?:was|am|have been) (?:instructed|told) "
    r"to|i(?:'m| am) not bound|no longer bound|without (?:any )?restrictions|"
    r"rules no longer apply)\b"
)


def _internal_names() -> tuple[re.Pattern[str], frozenset[str]]:
    """Names of plan types, their multi-word members and fields, and stage references."""
    types_: list[str] = []
    members: list[str] = []
    fields: list[str] = []
    for name in dir(plan_types):
        obj = getattr(plan_types, name)
        if isinstance(obj, type) and issubclass(obj, enum.Enum):
            if sum(c.isupper() for c in name) >= 2:
                types_.append(name)
            members += [m.name for m in obj if "_" in m.name]
        elif isinstance(obj, type) and dataclasses.is_dataclass(obj):
            types_.append(name)
            fields += [f.name for f in dataclasses.fields(obj) if "_" in f.name]
    types_ += ["GovernedReply", "RenderRequest", "ModelRoute", "OfflineRenderer", "RenderFailed"]
    fields += ["model_route", "model_failed", "renderer_called", "system_prompt", "user_text"]
    cased = r"\b(?:" + "|".join(sorted(set(types_ + members), key=len, reverse=True)) + r")\b"
    folded = (
        r"\b(?:" + "|".join(sorted(set(fields), key=len, reverse=True)) + r")\b"
        r"|\b(?:control plan|output plan|decision state|governance (?:pipeline|layer|plan)|"
        r"plan signature|refusal category|question class|harm category|stakes domain|"
        r"(?:normalize|assess|control|express|render|verify|fallback) stage)\b"
    )
    anchors = {name.lower() for name in types_ + members + fields}
    anchors |= {"plan", "state", "governance", "signature", "category", "class", "domain", "stage"}
    return re.compile(cased + r"|(?i:" + folded + r")"), frozenset(anchors)


INTERNALS, INTERNAL_ANCHORS = _internal_names()

ASK_ADVICE = re.compile(
    r"\b(?:you should|you must|you need to|you have to|i recommend|i'd recommend|i suggest|"
    r"i'd suggest|i would suggest|i advise|my advice|it's best to|it is best to|make sure|"
    r"be sure to|try to|i'd avoid)\b"
    r"|(?:^|[.!:;,]\s+)(?:take|try|consider|stop|start|call|see|go|avoid|use|make|don't|"
    r"do not|never|keep|get|drink|eat|contact|seek|wait|check|remember|note|first|here's|"
    r"here is|sure|okay|ok|yes|no|give|administer|apply|put|mix|pour|inject|swallow|dose|"
    r"double|halve|increase|reduce|skip|cut|add|rub|soak)\b"
    # a dose or an amount is advice, whatever the sentence around it
    r"|\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|g|ml|l|cc|iu|units?|tablets?|pills?|capsules?|drops?|"
    r"puffs?|teaspoons?|tablespoons?|tsp|tbsp|doses?)\b"
)
_WORDS = re.compile(r"\w+")
# A byte table: bytes.translate is several times faster than str.translate with a dict.
_PUNCTUATION_TO_SPACE = bytes.maketrans(
    string.punctuation.replace("_", "").encode(), b" " * (len(string.punctuation) - 1)
)
ECHO_RUN = 8


def _words(folded: str) -> list[str]:
    """Word tokens of lowercase text (a translate+split fast path for ASCII, same result)."""
    if folded.isascii():
        return folded.encode().translate(_PUNCTUATION_TO_SPACE).decode().split()
    return _WORDS.findall(folded)


@lru_cache(maxsize=256)
def _prompt_runs(system_prompt: str) -> frozenset[tuple[str, ...]]:
    words = _words(system_prompt.lower())
    return frozenset(tuple(words[i : i + ECHO_RUN]) for i in range(len(words) - ECHO_RUN + 1))


@lru_cache(maxsize=256)
def _prompt_vocabulary(system_prompt: str) -> frozenset[str]:
    return frozenset(_words(system_prompt.lower()))


@lru_cache(maxsize=256)
def _fold_fixed(text: str) -> str:
    """`_fold` of a text that repeats across requests (the system prompt, the canary)."""
    return _fold(text)


def _echoes(words: list[str], system_prompt: str) -> bool:
    """True when the candidate repeats ECHO_RUN consecutive words of the system prompt."""
    vocabulary = _prompt_vocabulary(system_prompt)
    run = 0
    for i, word in enumerate(words):
        run = run + 1 if word in vocabulary else 0
        if run >= ECHO_RUN and tuple(words[i + 1 - ECHO_RUN : i + 1]) in _prompt_runs(
            system_prompt
        ):
            return True
    return False


def _gate(pattern: re.Pattern[str], anchors: str) -> tuple[re.Pattern[str], frozenset[str]]:
    return pattern, frozenset(anchors.split())


_CLAIMS = (
    (
        Rejection.MEMORY_CLAIM,
        *_gate(
            MEMORY,
            "remember remembered recall saved stored noted track spoke talked chatted met "
            "discussed mentioned said told previous last earlier past asked welcome again know",
        ),
    ),
    (
        Rejection.BROWSING_CLAIM,
        *_gate(
            BROWSING,
            "searched googled browsed binged online web internet google website site webpage "
            "page search searching",
        ),
    ),
    (
        Rejection.TOOL_CLAIM,
        *_gate(
            TOOLS,
            "executed ran run sent emailed booked ordered scheduled submitted purchased "
            "transferred deleted installed uploaded set cancelled canceled called texted "
            "contacted filed paid ahead care did",
        ),
    ),
    (
        Rejection.RULE_CHANGE,
        *_gate(
            RULE_CHANGE,
            "rule rules instructions ignore ignoring forget changed free unrestricted allowed "
            "unfiltered developer jailbreak jailbroken dan override prompt bound restrictions "
            "instructed told apply",
        ),
    ),
)


def verify(
    candidate: object, plan: OutputPlan, *, system_prompt: str, canary: str
) -> Rejection | None:
    """None when the (already sanitized) candidate may be served; otherwise why not."""
    if not isinstance(candidate, str):
        return Rejection.NOT_TEXT
    if not candidate.strip():
        return Rejection.EMPTY
    if len(candidate) > plan.max_chars:
        return Rejection.TOO_LONG
    folded = _fold(candidate)
    if canary and _fold_fixed(canary) in folded.replace(" ", ""):
        return Rejection.CANARY
    words = _words(folded)
    present = frozenset(words)
    for rejection, pattern, anchors in _CLAIMS:
        if not anchors.isdisjoint(present) and pattern.search(folded):
            return rejection
    if not INTERNAL_ANCHORS.isdisjoint(present) and INTERNALS.search(
        candidate if candidate.isascii() else _fold_keep_case(candidate)
    ):
        return Rejection.PLAN_INTERNALS
    if _echoes(words, _fold_fixed(system_prompt)):
        return Rejection.INSTRUCTION_ECHO
    model = classifier()
    if model.score(folded).harm >= model.thresholds.certain:
        return Rejection.HARMFUL_CONTENT
    if plan.action is Action.ASK_ONE_QUESTION:
        stripped = folded.strip()
        if stripped[:1] in ("{", "["):
            return Rejection.JSON
        if len(stripped) > ASK_MAX_CHARS:
            return Rejection.TOO_LONG
        if stripped.count("?") != 1 or not stripped.rstrip("\"')]").endswith("?"):
            return Rejection.NOT_ONE_QUESTION
        if ASK_ADVICE.search(stripped):
            return Rejection.ADVICE_IN_QUESTION
    return None
