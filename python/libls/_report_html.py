"""The pieces libls.report builds its page from: the page itself (inline CSS, a content
security policy that allows nothing from outside), sections, tables, numbers, and plots
embedded as base64 PNG images. Every text that comes from data is escaped here or by the
caller (``Html`` marks text that is HTML already).
"""

from __future__ import annotations

import base64
import html
import io
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

if TYPE_CHECKING:  # pragma: no cover
    import matplotlib.axes

# Shown in a cell with no value: NaN, an undefined statistic, a blank parent.
NO_VALUE = "\u2014"

# The page may load nothing: images only from data: URLs, styles only inline, no scripts.
# A reference to anything outside would be blocked (and show as a broken image), so the
# report looks the same on any machine and offline.
POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'none'"

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
       color: #222; background: #fff; line-height: 1.4; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid #4393c3; padding-bottom: 0.2rem;
     margin-top: 2.2rem; }
h3 { font-size: 1.1rem; margin-top: 1.4rem; }
h4 { font-size: 1rem; }
nav ol { columns: 2; padding-left: 1.4rem; }
dl.about { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.about dt { font-weight: 600; }
dl.about dd { margin: 0; }
table { border-collapse: collapse; margin: 0.6rem 0 1rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.6rem; vertical-align: top;
         text-align: left; }
thead th { border-bottom: 2px solid #999; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td ul { margin: 0; padding-left: 1.1rem; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; }
figcaption { font-size: 0.85rem; color: #555; }
p.note { color: #555; font-size: 0.9rem; }
p.suppressed { background: #f4f4f4; border-left: 4px solid #9e9e9e; padding: 0.3rem 0.6rem; }
@media print { nav { display: none; } h2 { break-after: avoid; } figure { break-inside: avoid; } }
"""


@dataclass(frozen=True)
class Section:
    """One part of the page, as a section builder makes it.

    Attributes
    ----------
    id : str
        The anchor (``<section id>``), unique in the page.
    title : str
        The heading (text; escaped when the page is made).
    body : str
        The content: HTML, every text from data already escaped.
    """

    id: str
    title: str
    body: str


class Html(str):
    """Text that is HTML already: put into the page as it is."""


def escape(value: object) -> str:
    """Any value as HTML text (Html as it is)."""
    return value if isinstance(value, Html) else html.escape(str(value), quote=True)


def number(value: float | int | None, digits: int = 2) -> str:
    """A number with `digits` decimals; NO_VALUE for None and NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return NO_VALUE
    if isinstance(value, int):
        return str(value)
    return f"{value:.{digits}f}"


def percent(value: float) -> str:
    return NO_VALUE if math.isnan(value) else f"{value:.1f} %"


def interval(lower: float, upper: float) -> str:
    if math.isnan(lower) or math.isnan(upper):
        return NO_VALUE
    return f"{lower:.2f} \u2013 {upper:.2f}"


class Cell:
    """A table cell: its text and whether it is a number (right-aligned)."""

    def __init__(self, text: object, numeric: bool = False) -> None:
        self.text, self.numeric = text, numeric


def num(text: str) -> Cell:
    return Cell(text, numeric=True)


def table(header: Sequence[str], rows: Iterable[Sequence[object]], caption: str = "") -> str:
    """A table; a cell is text, Html or a Cell. Every row is shown (a report is read in
    full, unlike the notebook display)."""
    parts = ["<table>"]
    if caption:
        parts.append(f"<caption>{escape(caption)}</caption>")
    parts.append("<thead><tr>" + "".join(f"<th scope=\"col\">{escape(h)}</th>" for h in header)
                 + "</tr></thead><tbody>")
    for row in rows:
        cells = []
        for value in row:
            cell = value if isinstance(value, Cell) else Cell(value)
            attribute = " class=\"num\"" if cell.numeric else ""
            cells.append(f"<td{attribute}>{escape(cell.text)}</td>")
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def paragraph(text: object, kind: str = "") -> str:
    attribute = f" class=\"{kind}\"" if kind else ""
    return f"<p{attribute}>{escape(text)}</p>"


def heading(level: int, text: object) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def bullet_list(items: Iterable[object]) -> str:
    items = list(items)
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>" if items else ""


def page(title: str, sections: Sequence[tuple[str, str, str]]) -> str:
    """The whole document: (id, title, body) per section, with a table of contents."""
    contents = "".join(f"<li><a href=\"#{escape(i)}\">{escape(t)}</a></li>" for i, t, _ in sections)
    body = "".join(f"<section id=\"{escape(i)}\">{heading(2, t)}{b}</section>"
                   for i, t, b in sections)
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{escape(title)}</title><style>{CSS}</style></head>\n"
            f"<body><main><h1>{escape(title)}</h1>"
            f"<nav aria-label=\"Contents\"><ol>{contents}</ol></nav>\n{body}\n"
            "</main></body></html>\n")


def figure_axes(width: float = 8.0, height: float = 4.5) -> "matplotlib.axes.Axes":
    """Fresh matplotlib Axes for one plot of a report.

    Parameters
    ----------
    width, height : float
        The figure's size in inches.

    Returns
    -------
    matplotlib.axes.Axes
        On a Figure of its own (no pyplot state is touched).
    """
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained").add_subplot()


def embed_figure(ax: "matplotlib.axes.Axes", alt: str, caption: str = "") -> str:
    """The Axes' figure as an embedded PNG image with its alt text and caption.

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        A plot drawn on :func:`figure_axes`; its figure is cleared afterwards.
    alt : str
        What the plot shows, for a screen reader (the tests check it too). It must not
        name, or give numbers of, suppressed groups.
    caption : str
        Shown under the plot.

    Returns
    -------
    str
        HTML: a ``<figure>`` with the ``<img>`` (a base64 PNG data URL).

    Raises
    ------
    ValueError
        The alt text is blank.
    """
    if not alt.strip():
        raise ValueError("every plot of a report needs an alt text")
    buffer = io.BytesIO()
    # No software or date in the PNG: the same data give the same bytes.
    ax.figure.savefig(buffer, format="png", dpi=96, bbox_inches="tight",
                      metadata={"Software": None})
    ax.figure.clear()  # not needed again: its memory goes
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    text = f"<figcaption>{escape(caption)}</figcaption>" if caption else ""
    return (f"<figure><img src=\"data:image/png;base64,{data}\" alt=\"{escape(alt)}\">"
            f"{text}</figure>")
