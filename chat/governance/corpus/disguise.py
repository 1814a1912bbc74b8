"""disguise: held-out harmful requests obfuscated or wrapped in jailbreak frames, for measurement.

`governance_eval --held-out` also evaluates these (issue #11's "obfuscated or jailbreak-wrapped
harmful requests refused"): every English held-out harmful request of at most 300 characters
(a fixed sample) rewritten deterministically five ways — leetspeak, spaced-out letters in its
two longest words, Cyrillic look-alike letters, U+034F after every word, zero-width spaces
between letters — and put into held-out jailbreak frames (each frame with two requests drawn
with a fixed seed). Nothing here is used by training or by the service.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

from chat.governance import corpus
from chat.governance.language import Language, identify
from chat.governance.normalize import normalize
from chat.governance.training import compose

SAMPLE = 300
SEED = 20261201
_LEET = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "$"})
_CYRILLIC = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у"})
_WORD = re.compile(r"[A-Za-z]{4,}")


def leet(text: str) -> str:
    return _WORD.sub(lambda m: m.group().lower().translate(_LEET), text)


def spaced(text: str) -> str:
    longest = sorted(set(_WORD.findall(text)), key=lambda w: (-len(w), w))[:2]
    for word in longest:
        text = re.sub(rf"\b{word}\b", " ".join(word), text)
    return text


def look_alike(text: str) -> str:
    return text.translate(_CYRILLIC)


def grapheme_joiners(text: str) -> str:
    return " ".join(word + "\u034f" for word in text.split())


def zero_width(text: str) -> str:
    return _WORD.sub(lambda m: "\u200b".join(m.group()), text)


def _as_written(text: str) -> str:
    return text


VARIANTS: dict[str, Callable[[str], str]] = {
    "leetspeak": leet,
    "spaced letters": spaced,
    "look-alike letters": look_alike,
    "U+034F after each word": grapheme_joiners,
    "zero-width spaces": zero_width,
}


def _requests(rows: Sequence[corpus.Row]) -> list[corpus.Row]:
    english = [
        row
        for row in rows
        if row.label == "unsafe"
        and len(row.prompt) <= 300
        and identify(normalize(row.prompt).folded).language is Language.EN
    ]
    return random.Random(SEED).sample(english, k=min(SAMPLE, len(english)))  # noqa: S311


def disguised(rows: Sequence[corpus.Row]) -> list[corpus.Row]:
    """From these (held-out) rows: the plain sample of harmful requests, its five rewritings and
    the frames with requests put in, each a harmful row whose source names the disguise."""
    requests = _requests(rows)
    out = [
        corpus.Row(f"disguise/{name}", r.id, rewrite(r.prompt), r.type, "unsafe", r.focus, r.note)
        for name, rewrite in {"plain (same sample)": _as_written, **VARIANTS}.items()
        for r in requests
    ]
    frames = [row for row in rows if row.label == "frame"]
    rng = random.Random(SEED)  # noqa: S311
    for frame in frames:
        for request in rng.sample(requests, k=min(2, len(requests))):
            out.append(
                corpus.Row(
                    "disguise/in a jailbreak frame",
                    f"{frame.id}+{request.id}",
                    compose(frame.prompt, request.prompt),
                    request.type,
                    "unsafe",
                    request.focus,
                    request.note,
                )
            )
    return out
