"""Item codings from Python: how stored codes become numbers."""

from __future__ import annotations

import math

import pytest

import libls


def test_an_item_coding_keeps_missing_and_no_opinion_apart_and_reverses():
    scale = libls.builtin_instrument("where_are_we_now").scale_of("vision")
    coding = libls.item_coding(scale)
    assert coding.kind_of(-128) == libls.AnswerKind.missing
    assert coding.kind_of(3) == libls.AnswerKind.non_substantive
    assert math.isnan(coding.value_of(3))
    assert coding.value_of(5) == 5 and coding.is_favorable(5)
    reversed_ = libls.item_coding(scale, reverse_keyed=True)
    assert reversed_.value_of(5) == 1 and reversed_.is_favorable(1)
    as_code = libls.item_coding(scale, policy=libls.NonSubstantivePolicy.score_as_code)
    assert as_code.value_of(3) == 3


def test_codings_for_the_items_of_an_instrument():
    instrument = libls.builtin_instrument("where_are_we_now")
    codings = libls.codings_for(instrument, ["vision", "definition"])
    assert len(codings) == 2
    with pytest.raises(libls.Error, match="nope"):
        libls.codings_for(instrument, ["nope"])
    assert libls.item_coding(libls.integer_scale(1, 6)).value_of(6) == 6
