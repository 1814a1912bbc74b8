"""The governance policy an operator configures: refusal categories and an action for each.

Kept apart from the pipeline package (`chat/governance/`) because the env loader
(`GOVERNANCE_POLICY`) and the telemetry whitelist (`requests.metadata.refusal_category`) need
these names without importing the classifier and its rules.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class RefusalCategory(enum.StrEnum):
    """Why a plan refuses: a hazard category, or a language governance cannot assess."""

    NONE = "NONE"
    VIOLENT_CRIMES = "VIOLENT_CRIMES"
    NON_VIOLENT_CRIMES = "NON_VIOLENT_CRIMES"
    SEX_CRIMES = "SEX_CRIMES"
    CHILD_EXPLOITATION = "CHILD_EXPLOITATION"
    DEFAMATION = "DEFAMATION"
    SPECIALIZED_ADVICE = "SPECIALIZED_ADVICE"
    PRIVACY = "PRIVACY"
    INTELLECTUAL_PROPERTY = "INTELLECTUAL_PROPERTY"
    INDISCRIMINATE_WEAPONS = "INDISCRIMINATE_WEAPONS"
    HATE = "HATE"
    SELF_HARM = "SELF_HARM"
    SEXUAL_CONTENT = "SEXUAL_CONTENT"
    ELECTIONS = "ELECTIONS"
    CODE_INTERPRETER_ABUSE = "CODE_INTERPRETER_ABUSE"
    PROMPT_ATTACK = "PROMPT_ATTACK"
    UNSUPPORTED_LANGUAGE = "UNSUPPORTED_LANGUAGE"


class PolicyAction(enum.StrEnum):
    REFUSE = "REFUSE"
    ANSWER = "ANSWER"  # answered with care (a harm category) or with disclosures (advice)


# Every category refuses by default except specialized advice, which is answered with
# disclosures (or one question when a key fact is missing): DESIGN §2.3.
DEFAULT_ACTIONS: dict[RefusalCategory, PolicyAction] = {
    category: PolicyAction.ANSWER
    if category is RefusalCategory.SPECIALIZED_ADVICE
    else PolicyAction.REFUSE
    for category in RefusalCategory
    if category is not RefusalCategory.NONE
}


@dataclass(frozen=True, slots=True)
class Policy:
    """The operator's action per category (env `GOVERNANCE_POLICY`), defaults filled in."""

    overrides: frozenset[tuple[RefusalCategory, PolicyAction]] = frozenset()

    def action(self, category: RefusalCategory) -> PolicyAction:
        for key, action in self.overrides:
            if key is category:
                return action
        return DEFAULT_ACTIONS[category]
