"""Shared helpers for the Python tests."""

from __future__ import annotations

import inspect

import libls
from libls import _core


def described_classes():
    """Every class the generic binder made (they all have from_json)."""
    return [obj for _, obj in inspect.getmembers(_core, inspect.isclass)
            if hasattr(obj, "from_json")]


def field_names(cls):
    """Data members as listed in the generated class docstring (one 'name : type' line each)."""
    doc = cls.__doc__.split("----------\n", 1)[1]
    return [line.split(" : ")[0] for line in doc.splitlines() if " : " in line]


def where_are_we_now_scale() -> libls.ResponseScale:
    option = libls.ScaleOption
    return libls.ResponseScale(id="agreement-5-no-opinion", options=[
        option(code=5, label="strongly agree", favorable=True),
        option(code=4, label="agree", favorable=True),
        option(code=3, label="no opinion", non_substantive=True),
        option(code=2, label="disagree"),
        option(code=1, label="strongly disagree"),
    ])
