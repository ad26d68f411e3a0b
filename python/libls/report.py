"""Self-contained HTML reports of a survey analysis.

One HTML file that needs nothing else: the CSS is inline, the plots are base64 PNG
images, there are no scripts, and a content security policy stops the page from loading
anything from outside. It says what it was made from (file, instrument and its version,
libls version, when), how many rows were read, accepted and rejected (with the rejected
rows' issues), alpha of every subscale, the answers to each item (a Likert plot), every
level's published group results with plots, and, when given, six-factor assessments and
cycle logs.

Example::

    import libls.report
    wawn = libls.builtin_instrument("where_are_we_now")
    libls.report.from_csv("responses.csv", wawn).write("report.html")

Privacy. A group smaller than the minimum group size, and a group hidden to protect one
(complementary suppression), appears in no table, plot or alt text with any number: such
groups are only counted ("3 groups suppressed"), not even named. Sections read group
results only through :meth:`SurveyReport.results`, which gives the published ones and
the counts of the others. When all respondents together are fewer than the minimum,
nothing computed from the answers is shown.

Adding a section. A section builder is a function ``SurveyReport -> list[Section]`` (an
empty list when the section does not apply); :data:`SECTIONS` lists them in page order.
Write the function (the built-in ones are in ``_report_sections.py``), draw plots with
``libls.plots`` on :func:`figure_axes` and embed them
with :func:`embed_figure` (which requires an alt text), read groups through
:meth:`SurveyReport.results`, and add the function to :data:`SECTIONS`. (The comparison
section reads libls.compare_groups instead, which shows nothing of a suppressed group.)
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from . import _core
from ._errors import ValidationError
from ._report_html import Section, embed_figure, figure_axes, page
from ._report_sections import (about_sections, comparison_sections, cycle_sections,
                               data_sections, items_sections, level_sections, overall_sections,
                               reliability_sections, six_factor_sections)

__all__ = ["GroupResult", "LevelResults", "SECTIONS", "Section", "SectionBuilder", "SurveyReport",
           "about_sections", "comparison_sections", "cycle_sections", "data_sections",
           "embed_figure", "figure_axes",
           "from_csv", "from_matrix", "items_sections", "level_sections", "overall_sections",
           "reliability_sections", "six_factor_sections"]

# Rejected rows' issues listed before "... and N more".
SHOWN_ISSUES = 20

_AGREEMENT = {"no_respondents": "undefined: no respondents",
              "one_respondent": "undefined: one respondent",
              "mean_too_extreme": "undefined: mean at the end of the scale"}


@dataclass(frozen=True)
class GroupResult:
    """A published group's results on one subscale (never a suppressed group's).

    Attributes
    ----------
    group : str
        The group's label.
    parent : str or None
        The label of the group it lies in; None at the top level, or when that group is
        not published on the subscale.
    n : int
        Respondents with a score.
    mean, standard_deviation : float
        Of the subscale scores.
    ci_lower, ci_upper : float
        The t interval of the mean (NaN when undefined).
    percent_favorable : float
        Percent of favorable answers (NaN when the scale marks none).
    rwg_j : float
        rwg(j) at the agreement level, NaN elsewhere or when undefined.
    agreement : str
        "defined", why rwg(j) is undefined, or "" when it was not computed.
    """

    group: str
    parent: str | None  # None at the top level, or when the parent is not published
    n: int
    mean: float
    standard_deviation: float
    ci_lower: float
    ci_upper: float
    percent_favorable: float
    rwg_j: float
    agreement: str  # "defined", a reason why rwg(j) is undefined, or "" (not computed)


@dataclass(frozen=True)
class LevelResults:
    """The groups of one level on one subscale: the published ones, and how many are not.

    Attributes
    ----------
    level : str
        The level ("all" for all respondents).
    subscale : str
        The subscale.
    published : list of GroupResult
        The published groups, in the table's order.
    below_minimum : int
        Groups suppressed for having fewer respondents than the minimum.
    complementary : int
        Groups suppressed so that a small one cannot be worked out from the others.
    """

    level: str
    subscale: str
    published: list[GroupResult]
    below_minimum: int
    complementary: int

    @property
    def suppressed(self) -> int:
        """Groups suppressed for either reason."""
        return self.below_minimum + self.complementary

    @property
    def groups(self) -> int:
        """Groups of the level with rows, published or not."""
        return len(self.published) + self.suppressed


@dataclass
class SurveyReport:
    """Everything a report shows; ``to_html()`` and ``write()`` make the page.

    Attributes
    ----------
    instrument : Instrument
        The instrument the answers were scored with.
    analysis : SurveyAnalysis
        ``libls.analyse``'s result; its minimum group size decides what is published.
    distributions : list of ItemDistribution
        ``libls.item_distributions`` of the same codes (the Likert plot).
    title : str, optional
        The page's title; by default the instrument's title.
    source : str, optional
        Where the answers came from (a file name), shown at the top.
    read : CsvReport, optional
        The CSV reader's report: rows read, accepted and rejected, with the issues.
    six_factor : list of SixFactorAssessment
        Assessments to show (a table and a profile plot each).
    cycle_logs : list of CycleLog
        Learning teams' cycle logs (an overview as of ``as_of`` and a progress plot).
    as_of : str, optional
        ISO date of the cycle overview; by default today.
    generated : datetime.datetime, optional
        When the report was made (shown); by default now, in UTC.
    shown_issues : int
        Rejected rows' issues listed before the rest are only counted.
    """

    instrument: _core.Instrument
    analysis: _core.SurveyAnalysis
    distributions: list = field(default_factory=list)
    title: str | None = None
    source: str | None = None
    read: _core.CsvReport | None = None
    six_factor: list = field(default_factory=list)
    cycle_logs: list = field(default_factory=list)
    as_of: str | None = None
    generated: datetime.datetime | None = None
    shown_issues: int = SHOWN_ISSUES

    def __post_init__(self) -> None:
        self._columns: tuple | None = None  # (the analysis, its arrays)
        if self.title is None:
            self.title = self.instrument.title or self.instrument.id
        if self.generated is None:
            self.generated = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
        if self.as_of is None:
            self.as_of = datetime.date.today().isoformat()

    @property
    def min_group_size(self) -> int:
        """The analysis' minimum group size."""
        return self.analysis.groups.options.min_group_size

    @property
    def levels(self) -> list[str]:
        """The levels the data have, top down (without "all")."""
        return list(self.analysis.groups.levels)[1:]

    @property
    def subscales(self) -> list[str]:
        """The subscales of the analysis, in its order."""
        return list(self.analysis.groups.subscales)

    @property
    def respondents(self) -> int:
        """Rows analysed (scored or not)."""
        if self.distributions:
            return self.distributions[0].respondents
        if self.read is not None:
            return self.read.accepted
        return max((g.n for g in self._all_groups()), default=0)

    @property
    def publishable(self) -> bool:
        """Whether all respondents together reach the minimum group size.

        When they do not, nothing computed from the answers is shown."""
        return self.respondents >= self.min_group_size

    def _arrays(self) -> dict:
        """The group table's arrays, made once per analysis (arrays() copies them)."""
        if self._columns is None or self._columns[0] is not self.analysis:
            self._columns = (self.analysis, self.analysis.groups.arrays())
        return self._columns[1]

    def _all_groups(self) -> list[GroupResult]:
        return [g for s in self.subscales for g in self.results("all", s).published]

    def results(self, level: str, subscale: str) -> LevelResults:
        """The published groups of a level on a subscale, and how many are suppressed.

        This is the only way a section reads group results, so what it does not give
        (a suppressed group's label or numbers) cannot reach the page.

        Parameters
        ----------
        level : str
            A level of the data (system, school, team) or "all".
        subscale : str
            A subscale of the instrument.

        Returns
        -------
        LevelResults
            Published groups in the table's order; a parent is named only when it is
            published on the subscale too.
        """
        table, columns = self.analysis.groups, self._arrays()
        k = self.subscales.index(subscale)
        status = columns["suppression"][k]
        at = np.flatnonzero(columns["group_level"] == list(table.levels).index(level))
        labels, parents = table.group_label, columns["parent"]
        computed = (table.agreement_level >= 0
                    and list(table.levels)[table.agreement_level] == level)
        published = []
        for i in at[status[at] == 0]:
            parent = int(parents[i])
            reason = ""
            if computed:
                name = _core.AgreementStatus(int(columns["agreement_status"][k, i])).name
                reason = _AGREEMENT.get(name, name)
            published.append(GroupResult(
                group=labels[i],
                parent=labels[parent] if parent > 0 and status[parent] == 0 else None,
                n=int(columns["n"][k, i]),
                **{name: float(columns[name][k, i])
                   for name in ("mean", "standard_deviation", "ci_lower", "ci_upper",
                                "percent_favorable", "rwg_j")},
                agreement=reason))
        return LevelResults(level=level, subscale=subscale, published=published,
                            below_minimum=int((status[at] == 1).sum()),
                            complementary=int((status[at] == 2).sum()))

    def sections(self, builders: Sequence[SectionBuilder] | None = None,
                 progress: Callable[[str], None] | None = None) -> list[Section]:
        """Every section the builders make, in order.

        Parameters
        ----------
        builders : sequence of section builders, optional
            By default :data:`SECTIONS`.
        progress : callable, optional
            Called with a short text before each builder runs.

        Returns
        -------
        list of Section
        """
        made: list[Section] = []
        for build in SECTIONS if builders is None else builders:
            if progress:
                progress(f"report: {build.__name__.removesuffix('_sections').replace('_', ' ')}")
            made += build(self)
        return made

    def to_html(self, builders: Sequence[SectionBuilder] | None = None,
                progress: Callable[[str], None] | None = None) -> str:
        """The report as one HTML document (text).

        Parameters
        ----------
        builders : sequence of section builders, optional
            The sections to make, in order; by default :data:`SECTIONS`.
        progress : callable, optional
            Called with a short text before each builder runs.

        Returns
        -------
        str
            The document; it references nothing outside itself.
        """
        made = self.sections(builders, progress)
        return page(self.title, [(s.id, s.title, s.body) for s in made])

    def write(self, path: str | Path, builders: Sequence[SectionBuilder] | None = None,
              progress: Callable[[str], None] | None = None) -> Path:
        """Writes the report to a file.

        Parameters
        ----------
        path : str or Path
            The file to write (UTF-8); replaced if it exists.
        builders, progress
            As in :meth:`to_html`.

        Returns
        -------
        Path
            The file written.
        """
        path = Path(path)
        path.write_text(self.to_html(builders, progress), encoding="utf-8")
        return path


SectionBuilder = Callable[[SurveyReport], "list[Section]"]
"""A section builder: the report in, its sections out (none when it does not apply)."""


def from_matrix(matrix: _core.ResponseMatrix, instrument: _core.Instrument,
                options: _core.AnalysisOptions | None = None, *,
                read: _core.CsvReport | None = None, source: str | None = None,
                title: str | None = None, six_factor: Sequence = (),
                cycle_logs: Sequence = (), as_of: str | None = None) -> SurveyReport:
    """Analyses a response matrix and counts the answers to each item, for a report.

    One pass of ``libls.analyse`` (groups at every level of the matrix' metadata,
    agreement, alpha) and ``libls.item_distributions`` over the same codes.

    Parameters
    ----------
    matrix : ResponseMatrix
        The answers; its system, school and team columns are the levels.
    instrument : Instrument
        The instrument to score with (its rated items in the matrix).
    options : AnalysisOptions, optional
        Minimum group size, agreement level, threads; by default libls.analyse's.
        With no levels in the data, agreement is not computed.
    read, source, title, six_factor, cycle_logs, as_of
        As in :class:`SurveyReport`.

    Returns
    -------
    SurveyReport
    """
    levels = matrix.levels()
    options = _core.AnalysisOptions() if options is None else _core.AnalysisOptions(
        **{k: getattr(options, k) for k in ("groups", "agreement_level", "reliability", "threads")})
    if not levels:
        options.agreement_level = "none"
    plan = _core.scoring_plan(instrument, matrix.items)
    codes = np.asfortranarray(matrix.codes)
    analysis = _core.analyse(codes, plan, levels, options)
    distributions = _core.item_distributions(codes, plan, threads=options.threads)
    return SurveyReport(instrument=instrument, analysis=analysis, distributions=list(distributions),
                        title=title, source=source, read=read, six_factor=list(six_factor),
                        cycle_logs=list(cycle_logs), as_of=as_of)


def from_csv(path: str | Path, instrument: _core.Instrument,
             options: _core.AnalysisOptions | None = None, *,
             csv_options: _core.CsvOptions | None = None, skip_rejected: bool = False,
             title: str | None = None, six_factor: Sequence = (), cycle_logs: Sequence = (),
             as_of: str | None = None) -> SurveyReport:
    """Reads a CSV file of responses and analyses it for a report.

    The file is read by ``ResponseMatrix.read_csv``; the report lists the rejected rows.

    Parameters
    ----------
    path : str or Path
        The CSV file: a line per respondent.
    instrument : Instrument
        The instrument its answers belong to.
    options : AnalysisOptions, optional
        As in :func:`from_matrix`.
    csv_options : CsvOptions, optional
        Column mapping, missing-value texts, threads of the reader.
    skip_rejected : bool
        Analyse the accepted rows even when some were rejected.
    title, six_factor, cycle_logs, as_of
        As in :class:`SurveyReport`.

    Returns
    -------
    SurveyReport

    Raises
    ------
    libls.ValidationError
        Rows were rejected and `skip_rejected` is false; ``issues`` lists them (paths
        ``/line/column``).
    """
    path = Path(path)
    matrix, read = _core.ResponseMatrix.read_csv(str(path), instrument, csv_options)
    if read.rejected and not skip_rejected:
        raise ValidationError(f"{path}: {read.rejected} row(s) rejected",
                              read.to_validation_report().issues)
    return from_matrix(matrix, instrument, options, read=read, source=path.name, title=title,
                       six_factor=six_factor, cycle_logs=cycle_logs, as_of=as_of)


# The section builders are in _report_sections.py, one function each.
SECTIONS: list[SectionBuilder] = [
    about_sections,
    data_sections,
    overall_sections,
    reliability_sections,
    items_sections,
    level_sections,
    comparison_sections,
    six_factor_sections,
    cycle_sections,
]
"""The section builders of a report, in page order."""
