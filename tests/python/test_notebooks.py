"""The notebooks in examples/notebooks run from top to bottom without an error, and show
what they promise (tables as HTML, plots as images)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "examples" / "notebooks").glob("*.ipynb"))


def outputs(notebook, kind: str) -> int:
    return sum(kind in output.get("data", {})
               for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path):
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    errors = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs
              if o.output_type == "error"]
    assert not errors
    assert outputs(notebook, "text/html") >= 3   # instrument, matrix or analysis, frame
    assert outputs(notebook, "image/png") >= 2   # the two plots


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS] == ["scoring-a-district-survey.ipynb"]
