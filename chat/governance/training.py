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
import os
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
# The operating point, chosen on out-of-fold scores (see `calibrate`). Messages in the other
# languages accept a higher false-refusal rate: their harmful and benign scores overlap more,
# and at 1 % the classifier would catch 39 % of harmful ones (at 2 %, about half).
PLAIN_FLAGGED = 0.01
PLAIN_FLAGGED_OTHER_LANGUAGES = 0.02
SCARY_CERTAIN = 0.005
ATTACK_FLAGGED = 0.002
FOLDS = 5
# English everyday benign rows count this much more in the harm head: benign prompts that look
# scary are a larger share of the corpus than of real traffic, and the operating point is set by
# the plain ones (on validation, at 1 % plain benign flagged: 48 % of English harmful caught at
# weight 1, 56 % at 4, the same at 12). Rows in the other languages (`focus` set) keep weight
# 1: out of fold the two were level for them, and 4x cost held-out zh rows (docs/GOVERNANCE.md).
PLAIN_WEIGHT = 4.0
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
    weight: float = 1.0  # in the harm head


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
        weight = PLAIN_WEIGHT if row.source in corpus.PLAIN_BENIGN and not row.focus else 1.0
        out.append(Example(folded, int(harmful), attack, category, weight))
        if not harmful:  # a long benign text is benign in each window the service scores
            out += [Example(window, 0, attack, None, weight) for window in windows(folded)]
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
    harm.fit(
        x[harm_rows],
        [items[i].harm for i in harm_rows],
        sample_weight=[items[i].weight for i in harm_rows],
    )
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


def fold_of(row: corpus.Row) -> int:
    """The calibration fold of a training row (by group, so translations stay together)."""
    source, row_id = row.origin
    return corpus.bucket(f"calibration:{source}:{corpus.group_of(row_id)}", FOLDS)


@dataclass(frozen=True)
class Calibration:
    thresholds: Thresholds
    report: tuple[str, ...]  # what the out-of-fold scores showed at those thresholds


def _quantile_threshold(scores: list[float], share: float) -> float:
    """The smallest threshold that flags at most `share` of these (benign) scores."""
    ordered = sorted(scores, reverse=True)
    allowed = int(share * len(ordered))
    return min(0.999, ordered[allowed] + 1e-6) if len(ordered) > allowed else 0.5


@dataclass(frozen=True, slots=True)
class Scored:
    """A training row's out-of-fold scores, scored as the service scores it."""

    row: corpus.Row
    english: bool
    harm: float
    attack: float
    long: bool

    @property
    def pool(self) -> str:
        """Which benign pool the row calibrates (see `calibrate`), or what else it is."""
        if self.row.label == "unsafe":
            return "harmful" if self.english else "harmful other languages"
        if self.row.source not in corpus.PLAIN_BENIGN:
            return "look-alike"
        if not self.english:
            return "plain other languages long" if self.long else "plain other languages"
        if self.row.source.startswith("team/"):
            return "plain team"
        return "plain long" if self.long else "plain"


def _score_fold(rows: Sequence[corpus.Row], fold: int) -> list[Scored]:
    """Fit on every other fold; score this fold's requests (frames alone are not requests)."""
    fitting = [r for r in rows if fold_of(r) != fold]
    model = HazardClassifier.from_bytes(fit(examples(fitting), Thresholds()).artifact)
    out = []
    for row in rows:
        if fold_of(row) != fold or row.label == "frame":
            continue
        n = normalize(row.prompt)
        language = identify(n.folded).language
        scores = model.score_readings(readings(n, language))
        out.append(Scored(row, language is Language.EN, scores.harm, scores.attack, scores.long))
    return out


def out_of_fold(rows: Sequence[corpus.Row]) -> list[Scored]:
    """Every training request scored by a model that did not see its fold (folds in parallel
    processes; each fold's result is deterministic, and they are joined in fold order)."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(FOLDS, os.cpu_count() or 1)) as pool:
        parts = pool.map(_score_fold, [rows] * FOLDS, range(FOLDS))
        return [scored for part in parts for scored in part]


def calibrate(rows: Sequence[corpus.Row]) -> Calibration:
    """Thresholds from out-of-fold scores of the training side (`FOLDS` folds by group):

    - refuse: English plain benign prompts of the public sources (`corpus.PLAIN_BENIGN`, not
      the team's own, which score lower than real traffic) flagged at most `PLAIN_FLAGGED`;
      long ones (more than `WINDOW` words: their score is the highest of their windows)
      calibrate `refuse_long` apart; messages in other languages use their own short plain
      benign prompts (public ones are few) at `PLAIN_FLAGGED_OTHER_LANGUAGES`;
    - certain: benign look-alikes flagged at most `SCARY_CERTAIN`, never below refuse;
    - care: half-way between 0.5 and refuse (answered with care below refuse);
    - attack: benign prompts (role-play included) read as a frame at most `ATTACK_FLAGGED`.
    """
    scored = out_of_fold(rows)
    pools: dict[str, list[Scored]] = {}
    for item in scored:
        pools.setdefault(item.pool, []).append(item)

    def harm_of(pool: str) -> list[float]:
        return [item.harm for item in pools.get(pool, [])]

    refuse = _quantile_threshold(harm_of("plain"), PLAIN_FLAGGED)
    thresholds = Thresholds(
        refuse=refuse,
        certain=max(refuse, _quantile_threshold(harm_of("look-alike"), SCARY_CERTAIN)),
        care=(0.5 + refuse) / 2,
        attack=_quantile_threshold(
            [item.attack for item in scored if item.row.label == "safe"], ATTACK_FLAGGED
        ),
        refuse_other_languages=_quantile_threshold(
            harm_of("plain other languages"), PLAIN_FLAGGED_OTHER_LANGUAGES
        ),
        refuse_long=_quantile_threshold(harm_of("plain long"), PLAIN_FLAGGED),
    )

    def refused(pool: str) -> str:
        items = pools.get(pool, [])
        hits = sum(
            item.harm >= thresholds.refuse_for(english=item.english, long=item.long)
            for item in items
        )
        return f"{pool} {100 * hits / max(len(items), 1):.1f}% of {len(items)}"

    report = (
        f"thresholds: refuse {thresholds.refuse:.3f} (long {thresholds.refuse_long:.3f}, other "
        f"languages {thresholds.refuse_other_languages:.3f}), certain {thresholds.certain:.3f}, "
        f"care {thresholds.care:.3f}, attack {thresholds.attack:.3f}",
        "refused by the classifier alone, out of fold: "
        + ", ".join(refused(pool) for pool in sorted(pools)),
    )
    return Calibration(thresholds, report)


def train(path: Path = ARTIFACT) -> tuple[Trained, Calibration]:
    rows = training_rows()
    calibration = calibrate(rows)
    trained = fit(examples(rows), calibration.thresholds)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(trained.artifact)
    return trained, calibration
