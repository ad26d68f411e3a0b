"""Every Python example in docs/ runs. A page's blocks run in order in one namespace, so a
later block may use what an earlier one made. A line `# prints: text` after a statement
promises that the block prints `text` somewhere."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "docs").glob("*.md"))


def python_blocks(markdown: str):
    return re.findall(r"```python\n(.*?)```", markdown, flags=re.S)


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_docs_page_examples_run(page, monkeypatch):
    monkeypatch.chdir(ROOT)
    namespace: dict = {}
    for number, code in enumerate(python_blocks(page.read_text()), start=1):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, f"{page.name} block {number}", "exec"), namespace)
        printed = out.getvalue()
        for promise in re.findall(r"# prints: (.*)", code):
            assert promise.strip() in printed, f"{page.name} block {number}: {promise!r}"
