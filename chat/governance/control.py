"""control: `DecisionState` → `ControlPlan`, by dominance CLOSE > REFUSE > ASK > ANSWER.

- CLOSE: the whole message ends the conversation (assess matched it as a closure).
- REFUSE: a harm finding of MEDIUM or HIGH severity whose category the operator's policy refuses
  (the default for every hazard); a message in a language governance cannot assess, and
  specialized advice (a medical, legal or financial domain), when the policy says so. LOW
  findings (neutralised by fiction, history, a definition, a safe target …) are answered:
  over-refusal is a failure. A harm category the policy answers is answered with care.
- ASK_ONE_QUESTION: a personal decision with stakes that leaves a key fact open (dose recipient,
  medicine, jurisdiction, financial position, goal of an irreversible step) — unless the
  situation is imminent, where a question would only delay safety information.
- ANSWER: everything else, with rigor and friction scaled to the stakes.

Total over its input: every `DecisionState` maps to a valid plan (tests enumerate the space).
"""

from __future__ import annotations

from chat.contract import Action
from chat.governance.types import (
    ADVICE_DOMAINS,
    Closure,
    ControlPlan,
    DecisionState,
    Friction,
    Hazard,
    Imminence,
    QuestionClass,
    Reversibility,
    Rigor,
    Severity,
    StakesDomain,
    Unknown,
)
from chat.policy import Policy, PolicyAction, RefusalCategory

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
    if state.domain is not StakesDomain.NONE or state.harm is not None:
        return Rigor.STANDARD
    return Rigor.LOW


def _friction(state: DecisionState) -> Friction:
    if state.imminence is Imminence.IMMEDIATE and state.domain in _BODILY:
        return Friction.URGENT
    if state.harm is Hazard.SELF_HARM:
        return Friction.CRISIS
    if state.harm is not None:
        return Friction.CARE
    if state.domain is not StakesDomain.NONE:
        return Friction.NOTE
    return Friction.NONE


def _question(state: DecisionState) -> QuestionClass:
    for unknown, question in _QUESTION_ORDER:
        if unknown in state.unknowns:
            return question
    return QuestionClass.NONE


def _refused(state: DecisionState, policy: Policy) -> RefusalCategory:
    """The category this message is refused for, or NONE (dominance order within REFUSE)."""
    if state.harm is not None and state.severity >= Severity.MEDIUM:
        category = RefusalCategory(state.harm.value)
        if policy.action(category) is PolicyAction.REFUSE:
            return category
    unsupported = RefusalCategory.UNSUPPORTED_LANGUAGE
    if not state.language_supported and policy.action(unsupported) is PolicyAction.REFUSE:
        return unsupported
    advice = RefusalCategory.SPECIALIZED_ADVICE
    if state.domain in ADVICE_DOMAINS and policy.action(advice) is PolicyAction.REFUSE:
        return advice
    return RefusalCategory.NONE


def control(state: DecisionState, policy: Policy = Policy()) -> ControlPlan:  # noqa: B008
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
    refusal = _refused(state, policy)
    if refusal is not RefusalCategory.NONE:
        return ControlPlan(
            action=Action.REFUSE,
            rigor=Rigor.STANDARD,
            friction=Friction.CRISIS if refusal is RefusalCategory.SELF_HARM else Friction.NONE,
            refusal=refusal,
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
