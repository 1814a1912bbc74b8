"""classifier: text → hazard scores, with a trained linear model over words and their pieces.

The model (trained by `python manage.py governance_train`, see `training.py`) is linear over
sparse features of lowercase text: each word, each pair of adjacent words, and the character
3–5-grams of each word with boundary marks (so "h4ck1ng", "hackers" and "hacking" share
evidence, and words never seen in training still score). Han and kana characters count as
words of their own, so Chinese and Japanese get character unigrams and bigrams.

Heads (one weight column each): `harm` (the message seeks to cause or enable harm), `attack`
(a jailbreak or instruction-override frame) and one column per hazard category, whose softmax
says which category a harmful message belongs to.

Scoring is additive, so a word's harm and attack contribution (its own weight plus its character
n-grams) is computed once and cached. A message scores as a whole and, when long, in overlapping
windows of `WINDOW` words: a short harmful request inside a long frame is not averaged away. The
harm score is the highest of the whole and the windows. The per-category heads are evaluated
only when a caller asks for the category, over the words the harm score was read from.

Deterministic: the artifact is a committed file whose SHA-256 is its version (pinned by the
goldens); inference sums the stored weights in a fixed order, independent of the cache's state.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import math
import re
import sys
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

ARTIFACT = Path(__file__).resolve().parent / "model" / "hazard_classifier.npz"
WINDOW = 32
STRIDE = WINDOW // 2
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
NGRAMS = (3, 4, 5)
_CACHE_LIMIT = 20_000  # entries per cache (words, word pairs): a few MiB each


# For ASCII text the words are exactly the runs of letters and digits: a byte table finds them.
_NOT_WORD_TO_SPACE = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))


def tokens(text: str) -> list[str]:
    if text.isascii():
        return text.encode().translate(_NOT_WORD_TO_SPACE).decode().split()
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
    refuse_long: float = 0.95  # `refuse` a message longer than `WINDOW` words also needs

    def refuse_for(self, *, english: bool, long: bool) -> float:
        """The harm score refused on its own. A long message's score is the highest of its
        windows, an extreme of many; its benign scores run higher, so it is calibrated apart."""
        refuse = self.refuse if english else self.refuse_other_languages
        return max(refuse, self.refuse_long) if long else refuse


class Scores:
    """The harm and attack probabilities of a text; its hazard category is read on demand.

    `span` is the words the harm score was read from (the whole text or its most harmful
    window); the per-category heads are evaluated over it only when `category` or `shares` is
    asked for, which the pipeline does for harmful readings only."""

    __slots__ = ("_model", "_shares", "attack", "harm", "long", "span")

    def __init__(
        self,
        harm: float,
        attack: float,
        span: tuple[str, ...],
        model: HazardClassifier,
        *,
        long: bool,
    ) -> None:
        self.harm = harm  # probability that the message seeks to cause or enable harm
        self.attack = attack  # probability of a jailbreak / instruction-override frame
        self.span = span
        self.long = long  # more than `WINDOW` words: harm is the highest of whole and windows
        self._model = model
        self._shares: tuple[float, ...] | None = None

    def with_attack(self, attack: float) -> Scores:
        return Scores(self.harm, attack, self.span, self._model, long=self.long)

    @property
    def shares(self) -> tuple[float, ...]:
        """Per category (`HazardClassifier.categories` order), summing to 1."""
        if self._shares is None:
            self._shares = self._model.category_shares(self.span)
        return self._shares

    @property
    def category(self) -> str:
        """The hazard category a harmful reading most likely belongs to."""
        shares = self.shares
        return self._model.categories[shares.index(max(shares))]


class HazardClassifier:
    def __init__(
        self,
        vocabulary: list[str],
        weights: npt.NDArray[np.floating],
        bias: npt.NDArray[np.float32],
        categories: list[str],
        version: str,
        thresholds: Thresholds,
    ) -> None:
        if weights.shape != (len(vocabulary), 2 + len(categories)):
            raise ValueError("weights must have one row per feature and one column per head")
        # Words and character n-grams by name; word pairs by first word, then second word, so a
        # pair is found with two lookups and no string built ("b:first second" in the artifact).
        self._index: dict[str, int] = {}
        self._pairs: dict[str, dict[str, int]] = {}
        for i, name in enumerate(vocabulary):
            if name.startswith("b:"):
                first, second = name[2:].split(" ", 1)
                self._pairs.setdefault(first, {})[sys.intern(second)] = i
            else:
                self._index[name] = i
        self._weights = weights  # float16 as stored: the category heads cast the rows they read
        # The harm and attack columns as flat float arrays: the per-message path is plain
        # Python arithmetic over them (numpy calls cost more than the sums on short texts).
        self._harm = array("f", weights[:, 0].astype(np.float32).tobytes())
        self._attack = array("f", weights[:, 1].astype(np.float32).tobytes())
        self._bias = bias.astype(np.float32)
        self._bias_harm, self._bias_attack = (float(b) for b in self._bias[:2])
        self.categories = tuple(categories)
        self.version = version
        self.thresholds = thresholds
        self._words: dict[str, tuple[float, float]] = {}
        self._word_rows: dict[str, tuple[int, ...]] = {}

    @classmethod
    def from_bytes(cls, raw: bytes) -> HazardClassifier:
        with np.load(io.BytesIO(raw), allow_pickle=False) as data:
            return cls(
                bytes(data["vocabulary"]).decode("utf-8").split("\n"),
                data["weights"],
                data["bias"].astype(np.float32),
                bytes(data["categories"]).decode("utf-8").split("\n"),
                version=hashlib.sha256(raw).hexdigest()[:16],
                thresholds=Thresholds(*data["thresholds"].tolist()),
            )

    @classmethod
    def load(cls, path: Path = ARTIFACT) -> HazardClassifier:
        return cls.from_bytes(path.read_bytes())

    def _rows(self, token: str) -> tuple[int, ...]:
        """The rows of a word's features (itself and its n-grams), cached for the category
        heads, which read them again for each harmful reading."""
        rows = self._word_rows.get(token)
        if rows is None:
            index = self._index
            rows = tuple(i for f in word_features(token) if (i := index.get(f)) is not None)
            if len(self._word_rows) >= _CACHE_LIMIT:
                self._word_rows.clear()
            self._word_rows[token] = rows
        return rows

    def _word(self, token: str) -> tuple[float, float]:
        """A word's (harm, attack) contribution, itself and its n-grams: computed once, cached."""
        cached = self._words.get(token)
        if cached is None:
            rows = self._rows(token)
            harm, attack = self._harm, self._attack
            cached = (sum(harm[i] for i in rows), sum(attack[i] for i in rows))
            if len(self._words) >= _CACHE_LIMIT:
                self._words.clear()
            self._words[token] = cached
        return cached

    def _pair_row(self, first: str, second: str) -> int | None:
        followers = self._pairs.get(first)
        return None if followers is None else followers.get(second)

    def _positions(
        self, words: list[str], like: tuple[list[str], list[float], list[float]] | None = None
    ) -> tuple[list[float], list[float]]:
        """The harm and attack contribution at each position (a word pair counts at its second
        word). `like` is another reading's words and contributions: where its words are the
        same and as many, only the positions whose word or previous word differ are computed."""
        if like is not None and len(like[0]) == len(words):
            per_harm, per_attack = like[1][:], like[2][:]
            changed = {i for i, (a, b) in enumerate(zip(words, like[0], strict=True)) if a != b}
            todo: Iterable[int] = sorted(changed | {i + 1 for i in changed if i + 1 < len(words)})
        else:
            per_harm, per_attack = [0.0] * len(words), [0.0] * len(words)
            todo = range(len(words))
        harm, attack = self._harm, self._attack
        cached, followers_of = self._words.get, self._pairs.get
        for i in todo:  # `_pair_row` inlined: this loop runs once per word of every reading
            word = words[i]
            h, a = cached(word) or self._word(word)
            if (
                i
                and (followers := followers_of(words[i - 1])) is not None
                and (row := followers.get(word)) is not None
            ):
                h += harm[row]
                a += attack[row]
            per_harm[i] = h
            per_attack[i] = a
        return per_harm, per_attack

    def _scores(self, words: list[str], per_harm: list[float], per_attack: list[float]) -> Scores:
        weight = scale(len(words))
        harm_logit = self._bias_harm + sum(per_harm) * weight
        span = (0, len(words))
        if len(words) > WINDOW:
            sums = list(itertools.accumulate(per_harm, initial=0.0))
            begin = max(
                range(0, len(words) - WINDOW + 1, STRIDE),
                key=lambda b: sums[b + WINDOW] - sums[b],
            )
            window_logit = self._bias_harm + (sums[begin + WINDOW] - sums[begin]) * scale(WINDOW)
            if window_logit > harm_logit:
                harm_logit, span = window_logit, (begin, begin + WINDOW)
        return Scores(
            _sigmoid(harm_logit),
            _sigmoid(self._bias_attack + sum(per_attack) * weight),
            tuple(words[span[0] : span[1]]),
            self,
            long=len(words) > WINDOW,
        )

    def score(self, text: str) -> Scores:
        words = tokens(text)
        return self._scores(words, *self._positions(words))

    def score_readings(self, readings: Iterable[str]) -> Scores:
        """The most harmful of several readings of one message (the original and its folded
        forms), with the highest attack score of any. A reading with as many words as the first
        reuses its contributions wherever the words are the same."""
        worst: Scores | None = None
        first: tuple[list[str], list[float], list[float]] | None = None
        for text in dict.fromkeys(readings):
            words = tokens(text)
            per_harm, per_attack = self._positions(words, first)
            first = first or (words, per_harm, per_attack)
            scores = self._scores(words, per_harm, per_attack)
            if worst is None:
                worst = scores
            else:
                harm = worst if worst.harm >= scores.harm else scores
                worst = harm.with_attack(max(worst.attack, scores.attack))
        if worst is None:
            raise ValueError("score_readings needs at least one reading")
        return worst

    def category_shares(self, words: tuple[str, ...]) -> tuple[float, ...]:
        """The softmax of the per-category heads over these words (and their adjacent pairs)."""
        rows = [i for word in words for i in self._rows(word)]
        rows += [
            row for a, b in itertools.pairwise(words) if (row := self._pair_row(a, b)) is not None
        ]
        # float32 sums, as stored weights are exact in float32; nothing selected sums to zeros
        total = self._weights[rows, 2:].astype(np.float32).sum(axis=0)
        heads = (self._bias[2:] + total * np.float32(scale(len(words)))).tolist()
        top = max(heads)
        exps = [math.exp(x - top) for x in heads]
        whole = sum(exps)
        return tuple(e / whole for e in exps)


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))


@cache
def classifier() -> HazardClassifier:
    """The committed model, loaded once per process."""
    return HazardClassifier.load()
