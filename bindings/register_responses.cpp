// Response data: item codings (how stored codes become numbers) and the response matrix
// (ResponseMatrix): from NumPy, CSV and JSON, with its codes and metadata as NumPy arrays
// that view the C++ memory without copying.
#include "numpy_codes.hpp"
#include "register.hpp"

#include <ls/aggregate/grouping.hpp>
#include <ls/core/error.hpp>
#include <ls/json/write.hpp>
#include <ls/responses/code_check.hpp>
#include <ls/responses/csv_reader.hpp>
#include <ls/responses/item_coding.hpp>
#include <ls/responses/response_records.hpp>
#include <ls/survey/instrument.hpp>

#include <pybind11/numpy.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>
#include <pybind11/typing.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace py = pybind11;

namespace ls::python {

namespace {

std::vector<responses::item_coding> codings_for(const survey::instrument& instrument,
                                                const std::vector<std::string>& items,
                                                responses::non_substantive_policy policy) {
  std::vector<responses::item_coding> out;
  for (const auto& id : items) {
    const auto item = instrument.find_item(id);
    const auto scale = instrument.scale_of(id);
    if (!item || !scale)
      throw ls::error("item \"" + id + "\" is not a rated item of instrument \"" +
                      instrument.id + "\"");
    out.push_back(responses::make_item_coding(*scale, item->reverse_keyed, policy));
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// NumPy arrays over memory that C++ owns

/// A read-only array over `data`, whose base keeps `owner` alive: the array may outlive
/// the Python object it came from, never the memory.
template <class T>
py::array view_array(const T* data, std::vector<py::ssize_t> shape,
                     std::vector<py::ssize_t> strides, std::shared_ptr<const void> owner) {
  auto* kept = new std::shared_ptr<const void>(std::move(owner));
  py::capsule base(kept, [](void* p) { delete static_cast<std::shared_ptr<const void>*>(p); });
  py::array out(py::dtype::of<T>(), std::move(shape), std::move(strides), data, base);
  out.attr("flags").attr("writeable") = false;
  return out;
}

/// One categorical metadata column (system, school, team, role, wave) for Python.
struct category_view {
  std::shared_ptr<const responses::category_column> column;
};

/// A response matrix as Python holds it: the codes live in a C++ response_matrix (read from
/// CSV or JSON) or in the caller's NumPy array (from_numpy); item ids and metadata are
/// C++ values either way.
struct matrix_handle {
  /// Owns the codes when they are C++'s; null when they are a NumPy array's.
  std::shared_ptr<const responses::response_matrix> matrix;
  /// The NumPy array the codes live in (from_numpy), else None.
  py::object array;
  responses::response_view view;
  std::vector<std::string> items;
  std::shared_ptr<const responses::respondent_metadata> metadata;
  /// True when from_numpy used the caller's array itself.
  bool borrowed = false;

  static matrix_handle own(responses::response_matrix&& m) {
    matrix_handle h;
    auto owned = std::make_shared<const responses::response_matrix>(std::move(m));
    h.view = owned->view();
    h.items = owned->item_ids();
    h.metadata = std::shared_ptr<const responses::respondent_metadata>(owned, &owned->metadata);
    h.matrix = std::move(owned);
    h.array = py::none();
    return h;
  }

  std::shared_ptr<const void> owner() const {
    return matrix ? std::shared_ptr<const void>(matrix) : std::shared_ptr<const void>(metadata);
  }

  py::array codes() const {
    if (!matrix) return py::reinterpret_borrow<py::array>(array);
    const auto rows = static_cast<py::ssize_t>(view.rows);
    return view_array(view.data, {rows, static_cast<py::ssize_t>(view.items)},
                      {1, static_cast<py::ssize_t>(view.column_stride)}, owner());
  }

  py::array column(const std::string& item) const {
    const auto at = std::find(items.begin(), items.end(), item);
    if (at == items.end()) throw ls::error("no item \"" + item + "\" in the response data");
    const auto j = static_cast<std::size_t>(at - items.begin());
    if (!matrix)  // a view of the NumPy array's column, through NumPy
      return codes()[py::make_tuple(py::slice(0, static_cast<py::ssize_t>(view.rows), 1),
                                    py::int_(j))]
          .cast<py::array>();
    return view_array(view.data + j * view.column_stride,
                      {static_cast<py::ssize_t>(view.rows)}, {1}, owner());
  }

  std::optional<category_view> category(const responses::category_column& c) const {
    if (c.empty()) return std::nullopt;
    return category_view{std::shared_ptr<const responses::category_column>(metadata, &c)};
  }

  /// A response_matrix of these codes (a copy when they are NumPy's), for functions that
  /// take one.
  std::shared_ptr<const responses::response_matrix> as_matrix() const {
    if (matrix) return matrix;
    std::vector<std::int8_t> codes(view.items * view.rows);
    for (std::size_t j = 0; j < view.items; ++j) {
      const auto column = view.column(j);
      std::copy(column.begin(), column.end(), codes.begin() + static_cast<std::ptrdiff_t>(j * view.rows));
    }
    auto m = std::make_shared<responses::response_matrix>(items, view.rows, std::move(codes));
    m->metadata = *metadata;
    return m;
  }
};

// ---------------------------------------------------------------------------------------
// from_numpy: metadata given as Python sequences

std::size_t require_length(const py::handle& values, std::size_t rows, const char* name) {
  const auto n = py::len(values);
  if (n != rows)
    throw ls::error(std::string(name) + " has " + std::to_string(n) + " values for " +
                    std::to_string(rows) + " rows");
  return n;
}

/// Labels (str or None per row), or a pair (codes, categories) as pandas' Categorical
/// keeps them (codes -1 = none).
responses::category_column category_from_python(const py::handle& values, std::size_t rows,
                                                const char* name) {
  responses::category_column out;
  if (py::isinstance<py::tuple>(values) && py::len(values) == 2) {
    const auto pair = py::reinterpret_borrow<py::tuple>(values);
    auto codes = py::array_t<std::int32_t, py::array::c_style | py::array::forcecast>::ensure(pair[0]);
    if (!codes || codes.ndim() != 1) throw ls::error(std::string(name) + ": codes must be 1-D integers");
    out.categories = pair[1].cast<std::vector<std::string>>();
    require_length(codes, rows, name);
    out.codes.assign(codes.data(), codes.data() + rows);
    for (std::size_t r = 0; r < rows; ++r)
      if (out.codes[r] < -1 || out.codes[r] >= static_cast<std::int32_t>(out.categories.size()))
        throw ls::error(std::string(name) + ": code " + std::to_string(out.codes[r]) + " in row " +
                        std::to_string(r) + " is not -1 or the index of a category");
    return out;
  }
  require_length(values, rows, name);
  std::unordered_map<std::string, std::int32_t> index;
  out.codes.reserve(rows);
  for (const auto& value : values) {
    if (value.is_none()) {
      out.codes.push_back(responses::category_column::no_category);
      continue;
    }
    auto label = value.cast<std::string>();
    auto [at, added] = index.emplace(label, static_cast<std::int32_t>(out.categories.size()));
    if (added) out.categories.push_back(std::move(label));
    out.codes.push_back(at->second);
  }
  if (out.categories.empty()) out.codes.clear();  // a column of nothing is no column
  return out;
}

std::vector<std::string> ids_from_python(const py::handle& values, std::size_t rows) {
  require_length(values, rows, "ids");
  auto ids = values.cast<std::vector<std::string>>();
  std::unordered_map<std::string_view, std::size_t> first;
  for (std::size_t r = 0; r < ids.size(); ++r) {
    if (ids[r].empty()) throw ls::error("ids: row " + std::to_string(r) + " has an empty id");
    const auto [at, added] = first.emplace(ids[r], r);
    if (!added)
      throw ls::error("ids: \"" + ids[r] + "\" in row " + std::to_string(r) +
                      " repeats the id of row " + std::to_string(at->second));
  }
  return ids;
}

std::vector<double> weights_from_python(const py::handle& values, std::size_t rows) {
  auto w = py::array_t<double, py::array::c_style | py::array::forcecast>::ensure(values);
  if (!w || w.ndim() != 1) throw ls::error("weights must be a 1-D array of numbers");
  require_length(w, rows, "weights");
  std::vector<double> out(w.data(), w.data() + rows);
  for (std::size_t r = 0; r < rows; ++r)
    if (!std::isfinite(out[r]) || out[r] < 0)
      throw ls::error("weights: row " + std::to_string(r) + " has " + std::to_string(out[r]) +
                      ", not a finite number of at least 0");
  return out;
}

matrix_handle from_numpy(const py::array& codes, const std::vector<std::string>& items,
                         const py::object& ids, const py::object& system, const py::object& school,
                         const py::object& team, const py::object& role, const py::object& wave,
                         const py::object& weights, const std::optional<survey::instrument>& instrument) {
  auto converted = codes_from_numpy(codes);
  const auto rows = converted.view.rows;
  if (items.size() != converted.view.items)
    throw ls::error(std::to_string(items.size()) + " item ids for " +
                    std::to_string(converted.view.items) + " columns of codes");
  if (instrument) {
    validation_report report;
    {
      py::gil_scoped_release release;
      report = responses::check_codes(converted.view, items, *instrument);
    }
    if (!report.ok()) throw validation_error(std::move(report));
  }
  auto metadata = std::make_shared<responses::respondent_metadata>();
  if (!ids.is_none()) metadata->ids = ids_from_python(ids, rows);
  const std::pair<const py::object*, responses::category_column*> columns[] = {
      {&system, &metadata->system}, {&school, &metadata->school}, {&team, &metadata->team},
      {&role, &metadata->role},     {&wave, &metadata->wave}};
  const char* names[] = {"system", "school", "team", "role", "wave"};
  for (std::size_t k = 0; k < 5; ++k)
    if (!columns[k].first->is_none())
      *columns[k].second = category_from_python(*columns[k].first, rows, names[k]);
  if (!weights.is_none()) metadata->weights = weights_from_python(weights, rows);

  matrix_handle h;
  h.array = converted.array;
  h.view = converted.view;
  h.items = items;
  h.metadata = std::move(metadata);
  h.borrowed = converted.zero_copy;
  return h;
}

/// The matrix and report of a read, or the header's issues raised.
py::typing::Tuple<matrix_handle, responses::csv_report> csv_result(responses::csv_read_result&& result) {
  if (!result.report.header_ok) throw validation_error(result.report.to_validation_report());
  auto report = std::move(result.report);
  return py::typing::Tuple<matrix_handle, responses::csv_report>(
      py::make_tuple(matrix_handle::own(std::move(result.matrix)), std::move(report)));
}

py::typing::Tuple<matrix_handle, responses::csv_report> read_csv(
    const std::filesystem::path& path, const survey::instrument& instrument,
    const std::optional<responses::csv_options>& options) {
  const auto chosen = options.value_or(responses::csv_options{});
  responses::csv_read_result result;
  {
    py::gil_scoped_release release;  // the whole read is C++: other Python threads run
    result = responses::read_csv(path, instrument, chosen);
  }
  return csv_result(std::move(result));
}

py::typing::Tuple<matrix_handle, responses::csv_report> read_csv_text(
    const std::string& text, const survey::instrument& instrument,
    const std::optional<responses::csv_options>& options) {
  const auto chosen = options.value_or(responses::csv_options{});
  responses::csv_read_result result;
  {
    py::gil_scoped_release release;  // `text` is a C++ copy: no Python object is touched
    result = responses::read_csv_text(text, instrument, chosen);
  }
  return csv_result(std::move(result));
}

std::string matrix_repr(const matrix_handle& h) {
  std::string out = "ResponseMatrix(" + std::to_string(h.view.rows) + " rows, " +
                    std::to_string(h.view.items) + " items";
  const auto& m = *h.metadata;
  if (!m.ids.empty()) out += ", ids";
  const std::pair<const char*, const responses::category_column*> columns[] = {
      {"system", &m.system}, {"school", &m.school}, {"team", &m.team},
      {"role", &m.role},     {"wave", &m.wave}};
  for (const auto& [name, column] : columns)
    if (!column->empty()) out += std::string(", ") + name;
  if (!m.weights.empty()) out += ", weights";
  return out + ")";
}

void bind_category_view(py::module_& m) {
  py::class_<category_view>(m, "CategoryColumn", R"(A categorical metadata column of a ResponseMatrix.

``codes`` holds one int32 per row: an index into ``categories``, or -1 for unknown. It
views the matrix's memory (read-only, no copy), so
``pandas.Categorical.from_codes(col.codes, col.categories)`` builds a column cheaply.
)")
      .def_property_readonly(
          "codes",
          [](const category_view& v) {
            return view_array(v.column->codes.data(),
                              {static_cast<py::ssize_t>(v.column->codes.size())},
                              {static_cast<py::ssize_t>(sizeof(std::int32_t))}, v.column);
          },
          "Per row, the index of its category or -1 (int32, read-only view, no copy).")
      .def_property_readonly(
          "categories", [](const category_view& v) { return v.column->categories; },
          "The labels, in the order the codes index them (a copy).")
      .def(
          "labels",
          [](const category_view& v) {
            py::typing::List<py::typing::Optional<py::str>> out;
            for (std::size_t r = 0; r < v.column->codes.size(); ++r) {
              if (v.column->codes[r] == responses::category_column::no_category) out.append(py::none());
              else out.append(py::str(std::string(v.column->label(r))));
            }
            return out;
          },
          "The label of every row (None when unknown), as a new list.")
      .def("__len__", [](const category_view& v) { return v.column->codes.size(); })
      .def("__repr__", [](const category_view& v) {
        return "CategoryColumn(" + std::to_string(v.column->codes.size()) + " rows, " +
               std::to_string(v.column->categories.size()) + " categories)";
      });
}

void bind_response_matrix(py::module_& m) {
  using h = matrix_handle;
  py::class_<h> cls(m, "ResponseMatrix", R"(Survey answers: respondents (rows) by items (columns), one int8 code per answer.

``codes`` is a NumPy int8 array of shape (rows, items) in Fortran order (column by column),
``MISSING_CODE`` (-128) meaning no answer; a "no opinion" answer keeps its own code. Metadata columns
(``ids``, ``system``, ``school``, ``team``, ``role``, ``wave``, ``weights``) are None when the
data do not have them.

Build one with ``ResponseMatrix.from_numpy``, ``ResponseMatrix.read_csv``,
``ResponseMatrix.read_json`` or ``ResponseMatrix.from_records``.
)");
  cls.attr("MISSING_CODE") = static_cast<int>(responses::missing_code);
  cls.def_property_readonly("codes", &h::codes,
                            R"(The codes, shape (rows, items), int8, Fortran order.

No copy is made: for data read from CSV or JSON it is a read-only view of the C++ memory
(the array keeps it alive); for ``from_numpy`` data it is the array the matrix uses (the
caller's own array when ``borrowed`` is true).
)")
      .def(
          "levels",
          [](const h& x) {
            py::list out;
            for (const auto& level : aggregate::levels_from_metadata(*x.metadata))
              out.append(py::make_tuple(
                  level.name,
                  view_array(level.codes.data(), {static_cast<py::ssize_t>(level.codes.size())},
                             {static_cast<py::ssize_t>(sizeof(std::int32_t))}, x.owner()),
                  level.labels));
            return out;
          },
          R"(The grouping levels of the metadata, top down, as ``aggregate`` and ``analyse``
take them: ``(name, group index per row, labels)`` for each of ``system``, ``school`` and
``team`` the data have. The index arrays are read-only views, not copies.)")
      .def_property_readonly("items", [](const h& x) { return x.items; }, "The item ids, in column order.")
      .def_property_readonly("rows", [](const h& x) { return x.view.rows; }, "The number of respondents.")
      .def_property_readonly("item_count", [](const h& x) { return x.view.items; }, "The number of items.")
      .def_property_readonly("shape", [](const h& x) { return py::make_tuple(x.view.rows, x.view.items); },
                             "(rows, items).")
      .def_property_readonly("borrowed", [](const h& x) { return x.borrowed; },
                             "True when the codes are the caller's NumPy array itself (from_numpy without a copy).")
      .def_property_readonly(
          "ids",
          [](const h& x) -> std::optional<std::vector<std::string>> {
            if (x.metadata->ids.empty()) return std::nullopt;
            return x.metadata->ids;
          },
          "The respondent ids as a new list, or None.")
      .def_property_readonly("system", [](const h& x) { return x.category(x.metadata->system); },
                             "The system (district) of each respondent, or None.")
      .def_property_readonly("school", [](const h& x) { return x.category(x.metadata->school); },
                             "The school of each respondent, or None.")
      .def_property_readonly("team", [](const h& x) { return x.category(x.metadata->team); },
                             "The team of each respondent, or None.")
      .def_property_readonly("role", [](const h& x) { return x.category(x.metadata->role); },
                             "The role of each respondent, or None.")
      .def_property_readonly("wave", [](const h& x) { return x.category(x.metadata->wave); },
                             "The survey wave of each respondent, or None.")
      .def_property_readonly(
          "weights",
          [](const h& x) -> std::optional<py::array> {
            const auto& w = x.metadata->weights;
            if (w.empty()) return std::nullopt;
            return view_array(w.data(), {static_cast<py::ssize_t>(w.size())},
                              {static_cast<py::ssize_t>(sizeof(double))}, x.owner());
          },
          "Survey weights (float64, read-only view, no copy), or None.")
      .def("column", &h::column, py::arg("item"),
           "The codes of one item: a 1-D int8 view, no copy. Raises libls.Error for an unknown id.")
      .def(
          "memory_bytes",
          [](const h& x) {
            return x.matrix ? x.matrix->memory_bytes() : x.view.rows * x.view.items;
          },
          "Bytes held by the codes and metadata (codes only for from_numpy data).")
      .def(
          "to_records", [](const h& x, const std::string& instrument_id) {
            return responses::to_response_records(*x.as_matrix(), instrument_id);
          },
          py::arg("instrument_id"),
          R"(The answers as ResponseRecords of ``instrument_id`` (needs respondent ids).

Missing answers are written as null. ``to_records(id).to_json()`` is the JSON document
``read_json`` reads.
)")
      .def("__len__", [](const h& x) { return x.view.rows; })
      .def("__repr__", &matrix_repr);

  cls.def_static("from_numpy", &from_numpy, py::arg("codes"), py::arg("items"),
                 py::arg("ids") = py::none(), py::arg("system") = py::none(),
                 py::arg("school") = py::none(), py::arg("team") = py::none(),
                 py::arg("role") = py::none(), py::arg("wave") = py::none(),
                 py::arg("weights") = py::none(), py::arg("instrument") = py::none(),
                 R"(A response matrix over a NumPy array of codes.

Parameters
----------
codes : numpy.ndarray
    int8, shape (rows, items), -128 = no answer. A Fortran-order (column-major) array is
    used as it is, without copying: the matrix keeps a reference, and later changes to the
    array show through. Any other int8 layout (C order, a strided slice) is copied once into
    Fortran order. Other dtypes raise TypeError: a float array silently truncated to codes
    would be wrong data (convert it yourself, e.g. ``np.asfortranarray(x, dtype=np.int8)``).
items : list[str]
    One item id per column.
ids : sequence of str, optional
    Respondent ids: not empty, no repeats.
system, school, team, role, wave : optional
    A sequence of labels (str, or None for unknown) per row, or a pair
    ``(codes, categories)`` as pandas' Categorical keeps them (codes -1 = unknown).
weights : array_like of float, optional
    Finite and at least 0.
instrument : Instrument, optional
    When given, every item must be a rated item of it and every code an answer of its
    scale (or missing); raises libls.ValidationError listing each bad column.

Raises
------
libls.Error
    Lengths that do not match the rows, repeated or empty ids, bad weights.
)");
  cls.def_static("read_csv", &read_csv, py::arg("path"), py::arg("instrument"),
                 py::arg("options") = py::none(),
                 R"(Read a CSV file of responses (one row per respondent, one column per item).

Parameters
----------
path : str or os.PathLike
instrument : Instrument
    Item columns are matched to its rated items (by id, or through
    ``options.item_columns``); answers are checked against their scales.
options : CsvOptions, optional
    Separator, label matching, column mappings, missing values, threads, block size.

Returns
-------
tuple[ResponseMatrix, CsvReport]
    The accepted rows, and what happened: ``rows_read == accepted + rejected``; each
    rejected row has issues with ``line``, ``column``, ``column_name`` and ``code``.

Raises
------
libls.ValidationError
    When the header stops the read (a missing item column, a column given twice, an
    unknown column in strict mode, an empty file); issue paths are "/<line>/<column>".
libls.Error
    A file that cannot be read, or unusable options.

Notes
-----
The file is read in blocks and parsed on ``options.threads`` threads, with the GIL
released for the whole read: other Python threads keep running.
)");
  cls.def_static("read_csv_text", &read_csv_text, py::arg("text"), py::arg("instrument"),
                 py::arg("options") = py::none(),
                 R"(Read responses from CSV text in memory, as ``read_csv`` reads a file.

Parameters
----------
text : str
    The whole CSV, header line first.
instrument : Instrument
options : CsvOptions, optional

Returns
-------
tuple[ResponseMatrix, CsvReport]
    As ``read_csv``: issue lines count from 1 at the header.

Raises
------
libls.ValidationError
    When the header stops the read, as for ``read_csv``.
libls.Error
    Unusable options.
)");
  cls.def_static(
      "read_json",
      [](std::string_view text, const survey::instrument& instrument, bool strict) {
        return h::own(responses::read_response_json(text, instrument, json::read_options{strict}));
      },
      py::arg("text"), py::arg("instrument"), py::arg("strict") = false,
      R"(A response matrix from the JSON text of a response document (ResponseRecords).

Named like ``read_csv``: a ResponseMatrix has no JSON form of its own (its JSON is that of
ResponseRecords, see ``to_records``). Columns are the instrument's rated items, in order.
Unknown keys are warnings, errors when ``strict``.

Raises
------
libls.ValidationError
    Every problem with its JSON pointer: structure, missing or repeated ids, unknown
    items, codes not on an item's scale, bad weights.
)");
  cls.def_static(
      "from_records",
      [](const responses::response_records& records, const survey::instrument& instrument) {
        return h::own(responses::to_response_matrix(records, instrument));
      },
      py::arg("records"), py::arg("instrument"),
      "A response matrix from ResponseRecords (checked like read_json).");
}

}  // namespace

void register_responses(py::module_& m) {
  py::class_<responses::item_coding>(m, "ItemCoding", R"(How the stored codes of one item become numbers.

Built by ``item_coding`` or ``codings_for``; statistics take one per column of the codes.
)")
      .def("kind_of", &responses::item_coding::kind_of, py::arg("code"),
           "The kind of answer a stored code is (AnswerKind).")
      .def("value_of", &responses::item_coding::value_of, py::arg("code"),
           "The value a stored code is scored as (NaN when it is not scored).")
      .def("is_favorable", &responses::item_coding::is_favorable, py::arg("code"),
           "Whether a stored code counts toward percent favorable.");
  m.def("item_coding", &responses::make_item_coding, py::arg("scale"),
        py::arg("reverse_keyed") = false,
        py::arg_v("policy", responses::non_substantive_policy::exclude, "NonSubstantivePolicy.exclude"),
        R"(The coding of an item rated on ``scale``.

Parameters
----------
scale : ResponseScale
reverse_keyed : bool
    Score code x as max + min - x (over the substantive codes); favorable answers turn
    around with it.
policy : NonSubstantivePolicy
    ``exclude`` (default): "no opinion" answers are counted but not scored.

Returns
-------
ItemCoding
)");
  m.def("codings_for", &codings_for, py::arg("instrument"), py::arg("items"),
        py::arg_v("policy", responses::non_substantive_policy::exclude, "NonSubstantivePolicy.exclude"),
        R"(One coding per item id, from the instrument's scales and reverse keys.

Raises libls.Error for an id that is not a rated item of the instrument.
)");
  m.def(
      "check_codes",
      [](const py::array& codes, const std::vector<std::string>& items,
         const survey::instrument& instrument) {
        const auto converted = codes_from_numpy(codes);
        py::gil_scoped_release release;
        return responses::check_codes(converted.view, items, instrument);
      },
      py::arg("codes"), py::arg("items"), py::arg("instrument"),
      R"(Answer codes checked against an instrument, column by column, without raising.

``ResponseMatrix.from_numpy(..., instrument=...)`` raises with the same issues.

Parameters
----------
codes : numpy.ndarray
    int8, shape (rows, items), -128 = no answer. Read in place when in Fortran order; any
    other int8 layout is copied once. Other dtypes raise TypeError.
items : list[str]
    The item id of each column.
instrument : Instrument

Returns
-------
ValidationReport
    ``responses.item_count`` (/items: as many ids as columns), ``responses.unknown_item``
    and ``responses.not_rated`` (/items/<j>), ``responses.not_on_scale`` (/codes/<j>: how
    many codes of column j are not answers of its scale, with the first row and code).
)");
  m.def("check_response_records", &responses::check_against, py::arg("records"),
        py::arg("instrument"),
        R"(The answers of ResponseRecords checked against an instrument, every problem at its path.

``ResponseMatrix.from_records`` raises with the same issues; this only reports them.

Parameters
----------
records : ResponseRecords
instrument : Instrument

Returns
-------
ValidationReport
    ``responses.instrument_mismatch`` (/instrument), ``responses.unknown_item`` and
    ``responses.not_rated`` (/respondents/<i>/answers/<item>: no such item, an open-text
    item), ``responses.not_on_scale`` (a code that is not an option of the item's scale).
    Never raises for bad content.
)");
  m.def("integer_scale", &responses::integer_scale, py::arg("lo"), py::arg("hi"),
        "A response scale of the whole numbers lo..hi (each its own code): for plain "
        "numeric data.");
  bind_category_view(m);
  bind_response_matrix(m);
}

}  // namespace ls::python
