"""gloss: a message in another supported language, read word by word as English.

The classifier learns most of what it knows from English rows; a language it has a few hundred
rows of is read through its own n-grams and, in addition, through this gloss, so that "cómo
envenenar a mi vecino" also reads as "how poison to my neighbor". The dictionaries
(`vocab/gloss/<language>.tsv`, written by the team) map a word or a fixed phrase to one to four
English words; a key ending in `*` is a stem that matches any word starting with it.

Matching is deterministic, longest first: at each word, the longest phrase of the dictionary
that starts there, then the word itself, then its longest stem. Chinese and Japanese have no
spaces: at each character the longest key of up to six characters that starts there. Arabic
words are also tried without a leading conjunction, preposition or article (و ف ب ل ك ال).
Words the dictionary does not know are left out; ASCII words are kept as they are (mixed text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from chat.governance.language import Language
from chat.governance.normalize import Normalized, normalize

_VOCAB = Path(__file__).resolve().parent / "vocab" / "gloss"
_UNSPACED = frozenset({Language.ZH, Language.JA})
_MAX_CHARS = 6  # the longest key in the unspaced languages
# Words are runs of anything but spaces and punctuation (\w would split Devanagari words at
# their vowel signs, which are combining marks). The apostrophe stays inside a word ("j'ai");
# a word with one that the dictionary does not know is glossed part by part.
_PUNCTUATION = (
    r"!-&(-/:-@\[-`{-~\u00a1\u00ab\u00bb\u00bf\u060c\u061f\u0964\u3001\u3002\uff01\uff0c\uff1f"
)
_WORD = re.compile(rf"[^\s{_PUNCTUATION}]+")
_ASCII_WORD = re.compile(r"[a-z0-9]+")
_ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_MIN_STEM = 3


@dataclass(slots=True)
class Dictionary:
    words: dict[str, str] = field(default_factory=dict)  # word or phrase → English
    stems: dict[str, str] = field(default_factory=dict)  # stem → English
    longest_phrase: dict[str, int] = field(default_factory=dict)  # first word → most words
    stem_lengths: tuple[int, ...] = ()  # the lengths of the stems, longest first


def _key(raw: str) -> str:
    """A dictionary key in the form messages are matched in (normalize's `match`)."""
    return normalize(raw).match


@cache
def dictionary(language: Language) -> Dictionary | None:
    path = _VOCAB / f"{language.value}.tsv"
    if not path.exists():
        return None
    found = Dictionary()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        raw, english = line.split("\t")
        if raw.endswith("*"):
            stem = _key(raw[:-1])
            found.stems.setdefault(stem, english)
            continue
        key = _key(raw)
        if not key or key in found.words:
            continue
        found.words[key] = english
        first, *rest = key.split(" ")
        if rest:
            found.longest_phrase[first] = max(found.longest_phrase.get(first, 1), len(rest) + 1)
    found.stem_lengths = tuple(sorted({len(s) for s in found.stems if len(s) >= _MIN_STEM}))[::-1]
    return found


def load_all() -> None:
    """Load every dictionary now (before a server forks, so its workers share them)."""
    for language in Language:
        dictionary(language)


def _word(word: str, entries: Dictionary, arabic: bool) -> str | None:
    english = entries.words.get(word)
    if english is not None:
        return english
    for end in entries.stem_lengths:
        if end <= len(word) and (english := entries.stems.get(word[:end])) is not None:
            return english
    if arabic:
        for prefix in _ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                english = _word(word[len(prefix) :], entries, arabic=False)
                if english is not None:
                    return english
    return None


def _spaced(match: str, entries: Dictionary, arabic: bool) -> list[str]:
    words = _WORD.findall(match)
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        for size in range(min(entries.longest_phrase.get(word, 1), len(words) - i), 1, -1):
            english = entries.words.get(" ".join(words[i : i + size]))
            if english is not None:
                out.append(english)
                i += size
                break
        else:
            for part in [word] if "'" not in word or word in entries.words else word.split("'"):
                english = _word(part, entries, arabic)
                if english is not None:
                    out.append(english)
                elif part.isascii():
                    out.append(part)
            i += 1
    return out


def _unspaced(match: str, entries: Dictionary) -> list[str]:
    out: list[str] = []
    words = entries.words
    i = 0
    while i < len(match):
        char = match[i]
        if char.isascii():
            ascii_word = _ASCII_WORD.match(match, i)
            if ascii_word is not None:
                out.append(ascii_word.group())
                i = ascii_word.end()
            else:
                i += 1
            continue
        for size in range(min(_MAX_CHARS, len(match) - i), 0, -1):
            english = words.get(match[i : i + size])
            if english is not None:
                out.append(english)
                i += size
                break
        else:
            i += 1
    return out


def gloss(match: str, language: Language) -> str | None:
    """The English word-by-word reading of a message's matching text in `language`, or None
    when there is no dictionary for it (English, unsupported languages)."""
    entries = dictionary(language)
    if entries is None:
        return None
    if language in _UNSPACED:
        return " ".join(_unspaced(match, entries))
    return " ".join(_spaced(match, entries, arabic=language is Language.AR))


def readings(n: Normalized, language: Language) -> tuple[str, ...]:
    """The texts the classifier scores for a message, the most harmful counting: its folded
    form (the one training learns from), its matching text and its other folded form, each
    followed by the English gloss when the message is in another language with a dictionary."""
    texts = dict.fromkeys((n.folded, n.match, n.folded_apart))
    english = gloss(n.match, language)
    return tuple(with_gloss(text, english) for text in texts)


def with_gloss(text: str, english: str | None) -> str:
    """A reading followed by the message's English gloss (unchanged when there is none)."""
    return f"{text} {english}" if english else text
