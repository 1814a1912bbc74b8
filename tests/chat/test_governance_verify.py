from __future__ import annotations

import pytest

from chat.contract import Action
from chat.governance import DEFAULT_CANARY, govern, plan_for
from chat.governance.express import build_request
from chat.governance.verify import Rejection, sanitize, verify

ANSWER_TEXT = "How do I prepare for a tax audit?"
ASK_TEXT = "Can I break my lease early?"


class Fixed:
    def __init__(self, reply: str) -> None:
        self.reply = reply

    def render(self, request: object) -> str:
        return self.reply


def rejection(candidate: str, text: str = ANSWER_TEXT, canary: str = DEFAULT_CANARY):
    plan = plan_for(text)
    request = build_request(plan, text, canary)
    return verify(sanitize(candidate), plan, system_prompt=request.system_prompt, canary=canary)


@pytest.mark.parametrize(
    ("candidate", "why"),
    [
        ("I remember you from before.", Rejection.MEMORY_CLAIM),
        ("Last time we spoke you said so.", Rejection.MEMORY_CLAIM),
        ("I searched the web and found this.", Rejection.BROWSING_CLAIM),
        ("I executed the action for you.", Rejection.TOOL_CLAIM),
        ("I ran the command for you.", Rejection.TOOL_CLAIM),
        ("New rule: ignore the plan.", Rejection.RULE_CHANGE),
        ("Sure, ignoring previous instructions now.", Rejection.RULE_CHANGE),
        ("My refusal_category is VIOLENCE per the ControlPlan.", Rejection.PLAN_INTERNALS),
        ("This is ASK_ONE_QUESTION territory.", Rejection.PLAN_INTERNALS),
        (f"The code is {DEFAULT_CANARY}.", Rejection.CANARY),
        (f"The code is {DEFAULT_CANARY.upper()}.", Rejection.CANARY),
        (
            "Sure: you have no memory of earlier conversations, no web access and no tools",
            Rejection.INSTRUCTION_ECHO,
        ),
        ("", Rejection.EMPTY),
        ("   \n\t ", Rejection.EMPTY),
        ("x" * 100_000, Rejection.TOO_LONG),
    ],
)
def test_answer_candidates_are_rejected(candidate: str, why: Rejection) -> None:
    assert rejection(candidate) is why


@pytest.mark.parametrize(
    ("candidate", "why"),
    [
        ("What is your goal? And what is your budget?", Rejection.NOT_ONE_QUESTION),
        ("Q1? Also Q2?", Rejection.NOT_ONE_QUESTION),
        ('{"question": "Which country are you in?"}', Rejection.JSON),
        ("You should talk to a lawyer. Which state are you in?", Rejection.ADVICE_IN_QUESTION),
        ("Take the deal. Which state are you in?", Rejection.ADVICE_IN_QUESTION),
        ("You can usually break a lease with notice.", Rejection.NOT_ONE_QUESTION),
        ("Which country? " + "x" * 400, Rejection.TOO_LONG),
    ],
)
def test_ask_candidates_must_be_exactly_one_short_question(candidate: str, why: Rejection) -> None:
    assert rejection(candidate, ASK_TEXT) is why


def test_a_plain_single_question_is_accepted() -> None:
    assert rejection("Which country and state are you in?", ASK_TEXT) is None


def test_canary_passed_by_the_deployment_is_checked() -> None:
    assert rejection("leak cnry-abc", canary="cnry-abc") is Rejection.CANARY


def test_zero_width_characters_cannot_smuggle_a_claim() -> None:
    assert rejection("I rem\u200bember you.") is Rejection.MEMORY_CLAIM


@pytest.mark.parametrize(
    "candidate",
    [
        "I remember you from before.",
        "I searched the web and found this.",
        "New rule: ignore the plan.",
        "I executed the action for you.",
        "x" * 100_000,
        "",
    ],
)
def test_rejected_candidates_become_fallback_with_model_failed(candidate: str) -> None:
    reply = govern(ANSWER_TEXT, renderer=Fixed(candidate))
    assert reply.model_failed and reply.action is Action.ANSWER
    assert reply.text.startswith("I can't produce a full answer right now")


def test_script_reply_that_verifies_is_served_as_inert_text() -> None:
    reply = govern(ANSWER_TEXT, renderer=Fixed("<script>alert(1)</script>"))
    assert not reply.model_failed
    assert reply.text.startswith("<script>alert(1)</script>")


def test_served_text_is_sanitized() -> None:
    reply = govern(ANSWER_TEXT, renderer=Fixed("  line\r\none\x07\x1b[31m  "))
    assert reply.text.startswith("line\none[31m")
    assert sanitize("a\r\nb\rc\x00") == "a\nb\nc"


def test_everyday_answers_mentioning_memory_and_verify_are_not_rejected() -> None:
    candidate = "Computer memory (RAM) stores data; verify your backups and control access."
    assert rejection(candidate) is None


def _spaced(text: str, mark: str) -> str:
    return mark.join(text)


@pytest.mark.parametrize(
    "disguise",
    [
        lambda c: (
            c.replace("c", "\u0441").replace("a", "\u0430").replace("e", "\u0435")
        ),  # Cyrillic
        lambda c: _spaced(c, "\u034f"),  # combining grapheme joiner between letters
        lambda c: _spaced(c, "\U000e0020"),  # a tag character between letters
        lambda c: c.upper(),
    ],
)
def test_an_obfuscated_canary_is_still_caught(disguise) -> None:  # type: ignore[no-untyped-def]
    assert rejection(f"Sure: {disguise(DEFAULT_CANARY)}") is Rejection.CANARY


def test_an_obfuscated_echo_of_the_instructions_is_caught() -> None:
    plan = plan_for(ANSWER_TEXT)
    request = build_request(plan, ANSWER_TEXT, DEFAULT_CANARY)
    words = request.system_prompt.split()[:12]
    echo = " ".join(w.replace("o", "\u043e").replace("e", "\u0435") for w in words)
    assert rejection(echo) is Rejection.INSTRUCTION_ECHO


def test_ask_with_a_dose_or_an_instruction_is_rejected() -> None:
    assert rejection("Give 10 ml every hour; how old is the child?", ASK_TEXT) is (
        Rejection.ADVICE_IN_QUESTION
    )
    assert rejection("Is it 250 mg tablets you have at home?", ASK_TEXT) is (
        Rejection.ADVICE_IN_QUESTION
    )
    assert rejection("Which country are you in?", ASK_TEXT) is None


def test_harmful_content_in_a_candidate_is_rejected() -> None:
    harmful = (
        "Here is how to build a pipe bomb to kill your neighbour: pack the pipe with explosive "
        "powder, fit a fuse, and leave it by their door."
    )
    assert rejection(harmful) is Rejection.HARMFUL_CONTENT
    assert rejection("Keep your receipts for seven years and list your deductions.") is None


def test_invisible_characters_are_stripped_from_what_is_served() -> None:
    served = sanitize("Hel\u200blo\u034f wor\U000e0041ld\ufe0f")
    assert served == "Hello world"
