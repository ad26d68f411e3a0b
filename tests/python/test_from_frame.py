"""Responses from pandas frames: codes and labels, metadata, long frames, and every bad
answer reported with its row and column."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import libls

M = -128


@pytest.fixture
def wawn():
    return libls.builtin_instrument("where_are_we_now")


def test_a_wide_frame_of_labels_and_codes_gives_the_codes(wawn):
    items = wawn.rated_item_ids()
    frame = pd.DataFrame({
        "school": ["A", "A", "B"],
        items[0]: ["Agree", " strongly agree ", None],          # labels, any case and spaces
        items[1]: pd.Categorical(["disagree", "no opinion", "agree"]),
        items[2]: [4, 5, np.nan],                               # codes, a missing answer
        items[3]: ["4", "", "1"],                               # codes written as text
        items[4]: [1, 2, 3],
        "note": ["x", "y", "z"],                                 # not an item: left alone
    })
    m = libls.responses_from_frame(frame, wawn, metadata={"school": "school"})
    assert m.items == items
    assert m.codes.tolist() == [[4, 2, 4, 4, 1], [5, 3, 5, M, 2], [M, 4, M, 1, 3]]
    assert m.school.categories == ["A", "B"] and m.school.codes.tolist() == [0, 0, 1]


def test_every_answer_not_on_the_scale_is_reported_with_row_and_column(wawn):
    items = wawn.rated_item_ids()
    frame = pd.DataFrame({items[0]: ["agree", "agreed", "maybe"], items[1]: [4, 9, 4],
                          items[2]: [4, 4, 4], items[3]: [4, 4, 4], items[4]: [4, 4, 2.5]})
    with pytest.raises(libls.ValidationError) as caught:
        libls.responses_from_frame(frame, wawn)
    paths = [(i.code, i.path) for i in caught.value.issues]
    assert paths == [("frame.not_on_scale", f"/rows/1/{items[0]}"),
                     ("frame.not_on_scale", f"/rows/2/{items[0]}"),
                     ("frame.not_on_scale", f"/rows/1/{items[1]}"),
                     ("frame.not_on_scale", f"/rows/2/{items[4]}")]
    assert "'agreed'" in caught.value.issues[0].message


def test_many_bad_answers_are_named_then_counted(wawn):
    items = wawn.rated_item_ids()
    frame = pd.DataFrame({item: [4] * 50 for item in items})
    frame[items[0]] = 8
    with pytest.raises(libls.ValidationError) as caught:
        libls.responses_from_frame(frame, wawn)
    issues = caught.value.issues
    assert len(issues) == 21 and issues[-1].path == f"/columns/{items[0]}"
    assert "30 more" in issues[-1].message and "50 in all" in issues[-1].message


def test_columns_mapped_to_items_and_wrong_mappings(wawn):
    items = wawn.rated_item_ids()
    frame = pd.DataFrame({f"Q{j}": [j % 5 + 1] for j in range(len(items))})
    m = libls.responses_from_frame(frame, wawn, items={f"Q{j}": item for j, item in enumerate(items)})
    assert m.codes.tolist() == [[1, 2, 3, 4, 5]]
    with pytest.raises(libls.Error, match="no column 'Q9'"):
        libls.responses_from_frame(frame, wawn, items={"Q9": items[0]})
    with pytest.raises(libls.Error, match="'nonsense' is not a rated item"):
        libls.responses_from_frame(frame, wawn, items={"Q0": "nonsense"})
    with pytest.raises(libls.Error, match="no column of the frame is named"):
        libls.responses_from_frame(frame, wawn)


def test_a_long_frame_gives_the_same_matrix_as_the_wide_one(wawn):
    items = wawn.rated_item_ids()
    wide = pd.DataFrame({"id": ["r1", "r2"], "school": ["A", "B"],
                         **{item: [4, "disagree"] for item in items}})
    long = wide.melt(id_vars=["id", "school"], var_name="item", value_name="answer")
    long = long.drop(index=1)  # r2 skipped the first item: missing
    a = libls.responses_from_long_frame(long, wawn, respondent="id", metadata={"school": "school"})
    assert a.codes.tolist() == [[4, 4, 4, 4, 4], [M, 2, 2, 2, 2]]
    assert a.ids == ["r1", "r2"] and a.school.categories == ["A", "B"]


def test_a_long_frame_with_unknown_items_or_repeated_answers_is_refused(wawn):
    items = wawn.rated_item_ids()
    long = pd.DataFrame({"respondent": ["r1", "r1", "r1"], "item": [items[0], items[0], "zzz"],
                         "answer": [4, 5, 4]})
    with pytest.raises(libls.ValidationError) as caught:
        libls.responses_from_long_frame(long, wawn)
    assert [(i.code, i.path) for i in caught.value.issues] == [
        ("frame.unknown_item", "/rows/2/item"), ("frame.repeated_answer", "/rows/1")]


def test_a_frame_scored_end_to_end(wawn):
    items = wawn.rated_item_ids()
    frame = pd.DataFrame({"school": ["A"] * 6 + ["B"] * 6,
                          **{item: ["agree"] * 6 + ["disagree"] * 6 for item in items}})
    m = libls.responses_from_frame(frame, wawn, metadata={"school": "school"})
    plan = libls.scoring_plan(wawn, items)
    table = libls.analyse(np.asfortranarray(m.codes), plan,
                          [("school", m.school.codes, m.school.categories)]).groups.to_frame()
    schools = table[table["level"] == "school"].set_index("group")
    assert schools.loc["A", "mean"] == 4.0 and schools.loc["B", "mean"] == 2.0


def test_a_matrix_gives_its_metadata_levels_top_down(wawn):
    items = wawn.rated_item_ids()
    frame = pd.DataFrame({"district": ["d1", "d1", "d2"], "school": ["A", "B", "C"],
                          **{item: [4, 4, 4] for item in items}})
    m = libls.responses_from_frame(frame, wawn, metadata={"system": "district", "school": "school"})
    levels = m.levels()
    assert [(name, codes.tolist(), labels) for name, codes, labels in levels] == [
        ("system", [0, 0, 1], ["d1", "d2"]), ("school", [0, 1, 2], ["A", "B", "C"])]
    assert not levels[0][1].flags.writeable
