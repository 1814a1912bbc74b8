"""The typed values that flow between governance stages.

Every stage hands the next one a frozen dataclass whose fields are enums (or tuples/frozensets of
enums), so a plan can be compared, hashed, cached and snapshotted by enum names alone. Invariants
that tie fields together are checked in `__post_init__`: a plan that violates them cannot exist.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from chat.contract import Action
from chat.governance.language import Language
from chat.governance.render import ModelRoute
from chat.policy import RefusalCategory

# --- assess → DecisionState ------------------------------------------------------------------


class Severity(enum.IntEnum):
    """How strongly the message seeks to cause or enable a harm (ordered)."""

    NONE = 0
    LOW = 1  # harmful vocabulary, but neutralised (fiction, history, definition, safe target)
    MEDIUM = 2  # a harmful act against a real target, without an explicit how-to/intent
    HIGH = 3  # explicitly seeks to carry out or enable the harm


class Hazard(enum.StrEnum):
    """The hazard taxonomy: MLCommons AILuminate as Llama Guard 3 uses it, plus prompt attacks."""

    VIOLENT_CRIMES = "VIOLENT_CRIMES"
    NON_VIOLENT_CRIMES = "NON_VIOLENT_CRIMES"  # fraud, scams, theft, cybercrime, drugs, threats
    SEX_CRIMES = "SEX_CRIMES"
    CHILD_EXPLOITATION = "CHILD_EXPLOITATION"
    DEFAMATION = "DEFAMATION"
    SPECIALIZED_ADVICE = "SPECIALIZED_ADVICE"  # medical, legal, financial (from the stakes rules)
    PRIVACY = "PRIVACY"
    INTELLECTUAL_PROPERTY = "INTELLECTUAL_PROPERTY"
    INDISCRIMINATE_WEAPONS = "INDISCRIMINATE_WEAPONS"  # chemical, biological, nuclear, explosives
    HATE = "HATE"
    SELF_HARM = "SELF_HARM"
    SEXUAL_CONTENT = "SEXUAL_CONTENT"
    ELECTIONS = "ELECTIONS"
    CODE_INTERPRETER_ABUSE = "CODE_INTERPRETER_ABUSE"
    PROMPT_ATTACK = "PROMPT_ATTACK"  # jailbreak personas, instruction override, smuggling


class Neutralizer(enum.StrEnum):
    """Why harmful vocabulary was judged harmless (informational; severity already reflects it)."""

    NONE = "NONE"
    FICTION_OR_GAME = "FICTION_OR_GAME"
    SPORT = "SPORT"
    HISTORICAL = "HISTORICAL"
    DEFINITION = "DEFINITION"
    EXPLANATORY = "EXPLANATORY"
    IMPOSSIBLE_PREMISE = "IMPOSSIBLE_PREMISE"
    PUBLIC_OR_FICTIONAL_SUBJECT = "PUBLIC_OR_FICTIONAL_SUBJECT"


class StakesDomain(enum.StrEnum):
    NONE = "NONE"
    MEDICAL = "MEDICAL"
    LEGAL = "LEGAL"
    FINANCIAL = "FINANCIAL"
    PHYSICAL_SAFETY = "PHYSICAL_SAFETY"
    PSYCHOLOGICAL = "PSYCHOLOGICAL"


# The stakes domains whose questions are specialized advice (medical, legal, financial).
ADVICE_DOMAINS = frozenset({StakesDomain.MEDICAL, StakesDomain.LEGAL, StakesDomain.FINANCIAL})


class Reversibility(enum.StrEnum):
    REVERSIBLE = "REVERSIBLE"
    HARD_TO_REVERSE = "HARD_TO_REVERSE"
    IRREVERSIBLE = "IRREVERSIBLE"


class Imminence(enum.StrEnum):
    NONE = "NONE"
    SOON = "SOON"
    IMMEDIATE = "IMMEDIATE"


class Affected(enum.StrEnum):
    UNSPECIFIED = "UNSPECIFIED"
    SELF = "SELF"
    OTHERS = "OTHERS"
    PUBLIC = "PUBLIC"


class Unknown(enum.StrEnum):
    """A fact this message leaves open that a safe answer would depend on."""

    DOSE_RECIPIENT = "DOSE_RECIPIENT"  # age/weight of whoever takes the medicine
    MEDICATION = "MEDICATION"  # which medicine, when the message only says "my meds"
    JURISDICTION = "JURISDICTION"  # whose law applies
    FINANCIAL_POSITION = "FINANCIAL_POSITION"  # how much of their money is at stake
    DECISION_GOAL = "DECISION_GOAL"  # what the person wants from an irreversible step


class Closure(enum.StrEnum):
    NONE = "NONE"
    SILENT = "SILENT"  # a bare stop command: the user asked for silence
    FAREWELL = "FAREWELL"  # a goodbye or thanks: answer with a short goodbye


@dataclass(frozen=True, slots=True)
class DecisionState:
    harm: Hazard | None
    severity: Severity
    neutralizer: Neutralizer
    domain: StakesDomain
    reversibility: Reversibility
    imminence: Imminence
    affected: Affected
    personal_decision: bool
    unknowns: frozenset[Unknown]
    closure: Closure
    language: Language
    language_supported: bool

    def __post_init__(self) -> None:
        if (self.harm is None) != (self.severity is Severity.NONE):
            raise ValueError("a harm category needs a severity and a severity needs a category")
        if self.harm is Hazard.SPECIALIZED_ADVICE:
            raise ValueError("specialized advice is a stakes domain, not a harm finding")


# --- control → ControlPlan -------------------------------------------------------------------


class Rigor(enum.StrEnum):
    LOW = "LOW"
    STANDARD = "STANDARD"
    HIGH = "HIGH"


class Friction(enum.StrEnum):
    NONE = "NONE"
    NOTE = "NOTE"  # stakes disclosure appended
    CARE = "CARE"  # sensitive subject answered in a neutral frame
    CRISIS = "CRISIS"  # self-harm adjacent: crisis resources appended
    URGENT = "URGENT"  # imminent physical risk: emergency note first


class QuestionClass(enum.StrEnum):
    NONE = "NONE"
    DOSE_RECIPIENT = "DOSE_RECIPIENT"
    MEDICATION = "MEDICATION"
    JURISDICTION = "JURISDICTION"
    FINANCIAL_POSITION = "FINANCIAL_POSITION"
    DECISION_GOAL = "DECISION_GOAL"


@dataclass(frozen=True, slots=True)
class ControlPlan:
    action: Action
    rigor: Rigor
    friction: Friction
    refusal: RefusalCategory
    question: QuestionClass
    closure: Closure
    domain: StakesDomain

    def __post_init__(self) -> None:
        if self.action is Action.FALLBACK:
            raise ValueError("FALLBACK is an HTTP-layer action, never a plan")
        if (self.action is Action.REFUSE) != (self.refusal is not RefusalCategory.NONE):
            raise ValueError("exactly the REFUSE plans carry a refusal category")
        if (self.action is Action.ASK_ONE_QUESTION) != (self.question is not QuestionClass.NONE):
            raise ValueError("exactly the ASK plans carry a question class")
        if (self.action is Action.CLOSE) != (self.closure is not Closure.NONE):
            raise ValueError("exactly the CLOSE plans carry a closure kind")


# --- express → OutputPlan --------------------------------------------------------------------


class Posture(enum.StrEnum):
    DIRECT = "DIRECT"
    CAREFUL = "CAREFUL"
    SUPPORTIVE = "SUPPORTIVE"
    URGENT = "URGENT"


class Disclosure(enum.StrEnum):
    EMERGENCY = "EMERGENCY"
    CRISIS_RESOURCES = "CRISIS_RESOURCES"
    MEDICAL = "MEDICAL"
    LEGAL = "LEGAL"
    FINANCIAL = "FINANCIAL"
    PHYSICAL_SAFETY = "PHYSICAL_SAFETY"
    PSYCHOLOGICAL = "PSYCHOLOGICAL"


class RefusalMode(enum.StrEnum):
    NONE = "NONE"
    BRIEF_REASON = "BRIEF_REASON"
    SUPPORTIVE_REDIRECT = "SUPPORTIVE_REDIRECT"


class ClosureMode(enum.StrEnum):
    NONE = "NONE"
    SILENT = "SILENT"
    BRIEF_GOODBYE = "BRIEF_GOODBYE"


ASK_MAX_CHARS = 300


@dataclass(frozen=True, slots=True)
class OutputPlan:
    action: Action
    route: ModelRoute | None
    posture: Posture
    disclosures: tuple[Disclosure, ...]
    max_tokens: int
    max_chars: int
    question: QuestionClass
    refusal: RefusalCategory
    refusal_mode: RefusalMode
    closure_mode: ClosureMode

    def __post_init__(self) -> None:
        rendered = self.action in (Action.ANSWER, Action.ASK_ONE_QUESTION)
        if self.action is Action.FALLBACK:
            raise ValueError("FALLBACK is an HTTP-layer action, never a plan")
        if rendered != (self.route is not None):
            raise ValueError("exactly the ANSWER/ASK plans are routed to the renderer")
        if rendered and not (self.max_tokens > 0 and self.max_chars > 0):
            raise ValueError("a rendered plan needs positive length caps")
        if not rendered and (self.max_tokens or self.max_chars):
            raise ValueError("a template plan has no renderer length caps")
        if self.action is Action.ASK_ONE_QUESTION and (
            self.question is QuestionClass.NONE or self.max_chars > ASK_MAX_CHARS
        ):
            raise ValueError("an ASK plan names its question and stays short")
        if self.action is not Action.ASK_ONE_QUESTION and self.question is not QuestionClass.NONE:
            raise ValueError("only ASK plans carry a question class")
        if (self.action is Action.REFUSE) != (self.refusal_mode is not RefusalMode.NONE):
            raise ValueError("exactly the REFUSE plans carry a refusal mode")
        if (self.action is Action.REFUSE) != (self.refusal is not RefusalCategory.NONE):
            raise ValueError("exactly the REFUSE plans carry a refusal category")
        if (self.refusal is RefusalCategory.SELF_HARM) != (
            self.refusal_mode is RefusalMode.SUPPORTIVE_REDIRECT
        ):
            raise ValueError("self-harm refusals, and only they, redirect supportively")
        if (self.action is Action.CLOSE) != (self.closure_mode is not ClosureMode.NONE):
            raise ValueError("exactly the CLOSE plans carry a closure mode")
        if self.action is not Action.ANSWER and self.disclosures:
            raise ValueError("only ANSWER plans carry appended disclosures")
        if len(set(self.disclosures)) != len(self.disclosures):
            raise ValueError("a disclosure appears once")
