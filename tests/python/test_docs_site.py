"""The documentation site builds with warnings as errors (scripts/build-docs: Doxygen, then
Sphinx with -W), and holds what it promises: a page for every docs/*.md, every public
Python name in the Python reference, the C++ reference, and the sources of the methods."""

from __future__ import annotations

import html
import importlib
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import libls
import libls.plots

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "docs").glob("*.md"))


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("docs") / "html"
    env = dict(os.environ, LS_DOCS_PYTHON=sys.executable)
    run = subprocess.run(["bash", str(ROOT / "scripts" / "build-docs"), str(out)], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=900)
    printed = run.stdout + run.stderr
    assert run.returncode == 0, printed
    # -W and WARN_AS_ERROR already turn a warning into a failure; none may slip through.
    assert not re.search(r"WARNING:|: (warning|error):", run.stderr), run.stderr
    return out


def test_every_docs_page_is_a_page_of_the_site(site):
    missing = [p.name for p in PAGES if not (site / f"{p.stem}.html").is_file()]
    assert missing == []


def test_every_page_is_reachable_from_the_index(site):
    index = (site / "index.html").read_text()
    unlinked = [p.stem for p in PAGES
                if p.stem != "index" and f'href="{p.stem}.html"' not in index]
    assert unlinked == []


def test_every_public_python_name_is_in_the_python_reference(site):
    reference = (site / "python_api.html").read_text()
    missing = [name for name in libls.__all__ if f'id="libls.{name}"' not in reference]
    assert missing == []
    plots = [name for name, value in vars(libls.plots).items()
             if inspect.isfunction(value) and value.__module__ == "libls.plots"
             and not name.startswith("_")]
    assert plots, "libls.plots has public functions"
    assert [n for n in plots if f'id="libls.plots.{n}"' not in reference] == []
    report = importlib.import_module("libls.report")
    assert [n for n in report.__all__ if f'id="libls.report.{n}"' not in reference] == []


def test_python_reference_shows_docstrings_and_members(site):
    reference = (site / "python_api.html").read_text()
    assert 'id="libls.ResponseScale.from_json"' in reference
    assert 'id="libls.cronbach_alpha"' in reference
    # The summary line of a docstring (after pybind11's signature line), as text.
    summary = libls.within_group_agreement.__doc__.strip().split("\n\n")[1].splitlines()[0]
    text = html.unescape(re.sub(r"<[^>]+>", "", reference)).replace("\u2019", "'")
    assert " ".join(summary.split()[:6]) in " ".join(text.split())


def test_cpp_reference_is_in_the_site(site):
    cpp = site / "cpp"
    assert (cpp / "index.html").is_file()
    assert (cpp / "classls_1_1validation__error.html").is_file()
    assert (cpp / "structls_1_1aggregate_1_1group__table.html").is_file()
    assert "analyse" in (cpp / "namespacels_1_1analysis.html").read_text()
    assert "cronbach_alpha" in (cpp / "namespacels_1_1stats.html").read_text()
    # ls::detail and the versioned inline namespace stay out of the reference.
    assert not list(cpp.glob("*detail*.html"))
    assert not list(cpp.glob("namespacels_1_1v0*"))
    links = re.findall(r'href="(cpp/[^"#]*)', (site / "cpp_api.html").read_text())
    assert "cpp/index.html" in links
    assert [link for link in links if not (site / link).is_file()] == []


def test_methods_page_has_formulas_and_their_sources(site):
    methods = (site / "methods.html").read_text()
    assert methods.count('class="math') >= 20
    sources = ["Cronbach, L. J. (1951)", "Feldt, L. S. (1965)",
               "James, L. R., Demaree, R. G., &amp; Wolf, G. (1984)", "(1993)",
               "Burke, M. J., Finkelstein, L. M., &amp; Dusig, M. S. (1999)",
               "Brown, R. D., &amp; Hauenstein, N. M. A. (2005)", "Bliese, P. D. (2000)",
               "Krippendorff, K. (2004)", "Krippendorff, K. (2011)", "Student (1908)"]
    assert [s for s in sources if s not in methods] == []
    for heading in ("Cronbach", "rwg", "Average deviation", "awg", "ICC(1)",
                    "Krippendorff", "t interval", "Percent favorable", "pro-rated",
                    "complementary suppression", "Comparing groups"):
        assert re.search(rf"<h2>[^<]*{re.escape(heading)}", methods, flags=re.I), heading
