"""`python manage.py governance_explain "<text>"` — why governance plans what it plans.

Prints to the operator's terminal (stdout only; nothing is logged): the cleaned and folded text,
the language, the English gloss of a message in another language, the classifier's scores, the
rule ids and frames that fired (for a lexical finding also the ids of its area's rule families
whose patterns match), the neutraliser, the decision state and the plan.
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from chat.governance import lexical
from chat.governance.assess import explain
from chat.governance.classifier import classifier
from chat.governance.control import control
from chat.governance.express import express
from chat.governance.gloss import gloss
from chat.governance.normalize import normalize


class Command(BaseCommand):
    help = "Explain the governance plan for one message (printed, never logged)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("text")

    def handle(self, *args: object, **options: object) -> None:
        text = str(options["text"])
        n = normalize(text)
        why = explain(n)
        state = why.state
        plan = express(control(state, settings.SERVICE.governance_policy))
        ranked = sorted(
            zip(classifier().categories, why.scores.shares, strict=True), key=lambda p: -p[1]
        )
        top = ", ".join(f"{name} {share:.2f}" for name, share in ranked[:3])
        # The area whose finding the assessment used (on the cleaned or on a folded reading).
        area = next(
            (a for a in lexical.HarmCategory if lexical.area_id(a) in why.rules),
            lexical.HarmCategory.NONE,
        )
        folded = [normalize(r) for r in dict.fromkeys((n.folded, n.folded_apart)) if r != n.match]
        families = sorted({rule for r in [n, *folded] for rule in lexical.matched_rules(r, area)})
        lines = [
            f"cleaned:     {n.text}",
            f"folded:      {n.folded}" + ("" if n.folded != n.match else "  (same as cleaned)"),
            f"language:    {why.language.language.value}"
            + ("" if why.language.supported else " (not supported)"),
            f"gloss:       {gloss(n.match, why.language.language) or '-'}",
            f"classifier:  {classifier().version}  harm {why.scores.harm:.3f}  "
            f"attack {why.scores.attack:.3f}  categories: {top}",
            f"rules:       {', '.join(why.rules) or '-'}",
            f"rule families matched: {', '.join(families) or '-'}",
            f"frame:       {'jailbreak / instruction override' if why.framed else '-'}",
            f"neutraliser: {why.neutralizer.value}",
            f"state:       harm={state.harm.value if state.harm else 'NONE'} "
            f"severity={state.severity.name} domain={state.domain.value} "
            f"closure={state.closure.value} unknowns="
            f"{','.join(sorted(u.value for u in state.unknowns)) or '-'}",
            f"plan:        action={plan.action.value} refusal={plan.refusal.value} "
            f"posture={plan.posture.value} question={plan.question.value} "
            f"route={plan.route.value if plan.route else '-'}",
        ]
        for line in lines:
            self.stdout.write(line)
