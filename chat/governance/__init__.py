# The governance pipeline: deterministic stages around a renderer with no authority.
#
#   normalize → assess → control → express → render → verify → fallback
#
# - normalize (str → Normalized) sees only the user's text: NFKC, ASCII quotes, every
#   default-ignorable code point removed (tag characters flagged), whitespace collapsed, a
#   lowercase matching form, a folded form with obfuscation undone, and word tokens.
# - assess (Normalized → DecisionState) sees only the normalized text, the trained hazard
#   classifier (a committed artifact) and the rule data in vocab/; it records enum-valued facts
#   (hazard category and severity, neutralising frame, stakes, unknowns, closure, language). It
#   never sees a model reply.
# - control (DecisionState, Policy → ControlPlan) sees only the assessment and the operator's
#   per-category policy, never the text: it picks the action by dominance CLOSE > REFUSE >
#   ASK_ONE_QUESTION > ANSWER, plus rigor and friction.
# - express (ControlPlan → OutputPlan) sees only the control plan: posture, disclosures, caps,
#   model route, per-action specs; it also builds the system prompt from fixed sentences.
# - render is called at most once, only for ANSWER and ASK_ONE_QUESTION: the system prompt
#   (instructions + canary) and the user's text travel in separate fields; the user's text is
#   never spliced into instructions. REFUSE and CLOSE come from templates and never reach it.
# - verify sees the candidate, the output plan, the system prompt and the canary (and screens the
#   candidate with the same classifier); it cannot change the plan, only accept or reject it.
# - fallback sees only the output plan: deterministic text for the plan's action.
#
# Why it is deterministic: every stage is a pure function over frozen dataclasses and enums,
# the classifier is a fixed artifact (float32 arithmetic in a fixed order), rules are compiled
# from committed data, nothing reads the clock, randomness, settings or the database,
# and appended disclosures are fixed templates. Same user text + same renderer reply ⇒ the same
# GovernedReply, byte for byte. Only `renderer.render` can vary, and its output is judged, never
# trusted.
"""The governance pipeline's public entry point: `govern(user_text, renderer=…, canary=…)`."""

from __future__ import annotations

from dataclasses import dataclass

from chat.contract import Action
from chat.governance.assess import assess
from chat.governance.control import control
from chat.governance.express import build_request, express
from chat.governance.fallback import closure_text, fallback_text, refusal_text, with_disclosures
from chat.governance.normalize import normalize, renderable
from chat.governance.render import (
    DEFAULT_CANARY,
    ModelRoute,
    OfflineRenderer,
    Renderer,
    RenderFailed,
    RenderRequest,
)
from chat.governance.types import OutputPlan
from chat.governance.verify import sanitize, verify
from chat.policy import Policy, RefusalCategory

__all__ = [
    "DEFAULT_CANARY",
    "GovernedReply",
    "ModelRoute",
    "OfflineRenderer",
    "RenderFailed",
    "RenderRequest",
    "Renderer",
    "govern",
    "plan_for",
]

DEFAULT_POLICY = Policy()


@dataclass(frozen=True, slots=True)
class GovernedReply:
    action: Action
    text: str
    model_failed: bool
    model_route: ModelRoute | None
    renderer_called: bool
    # Categorical facts telemetry may record (never text):
    refusal: RefusalCategory = RefusalCategory.NONE
    language_supported: bool = True
    candidate_rejected: bool = False  # the renderer returned text and verify refused it

    def __post_init__(self) -> None:
        if self.action is Action.FALLBACK:
            raise ValueError("FALLBACK is an HTTP-layer action, never a governed reply")
        if self.model_route is None and (self.renderer_called or self.model_failed):
            raise ValueError("a reply that involved the renderer names its route")


def plan_for(user_text: str, policy: Policy = DEFAULT_POLICY) -> OutputPlan:
    """The output plan governance would follow for this text (no renderer involved)."""
    return express(control(assess(normalize(user_text)), policy))


def govern(
    user_text: str,
    *,
    renderer: Renderer,
    canary: str = DEFAULT_CANARY,
    policy: Policy = DEFAULT_POLICY,
) -> GovernedReply:
    state = assess(normalize(user_text))
    plan = express(control(state, policy))
    supported = state.language_supported
    if plan.action is Action.REFUSE:
        text = refusal_text(plan)
        return GovernedReply(plan.action, text, False, None, False, plan.refusal, supported)
    if plan.action is Action.CLOSE:
        return GovernedReply(
            plan.action, closure_text(plan), False, None, False, RefusalCategory.NONE, supported
        )

    request = build_request(plan, renderable(user_text), canary)
    try:
        candidate = renderer.render(request)
    except RenderFailed:
        candidate = None
    served = sanitize(candidate) if isinstance(candidate, str) else candidate
    rejection = verify(served, plan, system_prompt=request.system_prompt, canary=canary)
    if rejection is not None or not isinstance(served, str):
        text, failed = fallback_text(plan), True
    else:
        text, failed = with_disclosures(served, plan), False
    return GovernedReply(
        plan.action,
        text,
        failed,
        request.route,
        True,
        RefusalCategory.NONE,
        supported,
        candidate_rejected=isinstance(served, str) and rejection is not None,
    )
