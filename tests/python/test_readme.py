"""The README's Python example runs, and prints what its comments say it prints."""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def python_blocks(markdown: str):
    return re.findall(r"```python\n(.*?)```", markdown, flags=re.S)


def test_readme_python_example_prints_what_it_promises(monkeypatch):
    (code,) = python_blocks((ROOT / "README.md").read_text())
    promised = [line[2:] for line in code.splitlines() if line.startswith("# ")]
    assert promised, "the example states its expected output in '# ' comment lines"
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    printed = out.getvalue().splitlines()
    for line in promised:
        assert line in printed
    assert printed[0] == "4"
