"""Training the hazard classifier from the committed corpus (`python manage.py governance_train`).

Development-time only: it needs scikit-learn (requirements-dev.txt); the service only loads the
artifact it writes (`classifier.py`). Deterministic: the corpus, the split, the composition of
frames with requests and the solvers all use fixed orders and seeds, so the same corpus gives
the same artifact.

What each head learns from the *training* side of the split (held-out rows are never read here):
- `harm`: `unsafe` rows are 1; `safe` rows are 0, and so are the windows of long safe rows (the
  service also scores a long message's windows, the most harmful one counting: without them a
  long benign text's highest window is an outlier the model never saw); jailbreak frames with a
  request put into them take the request's label (a frame never neutralises), frames alone are
  left out (not a request).
- `attack`: frames alone and with any request put into them, and prompt-injection rows, are 1;
  everything else (including ordinary role-play) 0.
- categories: one head per hazard category, from harmful rows whose category is known
  (`corpus.category_of`); rows whose category is not known do not train these heads.
Texts are folded (normalize.fold) as the service folds them before scoring, and a text in
another language is followed by its English gloss (`gloss.readings`), as the service scores it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from chat.contract import MAX_USER_TEXT_CHARS
from chat.governance import corpus
from chat.governance.classifier import (
    ARTIFACT,
    STRIDE,
    WINDOW,
    HazardClassifier,
    Thresholds,
    scale,
    text_features,
    tokens,
)
from chat.governance.gloss import readings
from chat.governance.language import Language, identify
from chat.governance.normalize import normalize
from chat.governance.types import Hazard

SEED = 20261201
COMPOSED_PER_FRAME = 2
C_HARM = 2.0
C_ATTACK = 2.0
C_CATEGORY = 4.0
MIN_ROWS = 2  # a feature must occur in this many training texts
KEEP_FEATURES = 300_000  # the largest-weight features kept in the artifact (see docs/GOVERNANCE.md)
# The operating point, chosen on validation groups (see `calibrate`). Messages in the other
# languages accept a higher false-refusal rate: their harmful and benign scores overlap more,
# and at 1 % the classifier would catch 39 % of harmful ones (at 2 %, about half).
PLAIN_FLAGGED = 0.01
PLAIN_FLAGGED_OTHER_LANGUAGES = 0.02
SCARY_CERTAIN = 0.005
ATTACK_FLAGGED = 0.002
WINDOWS_PER_TEXT = 8  # windows of a long benign text that train the harm head as benign

_PLACEHOLDER = re.compile(
    r"\[INSERT PROMPT HERE\]|\[PROMPT\]|\{prompt\}|\{request\}|\[INSERT ANY QUESTION HERE\]|"
    r"\[YOUR (?:JAILBREAK|PROMPT) HERE\]"
)


@dataclass(frozen=True, slots=True)
class Example:
    text: str  # folded, as the service scores it
    harm: int | None  # None: not used by the harm head
    attack: int
    category: Hazard | None


def _reading(text: str) -> str:
    """The text as the service scores it: folded, with its English gloss in another language."""
    n = normalize(text)
    return readings(n, identify(n.folded).language)[0]


def compose(frame: str, request: str) -> str:
    """A frame with a request put into it, cut to what a client can send."""
    if _PLACEHOLDER.search(frame):
        text = _PLACEHOLDER.sub(lambda _: request, frame, count=1)
        return text if len(text) <= MAX_USER_TEXT_CHARS else text[: MAX_USER_TEXT_CHARS - 1]
    room = MAX_USER_TEXT_CHARS - len(request) - 2
    return f"{frame[:room]}\n\n{request}"


def windows(text: str) -> list[str]:
    """Windows of a long text as the classifier scores them (classifier.py): at most
    `WINDOWS_PER_TEXT` of them, evenly spread."""
    words = tokens(text)
    if len(words) <= WINDOW:
        return []
    starts = list(range(0, len(words) - WINDOW + 1, STRIDE))
    step = max(1, len(starts) // WINDOWS_PER_TEXT)
    return [" ".join(words[b : b + WINDOW]) for b in starts[::step][:WINDOWS_PER_TEXT]]


def examples(rows: Sequence[corpus.Row], *, seed: int = SEED) -> list[Example]:
    """Training examples from corpus rows: the rows themselves and frames with requests in them."""
    out: list[Example] = []
    frames = [r for r in rows if r.label == "frame"]
    requests = [r for r in rows if r.label != "frame" and len(r.prompt) <= 400]
    for row in rows:
        if row.label == "frame":
            out.append(Example(_reading(row.prompt), None, 1, None))
            continue
        harmful = row.label == "unsafe"
        category = corpus.category_of(row) if harmful else None
        attack = int(category is Hazard.PROMPT_ATTACK or row.type == "team_frame")
        folded = _reading(row.prompt)
        out.append(Example(folded, int(harmful), attack, category))
        if not harmful:  # a long benign text is benign in each window the service scores
            out += [Example(window, 0, attack, None) for window in windows(folded)]
    rng = random.Random(seed)  # noqa: S311 (a fixed seed for reproducible data, not secrets)
    for frame in frames:
        for request in rng.sample(requests, k=min(COMPOSED_PER_FRAME, len(requests))):
            harmful = request.label == "unsafe"
            out.append(
                Example(
                    _reading(compose(frame.prompt, request.prompt)),
                    int(harmful),
                    1,
                    corpus.category_of(request) if harmful else None,
                )
            )
    return out


def training_rows() -> list[corpus.Row]:
    return [row for row in corpus.rows() if not row.held_out]


# --- fitting ------------------------------------------------------------------------------------


def _matrix(texts: Iterable[str], index: dict[str, int]):  # type: ignore[no-untyped-def]
    from scipy import sparse  # type: ignore[import-untyped]

    data: list[float] = []
    cols: list[int] = []
    indptr = [0]
    for text in texts:
        features, words = text_features(text)
        counts = Counter(i for f in features if (i := index.get(f)) is not None)
        weight = scale(words)
        for col in sorted(counts):
            cols.append(col)
            data.append(counts[col] * weight)
        indptr.append(len(cols))
    return sparse.csr_matrix(
        (np.array(data, dtype=np.float64), np.array(cols), np.array(indptr)),
        shape=(len(indptr) - 1, len(index)),
    )


def _vocabulary(texts: Sequence[str]) -> list[str]:
    seen: Counter[str] = Counter()
    for text in texts:
        seen.update(set(text_features(text)[0]))
    return sorted(f for f, n in seen.items() if n >= MIN_ROWS)


@dataclass(frozen=True)
class Trained:
    artifact: bytes
    features: int
    examples: int

    @property
    def version(self) -> str:
        return hashlib.sha256(self.artifact).hexdigest()[:16]


def fit(items: Sequence[Example], thresholds: Thresholds) -> Trained:
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    texts = [e.text for e in items]
    vocabulary = _vocabulary(texts)
    index = {f: i for i, f in enumerate(vocabulary)}
    x = _matrix(texts, index)
    categories = [c for c in Hazard if c is not Hazard.SPECIALIZED_ADVICE]

    harm_rows = [i for i, e in enumerate(items) if e.harm is not None]
    harm = LogisticRegression(C=C_HARM, solver="liblinear", class_weight="balanced", max_iter=500)
    harm.fit(x[harm_rows], [items[i].harm for i in harm_rows])
    attack = LogisticRegression(
        C=C_ATTACK, solver="liblinear", class_weight="balanced", max_iter=500
    )
    attack.fit(x, [e.attack for e in items])
    cat_rows = [i for i, e in enumerate(items) if e.category is not None]
    labels = np.array([categories.index(items[i].category) for i in cat_rows])  # type: ignore[arg-type]
    cat_weights = np.zeros((len(vocabulary), len(categories)))
    cat_bias = np.full(len(categories), -30.0)  # categories without examples never win
    for cls in sorted(set(labels.tolist())):  # one-vs-rest: liblinear is fast and exact
        head = LogisticRegression(C=C_CATEGORY, solver="liblinear", max_iter=500)
        head.fit(x[cat_rows], (labels == cls).astype(int))
        cat_weights[:, cls] = head.coef_[0]
        cat_bias[cls] = head.intercept_[0]

    weights = np.column_stack([harm.coef_[0], attack.coef_[0], cat_weights])
    bias = np.concatenate([[harm.intercept_[0], attack.intercept_[0]], cat_bias])
    strength = np.abs(weights[:, :2]).max(axis=1) + np.abs(cat_weights).max(axis=1) / 4
    keep = np.sort(np.argsort(-strength, kind="stable")[:KEEP_FEATURES])
    return Trained(
        artifact=_serialise(
            [vocabulary[i] for i in keep],
            weights[keep].astype(np.float16),
            bias.astype(np.float32),
            [c.value for c in categories],
            thresholds,
        ),
        features=len(keep),
        examples=len(items),
    )


def _serialise(
    vocabulary: list[str],
    weights: np.ndarray,
    bias: np.ndarray,
    categories: list[str],
    thresholds: Thresholds,
) -> bytes:
    buffer = io.BytesIO()
    np.savez_compressed(
        buffer,
        vocabulary=np.frombuffer("\n".join(vocabulary).encode("utf-8"), dtype=np.uint8),
        categories=np.frombuffer("\n".join(categories).encode("utf-8"), dtype=np.uint8),
        weights=weights,
        bias=bias,
        thresholds=np.array(dataclasses.astuple(thresholds), dtype=np.float64),
    )
    return _deterministic_zip(buffer.getvalue())


def _deterministic_zip(raw: bytes) -> bytes:
    """numpy writes the current time into the archive's entries; pin it so bytes are stable."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            pinned = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            pinned.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(pinned, source.read(info.filename))
    return out.getvalue()


def is_validation(row: corpus.Row) -> bool:
    """One training group in five validates the operating point (a salt of its own)."""
    source, row_id = row.origin
    return corpus.is_held_out("validation:" + source, corpus.group_of(row_id))


@dataclass(frozen=True)
class Calibration:
    thresholds: Thresholds
    report: tuple[str, ...]  # what the validation rows showed at those thresholds


def _quantile_threshold(scores: list[float], share: float) -> float:
    """The smallest threshold that flags at most `share` of these (benign) scores."""
    ordered = sorted(scores, reverse=True)
    allowed = int(share * len(ordered))
    return min(0.999, ordered[allowed] + 1e-6) if len(ordered) > allowed else 0.5


def calibrate(rows: Sequence[corpus.Row]) -> Calibration:
    """Fit on the training side minus its validation groups; pick thresholds on those groups.

    - refuse: English plain benign prompts (`corpus.PLAIN_BENIGN`) flagged at most
      `PLAIN_FLAGGED` and, for messages not in English, those in other languages at most
      `PLAIN_FLAGGED_OTHER_LANGUAGES` (their scores run lower);
    - certain: benign look-alikes flagged at most `SCARY_CERTAIN`, never below refuse;
    - care: half-way between 0.5 and refuse (answered with care below refuse);
    - attack: benign prompts (role-play included) read as a frame at most `ATTACK_FLAGGED`.
    """
    fitting = [r for r in rows if not is_validation(r)]
    checking = [r for r in rows if is_validation(r) and r.label != "frame"]
    model = HazardClassifier.from_bytes(fit(examples(fitting), Thresholds()).artifact)
    harm: dict[str, list[float]] = {
        "plain": [],
        "plain other languages": [],
        "scary": [],
        "unsafe": [],
        "unsafe other languages": [],
    }
    attack: list[float] = []
    for row in checking:
        n = normalize(row.prompt)
        language = identify(n.folded).language
        scores = model.score_readings(readings(n, language))
        score = scores.harm
        other = language is not Language.EN
        if row.label == "unsafe":
            harm["unsafe other languages" if other else "unsafe"].append(score)
            continue
        if row.source in corpus.PLAIN_BENIGN:
            harm["plain other languages" if other else "plain"].append(score)
        else:
            harm["scary"].append(score)
        attack.append(scores.attack)
    # Each side gets the threshold of its own plain benign rows: the other languages' scores run
    # lower, so a pooled threshold would let more English false refusals through as their
    # share of the pool grows.
    refuse = _quantile_threshold(harm["plain"], PLAIN_FLAGGED)
    certain = max(refuse, _quantile_threshold(harm["scary"], SCARY_CERTAIN))
    refuse_other = _quantile_threshold(harm["plain other languages"], PLAIN_FLAGGED_OTHER_LANGUAGES)
    thresholds = Thresholds(
        refuse=refuse,
        certain=certain,
        care=(0.5 + refuse) / 2,
        attack=_quantile_threshold(attack, ATTACK_FLAGGED),
        refuse_other_languages=refuse_other,
    )

    def share(values: list[float], at: float) -> str:
        return f"{100 * sum(v >= at for v in values) / max(len(values), 1):.1f}%"

    report = (
        "validation rows: " + ", ".join(f"{len(values)} {name}" for name, values in harm.items()),
        f"thresholds: refuse {refuse:.3f} (other languages {refuse_other:.3f}), certain "
        f"{certain:.3f}, care {thresholds.care:.3f}, attack {thresholds.attack:.3f}",
        f"at refuse: harmful {share(harm['unsafe'], refuse)}, plain benign "
        f"{share(harm['plain'], refuse)}, look-alike benign {share(harm['scary'], refuse)}; "
        f"other languages: harmful {share(harm['unsafe other languages'], refuse_other)}, plain "
        f"benign {share(harm['plain other languages'], refuse_other)}",
    )
    return Calibration(thresholds, report)


def train(path: Path = ARTIFACT) -> tuple[Trained, Calibration]:
    rows = training_rows()
    calibration = calibrate(rows)
    trained = fit(examples(rows), calibration.thresholds)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(trained.artifact)
    return trained, calibration
