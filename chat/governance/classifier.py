"""classifier: text → hazard scores, with a trained linear model over words and their pieces.

The model (trained by `python manage.py governance_train`, see `training.py`) is linear over
sparse features of lowercase text: each word, each pair of adjacent words, and the character
3–5-grams of each word with boundary marks (so "h4ck1ng", "hackers" and "hacking" share
evidence, and words never seen in training still score). Han and kana characters count as
words of their own, so Chinese and Japanese get character unigrams and bigrams.

Heads (one weight column each): `harm` (the message seeks to cause or enable harm), `attack`
(a jailbreak or instruction-override frame) and one column per hazard category, whose softmax
says which category a harmful message belongs to.

Scoring is additive, so a word's full contribution (its own weight plus its character n-grams)
is computed once and cached. A message scores as a whole and, when long, in overlapping windows
of `WINDOW` words: a short harmful request inside a long frame is not averaged away. The harm
score is the highest of the whole and the windows.

Deterministic: the artifact is a committed file whose SHA-256 is its version (pinned by the
goldens); inference is float32 arithmetic in a fixed order, independent of the cache's state.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

ARTIFACT = Path(__file__).resolve().parent / "model" / "hazard_classifier.npz"
WINDOW = 32
_STRIDE = WINDOW // 2
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
NGRAMS = (3, 4, 5)
_CACHE_LIMIT = 50_000

Vector = npt.NDArray[np.float32]


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_features(token: str) -> list[str]:
    """The feature names one word contributes (itself and its boundary-marked n-grams)."""
    features = ["w:" + token]
    if len(token) > 1 and not _CJK_CHAR.match(token):
        marked = f"<{token}>"
        for n in NGRAMS:
            features += ["c:" + marked[i : i + n] for i in range(len(marked) - n + 1)]
    return features


def pair_features(words: list[str]) -> list[str]:
    return ["b:" + a + " " + b for a, b in itertools.pairwise(words)]


def text_features(text: str) -> tuple[list[str], int]:
    """Every feature of a text (with repeats) and the number of words it is scaled by."""
    words = tokens(text)
    features = [f for word in words for f in word_features(word)] + pair_features(words)
    return features, len(words)


def scale(word_count: int) -> float:
    return 1.0 / math.sqrt(max(word_count, 1))


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The operating point, chosen on validation data by `governance_train` (see training.py)."""

    refuse: float = 0.95  # harm score refused on its own
    certain: float = 0.99  # harm score no neutralising frame can lower
    care: float = 0.7  # harm score answered with care, or refused inside a jailbreak frame
    attack: float = 0.98  # attack score that marks a jailbreak / instruction-override frame
    refuse_other_languages: float = 0.95  # `refuse` for messages not in English (own scale)


@dataclass(frozen=True, slots=True)
class Scores:
    harm: float  # probability that the message seeks to cause or enable harm
    attack: float  # probability that the message is a jailbreak / instruction-override frame
    category: str  # the hazard category a harmful reading most likely belongs to
    shares: tuple[float, ...]  # per category (HazardClassifier.categories order), summing to 1


class HazardClassifier:
    def __init__(
        self,
        vocabulary: list[str],
        weights: npt.NDArray[np.float32],
        bias: npt.NDArray[np.float32],
        categories: list[str],
        version: str,
        thresholds: Thresholds,
    ) -> None:
        if weights.shape != (len(vocabulary), 2 + len(categories)):
            raise ValueError("weights must have one row per feature and one column per head")
        self._index = {name: i for i, name in enumerate(vocabulary)}
        self._weights = weights.astype(np.float32)
        self._bias = bias.astype(np.float32)
        self._zero = np.zeros(weights.shape[1], dtype=np.float32)
        self.categories = tuple(categories)
        self.version = version
        self.thresholds = thresholds
        self._words: dict[str, Vector] = {}

    @classmethod
    def from_bytes(cls, raw: bytes) -> HazardClassifier:
        with np.load(io.BytesIO(raw), allow_pickle=False) as data:
            return cls(
                bytes(data["vocabulary"]).decode("utf-8").split("\n"),
                data["weights"].astype(np.float32),
                data["bias"].astype(np.float32),
                bytes(data["categories"]).decode("utf-8").split("\n"),
                version=hashlib.sha256(raw).hexdigest()[:16],
                thresholds=Thresholds(*data["thresholds"].tolist()),
            )

    @classmethod
    def load(cls, path: Path = ARTIFACT) -> HazardClassifier:
        return cls.from_bytes(path.read_bytes())

    def _word(self, token: str) -> Vector:
        """A word's whole contribution (itself and its n-grams): computed once, then cached."""
        vector = self._words.get(token)
        if vector is None:
            index = self._index
            rows = [i for f in word_features(token) if (i := index.get(f)) is not None]
            vector = self._weights[rows].sum(axis=0) if rows else self._zero
            if len(self._words) >= _CACHE_LIMIT:
                self._words.clear()
            self._words[token] = vector
        return vector

    def logits(self, text: str) -> tuple[list[float], list[float]]:
        """(logits of the whole text, logits of its most harmful window)."""
        words = tokens(text)
        if not words:
            bias = self._bias.tolist()
            return bias, bias
        index, weights = self._index, self._weights
        vectors = [self._word(word) for word in words]
        pairs = [
            (i, row)
            for i in range(1, len(words))
            if (row := index.get("b:" + words[i - 1] + " " + words[i])) is not None
        ]
        if len(words) <= WINDOW:
            total = np.add.reduce([*vectors, *(weights[row] for _, row in pairs)])
            whole = (self._bias + total * np.float32(scale(len(words)))).tolist()
            return whole, whole
        per_word = np.stack(vectors)
        if pairs:  # each pair counts with its second word (positions are distinct)
            positions, rows = zip(*pairs, strict=True)
            per_word[list(positions)] += weights[list(rows)]
        whole_v = self._bias + per_word.sum(axis=0) * np.float32(scale(len(words)))
        sums = np.cumsum(per_word, axis=0, dtype=np.float32)
        begin = np.arange(0, len(words) - WINDOW + 1, _STRIDE)
        end = begin + WINDOW - 1
        windows = sums[end] - np.where(begin[:, None] > 0, sums[begin - 1], 0)
        windows = self._bias + windows * np.float32(scale(WINDOW))
        worst = windows[int(np.argmax(windows[:, 0]))]
        whole = whole_v.tolist()
        return whole, worst.tolist() if worst[0] > whole_v[0] else whole

    def score(self, text: str) -> Scores:
        whole, worst = self.logits(text)
        heads = worst[2:]
        top = max(heads)
        exps = [math.exp(x - top) for x in heads]
        total = sum(exps)
        return Scores(
            harm=_sigmoid(worst[0]),
            attack=_sigmoid(whole[1]),
            category=self.categories[heads.index(top)],
            shares=tuple(e / total for e in exps),
        )


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))


@cache
def classifier() -> HazardClassifier:
    """The committed model, loaded once per process."""
    return HazardClassifier.load()
