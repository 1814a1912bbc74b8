from __future__ import annotations

import dataclasses

from chat.governance import corpus, lexical, lexicons
from chat.governance.normalize import CLAUSES_FROM_CHARS, normalize, renderable


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


def test_a_long_message_is_split_into_clauses_that_cover_its_words() -> None:
    n = normalize("First part, still the first. Second one? Third! " + "filler words " * 12)
    assert n.clauses is not None
    assert [n.match[start:end] for start, end, _ in n.clauses][:3] == [
        "first part, still the first.",
        "second one?",
        "third!",
    ]
    assert frozenset().union(*(words for _, _, words in n.clauses)) == n.token_set
    assert normalize("A short message. Two clauses.").clauses is None


def test_a_harmful_clause_inside_a_long_message_is_found() -> None:
    filler = "I have been reading about gardening and planning my week. " * 4
    n = normalize(filler + "How do I poison my neighbour without getting caught? " + filler)
    assert n.clauses is not None
    assert lexical.assess_harm(n)[0] is not lexical.HarmCategory.NONE


def test_gated_patterns_find_the_same_matches_clause_by_clause_as_in_the_whole_text() -> None:
    """Rules relate words inside one clause: searching only the clauses whose words open a
    pattern's gate finds exactly what a search of the whole text finds, on every long corpus
    prompt."""
    gated = lexicons.all_gated()
    checked = 0
    for row in corpus.rows():
        if len(row.prompt) < CLAUSES_FROM_CHARS:
            continue
        n = normalize(row.prompt[:2_000])
        if n.clauses is None:
            continue
        whole = dataclasses.replace(n, clauses=None)
        for pattern in gated:
            spans = [m.span() for m in pattern.finditer(n)]
            assert spans == [m.span() for m in pattern.finditer(whole)], row.prompt[:80]
            found = pattern.search(n)
            expected = pattern.search(whole)
            assert (found and found.span()) == (expected and expected.span())
        checked += 1
    assert checked > 4_000
