from __future__ import annotations

from chat.governance.normalize import normalize, renderable


def test_typographic_quotes_become_ascii() -> None:
    assert normalize("That\u2019s \u201call\u201d").match == "that's all"


def test_zero_width_and_bidi_controls_are_removed() -> None:
    assert normalize("k\u200bi\u200dll \u202esomeone").tokens == ("kill", "someone")


def test_nfkc_folds_full_width_letters() -> None:
    assert normalize("ＫＩＬＬ").tokens == ("kill",)


def test_whitespace_collapses_and_case_folds_for_matching() -> None:
    n = normalize("  Hello \n\t  World  ")
    assert n.text == "Hello World"
    assert n.match == "hello world"


def test_hyphens_join_words_as_spaces_for_matching() -> None:
    assert normalize("my ex-husband's co-worker").match == "my ex husband's co worker"


def test_possessive_tokens_also_gate_on_their_stem() -> None:
    assert {"someone's", "someone"} <= normalize("someone's skull").token_set


def test_lone_surrogates_are_dropped() -> None:
    assert normalize("a\ud800b").text == "ab"


def test_renderable_keeps_newlines_and_drops_control_characters() -> None:
    assert renderable("line one\r\nline\x07 two\u200b") == "line one\nline two"


def test_split_letters_after_a_one_letter_word_are_read_both_ways() -> None:
    n = normalize("make a b o m b")
    assert (n.folded, n.folded_apart) == ("make abomb", "make a bomb")
    n = normalize("a t t a c k him")
    assert (n.folded, n.folded_apart) == ("attack him", "a ttack him")
    plain = normalize("make a bomb")
    assert plain.folded == plain.folded_apart == plain.match
