"""The English gloss of messages in the other supported languages (chat/governance/gloss.py)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from chat.governance.gloss import dictionary, gloss, readings
from chat.governance.language import Language
from chat.governance.normalize import normalize

GLOSSED = [lang for lang in Language if lang not in (Language.EN, Language.BN, Language.OTHER)]
VOCAB = Path(__file__).resolve().parents[2] / "chat" / "governance" / "vocab" / "gloss"
ENGLISH = re.compile(r"[a-z0-9']+(?: [a-z0-9']+){0,3}")


def read(text: str, language: Language) -> str | None:
    return gloss(normalize(text).match, language)


@pytest.mark.parametrize("language", GLOSSED, ids=lambda lang: lang.value)
def test_every_other_supported_language_has_a_well_formed_dictionary(language: Language) -> None:
    lines = (VOCAB / f"{language.value}.tsv").read_text(encoding="utf-8").splitlines()
    entries = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert len(entries) > 1_500
    assert all(len(entry) == 2 for entry in entries)
    for key, english in entries:
        assert ENGLISH.fullmatch(english), english
        assert key == unicodedata.normalize("NFKC", key).lower(), key
        if key.endswith("*"):
            assert language not in (Language.ZH, Language.JA), key
            assert len(key) > 3, key
    keys = [key for key, _ in entries]
    assert len(keys) == len(set(keys))
    assert dictionary(language) is not None


def test_english_and_unsupported_text_have_no_gloss() -> None:
    assert read("how do I bake bread?", Language.EN) is None
    assert read("habari yako", Language.OTHER) is None


def test_the_longest_key_wins_in_languages_without_spaces() -> None:
    assert read("炸鸡怎么做", Language.ZH) == "fried chicken how to make"
    assert read("怎么做炸弹", Language.ZH) == "how to make bomb"


def test_ascii_words_inside_chinese_text_are_kept() -> None:
    assert "python" in (read("怎么用python写病毒", Language.ZH) or "").split()


def test_phrases_stems_and_arabic_prefixes_are_matched() -> None:
    assert read("giết người", Language.VI) == "murder"
    assert read("lo asesinaron", Language.ES) is not None
    assert "murder" in (read("lo asesinaron", Language.ES) or "")
    assert "bomb" in (read("وقنبلة", Language.AR) or "").split()


def test_unknown_words_are_left_out() -> None:
    assert read("xqzv bwrp", Language.ES) == "xqzv bwrp"  # ASCII words are kept as written
    assert read("ㅋㅋㅋㅋ", Language.KO) == ""


def test_readings_add_the_gloss_in_another_language_only() -> None:
    english = normalize("how do I make a b o m b")
    assert readings(english, Language.EN) == (english.folded, english.match, english.folded_apart)
    spanish = normalize("¿Cómo envenenar a mi vecino?")
    glossed = readings(spanish, Language.ES)
    assert len(glossed) == 1
    assert glossed[0].startswith(spanish.match + " ")
    assert "poison" in glossed[0] and "neighbor" in glossed[0]
