"""normalize: one canonical form of the user's text that every lexicon matches against.

NFKC folds compatibility forms (full-width letters, ligatures); typographic quotes become ASCII;
zero-width, bidi and other invisible format characters are removed (they can split a word so a
lexicon misses it); whitespace collapses to single spaces. `match` is the lowercase form the
lexicon regexes run on: hyphens and slashes between words become spaces, quotation marks that are
not apostrophes inside a word are dropped, and sentence punctuation stays so a phrase never
matches across a sentence boundary. Lexicons anchor on word boundaries, never raw substrings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Text beyond this is not assessed (the HTTP layer caps input at 2 000 characters; this only
# bounds the cost of direct callers). The same truncated text is what the renderer receives.
MAX_ASSESSED_CHARS = 4_000

_QUOTES = {
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4"), "'"),
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"), '"'),
    **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-"),
}
_INVISIBLE = dict.fromkeys(
    [
        *range(0x200B, 0x2010),  # zero-width space/joiners, LRM, RLM
        *range(0x202A, 0x202F),  # bidi embeddings and overrides
        *range(0x2060, 0x2070),  # word joiner, invisible operators, bidi isolates
        0x00AD,  # soft hyphen
        0x061C,  # Arabic letter mark
        0xFEFF,  # byte-order mark / zero-width no-break space
        0x180E,  # Mongolian vowel separator
    ]
)
_TRANSLATE = {**_QUOTES, **_INVISIBLE}

_WHITESPACE = re.compile(r"\s+")
_SURROGATES = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_JOINERS = re.compile(r"(?<=\w)[-/_](?=\w)")
_STRAY_QUOTES = re.compile(r"\"|(?<!\w)'|'(?!\w)")
_TOKENS = re.compile(r"\w+(?:'\w+)*")
# For ASCII `match` text, where every apostrophe left stands between two word characters, the
# tokens are exactly the runs of word characters and apostrophes: a byte table finds them.
_NOT_TOKEN_TO_SPACE = bytes(
    c if c < 128 and (chr(c).isalnum() or chr(c) in "_'") else ord(" ") for c in range(256)
)


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str  # cleaned, whitespace-collapsed, original case (proper names are read from it)
    match: str  # lowercase matching form (see module docstring)
    tokens: tuple[str, ...]  # lowercase word tokens of `match`
    token_set: frozenset[str]


def normalize(user_text: str) -> Normalized:
    text = user_text[: MAX_ASSESSED_CHARS * 2]
    if not text.isascii():  # ASCII has no compatibility forms, typographic quotes or invisibles
        text = _SURROGATES.sub("", text)
        text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    if not text.isprintable():
        text = _CONTROL.sub(" ", text)
    text = " ".join(text.split())[:MAX_ASSESSED_CHARS]
    match = text.lower()
    if "-" in match or "/" in match or "_" in match:
        match = _JOINERS.sub(" ", match)
    if "'" in match or '"' in match:
        match = " ".join(_STRAY_QUOTES.sub("", match).split())
    if match.isascii():
        tokens = tuple(match.encode().translate(_NOT_TOKEN_TO_SPACE).decode().split())
    else:
        tokens = tuple(_TOKENS.findall(match))
    token_set = frozenset(tokens)
    if "'" in match:
        parts = {part for token in tokens if "'" in token for part in token.split("'")}
        token_set |= parts  # "someone's" also counts as "someone" for lexicon gates
    return Normalized(text=text, match=match, tokens=tokens, token_set=token_set)


_RENDER_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def renderable(user_text: str) -> str:
    """The user's text as the renderer receives it: layout kept, invisible/control chars gone."""
    text = user_text[:MAX_ASSESSED_CHARS]
    if not text.isascii():  # surrogates and invisible characters are all non-ASCII
        text = _SURROGATES.sub("", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n")
    if not text.isprintable():  # every character _RENDER_CONTROL removes is non-printable
        text = _RENDER_CONTROL.sub("", text)
    return text.strip()
