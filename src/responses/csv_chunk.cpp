#include "csv_chunk.hpp"

#include "csv_scan.hpp"


#include <algorithm>
#include <charconv>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <cmath>
#include <limits>

LS_BEGIN_NAMESPACE
namespace responses::detail {

void csv_chunk::reset(const char* b, const char* e, bool at_end, std::size_t items,
                      std::size_t columns) {
  begin = b;
  end = e;
  last = at_end;
  lines = records = blank = rejected = rows = 0;
  // An accepted record has a field per column, so at least columns - 1 separators and a
  // line feed (the last record of the input may lack it): this bounds the records taken,
  // plus one slot for a record being read. Untouched parts of the buffer cost nothing.
  capacity = static_cast<std::size_t>(e - b) / std::max<std::size_t>(columns - 1, 1) + 2;
  capacity = (capacity + tile - 1) / tile * tile;
  if (codes_size < items * capacity) {
    codes_size = items * capacity;
    codes.reset(new std::int8_t[codes_size]);
  }
  ids.clear();
  id_hashes.clear();
  id_lines.clear();
  for (auto& c : categories) c.clear();
  unescaped.clear();
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

/// Only spaces, tabs and line breaks (ls::is_blank, without a library call per character:
/// this runs for every label of every row).
bool blank(std::string_view text) noexcept {
  for (const char c : text)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  return true;
}

/// "1.25", "0.5", "3": at most 15 digits, no sign or exponent. Then digits / 10^k, both
/// exact doubles, is one correctly rounded division: the same value from_chars gives.
bool simple_decimal(std::string_view text, double& value) noexcept {
  static constexpr double powers[] = {1e0, 1e1, 1e2, 1e3, 1e4,  1e5,  1e6,  1e7,
                                      1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  std::uint64_t digits = 0;
  std::size_t count = 0, decimals = 0;
  bool point = false;
  for (const char c : text) {
    if (c == '.' && !point) {
      point = true;
      continue;
    }
    const unsigned d = static_cast<unsigned char>(c) - unsigned{'0'};
    if (d > 9 || ++count > 15) return false;
    digits = digits * 10 + d;
    decimals += point;
  }
  if (count == 0) return false;
  value = static_cast<double>(digits) / powers[decimals];
  return true;
}

#if defined(__SSE2__)
/// Eight answered items at a time, while the file has them as "d,d,d,d,d,d,d,d," with
/// every digit in the accepted range and the items fill consecutive columns; stops (for
/// the one-at-a-time loop) at anything else. SSE2 is part of every x86-64 processor.
std::size_t read_eight_at_a_time(const char*& p_io, const char* end, char sep,
                                 const column_plan* plans, std::size_t col, std::size_t last,
                                 std::int8_t* codes) noexcept {
  const column_plan& first = plans[col];
  if (first.digit_lo > first.digit_hi) return col;
  const std::size_t stop = col + std::min<std::size_t>(first.consecutive, last - col);
  const __m128i separators = _mm_set1_epi16(static_cast<short>(static_cast<unsigned char>(sep) << 8));
  const __m128i high_bytes = _mm_set1_epi16(static_cast<short>(0xff00));
  const __m128i low_bytes = _mm_set1_epi16(0x00ff);
  const __m128i below = _mm_set1_epi16(static_cast<short>('0' + first.digit_lo - 1));
  const __m128i above = _mm_set1_epi16(static_cast<short>('0' + first.digit_hi + 1));
  std::int8_t* out = codes + first.target * csv_chunk::tile;
  const char* p = p_io;
  while (stop - col >= 8 && end - p >= 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i seps_ok = _mm_cmpeq_epi16(_mm_and_si128(bytes, high_bytes), separators);
    const __m128i digits = _mm_and_si128(bytes, low_bytes);
    const __m128i in_range =
        _mm_and_si128(_mm_cmpgt_epi16(digits, below), _mm_cmplt_epi16(digits, above));
    if (_mm_movemask_epi8(_mm_and_si128(seps_ok, in_range)) != 0xffff) break;
    alignas(16) std::uint8_t packed[16];
    _mm_store_si128(reinterpret_cast<__m128i*>(packed), _mm_packus_epi16(digits, digits));
    for (std::size_t i = 0; i < 8; ++i)
      out[i * csv_chunk::tile] = static_cast<std::int8_t>(packed[i] - '0');
    out += 8 * csv_chunk::tile;
    p += 16;
    col += 8;
  }
  p_io = p;
  return col;
}
#else
std::size_t read_eight_at_a_time(const char*&, const char*, char, const column_plan*,
                                 std::size_t col, std::size_t, std::int8_t*) noexcept {
  return col;
}
#endif

/// The common case, in a loop of its own so that everything stays in registers: a run of
/// item columns with the same scale, answered with one-digit codes or not at all. Stops
/// at the first other field (or at `last`); returns the column it stopped at.
std::size_t read_digit_run(const char*& p_io, const char* end, char sep, const column_plan* plans,
                           std::size_t col, std::size_t last, const bool* accepted,
                           std::int8_t* codes) noexcept {
  const char* p = p_io;
  for (; col < last && end - p > 1; ++col) {
    col = read_eight_at_a_time(p, end, sep, plans, col, last, codes);  // then one, and again
    if (col == last || end - p <= 1) break;
    const unsigned digit = static_cast<unsigned char>(p[0]) - unsigned{'0'};
    std::int8_t code;
    if (digit < 10 && p[1] == sep && accepted[digit + 128]) {
      code = static_cast<std::int8_t>(digit);
      p += 2;
    } else if (p[0] == sep) {
      code = missing_code;
      ++p;
    } else {
      break;
    }
    codes[plans[col].target * csv_chunk::tile] = code;
  }
  p_io = p;
  return col;
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
    intern_labels();
  }

  /// Labels are interned `batch` rows at a time: the table slots of all of them are
  /// fetched first, so the lookups wait for memory together rather than one by one
  /// (40,000 schools in random order do not fit in cache), while the rows' text is still
  /// in cache.
  static constexpr std::size_t batch = 64;

  void intern_labels() {
    const std::size_t n = pending_rows_;
    pending_rows_ = 0;
    std::array<std::uint64_t, batch> hashes;
    std::array<std::int32_t, batch> found;
    for (std::size_t k = 0; k < category_count; ++k) {
      if (!plan_.has_category[k]) continue;
      const auto& labels = pending_[k];
      auto& index = out_.labels[k];
      // Recent short labels need no lookup; the others are fetched together.
      for (std::size_t r = 0; r < n; ++r) {
        found[r] = labels[r].data() ? index.cached(labels[r]) : category_column::no_category;
        if (found[r] != -2) continue;
        hashes[r] = hash_text(labels[r]);
        index.prefetch(hashes[r]);
      }
      auto& codes = out_.categories[k];
      for (std::size_t r = 0; r < n; ++r)
        codes.push_back(found[r] != -2 ? found[r] : index.intern_and_cache(labels[r], hashes[r]));
    }
  }

 private:
  struct row_state {
    bool ok = true;
    std::string_view id;
    std::size_t id_line = 0;
    std::array<std::optional<std::string_view>, category_count> labels;
    double weight = std::numeric_limits<double>::quiet_NaN();
  };

  /// One record. The common case, a one-digit code or an empty answer, is handled here
  /// on local variables: codes are stored through int8_t pointers, which may alias
  /// anything, so members would be re-read from memory after every store.
  void parse_record() {
    ++out_.records;
    row_.ok = true;
    row_.id = {};
    row_.weight = std::numeric_limits<double>::quiet_NaN();
    for (auto& label : row_.labels) label.reset();
    const std::size_t columns = plan_.columns.size();
    const column_plan* const plans = plan_.columns.data();
    std::int8_t* const codes = out_.row_codes(out_.rows, plan_.item_ids.size());
    constexpr std::size_t stride = csv_chunk::tile;
    const char* const end = end_;
    const char sep = sep_;
    const bool digits = codes_allowed_;
    const char* p = p_;
    std::size_t col = 0;
    for (;;) {
      if (col == columns) {
        p_ = p;
        issue(line_, col, "csv.too_many_fields",
              "the line has more fields than the header's " + std::to_string(columns));
        skip_record(p_, end_, line_);
        break;
      }
      if (plans[col].kind == cell_kind::item && digits) {
        col = read_digit_run(p, end, sep, plans, col, col + plans[col].run,
                             plans[col].accepted->data(), codes);
        if (col == columns || plans[col].kind != cell_kind::item) continue;
      }
      const column_plan& cp = plans[col];
      std::size_t field_line = line_;
      field_end ended;
      if (cp.kind == cell_kind::item && end - p > 1) {
        const unsigned digit = static_cast<unsigned char>(p[0]) - unsigned{'0'};
        const char next = p[1];
        if (digits && digit < 10 && (next == sep || next == '\n') &&
            (*cp.accepted)[digit + 128]) {
          codes[cp.target * stride] = static_cast<std::int8_t>(digit);
          p += 2;
          ++col;
          if (next == sep) continue;
          ++line_;
          ended = field_end::line;
        } else if (p[0] == sep) {
          codes[cp.target * stride] = missing;
          ++p;
          ++col;
          continue;
        } else {
          ended = slow_field(cp, col, p);
        }
      } else if (p < end && *p != '"') {
        ended = plain_field(cp, col, p);
      } else {
        ended = slow_field(cp, col, p);
      }
      if (ended == field_end::separator) continue;
      if (col < columns)
        issue(field_line, col, "csv.too_few_fields",
              "the line ends after " + std::to_string(col) + " of the header's " +
                  std::to_string(columns) + " fields");
      p_ = p;
      break;
    }
    finish_row();
  }

  /// A field without quotes (metadata, mostly) read in place; one that turns out to hold a
  /// quote goes to the full scanner. Advances `p` and `col`.
  field_end plain_field(const column_plan& cp, std::size_t& col, const char*& p) {
    const char* q = find_special(p, end_, sep_);
    if (q < end_ && *q == '"') return slow_field(cp, col, p);
    const char* stop = q;
    if (stop > p && stop[-1] == '\r' && (q == end_ || *q == '\n')) --stop;
    const std::size_t field_line = line_;
    field_end ended = field_end::input;
    if (q < end_) {
      ended = *q == sep_ ? field_end::separator : field_end::line;
      if (ended == field_end::line) ++line_;
      ++q;
    }
    take_text(cp, col, std::string_view(p, static_cast<std::size_t>(stop - p)), field_line);
    p = q;
    ++col;
    return ended;
  }

  /// Any field, through the full scanner; advances `p` and `col`.
  field_end slow_field(const column_plan& cp, std::size_t& col, const char*& p) {
    p_ = p;
    const std::size_t field_line = line_;
    scanned_field f;
    const auto ended = scan_field(p_, end_, sep_, line_, scratch_for(cp), f);
    take(cp, col, f, field_line);
    p = p_;
    ++col;
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
    take_text(cp, col, f.text, line);
  }

  void take_text(const column_plan& cp, std::size_t col, std::string_view text, std::size_t line) {
    switch (cp.kind) {
      case cell_kind::item: return take_answer(cp.target, col, text, line);
      case cell_kind::id:
        if (text.empty()) return issue(line, col, "csv.missing_id", "the respondent id is empty");
        row_.id = text;
        row_.id_line = line;
        return;
      case cell_kind::category:
        if (!blank(text)) row_.labels[cp.target] = text;
        return;
      case cell_kind::weight: return take_weight(col, text, line);
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
    out_.row_codes(out_.rows, plan_.item_ids.size())[item * csv_chunk::tile] = code;
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
    if (!simple_decimal(text, w)) {
      const auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), w);
      if (error != std::errc{} || stop != text.data() + text.size())
        return issue(line, col, "csv.bad_weight", shown(text) + " is not a number");
    }
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
      std::string_view id = row_.id;
      if (id.data() < out_.begin || id.data() >= out_.end) id = out_.unescaped.emplace_back(id);
      out_.ids.push_back(id);
      out_.id_hashes.push_back(hash_text(id));
      out_.id_lines.push_back(row_.id_line);
    }
    for (std::size_t k = 0; k < category_count; ++k) {
      if (!plan_.has_category[k]) continue;
      std::string_view label;
      if (row_.labels[k]) {
        label = *row_.labels[k];
        if (label.data() < out_.begin || label.data() >= out_.end)  // in a scratch string
          label = out_.unescaped.emplace_back(label);
      }
      pending_[k][pending_rows_] = label;
    }
    if (++pending_rows_ == batch) intern_labels();
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
  row_state row_;
  std::string scratch_, id_scratch_;
  std::array<std::array<std::string_view, batch>, category_count> pending_;
  std::size_t pending_rows_ = 0;
  std::array<std::string, category_count> label_scratch_;
};

}  // namespace

void parse_chunk(const csv_plan& plan, csv_chunk& chunk) { chunk_parser(plan, chunk).run(); }

}  // namespace responses::detail
LS_END_NAMESPACE
