"""language: which language a message is written in, and whether governance can assess it.

Deterministic and cheap: the script of the letters decides for most languages (Han with kana is
Japanese, Han alone Chinese, Hangul Korean, Arabic, Devanagari Hindi, Bengali, Cyrillic Russian);
Latin-script text is told apart by Vietnamese letters and by the share of each language's most
frequent function words (`vocab/function_words.toml`).

Policy (DESIGN §2.2): a message whose letters are mostly in a script governance has no training
data for (Thai, Hebrew, Greek, Telugu, …), or whose words are recognisably those of an unsupported
Latin-script language (Swahili, Indonesian, Dutch, Turkish, Polish, …), is `supported=False`;
control then applies the operator's policy for `UNSUPPORTED_LANGUAGE` (default: refuse, saying
which languages are served). Latin-script text with no recognisable function words (short
commands, lists of nouns, code) is read as English: the classifier's character features still
apply to it, so it is assessed, not waved through.
"""

from __future__ import annotations

import enum
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path


class Language(enum.StrEnum):
    EN = "en"
    ES = "es"
    FR = "fr"
    DE = "de"
    IT = "it"
    PT = "pt"
    RU = "ru"
    ZH = "zh"
    JA = "ja"
    KO = "ko"
    AR = "ar"
    HI = "hi"
    VI = "vi"
    BN = "bn"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: Language
    supported: bool


_SCRIPTS = (  # (script name, pattern of its letters)
    ("han", re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]")),
    ("kana", re.compile("[\u3040-\u30ff\u31f0-\u31ff]")),
    ("hangul", re.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
    ("arabic", re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")),
    ("devanagari", re.compile("[\u0900-\u097f]")),
    ("bengali", re.compile("[\u0980-\u09ff]")),
    ("cyrillic", re.compile("[\u0400-\u04ff]")),
    ("latin", re.compile("[a-z\u00c0-\u024f\u1e00-\u1eff]")),
)
_ANY_LETTER = re.compile(r"[^\W\d_]")
# Letters only Vietnamese writes (â, ê, ô are French and Portuguese too; ã, õ Portuguese).
_VIETNAMESE = re.compile("[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

_VOCAB = Path(__file__).resolve().parent / "vocab" / "function_words.toml"


def _load_function_words() -> tuple[dict[str, tuple[str, ...]], dict[str, int]]:
    """word → the languages (in file order) it is a function word of, so one dict lookup per
    word counts every language; and each language's place in the file (ties go to the first)."""
    with _VOCAB.open("rb") as handle:
        languages: dict[str, str] = tomllib.load(handle)["languages"]
    of: dict[str, tuple[str, ...]] = {}
    for code, words in languages.items():
        for word in dict.fromkeys(words.split()):
            of[word] = (*of.get(word, ()), code)
    return of, {code: i for i, code in enumerate(languages)}


_LANGUAGES_OF, _ORDER = _load_function_words()
_SCRIPT_LANGUAGE = {
    "hangul": Language.KO,
    "arabic": Language.AR,
    "devanagari": Language.HI,
    "bengali": Language.BN,
    "cyrillic": Language.RU,
}


def _latin_language(match: str) -> LanguageGuess:
    if _VIETNAMESE.search(match):
        return LanguageGuess(Language.VI, True)
    words = _WORD.findall(match)
    if not words:
        return LanguageGuess(Language.EN, True)
    hits: dict[str, int] = {}
    for word in words:
        for code in _LANGUAGES_OF.get(word, ()):
            hits[code] = hits.get(code, 0) + 1
    if not hits:
        return LanguageGuess(Language.EN, True)
    best = min(hits, key=lambda code: (-hits[code], _ORDER[code]))
    best_hits = hits[best]
    if best_hits == 0 or best_hits * 10 < len(words):  # too few to tell: read as English
        return LanguageGuess(Language.EN, True)
    try:
        return LanguageGuess(Language(best), True)
    except ValueError:  # a recognised, unsupported Latin-script language
        return LanguageGuess(Language.OTHER, False)


SAMPLE_CHARS = 400  # a message's language shows in its first few hundred characters


def identify(match: str) -> LanguageGuess:
    """The language of lowercase matching text (see the module docstring for the policy)."""
    match = match[:SAMPLE_CHARS]
    if match.isascii():
        return _latin_language(match)
    letters = len(_ANY_LETTER.findall(match))
    if not letters:
        return LanguageGuess(Language.EN, True)
    counts = {name: len(pattern.findall(match)) for name, pattern in _SCRIPTS}
    if counts["kana"] and counts["kana"] + counts["han"] >= letters * 0.3:
        return LanguageGuess(Language.JA, True)
    if counts["han"] >= letters * 0.3:
        return LanguageGuess(Language.ZH, True)
    script, top = max(counts.items(), key=lambda item: item[1])
    if top * 2 < letters:  # most letters are in a script without training data
        return LanguageGuess(Language.OTHER, False)
    if script == "latin":
        return _latin_language(match)
    language = _SCRIPT_LANGUAGE.get(script)
    if language is None:
        return LanguageGuess(Language.OTHER, False)
    return LanguageGuess(language, True)
