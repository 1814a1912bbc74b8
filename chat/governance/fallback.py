"""Every text governance writes itself: refusals, closures, disclosures and fallbacks.

These are fixed templates keyed by enums, so the same plan always yields the same bytes. They are
honest and useful, never meta-commentary about plans, and never echo the user's text.

Closures: a bare stop command ("stop", "quit", "cancel", "never mind") is SILENT — the user asked
for output to stop, so the reply is "". A farewell ("bye", "that's all, thanks", "end this chat")
gets one short goodbye.
"""

from __future__ import annotations

from chat.contract import Action
from chat.governance.types import (
    ClosureMode,
    Disclosure,
    OutputPlan,
    Posture,
    QuestionClass,
)
from chat.policy import RefusalCategory

CRISIS_LINE = (
    "If you might act on these thoughts or are in immediate danger, please call your local "
    "emergency number now. In the US you can call or text 988 (Suicide & Crisis Lifeline); in "
    "the UK and Ireland, Samaritans answer on 116 123; elsewhere, findahelpline.com lists free, "
    "confidential lines in your country."
)

REFUSALS: dict[RefusalCategory, str] = {
    RefusalCategory.SELF_HARM: (
        "I'm really sorry you're going through this. I can't help with anything that could hurt "
        "you, but you don't have to face this alone, and talking to someone can help right "
        "now.\n\n" + CRISIS_LINE + "\n\nIf you'd like, you can also tell me a little about "
        "what's going on, and I'll listen."
    ),
    RefusalCategory.VIOLENT_CRIMES: (
        "I can't help with hurting, killing or threatening people or animals. If someone is in "
        "danger right now, please contact your local emergency number. If you're dealing with "
        "anger or a conflict, I'm glad to help you think through safe ways to handle it."
    ),
    RefusalCategory.NON_VIOLENT_CRIMES: (
        "I can't help with crimes such as fraud, scams, theft, hacking, malware or illegal drugs. "
        "If you're trying to protect yourself or others against them, I'm happy to help with "
        "that instead."
    ),
    RefusalCategory.SEX_CRIMES: (
        "I can't help with anything that involves sexual violence, coercion or exploitation. If "
        "you or someone you know has been harmed, a local sexual-assault helpline or the police "
        "can help, and I can share general information about support services."
    ),
    RefusalCategory.CHILD_EXPLOITATION: (
        "I can't help with any sexual content involving minors. If a child is at risk, please "
        "contact local police or a child-protection hotline."
    ),
    RefusalCategory.DEFAMATION: (
        "I can't help with making false, damaging claims about a real person or business. I'm "
        "glad to help you write a fair, factual review or complaint instead."
    ),
    RefusalCategory.SPECIALIZED_ADVICE: (
        "This service doesn't give medical, legal or financial advice. A doctor, pharmacist, "
        "lawyer or qualified adviser can look at your situation properly."
    ),
    RefusalCategory.PRIVACY: (
        "I can't help with finding, tracking or exposing a private person's personal "
        "information. If you need to reach them, asking them directly or going through an "
        "official channel is the way to go."
    ),
    RefusalCategory.INTELLECTUAL_PROPERTY: (
        "I can't help with pirating, cracking or passing off someone else's protected work. I'm "
        "happy to point you to legal ways to get it, or to help you make something of your own."
    ),
    RefusalCategory.INDISCRIMINATE_WEAPONS: (
        "I can't help with making or using weapons or explosives, or with attacking places or "
        "people. I'm happy to help with safety, history or the law around these topics instead."
    ),
    RefusalCategory.HATE: (
        "I can't help with demeaning, insulting or excluding people for who they are, or with "
        "denying or celebrating atrocities. I'm glad to discuss the history or the evidence "
        "instead."
    ),
    RefusalCategory.SEXUAL_CONTENT: (
        "I can't write sexually explicit content. I'm happy to help with relationships, "
        "sex education in general terms, or a story that keeps intimate scenes off the page."
    ),
    RefusalCategory.ELECTIONS: (
        "I can't help with misleading people about voting or elections or with keeping people "
        "from voting. Your local election authority has accurate information on how, when and "
        "where to vote."
    ),
    RefusalCategory.CODE_INTERPRETER_ABUSE: (
        "I can't help with running destructive code, escaping a sandbox or extracting secrets "
        "from a system. I'm glad to help with the code you're working on in a safe way."
    ),
    RefusalCategory.PROMPT_ATTACK: (
        "I can't switch off my guidelines or take on a persona without them, and I only follow "
        "the instructions of this service. If you ask your question plainly, I'll help where I "
        "can."
    ),
    RefusalCategory.UNSUPPORTED_LANGUAGE: (
        "Sorry, I can't handle messages in this language yet. Please write in English, Spanish, "
        "French, German, Italian, Portuguese, Russian, Chinese, Japanese, Korean, Arabic, Hindi, "
        "Vietnamese or Bengali."
    ),
}

CLOSURES: dict[ClosureMode, str] = {
    ClosureMode.SILENT: "",
    ClosureMode.BRIEF_GOODBYE: "Goodbye, and take care.",
}

DISCLOSURES: dict[Disclosure, str] = {
    Disclosure.EMERGENCY: (
        "If this is an emergency or anyone is in danger, call your local emergency number now."
    ),
    Disclosure.CRISIS_RESOURCES: (
        "If any of this is about you and you're struggling, support is available: in the US "
        "call or text 988, or find a free, confidential line in your country at "
        "findahelpline.com."
    ),
    Disclosure.MEDICAL: (
        "This is general information, not medical advice; a doctor or pharmacist can check it "
        "against your situation."
    ),
    Disclosure.LEGAL: (
        "Laws differ between places and change over time; for a decision that matters, check "
        "with a qualified lawyer where you live."
    ),
    Disclosure.FINANCIAL: (
        "This is general information, not financial advice; weigh it against your own "
        "circumstances, or ask a qualified adviser, before acting."
    ),
    Disclosure.PHYSICAL_SAFETY: (
        "Safety comes first: if you're unsure, stop and get a qualified professional to help."
    ),
    Disclosure.PSYCHOLOGICAL: (
        "If this is weighing on you, talking to someone you trust or a mental-health "
        "professional can help."
    ),
}

_FALLBACK_ANSWER = (
    "I can't produce a full answer right now. Please try again in a little while; if it's "
    "urgent, a reliable reference or a qualified person can help in the meantime."
)
_FALLBACK_POSTURE_NOTE = {
    Posture.DIRECT: "",
    Posture.CAREFUL: "",
    Posture.SUPPORTIVE: "It sounds like this matters, so please don't stay alone with it.",
    Posture.URGENT: "Don't wait for this service if anyone may be in danger.",
}
_FALLBACK_QUESTIONS: dict[QuestionClass, str] = {
    QuestionClass.DOSE_RECIPIENT: (
        "how old is the person who would take it, and roughly how much do they weigh?"
    ),
    QuestionClass.MEDICATION: "which medicine is it, including its name and strength?",
    QuestionClass.JURISDICTION: "which country (and state or province, if relevant) are you in?",
    QuestionClass.FINANCIAL_POSITION: (
        "roughly what share of your total savings is this, and when might you need it?"
    ),
    QuestionClass.DECISION_GOAL: "what outcome matters most to you in this decision?",
}


def refusal_text(plan: OutputPlan) -> str:
    return REFUSALS[plan.refusal]


def closure_text(plan: OutputPlan) -> str:
    return CLOSURES[plan.closure_mode]


def with_disclosures(text: str, plan: OutputPlan) -> str:
    notes = [DISCLOSURES[d] for d in plan.disclosures]
    return "\n\n".join([text, *notes]) if notes else text


def fallback_text(plan: OutputPlan) -> str:
    """What is served when the renderer fails or its candidate is rejected."""
    if plan.action is Action.ASK_ONE_QUESTION:
        question = _FALLBACK_QUESTIONS.get(
            plan.question, "what is the one detail about your situation that matters most here?"
        )
        return (
            "I can't produce a full answer right now. Before you try again, one detail would "
            "help me give a safe, useful answer: " + question
        )
    if plan.action is Action.REFUSE:
        return refusal_text(plan)
    if plan.action is Action.CLOSE:
        return closure_text(plan)
    note = _FALLBACK_POSTURE_NOTE[plan.posture]
    text = f"{_FALLBACK_ANSWER} {note}" if note else _FALLBACK_ANSWER
    return with_disclosures(text, plan)
