"""The issue-4 pipeline written the way an analyst would vectorise it with NumPy and pandas:
the reference the libls pipeline is timed against (bench/pipeline.py) and checked with.

Steps, per subscale: reverse keys; respondent subscale scores (mean of answered items, at
least half of the items answered); Cronbach's alpha, raw and standardised, listwise and
pairwise (as psych::alpha); school and district n, mean, SD and 95 % t-interval of the
scores; ICC(1) and ICC(2) of the scores by district (one-way ANOVA, as multilevel); rwg(j)
per school on the subscale's items (uniform null, A = 5, rows with any missing item
dropped, groups of one NA, truncated to [0, 1], as multilevel::rwg.j).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats as sps

MISSING = -128


def reversed_values(codes: np.ndarray, reverse: np.ndarray) -> np.ndarray:
    """float64 values with NaN for missing, reverse keys applied (6 - x on 1..5)."""
    values = codes.astype(np.float64)
    values[codes == MISSING] = np.nan
    values[:, reverse] = 6.0 - values[:, reverse]
    return values


def subscale_scores(values: np.ndarray, layout, min_fraction: float = 0.5) -> np.ndarray:
    scores = np.empty((values.shape[0], len(layout)))
    for s, members in enumerate(layout):
        block = values[:, members]
        answered = np.count_nonzero(~np.isnan(block), axis=1)
        with np.errstate(invalid="ignore"):
            mean = np.nanmean(block, axis=1)
        mean[answered < np.ceil(min_fraction * len(members))] = np.nan
        scores[:, s] = mean
    return scores


def alpha_from(cov: np.ndarray) -> tuple[float, float]:
    k = cov.shape[0]
    raw = (1 - np.trace(cov) / cov.sum()) * k / (k - 1)
    sd = np.sqrt(np.diag(cov))
    corr = cov / np.outer(sd, sd)
    std = (1 - k / corr.sum()) * k / (k - 1)
    return float(raw), float(std)


def alphas(values: np.ndarray, layout) -> list[dict]:
    out = []
    for members in layout:
        block = values[:, members]
        complete = block[~np.isnan(block).any(axis=1)]
        listwise = alpha_from(np.cov(complete, rowvar=False))
        pairwise = alpha_from(pd.DataFrame(block).cov().to_numpy())
        out.append({"listwise": listwise, "pairwise": pairwise})
    return out


def group_stats(scores: np.ndarray, groups: np.ndarray) -> pd.DataFrame:
    frame = pd.DataFrame(scores).assign(group=groups)
    g = frame.groupby("group")
    n, mean, sd = g.count(), g.mean(), g.std()
    half = sps.t.ppf(0.975, n.clip(lower=2) - 1) * sd / np.sqrt(n)
    return pd.concat({"n": n, "mean": mean, "sd": sd, "lower": mean - half, "upper": mean + half},
                     axis=1)


def icc(scores: np.ndarray, groups: np.ndarray) -> list[tuple[float, float]]:
    out = []
    for s in range(scores.shape[1]):
        y = scores[:, s]
        keep = ~np.isnan(y)
        y, g = y[keep], groups[keep]
        frame = pd.DataFrame({"y": y, "g": g}).groupby("g")["y"]
        n_j, mean_j = frame.count().to_numpy(), frame.mean().to_numpy()
        grand = y.mean()
        ss_between = float(np.sum(n_j * (mean_j - grand) ** 2))
        ss_within = float(np.sum((y - mean_j[pd.factorize(g, sort=True)[0]]) ** 2))
        groups_n, total = len(n_j), len(y)
        ms_b = ss_between / (groups_n - 1)
        ms_w = ss_within / (total - groups_n)
        k = total / groups_n  # multilevel::ICC1 uses the mean group size
        out.append(((ms_b - ms_w) / (ms_b + (k - 1) * ms_w), (ms_b - ms_w) / ms_b))
    return out


def rwg_j(values: np.ndarray, groups: np.ndarray, layout, options: int = 5) -> np.ndarray:
    null = (options ** 2 - 1) / 12
    out = np.full((int(groups.max()) + 1, len(layout)), np.nan)
    for s, members in enumerate(layout):
        block = values[:, members]
        keep = ~np.isnan(block).any(axis=1)
        frame = pd.DataFrame(block[keep]).assign(g=groups[keep]).groupby("g")
        var = frame.var()                       # per group and item, divisor n - 1
        size = frame.size()
        mean_var = var.mean(axis=1).to_numpy()
        j = len(members)
        ratio = mean_var / null
        r = j * (1 - ratio) / (j * (1 - ratio) + ratio)
        r = np.where(ratio > 1, 0.0, r)       # multilevel truncates negative values to 0
        r = np.where(size.to_numpy() < 2, np.nan, r)
        out[var.index.to_numpy(), s] = r
    return out


def run(codes, reverse, layout, school, district) -> dict:
    values = reversed_values(codes, reverse)
    scores = subscale_scores(values, layout)
    return {
        "scores": scores,
        "alpha": alphas(values, layout),
        "school": group_stats(scores, school),
        "district": group_stats(scores, district),
        "icc": icc(scores, district),
        "rwg_j": rwg_j(values, school, layout),
    }
