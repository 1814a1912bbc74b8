"""control: `DecisionState` → `ControlPlan`, by dominance CLOSE > REFUSE > ASK > ANSWER.

- CLOSE: the whole message ends the conversation (assess matched it as a closure).
- REFUSE: a harm finding of MEDIUM or HIGH severity. LOW findings (neutralised by fiction,
  history, a definition, a safe target …) are answered: over-refusal is a failure.
- ASK_ONE_QUESTION: a personal decision with stakes that leaves a key fact open (dose recipient,
  medicine, jurisdiction, financial position, goal of an irreversible step) — unless the
  situation is imminent, where a question would only delay safety information.
- ANSWER: everything else, with rigor and friction scaled to the stakes.

Total over its input: every `DecisionState` maps to a valid plan (tests enumerate the space).
"""

from __future__ import annotations

from chat.contract import Action
from chat.governance.types import (
    Closure,
    ControlPlan,
    DecisionState,
    Friction,
    HarmCategory,
    Imminence,
    QuestionClass,
    RefusalCategory,
    Reversibility,
    Rigor,
    Severity,
    StakesDomain,
    Unknown,
)

_HIGH_STAKES = frozenset(
    {
        StakesDomain.MEDICAL,
        StakesDomain.LEGAL,
        StakesDomain.FINANCIAL,
        StakesDomain.PHYSICAL_SAFETY,
    }
)
_BODILY = frozenset({StakesDomain.MEDICAL, StakesDomain.PHYSICAL_SAFETY})
# The one question asked, when several facts are open: the most safety-relevant first.
_QUESTION_ORDER = (
    (Unknown.DOSE_RECIPIENT, QuestionClass.DOSE_RECIPIENT),
    (Unknown.MEDICATION, QuestionClass.MEDICATION),
    (Unknown.JURISDICTION, QuestionClass.JURISDICTION),
    (Unknown.FINANCIAL_POSITION, QuestionClass.FINANCIAL_POSITION),
    (Unknown.DECISION_GOAL, QuestionClass.DECISION_GOAL),
)


def _rigor(state: DecisionState) -> Rigor:
    if state.domain in _HIGH_STAKES and (
        state.personal_decision
        or state.reversibility is not Reversibility.REVERSIBLE
        or state.imminence is Imminence.IMMEDIATE
    ):
        return Rigor.HIGH
    if state.domain is not StakesDomain.NONE or state.harm is not HarmCategory.NONE:
        return Rigor.STANDARD
    return Rigor.LOW


def _friction(state: DecisionState) -> Friction:
    if state.imminence is Imminence.IMMEDIATE and state.domain in _BODILY:
        return Friction.URGENT
    if state.harm is HarmCategory.SELF_HARM:
        return Friction.CRISIS
    if state.harm is not HarmCategory.NONE:
        return Friction.CARE
    if state.domain is not StakesDomain.NONE:
        return Friction.NOTE
    return Friction.NONE


def _question(state: DecisionState) -> QuestionClass:
    for unknown, question in _QUESTION_ORDER:
        if unknown in state.unknowns:
            return question
    return QuestionClass.NONE


def control(state: DecisionState) -> ControlPlan:
    if state.closure is not Closure.NONE:
        return ControlPlan(
            action=Action.CLOSE,
            rigor=Rigor.LOW,
            friction=Friction.NONE,
            refusal=RefusalCategory.NONE,
            question=QuestionClass.NONE,
            closure=state.closure,
            domain=StakesDomain.NONE,
        )
    if state.severity >= Severity.MEDIUM:
        return ControlPlan(
            action=Action.REFUSE,
            rigor=Rigor.STANDARD,
            friction=Friction.CRISIS if state.harm is HarmCategory.SELF_HARM else Friction.NONE,
            refusal=RefusalCategory(state.harm.value),
            question=QuestionClass.NONE,
            closure=Closure.NONE,
            domain=state.domain,
        )
    friction = _friction(state)
    question = _question(state) if state.personal_decision else QuestionClass.NONE
    if question is not QuestionClass.NONE and friction is not Friction.URGENT:
        return ControlPlan(
            action=Action.ASK_ONE_QUESTION,
            rigor=_rigor(state),
            friction=friction,
            refusal=RefusalCategory.NONE,
            question=question,
            closure=Closure.NONE,
            domain=state.domain,
        )
    return ControlPlan(
        action=Action.ANSWER,
        rigor=_rigor(state),
        friction=friction,
        refusal=RefusalCategory.NONE,
        question=QuestionClass.NONE,
        closure=Closure.NONE,
        domain=state.domain,
    )
