"""normalize: the cleaned text governance judges, and a folded form that undoes obfuscation.

- `text`: NFKC (full-width and mathematical letters become ASCII), typographic quotes and dashes
  ASCII, every *default-ignorable* code point removed (zero-width and bidi controls, U+034F,
  variation selectors, Hangul fillers, soft hyphen, the tag block …: they can split a word so a
  matcher misses it), control characters dropped, whitespace collapsed. This is also what the
  renderer receives (`renderable`, with the user's line breaks kept).
- `smuggled`: the message carried Unicode tag characters (U+E0000–E007F). They are invisible and
  some models decode them as text, so such a message is a prompt attack and is never passed on.
- `match`: lowercase `text`, hyphens and slashes between words as spaces, stray quotes dropped:
  what the rules match on, word by word (never raw substrings).
- `folded`: `match` with obfuscation undone — confusable letters to their Latin skeleton (a
  subset of Unicode TR39's confusables: Cyrillic, Greek and Armenian look-alikes), leetspeak in
  words that mix letters with digits or symbols, letters split by spaces, dots or dashes joined,
  runs of one repeated letter collapsed, rare accents and stray combining marks on Latin letters
  dropped (the accented letters of the supported languages are kept). Assessment scores both
  forms and keeps the more harmful reading; folding is only applied where obfuscation is possible
  (Cyrillic-script text keeps its letters unless a word mixes scripts), and tests prove it does
  not change the class of the benign corpus.
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
# Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt), as ranges.
_DEFAULT_IGNORABLE_RANGES = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
INVISIBLE = re.compile(
    "[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _DEFAULT_IGNORABLE_RANGES) + "]"
)
_TAGS = re.compile("[\U000e0000-\U000e007f]")
_QUOTE_CHARS = re.compile("[" + "".join(chr(code) for code in _QUOTES) + "]")

_SURROGATES = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Patterns start with the character they are about, so the engine scans for it instead of trying a
# lookbehind at every position.
_JOINERS = re.compile(r"[-/_](?<=\w.)(?=\w)")
_STRAY_QUOTES = re.compile(r"\"|'(?<!\w')|'(?!\w)")
_TOKENS = re.compile(r"\w+(?:'\w+)*")
# For ASCII `match` text, where every apostrophe left stands between two word characters, the
# tokens are exactly the runs of word characters and apostrophes: a byte table finds them.
_NOT_TOKEN_TO_SPACE = bytes(
    c if c < 128 and (chr(c).isalnum() or chr(c) in "_'") else ord(" ") for c in range(256)
)

# --- folding ---------------------------------------------------------------------------------

# Look-alike letters → their Latin prototype (TR39 confusables.txt, the letters of the scripts
# most used for homoglyph attacks on Latin text). Both cases are listed: folding runs on
# lowercase text, and an uppercase Cyrillic letter lowercases to a Cyrillic letter.
_CONFUSABLE_PAIRS = (
    # Cyrillic
    "аa вb еe ёe зz іi їi јj кk лl мm нh оo пn рp сc тt уy хx ѕs һh ԁd ԛq ԝw ӏl үy ьb ԍg "
    "Аa Вb Еe Ѕs Іi Јj Кk Мm Нh Оo Рp Сc Тt Уy Хx Үy Һh Ԁd Ԛq Ԝw"
    # Greek
    " αa βb εe ηn ιi κk μu νv οo ρp τt υu χx ωw γy ϲc ϳj"
    " Αa Βb Εe Ζz Ηh Ιi Κk Μm Νn Οo Ρp Τt Υy Χx"
    # Armenian
    " օo ոn սu ցg հh"
)
CONFUSABLES = {ord(pair[0]): pair[1] for pair in _CONFUSABLE_PAIRS.split()}
_CONFUSABLE_CHARS = re.compile("[" + "".join(chr(code) for code in CONFUSABLES) + "]")
_NOT_LATIN = re.compile("[^a-z]+")
_NOT_CYRILLIC = re.compile("[^\u0400-\u04ff]+")
_LEET = str.maketrans({"4": "a", "3": "e", "0": "o", "1": "i", "@": "a", "$": "s", "7": "t"})
# A letter next to a digit or symbol that stands for one ("h0w", "m4k3", "k1ll", "$teal").
_HAS_LEET = re.compile(r"[0134@$7](?:(?<=[a-z].)|(?=[a-z]))")  # the digit first: scanned for
_LEET_WORD = re.compile(r"(?<![\w@$])[\w@$]*(?:[a-z][0134@$7]|[0134@$7][a-z])[\w@$]*")
# Three or more single letters joined by one separator: "b o m b", "b.o.m.b", "b-o-m-b".
_SPLIT_LETTERS = re.compile(r"\b[^\W\d_](?:[ .\-_*+][^\W\d_]\b){2,}")
# What every such run contains, starting with a separator (scanned for): tested first.
_MAY_SPLIT = re.compile(r"[ .\-_*+][^\W\d_][ .\-_*+][^\W\d_]\b")
_SPLIT_SEPARATORS = re.compile(r"[ .\-_*+]")
_ANY_TRIPLE = re.compile(r"(.)\1\1")
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
_UNUSUAL_LATIN = re.compile("[\u0180-\u019f\u01b1-\u024f\u0300-\u036f\u1e00-\u1e9f\u1efa-\u1eff]")
_MIXED_WORD = re.compile(r"\w*[a-z]\w*")


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str  # cleaned, whitespace-collapsed, original case
    match: str  # lowercase matching form (see module docstring)
    folded: str  # `match` with obfuscation undone (== match for plain text)
    # `folded` with a one-letter word kept apart from the split letters after it ("make a b o m b"
    # → "make a bomb", where `folded` reads "make abomb"); == folded when nothing is ambiguous.
    folded_apart: str
    tokens: tuple[str, ...]  # lowercase word tokens of `match`
    token_set: frozenset[str]
    smuggled: bool  # Unicode tag characters were present (a prompt attack)
    # For a long message, its clauses: (start, end) in `match` and the clause's token set. Rule
    # gates are tested per clause and a pattern searched only in the clauses that pass; None
    # for a short message (one clause).
    clauses: tuple[Clause, ...] | None = None


Clause = tuple[int, int, frozenset[str]]


def _plain_latin(char: str) -> str:
    if unicodedata.combining(char):
        return ""
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() else char


def _strip_unusual_accents(text: str) -> str:
    """Rare accented Latin letters and stray combining marks ("ḱíĺĺ", "k̶i̶l̶l̶") to plain letters.

    The accented letters of the supported languages (Latin-1, Latin Extended-A, Vietnamese) are
    kept, so ordinary Spanish, French, German or Vietnamese text folds to itself."""
    return _UNUSUAL_LATIN.sub(lambda m: _plain_latin(m.group()), text)


def _confusables(text: str) -> str:
    if not _CONFUSABLE_CHARS.search(text):
        return text
    if len(_NOT_CYRILLIC.sub("", text)) > len(_NOT_LATIN.sub("", text)):
        # Cyrillic-script text keeps its letters; only words that mix in Latin ones are folded.
        return _MIXED_WORD.sub(lambda m: m.group().translate(CONFUSABLES), text)
    return text.translate(CONFUSABLES)


def _join_split(run: str, *, apart: bool) -> str:
    letters = _SPLIT_SEPARATORS.sub("", run)
    if apart and letters[0] in "ai" and len(letters) > 3:
        return letters[0] + " " + letters[1:]
    return letters


def folds(match: str) -> tuple[str, str]:
    """The deobfuscated readings of lowercase matching text (identity on plain text). Letters
    split by separators are joined; in the second reading a leading "a" or "i" stays a word of
    its own (both are assessed: "a b o m b" is "a bomb", "a t t a c k" is "attack")."""
    text = match
    if not text.isascii():
        text = _confusables(text)
        if _UNUSUAL_LATIN.search(text):
            text = _strip_unusual_accents(text)
    if _HAS_LEET.search(text):
        text = _LEET_WORD.sub(lambda m: m.group().translate(_LEET), text)
    if not (_MAY_SPLIT.search(text) and _SPLIT_LETTERS.search(text)):
        if _ANY_TRIPLE.search(text):
            text = _REPEATS.sub(r"\1", text)
        return text, text
    apart = _SPLIT_LETTERS.sub(lambda m: _join_split(m.group(), apart=True), text)
    text = _SPLIT_LETTERS.sub(lambda m: _join_split(m.group(), apart=False), text)
    if _ANY_TRIPLE.search(text):
        text, apart = _REPEATS.sub(r"\1", text), _REPEATS.sub(r"\1", apart)
    return text, apart


def fold(match: str) -> str:
    """The deobfuscated reading of lowercase matching text (split letters joined)."""
    return folds(match)[0]


def clean(user_text: str, control: str = " ") -> tuple[str, bool]:
    """NFKC, ASCII quotes, default-ignorables removed, control characters replaced by `control`;
    and whether tag characters were present."""
    text = user_text[: MAX_ASSESSED_CHARS * 2]
    smuggled = False
    if not text.isascii():  # ASCII has no compatibility forms, typographic quotes or invisibles
        smuggled = _TAGS.search(text) is not None
        text = _SURROGATES.sub("", text)
        text = INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
        if _QUOTE_CHARS.search(text):
            text = text.translate(_QUOTES)
    if not text.isprintable():
        text = _CONTROL.sub(control, text)
    return text, smuggled


# A message this long is matched clause by clause (a clause ends after ". ", "? ", "! " or "; "):
# a rule pattern is searched only in the clauses whose own words open its gate, which makes the
# rules on a 2,000-character message cost about a third as much. Rules relate words inside one
# clause; a test proves every gated pattern finds the same matches either way on the corpus.
CLAUSES_FROM_CHARS = 160
_CLAUSE_END = re.compile(r"(?<=[.!?;]) ")


def _tokens(match: str, start: int, end: int) -> tuple[tuple[str, ...], frozenset[str]]:
    """The word tokens of match[start:end] and their set, with each apostrophe part too
    ("someone's" also counts as "someone" for rule gates)."""
    part = match[start:end]
    if part.isascii():
        tokens = tuple(part.encode().translate(_NOT_TOKEN_TO_SPACE).decode().split())
    else:
        tokens = tuple(_TOKENS.findall(part))
    token_set = frozenset(tokens)
    if "'" in part:
        token_set |= {piece for token in tokens if "'" in token for piece in token.split("'")}
    return tokens, token_set


def _clauses(match: str) -> tuple[tuple[str, ...], frozenset[str], tuple[Clause, ...]]:
    bounds = [0]
    for boundary in _CLAUSE_END.finditer(match):
        bounds += (boundary.start(), boundary.end())
    bounds.append(len(match))
    tokens: list[str] = []
    clauses = []
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        words, word_set = _tokens(match, start, end)
        tokens += words
        clauses.append((start, end, word_set))
    return tuple(tokens), frozenset().union(*(c[2] for c in clauses)), tuple(clauses)


def normalize(user_text: str) -> Normalized:
    text, smuggled = clean(user_text)
    text = " ".join(text.split())[:MAX_ASSESSED_CHARS]
    match = text.lower()
    if "-" in match or "/" in match or "_" in match:
        match = _JOINERS.sub(" ", match)
    if "'" in match or '"' in match:
        match = " ".join(_STRAY_QUOTES.sub("", match).split())
    if len(match) < CLAUSES_FROM_CHARS:
        tokens, token_set = _tokens(match, 0, len(match))
        clauses = None
    else:
        tokens, token_set, clauses = _clauses(match)
    folded, folded_apart = folds(match)
    return Normalized(
        text=text,
        match=match,
        folded=folded,
        folded_apart=folded_apart,
        tokens=tokens,
        token_set=token_set,
        smuggled=smuggled,
        clauses=clauses,
    )


_RENDER_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def renderable(user_text: str) -> str:
    """The cleaned text governance judged, as the renderer receives it: line breaks kept."""
    text, _ = clean(user_text[:MAX_ASSESSED_CHARS], control="")
    text = text.replace("\r\n", "\n")
    if not text.isprintable():  # every character _RENDER_CONTROL removes is non-printable
        text = _RENDER_CONTROL.sub("", text)
    return text.strip()
