#pragma once
/// \file
/// p-values adjusted for multiple comparisons, exactly as R's p.adjust gives them
/// (the same operations in the same order, so the same doubles).
///
/// With the m p-values that are not NaN sorted ascending, p(1) <= ... <= p(m):
///
/// - Holm (1979), the step-down Bonferroni method, controls the family-wise error rate:
///       p~(i) = min(1, max_{j <= i} (m - j + 1) p(j))
/// - Benjamini & Hochberg (1995) control the false discovery rate:
///       p~(i) = min(1, min_{j >= i} (m / j) p(j))
///
/// NaN stays NaN and is not counted in m (R's NA). Ties get equal adjusted values. An
/// empty input gives an empty output. Does not modify its input.

#include <ls/version.hpp>

#include <span>
#include <vector>

LS_BEGIN_NAMESPACE
namespace compare {

/// Holm's adjusted p-values, in the order of `p`. Throws ls::error for a value outside
/// [0, 1] (other than NaN).
std::vector<double> p_adjust_holm(std::span<const double> p);

/// Benjamini–Hochberg adjusted p-values, in the order of `p`. Throws ls::error for a
/// value outside [0, 1] (other than NaN).
std::vector<double> p_adjust_bh(std::span<const double> p);

/// Both adjustments of one family (e.g. the groups of one subscale), written into the
/// columns of a result: holm[i] and bh[i] for p[i]. The three spans have one length (else
/// ls::error).
void p_adjust_family(std::span<const double> p, std::span<double> holm, std::span<double> bh);

}  // namespace compare
LS_END_NAMESPACE
