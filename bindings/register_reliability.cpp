// Reliability over NumPy answer codes: item covariances (listwise or pairwise), their
// accumulators for partial results, and Cronbach's alpha. Results are described structs
// (register_types.cpp binds them).
#include "numpy_codes.hpp"
#include "register.hpp"

#include <ls/core/error.hpp>
#include <ls/stats/cronbach_alpha.hpp>
#include <ls/stats/listwise_covariance.hpp>
#include <ls/stats/pairwise_covariance.hpp>
#include <ls/stats/simd.hpp>

#include <boost/describe/enum_from_string.hpp>
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <variant>

namespace py = pybind11;

namespace ls::python {

namespace {

using policy_argument = std::variant<stats::deletion_policy, std::string>;

stats::deletion_policy policy_of(const policy_argument& policy) {
  if (const auto* p = std::get_if<stats::deletion_policy>(&policy)) return *p;
  stats::deletion_policy out{};
  const auto& name = std::get<std::string>(policy);
  if (!boost::describe::enum_from_string(name.c_str(), out))
    throw ls::error("unknown deletion policy \"" + name +
                    "\": use \"listwise\" or \"pairwise\" (or libls.DeletionPolicy)");
  return out;
}

std::vector<std::string> ids_of(const std::optional<std::vector<std::string>>& items) {
  return items ? *items : std::vector<std::string>{};
}

constexpr const char* codes_doc = R"(codes : numpy.ndarray
    int8 answer codes, shape (rows, items), missing = -128. A Fortran-order array is read
    in place; a C-order array is copied first. Other dtypes raise TypeError.
codings : list[ItemCoding]
    One per column (``codings_for`` or ``item_coding``): reverse keys and the
    non-substantive policy are applied through them.
)";

std::string doc(const char* head, const char* rest) {
  return std::string(head) + "\n\nParameters\n----------\n" + codes_doc + rest;
}

}  // namespace

void register_reliability(py::module_& m) {
  m.def(
      "cronbach_alpha",
      [](const py::array& codes, const std::vector<responses::item_coding>& codings,
         const policy_argument& policy, const std::optional<std::vector<std::string>>& items,
         double confidence, unsigned threads) {
        const auto data = codes_from_numpy(codes);
        const auto view = scored_from_numpy(data, codings);
        const auto chosen = policy_of(policy);
        const auto ids = ids_of(items);
        py::gil_scoped_release release;  // pure C++ from here on
        return stats::cronbach_alpha(view, chosen, ids, confidence, threads);
      },
      py::arg("codes"), py::arg("codings"),
      py::arg_v("policy", stats::deletion_policy::pairwise, "DeletionPolicy.pairwise"),
      py::arg("items") = py::none(), py::arg("confidence") = 0.95, py::arg("threads") = 0,
      doc("Cronbach's alpha of the items (columns) of ``codes``, as psych::alpha computes it.",
          R"(policy : DeletionPolicy or str
    "pairwise" (default, psych's default): each covariance over the rows where both items
    are scored; "listwise": only rows where every item is scored.
items : list[str], optional
    Item ids, one per column (default "0", "1", ...), used in the result and messages.
confidence : float
    Level of the Feldt interval (default 0.95).
threads : int
    Threads to use (0: one per core). The result does not depend on it.

Returns
-------
Reliability
    alpha, std_alpha, average_r, feldt_lower/feldt_upper, n (psych's n for the interval:
    every row under pairwise deletion, the complete rows under listwise), one AlphaItem
    per column (alpha if dropped, item-rest correlation, negative flag), the ids of items
    that correlate negatively with the rest (reverse_candidates), and issues saying why a
    value is NaN or what looks wrong.
)")
          .c_str());

  m.def(
      "item_covariances",
      [](const py::array& codes, const std::vector<responses::item_coding>& codings,
         const policy_argument& policy, unsigned threads) {
        const auto data = codes_from_numpy(codes);
        const auto view = scored_from_numpy(data, codings);
        const auto chosen = policy_of(policy);
        py::gil_scoped_release release;
        return stats::item_covariances(view, chosen, threads);
      },
      py::arg("codes"), py::arg("codings"),
      py::arg_v("policy", stats::deletion_policy::pairwise, "DeletionPolicy.pairwise"),
      py::arg("threads") = 0,
      doc("The sample covariance matrix of the items, as R's cov() computes it.",
          R"(policy : DeletionPolicy or str
    "pairwise" (R: use = "pairwise.complete.obs") or "listwise" (R: na.omit).
threads : int
    Threads to use (0: one per core). The result does not depend on it.

Returns
-------
ItemCovariance
    Matrices as flat row-major lists (entry (i, j) at i * items + j): counts, means
    (of item i over the rows of the pair), covariances (NaN below 2 rows).
)")
          .c_str());

  m.def(
      "cronbach_alpha_from_covariance",
      [](const stats::item_covariance& covariance,
         const std::optional<std::vector<std::string>>& items, double confidence) {
        return stats::cronbach_alpha(covariance, ids_of(items), confidence);
      },
      py::arg("covariance"), py::arg("items") = py::none(), py::arg("confidence") = 0.95,
      R"(Cronbach's alpha from a covariance matrix (e.g. merged partial results).

Parameters
----------
covariance : ItemCovariance
    From ``item_covariances`` or an accumulator's ``result()``.
items : list[str], optional
    Item ids, one per item.
confidence : float
    Level of the Feldt interval (default 0.95).

Returns
-------
Reliability
)");

  m.def(
      "accumulate_listwise_covariance",
      [](const py::array& codes, const std::vector<responses::item_coding>& codings) {
        const auto data = codes_from_numpy(codes);
        const auto view = scored_from_numpy(data, codings);
        py::gil_scoped_release release;
        stats::listwise_covariance out;
        out.add(view);
        return out;
      },
      py::arg("codes"), py::arg("codings"),
      doc("The listwise covariance accumulator of these rows: a partial result to merge "
          "with others (``merge``) and read (``result()``).",
          R"(
Returns
-------
ListwiseCovariance
)")
          .c_str());

  m.def(
      "accumulate_pairwise_covariance",
      [](const py::array& codes, const std::vector<responses::item_coding>& codings) {
        const auto data = codes_from_numpy(codes);
        const auto view = scored_from_numpy(data, codings);
        py::gil_scoped_release release;
        stats::pairwise_covariance out;
        out.add(view);
        return out;
      },
      py::arg("codes"), py::arg("codings"),
      doc("The pairwise covariance accumulator of these rows: a partial result to merge "
          "with others (``merge``) and read (``result()``).",
          R"(
Returns
-------
PairwiseCovariance
)")
          .c_str());

  m.def("supported_simd_level", &stats::supported_simd_level,
        "The best vector instruction level of this processor for the integer kernels.");
  m.def("active_simd_level", &stats::active_simd_level,
        "The vector instruction level the integer kernels use now.");
  m.def("set_simd_level", &stats::set_simd_level, py::arg("level"),
        R"(Use a vector instruction level (clamped to the supported one); returns the level
in use. Every level gives the same numbers; this is for benchmarks and tests.

Parameters
----------
level : SimdLevel

Returns
-------
SimdLevel
)");
}

}  // namespace ls::python
