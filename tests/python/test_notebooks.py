"""The notebooks in examples/notebooks run from top to bottom without an error, and show
what they promise (tables as HTML, plots as images)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import nbformat
import pytest
from nbclient import NotebookClient

FOLDER = Path(__file__).resolve().parents[2] / "examples" / "notebooks"


class Shows(NamedTuple):
    """The least a notebook must display once it has run."""

    html: int  # outputs with text/html: libls displays and pandas frames
    png: int  # images: the plots


# Every notebook, with what it shows. A new notebook is one line here.
EXPECTED = {
    # instrument, matrix or analysis, frame; the Likert and school plots
    "scoring-a-district-survey.ipynb": Shows(html=3, png=2),
    # catalogs, crosswalk, organization, KASAB chart, six factors, cycle log and overview,
    # IC distributions, protocol budget and report, instrument; the profile and cycle plots
    "a-tour-of-the-vocabulary.ipynb": Shows(html=17, png=2),
    # the district comparison's display and frame, the schools against one, the hidden
    # schools; the group means and differences plots
    "comparing-districts.ipynb": Shows(html=4, png=2),
}


def outputs(notebook, kind: str) -> int:
    return sum(kind in output.get("data", {})
               for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_notebook_runs(name):
    path = FOLDER / name
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    errors = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs
              if o.output_type == "error"]
    assert not errors
    shown = Shows(html=outputs(notebook, "text/html"), png=outputs(notebook, "image/png"))
    assert shown.html >= EXPECTED[name].html, shown
    assert shown.png >= EXPECTED[name].png, shown


def test_every_notebook_has_expectations():
    assert sorted(p.name for p in FOLDER.glob("*.ipynb")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_notebooks_are_committed_without_outputs(name):
    notebook = nbformat.read(FOLDER / name, as_version=4)
    nbformat.validate(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]
