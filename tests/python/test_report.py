"""libls.report: the HTML report has every section and plot, references nothing outside
itself, never shows a suppressed group with a number, and opens in headless Chromium."""

from __future__ import annotations

import base64
import html
import importlib
import io
import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import libls
import libls.report
from test_html import sample_assessment, sample_cycle_log

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "data" / "synthetic-district-responses.csv"
# Large enough that some learning teams (18 to 31 respondents) are suppressed, and others
# hidden to protect them; schools and districts stay published.
MIN_GROUP_SIZE = 25
LEVELS = ["system", "school", "team"]


class Page(HTMLParser):
    """The report parsed: per section (by id) its heading, images (alt, src), tables
    (caption, rows of cell texts) and text; every attribute value; the tags used."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: dict[str, dict] = {}
        self.order: list[str] = []
        self.attributes: list[tuple[str, str, str]] = []
        self.tags: list[str] = []
        self.nav: list[str] = []
        self._section = None
        self._in = {"h2": False, "caption": False}
        self._cell: str | None = None
        self._table: dict | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        self.attributes += [(tag, k, v or "") for k, v in attrs.items()]
        if tag == "section":
            self._section = {"title": "", "images": [], "tables": [], "text": []}
            self.sections[attrs["id"]] = self._section
            self.order.append(attrs["id"])
        elif tag == "a" and attrs.get("href", "").startswith("#"):
            self.nav.append(attrs["href"][1:])
        elif self._section is None:
            return
        elif tag == "img":
            self._section["images"].append((attrs.get("alt", ""), attrs.get("src", "")))
        elif tag in self._in:
            self._in[tag] = True
        elif tag == "table":
            self._table = {"caption": "", "rows": []}
            self._section["tables"].append(self._table)
        elif tag == "tr" and self._table is not None:
            self._table["rows"].append([])
        elif tag in ("td", "th") and self._table is not None:
            self._cell = ""

    def handle_endtag(self, tag):
        if tag == "section":
            self._section = None
        elif tag in self._in:
            self._in[tag] = False
        elif tag == "table":
            self._table = None
        elif tag in ("td", "th") and self._cell is not None and self._table is not None:
            self._table["rows"][-1].append(self._cell.strip())
            self._cell = None

    def handle_data(self, data):
        if self._section is None:
            return
        self._section["text"].append(data)
        if self._in["h2"]:
            self._section["title"] += data
        if self._in["caption"] and self._table is not None:
            self._table["caption"] += data
        elif self._cell is not None:
            self._cell += data

    def table(self, section: str, caption: str) -> list[list[str]]:
        found = [t["rows"] for t in self.sections[section]["tables"] if t["caption"] == caption]
        assert len(found) == 1, (caption, [t["caption"] for t in self.sections[section]["tables"]])
        return found[0]

    def text(self, section: str) -> str:
        return " ".join(self.sections[section]["text"])


def second_team_log() -> libls.CycleLog:
    S = libls.CycleStage
    return libls.CycleLog(team="grade_5", definition=libls.CycleDefinition.seven_steps, entries=[
        libls.CycleEntry(stage=S.analyze_data, iteration=1, started="2026-09-10", owner="coach")])


@pytest.fixture(scope="module")
def wawn() -> libls.Instrument:
    return libls.builtin_instrument("where_are_we_now")


@pytest.fixture(scope="module")
def figure_texts():
    """Every text drawn in any plot of the reports built in this module (tick labels,
    legends, titles), collected before the figure is turned into a PNG."""
    return []


@pytest.fixture(scope="module")
def built(wawn, figure_texts):
    from matplotlib.text import Text

    sections = importlib.import_module("libls._report_sections")  # where the builders are
    original = sections.embed_figure
    patch = pytest.MonkeyPatch()

    def recording(ax, alt, caption=""):
        figure_texts.extend(t.get_text() for t in ax.figure.findobj(Text) if t.get_text())
        return original(ax, alt, caption)

    patch.setattr(sections, "embed_figure", recording)
    options = libls.AnalysisOptions(groups=libls.AggregateOptions(min_group_size=MIN_GROUP_SIZE))
    report = libls.report.from_csv(SAMPLE, wawn, options, six_factor=[sample_assessment()],
                                   cycle_logs=[sample_cycle_log(), second_team_log()],
                                   as_of="2026-10-01", title="North, central & south <2026>")
    text = report.to_html()
    patch.undo()
    return report, text, Page(text)


def test_every_section_is_there_in_order_with_a_contents_entry(built):
    _, _, page = built
    assert page.order == ["about", "data", "overall", "reliability", "items",
                          *[f"level-{level}" for level in LEVELS], "comparison", "six-factor",
                          "cycles"]
    assert page.nav == page.order
    titles = {k: v["title"] for k, v in page.sections.items()}
    assert titles["level-team"] == "Results by learning team"
    assert titles["reliability"] == "Reliability"
    assert all(titles.values())


def compared_plots(report) -> int:
    """The differences plots the comparison section must have: one per level and subscale
    with a compared group."""
    count = 0
    for level in LEVELS:
        comparison = libls.compare_groups(report.analysis.groups,
                                          libls.ComparisonOptions(level=level))
        frame = comparison.to_frame()
        count += frame[frame["status"] == "compared"]["subscale"].nunique()
    return count


def test_every_plot_is_present_with_an_alt_text(built):
    report, _, page = built
    subscales = len(report.subscales)
    expected = {"about": 0, "data": 0, "overall": 0, "reliability": 0, "items": 1,
                **{f"level-{level}": subscales + 1 for level in LEVELS},  # means + heatmap
                "comparison": compared_plots(report), "six-factor": 1, "cycles": 1}
    assert expected["comparison"] == len(LEVELS) * subscales  # every level has compared groups
    assert {k: len(v["images"]) for k, v in page.sections.items()} == expected
    for section in page.sections.values():
        for alt, src in section["images"]:
            assert len(alt) > 40, alt
            assert src.startswith("data:image/png;base64,")
            with Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1]))) as png:
                assert png.format == "PNG"
                png.load()  # the whole image decodes (a cut one raises)
                assert png.width > 300 and png.height > 100
    alts = {k: [a for a, _ in v["images"]] for k, v in page.sections.items()}
    assert "Diverging bars" in alts["items"][0]
    assert "heatmap" in alts["level-school"][-1].lower()
    assert all("Welch interval" in a for a in alts["comparison"])
    assert "six factors" in alts["six-factor"][0] and "2 learning team(s)" in alts["cycles"][0]


def test_nothing_outside_the_file_is_referenced(built):
    _, text, page = built
    assert "script" not in page.tags and "link" not in page.tags and "iframe" not in page.tags
    for tag, name, value in page.attributes:
        if name in ("src", "href", "srcset", "action", "data"):
            assert value.startswith(("#", "data:")), (tag, name, value[:60])
        assert not name.startswith("on"), (tag, name)  # no event handlers either
    assert not re.search(r"url\(|@import|https?://", text.split("<body>", 1)[0])
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", text)
    policy = [v for t, k, v in page.attributes if t == "meta" and k == "content"
              and "default-src" in v]
    assert policy and "default-src 'none'" in policy[0] and "img-src data:" in policy[0]


def test_the_top_says_what_the_report_was_made_from(built, wawn):
    report, text, page = built
    about = page.text("about")
    assert SAMPLE.name in about and "/" not in SAMPLE.name
    assert f"{wawn.title} ({wawn.id}, version {wawn.version})" in about
    assert libls.__version__ in about and str(MIN_GROUP_SIZE) in about
    assert report.generated.date().isoformat() in about
    # The title is escaped.
    assert "<title>North, central &amp; south &lt;2026&gt;</title>" in text


def test_data_summary_counts_the_rows(built):
    report, _, page = built
    rows = page.table("data", "Rows of the file")
    read = report.read
    assert rows[1] == [str(read.rows_read), str(read.accepted), str(read.rejected),
                       str(read.blank_lines)]
    assert read.rows_read == 709 and read.rejected == 0
    assert "No row was rejected." in page.text("data")


def test_rejected_rows_are_listed_with_line_column_and_message_first_n_then_a_count(tmp_path, wawn):
    lines = SAMPLE.read_text().splitlines()
    bad = [line.rsplit(",", 1)[0] + ",sometimes" for line in lines[1:26]]  # 25 bad rows
    path = tmp_path / "with-errors.csv"
    path.write_text("\n".join([lines[0], *bad, *lines[26:]]) + "\n")
    with pytest.raises(libls.ValidationError) as refused:
        libls.report.from_csv(path, wawn)
    assert len(refused.value.issues) == 25
    report = libls.report.from_csv(path, wawn, skip_rejected=True)
    page = Page(report.to_html([libls.report.data_sections]))
    issues = page.table("data", "Issues found in the file (20 of 25 shown)")
    assert issues[0] == ["line", "column", "severity", "code", "message"]
    assert [row[0] for row in issues[1:]] == [str(n) for n in range(2, 22)]
    assert all(row[1] == "9 (learning_communities)" for row in issues[1:])
    assert issues[1][3] == "csv.unknown_answer" and "sometimes" in issues[1][4]
    assert "... and 5 more issues" in page.text("data")
    assert page.table("data", "Rows of the file")[1][:3] == ["709", "684", "25"]
    assert page.table("data", "Issues by code")[1:] == [["csv.unknown_answer", "25"]]


def test_reliability_gives_alpha_per_subscale_both_ways(built):
    report, _, page = built
    rows = page.table("reliability", "Cronbach's alpha")
    assert rows[0][:5] == ["subscale", "items", "alpha (listwise)", "complete rows",
                           "alpha (pairwise)"]
    for row, r in zip(rows[1:], report.analysis.reliability, strict=True):
        assert row[0] == r.subscale
        assert row[2] == f"{r.listwise.alpha:.3f}" and row[4] == f"{r.pairwise.alpha:.3f}"
        assert row[3] == str(r.listwise.complete_rows)


def test_undefined_alpha_says_why(wawn):
    # Four respondents who all give the same answers: no item varies.
    codes = np.asfortranarray(np.full((4, 5), 4, dtype=np.int8))
    matrix = libls.ResponseMatrix.from_numpy(codes, wawn.rated_item_ids())
    options = libls.AnalysisOptions(groups=libls.AggregateOptions(min_group_size=2))
    report = libls.report.from_matrix(matrix, wawn, options)
    page = Page(report.to_html([libls.report.reliability_sections]))
    row = page.table("reliability", "Cronbach's alpha")[1]
    assert row[2] == "undefined" and row[4] == "undefined"
    text = page.text("reliability")
    assert "Why alpha is undefined" in text
    assert "(listwise): error reliability.too_few_items at /alpha" in text
    assert "reliability.constant_item" in text


def test_each_level_lists_its_published_groups_with_their_numbers(built):
    report, _, page = built
    frame = report.analysis.to_frame()
    for level in LEVELS:
        for subscale in report.subscales:
            at = frame[(frame["level"] == level) & (frame["subscale"] == subscale)]
            published = at[at["suppression"] == "none"]
            rows = page.table(f"level-{level}", f"Published groups on {subscale}")
            header, body = rows[0], rows[1:]
            assert [r[0] for r in body] == list(published["group"])
            n, mean = header.index("n"), header.index("mean")
            assert [int(r[n]) for r in body] == list(published["n"])
            assert [r[mean] for r in body] == [f"{m:.2f}" for m in published["mean"]]
            assert ("rwg(j)" in header) == (level == "team")  # the lowest level by default
            suppressed = int((at["suppression"] != "none").sum())
            note = page.text(f"level-{level}")
            if suppressed:
                assert (f"{len(published)} of {len(at)} groups published; {suppressed} "
                        "suppressed") in note
            else:
                assert f"All {len(at)} groups are published." in note
    teams = frame[frame["level"] == "team"]
    # The test is about something: groups of both kinds of suppression exist.
    assert {"below_minimum", "complementary", "none"} <= set(teams["suppression"])


def test_no_suppressed_group_appears_with_a_number_anywhere(built, figure_texts):
    report, text, page = built
    frame = report.analysis.to_frame()
    hidden = frame[frame["suppression"] != "none"]
    every_cell = [(section, table["caption"], row)
                  for section, content in page.sections.items()
                  for table in content["tables"] for row in table["rows"]]
    compared = 0
    for section, caption, row in every_cell:
        for subscale in report.subscales:
            if caption == f"Published groups on {subscale}" or (
                    section == "comparison" and caption.startswith(f"{subscale}: against")):
                labels = set(hidden[hidden["subscale"] == subscale]["group"])
                assert not labels & set(row), row
                compared += section == "comparison"
    assert compared  # the comparison's tables were looked at
    # A group suppressed on every subscale is not even named: not in a cell, a text, an
    # alt text or a plot.
    everywhere = hidden.groupby("group")["subscale"].count() == len(report.subscales)
    names = set(everywhere[everywhere].index)
    assert names  # (MIN_GROUP_SIZE makes some)
    words = set(re.findall(r"[\w-]+", " ".join(" ".join(s["text"]) for s in page.sections.values())))
    alts = " ".join(a for s in page.sections.values() for a, _ in s["images"])
    assert figure_texts and not names & set(figure_texts)
    for name in names:
        assert name not in words and name not in alts
    # No n below the minimum in any table of group results.
    checked = 0
    for section, caption, row in every_cell:
        if caption.startswith("Published groups") or caption == "All respondents":
            header = next(t["rows"][0] for t in page.sections[section]["tables"]
                          if t["caption"] == caption)
            if row is not header:
                assert int(row[header.index("n")]) >= MIN_GROUP_SIZE, (caption, row)
                checked += 1
    assert checked == int((frame["suppression"] == "none").sum())
    for table in page.sections["comparison"]["tables"]:
        header, *body = table["rows"]
        assert body and all(int(row[header.index("n")]) >= MIN_GROUP_SIZE for row in body)


def test_several_subscales_and_other_level_names():
    from test_analysis import analyse_generated, generated_codes, reference_instrument

    plan, analysis = analyse_generated(min_group_size=5)
    report = libls.report.SurveyReport(
        instrument=reference_instrument(), analysis=analysis,
        distributions=libls.item_distributions(generated_codes(), plan))
    page = Page(report.to_html())
    levels = list(analysis.groups.levels)[1:]
    assert [i for i in page.order if i.startswith("level-")] == [f"level-{lv}" for lv in levels]
    assert len(report.subscales) > 1
    frame = analysis.to_frame()
    for level in levels:
        at = frame[frame["level"] == level]
        shown = [s for s in report.subscales
                 if (at[at["subscale"] == s]["suppression"] == "none").any()]
        assert len(page.sections[f"level-{level}"]["images"]) == len(shown) + bool(shown)
        for subscale in shown:
            rows = page.table(f"level-{level}", f"Published groups on {subscale}")
            mine = at[at["subscale"] == subscale]
            assert [r[0] for r in rows[1:]] == list(mine[mine["suppression"] == "none"]["group"])
    assert "From</dt><dd>(data given in Python)" in report.to_html([libls.report.about_sections])


def test_nothing_computed_from_answers_is_shown_when_all_respondents_are_too_few(wawn):
    codes = np.asfortranarray(np.array([[5, 4, 2, 1, 4], [2, 2, 4, 5, 1], [4, 5, 5, 4, 2]],
                                       dtype=np.int8))
    matrix = libls.ResponseMatrix.from_numpy(codes, wawn.rated_item_ids(),
                                             school=["a", "a", "b"])
    report = libls.report.from_matrix(matrix, wawn)  # minimum 5
    page = Page(report.to_html())
    assert page.order == ["about", "data"]
    assert "Fewer than 5 respondents" in page.text("data")
    assert "3" not in page.text("data") and not any(s["images"] for s in page.sections.values())


def test_six_factor_and_cycle_sections(built):
    _, _, page = built
    ratings = page.table("six-factor", "Ratings 1-4 (4: the factor is fully in place)")
    assert ratings[0] == ["factor", "p1", "p2", "group consensus", "team consensus"]
    assert len(ratings) == 1 + len(libls.support_factors())
    cycle = page.table("cycles", "Cycle overview as of 2026-10-01")
    assert [r[0] for r in cycle[1:]] == ["grade_4", "grade_5"]
    assert cycle[1][2] == "in progress" and cycle[1][4] == "2 of 7"
    assert cycle[1][3] == libls.describe_cycle_stage(libls.CycleStage.set_goals).title


def test_a_section_is_one_function(built):
    report, _, _ = built

    def comparison_sections(r: libls.report.SurveyReport) -> list[libls.report.Section]:
        results = r.results("school", r.subscales[0])
        return [libls.report.Section("comparison", "Comparison",
                                     f"<p>{len(results.published)} schools</p>")]

    builders = [libls.report.about_sections, comparison_sections]
    page = Page(report.to_html(builders))
    assert page.order == ["about", "comparison"]
    assert page.text("comparison") == "Comparison 12 schools"
    assert libls.report.level_sections in libls.report.SECTIONS
    with pytest.raises(ValueError, match="alt text"):
        libls.report.embed_figure(libls.report.figure_axes(), " ")


def test_write_makes_one_utf8_file(built, tmp_path):
    report, text, _ = built
    steps: list[str] = []
    out = report.write(tmp_path / "report.html", progress=steps.append)
    assert out.read_text(encoding="utf-8").count("<section ") == text.count("<section ")
    assert steps[0] == "report: about" and len(steps) == len(libls.report.SECTIONS)


# The report opened in a browser. On CI a missing Chromium fails the test.
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHECK = """<script>
window.addEventListener('load', function () {
  // Drawing an image on a canvas decodes it there and then; a picture that decoded has
  // pixels that are not white (axes, bars, text).
  function inked(image) {
    var canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    var context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    var pixels = context.getImageData(0, 0, canvas.width, canvas.height).data, count = 0;
    for (var at = 0; at < pixels.length; at += 4) {
      if (pixels[at + 3] > 0 && (pixels[at] < 200 || pixels[at + 1] < 200 || pixels[at + 2] < 200)) count++;
    }
    return count;
  }
  var images = Array.prototype.map.call(document.images, function (i) {
    var section = i.closest('section');
    var decoded = i.complete && i.naturalWidth > 0;
    return {section: section ? section.id : null, alt: i.alt, width: i.naturalWidth,
            decoded: decoded, inked: decoded ? inked(i) : 0};
  });
  var headings = Array.prototype.map.call(document.querySelectorAll('section > h2'),
                                          function (h) { return h.textContent; });
  var out = document.createElement('pre');
  out.id = 'libls-check';
  out.textContent = JSON.stringify({images: images, headings: headings});
  document.body.appendChild(out);
});
</script>"""


def test_the_report_opens_in_headless_chromium(built, tmp_path):
    if CHROMIUM is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed (scripts/test installs it)")
        pytest.skip("chromium is not installed")
    report, text, page = built
    # The copy allows this one inline script; the rest of the policy stays (an image
    # from outside would be blocked, reported on the console, and not decode).
    assert "script-src 'none'" in text
    checked = text.replace("script-src 'none'", "script-src 'unsafe-inline'").replace(
        "</body>", CHECK + "</body>")
    path = tmp_path / "report.html"
    path.write_text(checked, encoding="utf-8")
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr",
         "--v=0", "--virtual-time-budget=10000", f"--user-data-dir={tmp_path / 'profile'}",
         "--dump-dom", path.as_uri()],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    found = re.search(r'<pre id="libls-check">(.*?)</pre>', done.stdout, re.S)
    assert found, done.stdout[-2000:]
    result = json.loads(html.unescape(found.group(1)))
    assert result["headings"] == [page.sections[i]["title"] for i in page.order]
    images = result["images"]
    # a Likert plot, per level one group means plot and a heatmap, per level a differences
    # plot, a six-factor profile, the cycle progress
    assert len(images) == sum(len(s["images"]) for s in page.sections.values()) == 1 + 3 * 3 + 2
    assert all(i["decoded"] and i["width"] > 300 and i["inked"] > 1000 for i in images), images
    assert [i["alt"] for i in images] == [a for i in page.order for a, _ in page.sections[i]["images"]]
    # The page's console: nothing at all (no errors, no blocked loads). Chromium's own
    # complaints about D-Bus and the GPU are not the page's.
    console = [line for line in done.stderr.splitlines()
               if ":CONSOLE" in line or "Uncaught" in line]
    assert console == []
