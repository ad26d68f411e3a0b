"""The shipped type stubs describe the module as it is, and every public name has a
docstring: the Python ones NumPy-style, with complete annotations."""

from __future__ import annotations

import ast
import enum
import importlib
import inspect
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

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


# ---------------------------------------------------------------------------------------
# The Python-level public names: the package's own functions and classes, every public
# submodule (found by walking the package, so a new one is covered when it lands), and
# the methods the package adds to the compiled classes (to_frame, _repr_html_). Each has
# a NumPy-style docstring and complete annotations: the .py files ship with py.typed, so
# their annotations are their stubs.

SECTIONS = ("Parameters", "Attributes", "Returns", "Yields", "Raises", "Warns", "See Also",
            "Notes", "References", "Examples")

# A public module may be exempt while its owner finishes it: strict, so the entry has to
# go once the module passes.
NOT_YET: dict[str, str] = {}


def numpy_sections(doc: str) -> dict[str, list[str]]:
    """{section title: its entry lines (the unindented ones)} of a NumPy-style docstring."""
    lines = inspect.cleandoc(doc).splitlines()
    sections: dict[str, list[str]] = {}
    current = None
    for at, line in enumerate(lines):
        underline = lines[at + 1].strip() if at + 1 < len(lines) else ""
        if line.strip() in SECTIONS and underline and set(underline) == {"-"}:
            current = sections.setdefault(line.strip(), [])
        elif current is not None and line.strip() and not line[0].isspace() \
                and set(line.strip()) != {"-"}:
            current.append(line.strip())
    return sections


def documented_names(entries: list[str]) -> set[str]:
    """The names of "name : type" entries (also "a, b : int" and a bare "name")."""
    return {name.strip().lstrip("*") for entry in entries
            for name in entry.split(" : ")[0].split(",")}


def raised_names(function) -> set[str]:
    """The exception classes the function's own body raises (not those of nested
    functions, nor a bare re-raise)."""
    try:
        source = textwrap.dedent(inspect.getsource(function))
    except (OSError, TypeError):
        return set()
    body = ast.parse(source).body[0]
    found, todo = set(), list(ast.iter_child_nodes(body))
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        if isinstance(node, ast.Raise) and node.exc is not None:
            raised = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            found.add(ast.unparse(raised).split(".")[-1])
        todo.extend(ast.iter_child_nodes(node))
    return found


def summary_problems(name: str, doc: str | None) -> list[str]:
    if not doc or not doc.strip():
        return [f"{name} has no docstring"]
    lines = inspect.cleandoc(doc).splitlines()
    if not lines[0].strip() or (len(lines) > 1 and lines[1].strip()):
        return [f"{name}: the docstring does not start with a one-line summary"]
    if not lines[0].rstrip().endswith("."):
        return [f"{name}: the summary line does not end with a period"]
    return []


def function_problems(name: str, function, doc: str | None = None,
                      is_init: bool = False) -> list[str]:
    """What a function's docstring and annotations lack; `doc` is where its parameters
    are documented (the class docstring for __init__)."""
    doc = function.__doc__ if doc is None else doc
    problems = [] if is_init else summary_problems(name, doc)
    if not doc:
        return problems
    sections = numpy_sections(doc)
    signature = inspect.signature(function)
    parameters = [p for p in signature.parameters.values() if p.name not in ("self", "cls")]
    for p in parameters:
        if p.annotation is inspect.Parameter.empty:
            problems.append(f"{name}: parameter {p.name} has no annotation")
    if signature.return_annotation is inspect.Signature.empty:
        problems.append(f"{name}: no return annotation")
    documented = documented_names(sections.get("Parameters", []))
    # A dataclass may document its generated __init__'s parameters as its attributes.
    attributes = documented_names(sections.get("Attributes", [])) if is_init else set()
    wanted = {p.name for p in parameters}
    if wanted - documented - attributes:
        problems.append(f"{name}: Parameters does not document "
                        f"{sorted(wanted - documented - attributes)}")
    if documented - wanted:
        problems.append(f"{name}: Parameters documents {sorted(documented - wanted)}, "
                        "which it does not take")
    returns = signature.return_annotation
    if not is_init and returns not in (None, "None", inspect.Signature.empty) \
            and not sections.get("Returns"):
        problems.append(f"{name}: returns {returns} but has no Returns section")
    raised = raised_names(function)
    said = " ".join(sections.get("Raises", []))
    missing = sorted(r for r in raised if r not in said.replace("libls.", "").split())
    if missing:
        problems.append(f"{name}: raises {missing} without saying so under Raises")
    return problems


def class_problems(name: str, cls) -> list[str]:
    problems = summary_problems(name, cls.__doc__)
    init = vars(cls).get("__init__")
    if inspect.isfunction(init):
        problems += function_problems(f"{name}.__init__", init, doc=cls.__doc__ or "",
                                      is_init=True)
    for member, value in vars(cls).items():
        if not member.startswith("_") and inspect.isfunction(value):
            problems += function_problems(f"{name}.{member}", value)
    return problems


def object_problems(name: str, obj) -> list[str]:
    if inspect.isclass(obj):
        return class_problems(name, obj)
    if inspect.isfunction(obj):
        return function_problems(name, obj)
    return []


def public_submodules() -> list[str]:
    return sorted(f"libls.{m.name}" for m in pkgutil.iter_modules(libls.__path__)
                  if not m.name.startswith("_"))


def public_names_of(module) -> dict[str, object]:
    """Its __all__, or else every function and class it defines without a leading _."""
    if hasattr(module, "__all__"):
        return {name: getattr(module, name) for name in module.__all__}
    return {name: obj for name, obj in vars(module).items()
            if not name.startswith("_") and (inspect.isfunction(obj) or inspect.isclass(obj))
            and getattr(obj, "__module__", None) == module.__name__}


def added_methods():
    """(class, name, function) of every Python function the package set on a _core class."""
    return [(cls, name, value) for _, cls in inspect.getmembers(_core, inspect.isclass)
            for name, value in vars(cls).items()
            if inspect.isfunction(value) and value.__module__.startswith("libls.")]


def test_the_walk_finds_the_public_modules_and_the_added_methods():
    assert {"libls.plots", "libls.cli"} <= set(public_submodules())
    names = {f"{cls.__name__}.{name}" for cls, name, _ in added_methods()}
    assert {"GroupTable.to_frame", "SurveyAnalysis.to_frame", "Reliability.to_frame",
            "KasabChart._repr_html_", "Instrument._repr_html_"} <= names


def test_the_packages_own_public_names_have_numpy_docstrings_and_annotations():
    own = {name: getattr(libls, name) for name in libls.__all__
           if getattr(libls, name) is not getattr(_core, name, None)}
    assert {"Error", "ValidationError", "responses_from_frame",
            "responses_from_long_frame"} <= set(own)
    problems = [p for name, obj in sorted(own.items()) for p in object_problems(name, obj)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", [
    pytest.param(m, marks=pytest.mark.xfail(strict=True, reason=NOT_YET[m])) if m in NOT_YET
    else m for m in public_submodules()])
def test_every_public_submodule_has_numpy_docstrings_and_annotations(name):
    module = importlib.import_module(name)
    problems = summary_problems(name, module.__doc__)
    problems += [p for member, obj in sorted(public_names_of(module).items())
                 for p in object_problems(f"{name}.{member}", obj)]
    assert not problems, "\n".join(problems)


def test_methods_added_to_core_classes_have_numpy_docstrings_and_stubs():
    stubs = stub_names()
    problems = []
    for cls, name, function in added_methods():
        where = f"{cls.__name__}.{name}"
        problems += function_problems(where, function)
        if name not in stubs.get(cls.__name__, set()):
            problems.append(f"{where} is not in _core.pyi: run scripts/generate-stubs")
    assert not problems, "\n".join(problems)


def test_the_checks_catch_what_they_are_for():
    def bare(x, y=2):
        return x

    def documented(x: int) -> int:
        """Twice x.

        Parameters
        ----------
        x : int

        Returns
        -------
        int
        """
        if x < 0:
            raise ValueError("negative")
        return 2 * x

    assert function_problems("bare", bare) == ["bare has no docstring"]
    bare.__doc__ = "Something."
    assert function_problems("bare", bare) == [
        "bare: parameter x has no annotation", "bare: parameter y has no annotation",
        "bare: no return annotation", "bare: Parameters does not document ['x', 'y']"]
    assert function_problems("documented", documented) == [
        "documented: raises ['ValueError'] without saying so under Raises"]
