"""The shipped type stubs describe the module as it is."""

from __future__ import annotations

import ast
import enum
import inspect
import subprocess
import sys
from pathlib import Path

import libls
from libls import _core

STUB = Path(libls.__file__).parent / "_core.pyi"


def member_name(node):
    if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        return node.name
    if isinstance(node, ast.AnnAssign):
        return node.target.id
    return None  # docstrings and other expressions


def stub_names():
    tree = ast.parse(STUB.read_text())
    names = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            names[node.name] = {member_name(n) for n in node.body} - {None}
        elif isinstance(node, ast.FunctionDef):
            names[node.name] = set()
    return names


def test_every_public_name_and_member_has_a_stub():
    stubs = stub_names()
    for name, obj in inspect.getmembers(_core):
        if name.startswith("_") or inspect.ismodule(obj):
            continue
        assert name in stubs, f"{name} has no stub"
        if inspect.isclass(obj) and not issubclass(obj, enum.Enum):
            for member in vars(obj):
                if not member.startswith("_"):
                    assert member in stubs[name], f"{name}.{member} has no stub"


def test_every_public_name_has_a_docstring():
    for name, obj in inspect.getmembers(_core):
        if not name.startswith("_") and (inspect.isclass(obj) or callable(obj)):
            assert obj.__doc__, f"{name} has no docstring"


def test_committed_stubs_are_current(tmp_path):
    subprocess.run([sys.executable, "-m", "pybind11_stubgen", "libls._core",
                    "--output-dir", str(tmp_path)], check=True, capture_output=True)
    generated = (tmp_path / "libls" / "_core.pyi").read_text()
    # scripts/generate-stubs adds the import the to_frame methods' return type needs.
    generated = generated.replace("\nimport numpy\n", "\nimport numpy\nimport pandas\n", 1)
    assert generated == STUB.read_text(), "run scripts/generate-stubs"
