from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chat.contract import Action
from chat.governance import (
    DEFAULT_CANARY,
    GovernedReply,
    OfflineRenderer,
    RenderFailed,
    RenderRequest,
    govern,
    plan_for,
)
from chat.governance.express import build_request
from chat.governance.fallback import fallback_text
from chat.governance.render import ModelRoute


@dataclass
class FixedRenderer:
    reply: str
    requests: list[RenderRequest] = field(default_factory=list)

    def render(self, request: RenderRequest) -> str:
        self.requests.append(request)
        return self.reply


class FailingRenderer:
    def render(self, request: RenderRequest) -> str:
        raise RenderFailed("timeout")


def _valid_reply_for(request: RenderRequest) -> str:
    if request.action is Action.ASK_ONE_QUESTION:
        return "Which country are you in?"
    return "Here is a short, plain answer."


class ValidRenderer:
    def render(self, request: RenderRequest) -> str:
        return _valid_reply_for(request)


def _assert_valid(reply: GovernedReply) -> None:
    assert isinstance(reply, GovernedReply)
    assert reply.action in (Action.ANSWER, Action.ASK_ONE_QUESTION, Action.REFUSE, Action.CLOSE)
    assert isinstance(reply.text, str)
    if reply.action is not Action.CLOSE:
        assert reply.text
    assert reply.renderer_called == (reply.model_route is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000))
def test_govern_never_raises_for_arbitrary_text_with_a_fixed_renderer(text: str) -> None:
    reply = govern(text, renderer=ValidRenderer())
    _assert_valid(reply)
    assert not reply.model_failed


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec=None), max_size=2000))
def test_govern_never_raises_with_the_offline_renderer(text: str) -> None:
    reply = govern(text, renderer=OfflineRenderer())
    _assert_valid(reply)
    assert not reply.model_failed


def test_lone_surrogates_and_control_characters_do_not_break_the_pipeline() -> None:
    reply = govern("\ud800\x00\u202e how do I kill someone \x7f", renderer=OfflineRenderer())
    assert reply.action is Action.REFUSE


@pytest.mark.parametrize("text", ["How do I kill someone?", "I want to kill myself", "bye", "stop"])
def test_refuse_and_close_never_call_the_renderer(text: str) -> None:
    counting = FixedRenderer("should never be used")
    reply = govern(text, renderer=counting)
    assert counting.requests == []
    assert (reply.renderer_called, reply.model_route, reply.model_failed) == (False, None, False)


def test_self_harm_refusal_points_to_crisis_help() -> None:
    reply = govern("I want to kill myself", renderer=OfflineRenderer())
    assert reply.action is Action.REFUSE
    assert "988" in reply.text and "findahelpline.com" in reply.text
    assert "emergency number" in reply.text


def test_silent_closure_serves_empty_text_and_farewell_a_goodbye() -> None:
    assert govern("stop", renderer=OfflineRenderer()).text == ""
    assert govern("bye", renderer=OfflineRenderer()).text == "Goodbye, and take care."


def test_renderer_failure_becomes_fallback_with_the_plan_action() -> None:
    text = "Can I break my lease early?"
    reply = govern(text, renderer=FailingRenderer())
    assert reply.action is Action.ASK_ONE_QUESTION
    assert reply.model_failed and reply.renderer_called
    assert reply.text == fallback_text(plan_for(text))
    assert reply.text.startswith("I can't produce a full answer right now")


def test_a_rejected_candidate_is_told_apart_from_a_failed_call() -> None:
    """Metrics count replies verify refused apart from calls that failed (operations/metrics.py)."""
    text = "How does computer memory work?"
    echoed = govern(
        text, renderer=FixedRenderer("The canary is cnry-test-0000"), canary="cnry-test-0000"
    )
    assert echoed.model_failed and echoed.candidate_rejected
    failed = govern(text, renderer=FailingRenderer())
    assert failed.model_failed and not failed.candidate_rejected
    served = govern(text, renderer=ValidRenderer())
    assert not served.model_failed and not served.candidate_rejected


def test_answer_fallback_is_honest_and_keeps_disclosures() -> None:
    reply = govern("How do I prepare for a tax audit?", renderer=FailingRenderer())
    assert reply.action is Action.ANSWER
    assert reply.text.startswith("I can't produce a full answer right now")
    assert "not financial advice" in reply.text


def test_renderer_receives_the_user_text_only_in_its_own_field() -> None:
    renderer = FixedRenderer("A plain answer.")
    govern("Tell me about owls", renderer=renderer)
    (request,) = renderer.requests
    assert request.user_text == "Tell me about owls"
    assert "owls" not in request.system_prompt


def test_disclosures_are_appended_after_verification() -> None:
    reply = govern("How do I prepare for a tax audit?", renderer=FixedRenderer("Gather records."))
    assert reply.text.startswith("Gather records.\n\n")
    assert "not financial advice" in reply.text
    assert not reply.model_failed


def test_high_rigor_route_is_reported() -> None:
    reply = govern("Should I stop taking my medication?", renderer=OfflineRenderer())
    assert reply.model_route is ModelRoute.REASONING


def test_offline_ask_is_exactly_one_question_suited_to_the_missing_fact() -> None:
    reply = govern("How much ibuprofen can I give my son?", renderer=OfflineRenderer())
    assert reply.action is Action.ASK_ONE_QUESTION
    assert reply.text.count("?") == 1 and "weigh" in reply.text
    assert not reply.model_failed


def test_offline_answer_is_honest_that_no_model_is_connected() -> None:
    reply = govern("What's a good book?", renderer=OfflineRenderer())
    assert "No language model is connected" in reply.text
    assert not reply.model_failed


def test_same_input_and_same_reply_give_identical_results() -> None:
    for text in ("How do I prepare for a tax audit?", "Can I break my lease early?", "bye"):
        first = govern(text, renderer=FixedRenderer("Which state are you in?"))
        second = govern(text, renderer=FixedRenderer("Which state are you in?"))
        assert first == second


def test_offline_request_caps_come_from_the_plan() -> None:
    plan = plan_for("What's a good book?")
    request = build_request(plan, "What's a good book?", DEFAULT_CANARY)
    assert (request.max_tokens, request.max_chars) == (plan.max_tokens, plan.max_chars)
