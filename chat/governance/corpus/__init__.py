"""The labelled prompts governance is trained and measured on, and the split between the two.

`sources/` holds copies of public, permissively licensed datasets (see `sources/SOURCES.md` and
`NOTICE.md` for each file's origin and licence); `team/` holds prompts this project wrote itself
(XSTest-style contrast sets, translations, hard negatives, self-harm and frame material).

Every row has `id,prompt,type,label,focus,note`; `label` is `safe`, `unsafe` or `frame` (a jailbreak
template: see SOURCES.md). The split is a pure function of the file name and the row's *group*
(translations of one prompt, and the turns of one conversation, share a group), so a prompt and
its translation never land on opposite sides, and no training run can ever see a held-out row.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from chat.governance.types import Hazard

CORPUS = Path(__file__).resolve().parent
SOURCES = CORPUS / "sources"
TEAM = CORPUS / "team"
HELD_OUT_SHARE = 5  # one group in five is held out
LABELS = ("safe", "unsafe", "frame")
TRANSLATIONS = "team/translations"
# Everyday requests with no designed resemblance to harmful ones (the "plain benign" rows).
PLAIN_BENIGN = frozenset(
    {
        "arena_hard",
        "awesome_chatgpt_prompts",
        "benign_selfinstruct",
        "dolly",
        "japanese_mt_bench",
        "mgsm",
        "mt_bench",
        "team/benign_en",
        "team/benign_everyday_en",
        "team/benign_styled_en",
        "team/benign_everyday_multilingual_a",
        "team/benign_everyday_multilingual_b",
        *(f"team/benign_requests_en_{part}" for part in "abcdef"),
        "team/benign_requests_multilingual_a",
        "team/benign_requests_multilingual_b",
        *(
            f"team/translations_benign_{code}"
            for code in "ar de es fr hi it ja ko pt ru vi zh".split()
        ),
    }
)

_LANGUAGE_PART = re.compile(r"_(?:en|zh|vi|ar|es|fr|de|ja|hi|ru|bn|sw|th|te|it|pt|ko)(?=_|$)")
_TURN_PART = re.compile(r"_t\d+$")


@dataclass(frozen=True, slots=True)
class Row:
    source: str  # file stem, e.g. "advbench" or "team/translations_it"
    id: str
    prompt: str
    type: str
    label: str
    focus: str
    note: str

    @property
    def origin(self) -> tuple[str, str]:
        """(source, id) of the row this one derives from: itself, or what a translation translates.

        Team translations name their original as `note = "<source>:<id>"`."""
        if self.source.startswith(TRANSLATIONS) and ":" in self.note:
            source, _, row_id = self.note.rpartition(":")
            return source, row_id
        return self.source, self.id

    @property
    def held_out(self) -> bool:
        source, row_id = self.origin
        return is_held_out(source, group_of(row_id))


def group_of(row_id: str) -> str:
    """Translations and conversation turns of one item share a group (and so a split side)."""
    return _TURN_PART.sub("", _LANGUAGE_PART.sub("", row_id))


def bucket(key: str, buckets: int) -> int:
    """A stable bucket in range(buckets) for a key (the first four bytes of its SHA-256)."""
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:4], "big") % buckets


def is_held_out(source: str, group: str) -> bool:
    return bucket(f"{source}:{group}", HELD_OUT_SHARE) == 0


def read_file(path: Path, source: str) -> Iterator[Row]:
    with path.open(newline="", encoding="utf-8") as handle:
        for raw in csv.DictReader(handle):
            label = raw["label"].strip().lower()
            if label not in LABELS:
                raise ValueError(f"{source}: label must be one of {LABELS}, got {label!r}")
            yield Row(
                source=source,
                id=raw.get("id") or "",
                prompt=raw["prompt"],
                type=(raw.get("type") or "").strip(),
                label=label,
                focus=(raw.get("focus") or "").strip(),
                note=(raw.get("note") or "").strip(),
            )


def files() -> list[tuple[Path, str]]:
    """Every corpus file with its source name, in a fixed order."""
    found = [(p, p.stem) for p in sorted(SOURCES.glob("*.csv"))]
    found += [(p, f"team/{p.stem}") for p in sorted(TEAM.glob("*.csv"))]
    return found


def rows() -> Iterator[Row]:
    for path, source in files():
        yield from read_file(path, source)


# --- hazard categories of harmful rows ---------------------------------------------------

H = Hazard
# (source, substring of `note`) → category. First match wins; None: decided by words below.
SOURCE_CATEGORIES: tuple[tuple[str, str, Hazard | None], ...] = (
    ("attaq", "violence", H.VIOLENT_CRIMES),
    ("attaq", "deception", H.NON_VIOLENT_CRIMES),
    ("attaq", "explicit_content", H.SEXUAL_CONTENT),
    ("attaq", "substance_abuse", H.NON_VIOLENT_CRIMES),
    ("attaq", "discrimination", H.HATE),
    ("attaq", "pii", H.PRIVACY),
    ("catqa", "Physical Harm", H.VIOLENT_CRIMES),
    ("catqa", "Adult Content", H.SEXUAL_CONTENT),
    ("catqa", "Political Campaigning", H.ELECTIONS),
    ("catqa", "Privacy Violation", H.PRIVACY),
    ("catqa", "Hate", H.HATE),
    ("catqa", "Child Abuse", None),
    ("catqa", "Tailored Financial Advice", None),
    ("catqa", "", H.NON_VIOLENT_CRIMES),  # illegal activity, malware, economic harm, fraud
    ("forbidden_questions", "Physical Harm", H.VIOLENT_CRIMES),
    ("forbidden_questions", "Pornography", H.SEXUAL_CONTENT),
    ("forbidden_questions", "Hate", H.HATE),
    ("forbidden_questions", "Privacy", H.PRIVACY),
    ("forbidden_questions", "Gov Decision", None),
    ("forbidden_questions", "", H.NON_VIOLENT_CRIMES),
    ("salad_base", "Self-Harm", H.SELF_HARM),
    ("salad_base", "Sexual Offenses", H.SEX_CRIMES),
    ("salad_base", "Child Abuse", None),
    ("salad_base", "Pornography", H.SEXUAL_CONTENT),
    ("salad_base", "Erotic", H.SEXUAL_CONTENT),
    ("salad_base", "Sexual Activity", H.SEXUAL_CONTENT),
    ("salad_base", "Stereotyping", H.HATE),
    ("salad_base", "Insult", H.HATE),
    ("salad_base", "Hate", H.HATE),
    ("salad_base", "Defamation", H.DEFAMATION),
    ("salad_base", "Plagiarism", H.INTELLECTUAL_PROPERTY),
    ("salad_base", "Copyright", H.INTELLECTUAL_PROPERTY),
    ("salad_base", "Terrorism", H.VIOLENT_CRIMES),
    ("salad_base", "Violent", H.VIOLENT_CRIMES),
    ("salad_base", "Pain", H.VIOLENT_CRIMES),
    ("salad_base", "Surveillance", H.PRIVACY),
    ("salad_base", "Personal Information", H.PRIVACY),
    ("salad_base", "Private Information", H.PRIVACY),
    ("salad_base", "Weapon", None),
    ("salad_base", "Disinformation", None),
    ("salad_base", "Rumors", None),
    ("salad_base", "Public Opinion", None),
    ("salad_base", "Critical", None),
    ("salad_base", "", H.NON_VIOLENT_CRIMES),
    ("coconot", "copyright", H.INTELLECTUAL_PROPERTY),
    ("coconot", "privacy", H.PRIVACY),
    ("coconot", "offensive", H.HATE),
    ("xsafety", "Crimes_And_Illegal", H.NON_VIOLENT_CRIMES),
    ("xsafety", "Insult", H.HATE),
    ("xsafety", "Goal_Hijacking", H.PROMPT_ATTACK),
)
# Unambiguous words, most specific category first; they label rows the source leaves open, and
# override the source for the categories whose refusal differs most (self-harm, children, CBRNE).
WORD_CATEGORIES: tuple[tuple[Hazard, re.Pattern[str]], ...] = tuple(
    (category, re.compile(pattern))
    for category, pattern in (
        (
            H.SELF_HARM,
            r"\b(?:suicide|suicidal|kill myself|end my (?:own )?life|self[- ]harm|cut myself|"
            r"hurt myself|starve myself|take my own life|overdose)\b",
        ),
        (
            H.CHILD_EXPLOITATION,
            r"\b(?:child|children|minor|minors|kid|kids|underage|preteen|\d+[- ]year[- ]old)\b"
            r".{0,60}\b(?:sex|sexual|sexually|nude|naked|porn|pornographic|explicit|groom)",
        ),
        (
            H.INDISCRIMINATE_WEAPONS,
            r"\b(?:bomb|bombs|explosive|explosives|nerve agent|sarin|anthrax|bioweapon|"
            r"biological weapon|chemical weapon|nuclear weapon|dirty bomb|ricin|mustard gas|"
            r"grenade|tnt|napalm|pathogen|uranium|radiological|weapon of mass)",
        ),
        (H.SEX_CRIMES, r"\b(?:rape|raping|sexual assault|sexually assault|sex traffick|molest)"),
        (H.SEXUAL_CONTENT, r"\b(?:porn|pornographic|erotic|explicit sex|sex scene|nude)"),
        (
            H.ELECTIONS,
            r"\b(?:election|elections|voting|voter|voters|ballot|ballots|polling station)\b",
        ),
        (H.DEFAMATION, r"\b(?:defam|slander|libel|false rumou?r|smear campaign)"),
        (
            H.INTELLECTUAL_PROPERTY,
            r"\b(?:pirat|torrent|copyrighted|plagiar|crack(?:ed)? (?:software|drm)|bypass drm)",
        ),
        (
            H.PRIVACY,
            r"\b(?:home address|social security|ssn|doxx|dox |track (?:someone|my|her|his)|"
            r"spy on|personal information|private information)",
        ),
        (
            H.HATE,
            r"\b(?:racist|racism|hate speech|slur|slurs|inferior race|white supremac|nazi|"
            r"antisemit|homophob|sexist)",
        ),
        (
            H.NON_VIOLENT_CRIMES,
            r"\b(?:hack|hacking|malware|virus|ransomware|phish|phishing|scam|fraud|steal|"
            r"launder|meth|cocaine|heroin|counterfeit|forge|shoplift|ddos|keylogger|botnet|"
            r"smuggl|blackmail|extort|bribe|tax evasion|evade taxes)",
        ),
        (
            H.VIOLENT_CRIMES,
            r"\b(?:kill|murder|assault|stab|shoot|poison|kidnap|torture|terroris|attack|"
            r"hurt|beat up|massacre)",
        ),
    )
)
_OVERRIDING = frozenset({H.SELF_HARM, H.CHILD_EXPLOITATION, H.INDISCRIMINATE_WEAPONS})


def category_of(row: Row) -> Hazard | None:
    """The hazard category of a harmful row: from the source's own label where it maps onto the
    taxonomy (`SOURCE_CATEGORIES`), else from unambiguous words (`WORD_CATEGORIES`), else None."""
    if row.source.startswith("team/"):
        return Hazard(row.note) if row.note in Hazard.__members__ else _by_words(row.prompt)
    mapped: Hazard | None = None
    for source, note, category in SOURCE_CATEGORIES:
        if row.source == source and note in row.note:
            mapped = category
            break
    by_words = _by_words(row.prompt)
    if by_words in _OVERRIDING or mapped is None:
        return by_words
    return mapped


def _by_words(prompt: str) -> Hazard | None:
    text = prompt.lower()
    for category, pattern in WORD_CATEGORIES:
        if pattern.search(text):
            return category
    return None
