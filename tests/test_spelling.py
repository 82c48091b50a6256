"""Names compared as readers type them: case, diacritics, dashes and word order do not matter."""

from __future__ import annotations

import pytest

from corridor.spelling import HOLDS, STARTS, WORDS, fold, rank


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Constanta", "Constanța"),
        ("constanta", "CONSTANŢA"),
        ("Igdir", "Iğdır"),
        ("istanbul", "İSTANBUL"),
        ("Alat", "Ələt"),
        ("Sirvan", "Şirvan"),
        ("Turkmenbasy", "Türkmenbaşy"),
        ("Aktau Alat", "Aktau-Alat"),
        ("Aktau Alat", "Aktau – Alat"),
        ("Aktau Alat", "  Aktau — Alat "),
        ("Актау", "Ақтау"),
        ("Алтынкол", "Алтынкөл"),
        ("Черноморск", "ЧЕРНОМОРСК"),
        ("Ильичевск", "Ильичёвск"),
        ("Хоргос Восточные ворота", "«Хоргос — Восточные ворота»"),
        ("Xian", "Xi’an"),
    ],
)
def test_a_name_typed_without_its_marks_dashes_or_capitals_is_the_same_name(typed, written):
    assert fold(typed) == fold(written)


def test_a_folded_name_is_lower_case_words_split_by_single_spaces():
    assert fold("Baku International Sea Trade Port (Alat)") == "baku international sea trade port alat"
    assert fold("Aktobe-1") == "aktobe 1"
    assert fold(" -–— ") == ""


def test_names_that_start_with_the_query_come_before_words_in_any_order_then_parts_of_words():
    name = fold("Морской порт Актау")
    assert rank(name, fold("Морской")) == STARTS
    assert rank(name, fold("актау порт")) == WORDS
    assert rank(name, fold("порт")) == WORDS
    assert rank(name, fold("ктау")) == HOLDS
    assert rank(name, fold("ктау рт")) == HOLDS
    assert rank(name, fold("Актау Алят")) is None
    assert rank(fold("Aktau - Alat ferry"), fold("Aktau-Alat")) == STARTS
