"""`python manage.py governance_train` — train the hazard classifier from the committed corpus.

Reads only the training side of the corpus split (chat/governance/corpus), writes the artifact
to chat/governance/model/hazard_classifier.npz and prints its version. The goldens pin that
version: after training, run `governance_goldens` to see what changed, then `--write` it.
Needs the dev requirements (scikit-learn).
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from chat.governance import training
from chat.governance.classifier import ARTIFACT


class Command(BaseCommand):
    help = "Train the hazard classifier (fixed seeds) and write its artifact."

    def handle(self, *args: object, **options: object) -> None:
        trained, calibration = training.train()
        for line in calibration.report:
            self.stdout.write(line)
        self.stdout.write(
            f"classifier {trained.version}: {trained.features} features from "
            f"{trained.examples} training examples → {ARTIFACT}"
        )
