"""The renderer boundary: what a model (or the offline stand-in) is given, and what it may raise.

A renderer has no authority. It receives a `RenderRequest` that express already decided (action,
route, caps, system instructions) plus the user's text in its own field, and returns a candidate
string that verify will judge. Any failure is reported as `RenderFailed`; governance turns it into
a deterministic fallback.

This module imports nothing else from the governance package at runtime, so plan types can name
`ModelRoute` without an import cycle. The phrases express writes into system prompts for the ASK
focus and the posture live here, so the offline renderer can recognise them without parsing.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol

from chat.contract import Action

# Fixed, so that offline responses are byte-identical across runs; deployments pass their own.
DEFAULT_CANARY = "cnry-0f5c2a9d7e413b86"


class ModelRoute(enum.StrEnum):
    REASONING = "REASONING"
    EXPRESSION = "EXPRESSION"


@dataclass(frozen=True, slots=True)
class RenderRequest:
    action: Action
    route: ModelRoute
    system_prompt: str
    user_text: str
    max_tokens: int
    max_chars: int


class RenderFailed(Exception):
    """The renderer could not produce a candidate (timeout, transport error, refusal, breaker)."""


class Renderer(Protocol):
    def render(self, request: RenderRequest) -> str:
        """Return a candidate reply; raise `RenderFailed` on any failure."""
        ...


# --- phrases shared by the system prompt (express) and the offline renderer ------------------

# What an ASK plan must find out, as written into the system prompt, and the offline question.
FOCUS_DOSE_RECIPIENT = "the age and approximate weight of the person who would take the medicine"
FOCUS_MEDICATION = "which medicine the person is taking or asking about"
FOCUS_JURISDICTION = "the country, and state or province if relevant, whose law applies"
FOCUS_FINANCIAL_POSITION = "how large this amount is compared with the person's total savings"
FOCUS_DECISION_GOAL = "what outcome the person most wants from this decision"

OFFLINE_QUESTIONS: tuple[tuple[str, str], ...] = (
    (
        FOCUS_DOSE_RECIPIENT,
        "How old is the person who would take it, and roughly how much do they weigh?",
    ),
    (FOCUS_MEDICATION, "Which medicine is it, including its name and strength if you know them?"),
    (FOCUS_JURISDICTION, "Which country (and state or province, if relevant) are you in?"),
    (
        FOCUS_FINANCIAL_POSITION,
        "Roughly what share of your total savings is this, and when might you need that money?",
    ),
    (FOCUS_DECISION_GOAL, "What outcome matters most to you in this decision?"),
)
OFFLINE_DEFAULT_QUESTION = "What is the one detail about your situation that matters most here?"

TONE_DIRECT = "Tone: plain, friendly and direct."
TONE_CAREFUL = "Tone: careful and precise; say plainly what is uncertain."
TONE_SUPPORTIVE = "Tone: warm and supportive, without judgement."
TONE_URGENT = "Tone: calm and urgent; put the most important safety step first."

OFFLINE_NOTICE = (
    "No language model is connected to this service right now, so I can't write a full answer "
    "to your message. This offline mode still checks every message and frames the reply; once a "
    "model provider is configured, a complete answer will appear here."
)
OFFLINE_TONE_NOTES: tuple[tuple[str, str], ...] = (
    (TONE_DIRECT, ""),
    (
        TONE_CAREFUL,
        "Because this has real consequences, check whatever answer you get against a reliable "
        "source before acting on it.",
    ),
    (
        TONE_SUPPORTIVE,
        "It sounds like this matters to you; while no model is connected, talking it over with "
        "someone you trust can help.",
    ),
    (
        TONE_URGENT,
        "If anyone is in danger right now, don't wait for this service: contact your local "
        "emergency number.",
    ),
)


class OfflineRenderer:
    """Deterministic local renderer for development without a model key.

    It is honest that no model is connected, and it only reads the governed framing from the
    request (the action and the fixed phrases express wrote into the system prompt). It never
    echoes the user's text.
    """

    def render(self, request: RenderRequest) -> str:
        if request.action is Action.ASK_ONE_QUESTION:
            for focus, question in OFFLINE_QUESTIONS:
                if focus in request.system_prompt:
                    return question
            return OFFLINE_DEFAULT_QUESTION
        if request.action is Action.ANSWER:
            for tone, note in OFFLINE_TONE_NOTES:
                if tone in request.system_prompt and note:
                    return f"{OFFLINE_NOTICE} {note}"
            return OFFLINE_NOTICE
        raise RenderFailed("only ANSWER and ASK_ONE_QUESTION are rendered")
