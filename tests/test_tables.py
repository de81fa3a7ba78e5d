"""The table reader's steps, each on a table written for it."""

from __future__ import annotations

from extract import tables


def test_columns_are_named_from_the_header() -> None:
    assert tables.column_roles(["Löfte", "Aktivitet", "Status", "Kommentar"]) == [
        "promise", "activity", "status", "result"]
    assert tables.column_roles(["Ort", "Antal"]) is None  # no known column: not a follow-up table


def test_columns_are_guessed_without_a_header() -> None:
    rows = [["Polisen lovar att kontrollera mopeder", "Tolv kontroller gjordes", "Genomfört"],
            ["Kommunen lovar att sanera klotter", "Klotter sanerades inom ett dygn", "Delvis genomfört"]]

    def is_promise(cell: str) -> bool:
        return "lovar" in cell

    assert tables.guess_roles(rows, is_promise, under_promise=False) == ["promise", "result", "status"]
    activity_rows = [["Tolv kontroller", "Genomfört"], ["Två möten", "Pågår"]]
    assert tables.guess_roles(activity_rows, is_promise, under_promise=True) == ["activity", "status"]
    assert tables.guess_roles(activity_rows, is_promise, under_promise=False) is None


def test_rows_are_read_by_their_roles() -> None:
    roles = ["promise", "actor", "result", "status"]
    rows = [["Löfte 1: Polisen lovar att kontrollera mopeder", "Polisen och kommunen",
             "Tolv kontroller.\n\nTvå möten.", "Delvis genomfört"],
            ["", "", "Ett möte till.", ""],
            ["–", "", "", ""]]
    first, second, third = tables.read_rows(rows, roles)
    assert first.promise_text == "Polisen lovar att kontrollera mopeder"
    assert first.results == ["Tolv kontroller.", "Två möten."]
    assert (first.actors, first.status) == (["police", "municipality"], "partly_done")
    assert (second.promise_text, second.results, second.status) == ("", ["Ett möte till."], None)
    assert third.dashed and third.results == []
