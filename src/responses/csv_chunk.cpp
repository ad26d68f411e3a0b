#include "csv_chunk.hpp"

#include "csv_scan.hpp"

#include <ls/core/text.hpp>

#include <charconv>
#include <cmath>
#include <limits>

LS_BEGIN_NAMESPACE
namespace responses::detail {

void csv_chunk::reset(const char* b, const char* e, bool at_end, std::size_t items) {
  begin = b;
  end = e;
  last = at_end;
  lines = records = blank = rejected = rows = 0;
  capacity = count_byte(b, e, '\n') + 1;  // at least as many as the records in it
  if (codes.size() < items * capacity) codes.resize(items * capacity);
  ids.clear();
  id_hashes.clear();
  id_lines.clear();
  for (std::size_t k = 0; k < category_count; ++k) {
    labels[k] = label_index{};
    categories[k].clear();
  }
  weights.clear();
  issues.clear();
  issue_counts.clear();
}

namespace {

constexpr std::int8_t missing = missing_code;

/// A cell's text for a message: quoted, and cut when it is long.
std::string shown(std::string_view text) {
  constexpr std::size_t longest = 40;
  if (text.size() <= longest) return "\"" + std::string(text) + "\"";
  return "\"" + std::string(text.substr(0, longest)) + "...\" (" + std::to_string(text.size()) +
         " characters)";
}

/// A whole number written with digits only and an optional sign ("4", "-1", "+2").
bool parse_integer(std::string_view text, long long& value) noexcept {
  std::size_t at = (text.front() == '+' || text.front() == '-') ? 1 : 0;
  if (at == text.size() || text.size() - at > 18) return false;
  long long v = 0;
  for (std::size_t i = at; i < text.size(); ++i) {
    const unsigned digit = static_cast<unsigned char>(text[i]) - unsigned{'0'};
    if (digit > 9) return false;
    v = v * 10 + digit;
  }
  value = text.front() == '-' ? -v : v;
  return true;
}

class chunk_parser {
 public:
  chunk_parser(const csv_plan& plan, csv_chunk& out)
      : plan_(plan),
        out_(out),
        p_(out.begin),
        end_(out.end),
        sep_(plan.separator),
        codes_allowed_(plan.answers != csv_answer_format::labels) {
    for (std::size_t j = 0; j < plan.item_ids.size(); ++j)
      column_.push_back(out.codes.data() + j * out.capacity);
  }

  void run() {
    while (p_ < end_) {
      if (const char* blank_end = blank_line_end(p_, end_)) {
        if (blank_end[-1] == '\n') ++line_;
        ++out_.blank;
        p_ = blank_end;
        continue;
      }
      parse_record();
    }
    out_.lines = line_;
  }

 private:
  struct row_state {
    bool ok = true;
    std::string_view id;
    std::size_t id_line = 0;
    std::array<std::optional<std::string_view>, category_count> labels;
    double weight = std::numeric_limits<double>::quiet_NaN();
  };

  void parse_record() {
    ++out_.records;
    row_ = row_state{};
    const std::size_t columns = plan_.columns.size();
    std::size_t col = 0;
    for (;;) {
      if (col == columns) {
        issue(line_, col, "csv.too_many_fields",
              "the line has more fields than the header's " + std::to_string(columns));
        skip_record(p_, end_, line_);
        break;
      }
      const std::size_t field_line = line_;
      const field_end ended = parse_field(plan_.columns[col], col);
      ++col;
      if (ended == field_end::separator) continue;
      if (col < columns)
        issue(field_line, col, "csv.too_few_fields",
              "the line ends after " + std::to_string(col) + " of the header's " +
                  std::to_string(columns) + " fields");
      break;
    }
    finish_row();
  }

  /// One field; the fast paths cover a one-digit code and an empty answer.
  field_end parse_field(const column_plan& cp, std::size_t col) {
    if (cp.kind == cell_kind::item && p_ + 1 < end_) {
      const unsigned digit = static_cast<unsigned char>(p_[0]) - unsigned{'0'};
      if (digit < 10 && codes_allowed_ && (*cp.accepted)[digit + 128]) {
        if (p_[1] == sep_) {
          column_[cp.target][out_.rows] = static_cast<std::int8_t>(digit);
          p_ += 2;
          return field_end::separator;
        }
        if (p_[1] == '\n') {
          column_[cp.target][out_.rows] = static_cast<std::int8_t>(digit);
          p_ += 2;
          ++line_;
          return field_end::line;
        }
      } else if (p_[0] == sep_) {
        column_[cp.target][out_.rows] = missing;
        ++p_;
        return field_end::separator;
      }
    }
    const std::size_t field_line = line_;
    scanned_field f;
    const auto ended = scan_field(p_, end_, sep_, line_, scratch_for(cp), f);
    take(cp, col, f, field_line);
    return ended;
  }

  std::string& scratch_for(const column_plan& cp) {
    switch (cp.kind) {
      case cell_kind::id: return id_scratch_;
      case cell_kind::category: return label_scratch_[cp.target];
      default: return scratch_;
    }
  }

  void take(const column_plan& cp, std::size_t col, const scanned_field& f, std::size_t line) {
    if (f.unterminated)
      return issue(line, col, "csv.unterminated_quote",
                   "a quote opened in this field is never closed: the rest of the file was "
                   "read as this field");
    if (f.malformed)
      return issue(line, col, "csv.malformed_quotes",
                   "a quote inside an unquoted field, or text after a closing quote; quote "
                   "the whole field and double the quotes inside it");
    switch (cp.kind) {
      case cell_kind::item: return take_answer(cp.target, col, f.text, line);
      case cell_kind::id:
        if (f.text.empty()) return issue(line, col, "csv.missing_id", "the respondent id is empty");
        row_.id = f.text;
        row_.id_line = line;
        return;
      case cell_kind::category:
        if (!is_blank(f.text)) row_.labels[cp.target] = f.text;
        return;
      case cell_kind::weight: return take_weight(col, f.text, line);
      case cell_kind::skip: return;
    }
  }

  bool is_missing_value(std::string_view text) const noexcept {
    for (const auto& m : plan_.missing_values)
      if (equal_ignoring_ascii_case(m, text)) return true;
    return false;
  }

  void take_answer(std::uint32_t item, std::size_t col, std::string_view raw, std::size_t line) {
    const auto text = trim(raw);
    std::int8_t code = missing;
    if (!text.empty() && !is_missing_value(text)) {
      const auto& lookup = plan_.lookups[item];
      long long number = 0;
      const bool as_code =
          plan_.answers != csv_answer_format::labels && parse_integer(text, number);
      std::optional<std::int8_t> labelled;
      if (as_code && lookup.accepts(number)) {
        code = static_cast<std::int8_t>(number);
      } else if (plan_.answers != csv_answer_format::codes &&
                 (labelled = lookup.code_of_label(text))) {
        code = *labelled;
      } else if (as_code) {
        return issue(line, col, "csv.not_on_scale",
                     shown(text) + " is not a code of scale \"" + lookup.scale_id() + "\" (" +
                         lookup.codes_text() + ")");
      } else {
        return issue(line, col, "csv.unknown_answer", shown(text) + " is not " + expected(lookup));
      }
    }
    column_[item][out_.rows] = code;
  }

  std::string expected(const answer_lookup& lookup) const {
    const auto codes = "a code of scale \"" + lookup.scale_id() + "\" (" + lookup.codes_text() + ")";
    const auto labels = "a label of scale \"" + lookup.scale_id() + "\" (" + lookup.labels_text() + ")";
    switch (plan_.answers) {
      case csv_answer_format::codes: return codes;
      case csv_answer_format::labels: return labels;
      default: return codes + " nor " + labels;
    }
  }

  void take_weight(std::size_t col, std::string_view raw, std::size_t line) {
    const auto text = trim(raw);
    if (text.empty()) return issue(line, col, "csv.bad_weight", "the weight is empty");
    double w = 0;
    const auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), w);
    if (error != std::errc{} || stop != text.data() + text.size())
      return issue(line, col, "csv.bad_weight", shown(text) + " is not a number");
    if (!std::isfinite(w) || w < 0)
      return issue(line, col, "csv.bad_weight",
                   shown(text) + " is not a finite number of at least 0");
    row_.weight = w;
  }

  void issue(std::size_t line, std::size_t col, const char* code, std::string message) {
    row_.ok = false;
    ++out_.issue_counts[code];
    if (out_.issues.size() >= plan_.max_issues) return;
    out_.issues.push_back({code, line, col + 1, col < plan_.names.size() ? plan_.names[col] : "",
                           std::move(message), severity::error});
  }

  void finish_row() {
    if (!row_.ok) {
      ++out_.rejected;
      return;
    }
    if (plan_.has_id) {
      out_.ids.emplace_back(row_.id);
      out_.id_hashes.push_back(hash_text(row_.id));
      out_.id_lines.push_back(row_.id_line);
    }
    for (std::size_t k = 0; k < category_count; ++k)
      if (plan_.has_category[k])
        out_.categories[k].push_back(row_.labels[k] ? out_.labels[k].intern(*row_.labels[k])
                                                    : category_column::no_category);
    if (plan_.has_weight) out_.weights.push_back(row_.weight);
    ++out_.rows;
  }

  const csv_plan& plan_;
  csv_chunk& out_;
  const char* p_;
  const char* end_;
  const char sep_;
  /// Answers may be codes: the one-digit fast path applies.
  const bool codes_allowed_;
  std::size_t line_ = 0;
  std::vector<std::int8_t*> column_;
  row_state row_;
  std::string scratch_, id_scratch_;
  std::array<std::string, category_count> label_scratch_;
};

}  // namespace

void parse_chunk(const csv_plan& plan, csv_chunk& chunk) { chunk_parser(plan, chunk).run(); }

}  // namespace responses::detail
LS_END_NAMESPACE
