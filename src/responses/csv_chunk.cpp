#include "csv_chunk.hpp"

#include "csv_scan.hpp"


#include <ls/stats/simd.hpp>

#include <algorithm>
#include <charconv>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <cmath>
#include <limits>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define LS_CSV_WHOLE_ROWS 1
#include <immintrin.h>
// The whole-row path: 64-byte compares (AVX-512 BW), byte compress and expand (VBMI2),
// bit deposit and extract (BMI2). Compiled for these only; run only where the processor
// has them (whole_rows_available).
#define LS_TARGET_WHOLE_ROWS \
  __attribute__((target("avx512f,avx512bw,avx512vl,avx512vbmi,avx512vbmi2,bmi,bmi2,popcnt,lzcnt")))
#endif

LS_BEGIN_NAMESPACE
namespace responses::detail {

bool whole_rows_available() noexcept {
#ifdef LS_CSV_WHOLE_ROWS
  static const bool processor = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
           __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512vbmi") &&
           __builtin_cpu_supports("avx512vbmi2") && __builtin_cpu_supports("bmi2") &&
           __builtin_cpu_supports("popcnt");
  }();
  return processor && stats::active_simd_level() == stats::simd_level::avx512_vnni;
#else
  return false;
#endif
}

void csv_chunk::reset(const char* b, const char* e, bool at_end, std::size_t items,
                      std::size_t columns) {
  begin = b;
  end = e;
  last = at_end;
  lines = records = blank = rejected = rows = quotes_read = 0;
  // An accepted record has a field per column, so at least columns - 1 separators and a
  // line feed (the last record of the input may lack it): this bounds the records taken,
  // plus one slot for a record being read. Untouched parts of the buffer cost nothing.
  capacity = static_cast<std::size_t>(e - b) / std::max<std::size_t>(columns - 1, 1) + 2;
  if (codes_size < items * capacity + 64) {
    codes_size = items * capacity + 64;
    codes.reset(new std::int8_t[codes_size]);
    advise_huge_pages(codes.get(), codes_size);  // a few MB, first written row by row
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
  std::int8_t* out = codes + first.target;
  const char* p = p_io;
  while (stop - col >= 8 && end - p >= 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i seps_ok = _mm_cmpeq_epi16(_mm_and_si128(bytes, high_bytes), separators);
    const __m128i digits = _mm_and_si128(bytes, low_bytes);
    const __m128i in_range =
        _mm_and_si128(_mm_cmpgt_epi16(digits, below), _mm_cmplt_epi16(digits, above));
    if (_mm_movemask_epi8(_mm_and_si128(seps_ok, in_range)) != 0xffff) break;
    const __m128i codes8 = _mm_sub_epi8(_mm_packus_epi16(digits, digits), _mm_set1_epi8('0'));
    _mm_storel_epi64(reinterpret_cast<__m128i*>(out), codes8);
    out += 8;
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
    codes[plans[col].target] = code;
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
        codes_allowed_(plan.answers != csv_answer_format::labels),
        row_codes_(plan.columns.size() + 128) {}

  void run() {
    while (p_ < end_) {
#ifdef LS_CSV_WHOLE_ROWS
      if (plan_.whole_rows && whole_record()) continue;
#endif
      if (const char* blank_end = blank_line_end(p_, end_)) {
        if (blank_end[-1] == '\n') ++line_;
        ++out_.blank;
        p_ = blank_end;
        continue;
      }
      const char* record = p_;
      parse_record();
      out_.quotes_read += count_quotes(record, p_, plan_.whole_rows);  // whole rows have none
    }
    out_.lines = line_;
    intern_labels();
  }

  /// Labels are interned `batch` rows at a time: the table slots of all of them are
  /// fetched first, so the lookups wait for memory together rather than one by one
  /// (40,000 schools in random order do not fit in cache), while the rows' text is still
  /// in cache.
  static constexpr std::size_t batch = label_index::max_batch;

  void intern_labels() {
    const std::size_t n = pending_rows_;
    pending_rows_ = 0;
    for (std::size_t k = 0; k < category_count; ++k)
      if (plan_.has_category[k]) out_.labels[k].intern_batch(pending_[k].data(), n, out_.categories[k]);
  }

 private:
  struct row_state {
    bool ok = true;
    std::string_view id;
    std::size_t id_line = 0;
    std::array<std::optional<std::string_view>, category_count> labels;
    double weight = std::numeric_limits<double>::quiet_NaN();
  };

#ifdef LS_CSV_WHOLE_ROWS
  /// The longest record the whole-row path takes, in 64-byte blocks; longer ones go the
  /// field by field way.
  static constexpr std::size_t max_blocks = 64;

  /// The field ends of a record, one bit per byte in 64-bit words, taken in order.
  struct field_ends {
    const std::uint64_t* words;
    std::size_t word;
    std::uint64_t bits;  // of words[word], those not taken yet

    /// The next end.
    LS_TARGET_WHOLE_ROWS std::size_t next() noexcept {
      while (bits == 0) bits = words[++word];
      const auto at = word * 64 + static_cast<std::size_t>(_tzcnt_u64(bits));
      bits &= bits - 1;
      return at;
    }
    /// Passes over k ends, when more than k are left.
    LS_TARGET_WHOLE_ROWS void skip(std::size_t k) noexcept {
      for (;;) {
        const auto here = static_cast<std::size_t>(_mm_popcnt_u64(bits));
        if (here > k) break;
        k -= here;
        bits = words[++word];
      }
      bits = _pdep_u64(~std::uint64_t{0} << k, bits);
    }
  };

  /// The record at p_ read at once, when it is the common kind: one line, no quote, as
  /// many fields as the header. Its separators are found 64 bytes at a time, which gives
  /// every field's place; metadata fields then go through take_text, and each run of item
  /// columns is decoded in one go when its fields are empty or one accepted digit
  /// (decode_items), field by field through take_text otherwise. So a row gives the same
  /// codes, metadata and issues (same line, column and message) as parse_record would.
  /// False, having changed nothing, for any other record (blank lines included).
  LS_TARGET_WHOLE_ROWS bool whole_record() {
    std::uint64_t ends[max_blocks + 1];  // field ends: separators, then the record's end
    const char* const p = p_;
    const auto left = static_cast<std::size_t>(end_ - p);
    const __m512i seps = _mm512_set1_epi8(sep_);
    const __m512i feeds = _mm512_set1_epi8('\n');
    const __m512i quotes = _mm512_set1_epi8('"');
    std::size_t length = 0;  // before the line feed, or to the end of the input
    bool feed = false;
    std::size_t b = 0;
    for (;; ++b) {
      const std::size_t at = b * 64;
      if (at >= left) {  // no line feed: only the input's last record may lack one
        if (!out_.last) return false;
        ends[b] = 0;
        length = left;
        break;
      }
      if (b == max_blocks) return false;
      const __mmask64 valid = left - at >= 64 ? ~__mmask64{0} : (__mmask64{1} << (left - at)) - 1;
      const __m512i v = _mm512_maskz_loadu_epi8(valid, p + at);
      const std::uint64_t lf = _mm512_mask_cmpeq_epi8_mask(valid, v, feeds);
      const std::uint64_t quote = out_.quotes ? _mm512_mask_cmpeq_epi8_mask(valid, v, quotes) : 0;
      const std::uint64_t sep = _mm512_mask_cmpeq_epi8_mask(valid, v, seps);
      if (lf) {
        const std::uint64_t before = (lf & (0 - lf)) - 1;
        if (quote & before) return false;
        ends[b] = sep & before;
        length = at + static_cast<std::size_t>(_tzcnt_u64(lf));
        feed = true;
        break;
      }
      if (quote) return false;
      ends[b] = sep;
    }
    std::size_t content = length;  // without a CR before the line end
    if (content > 0 && p[content - 1] == '\r') --content;
    ends[content / 64] |= std::uint64_t{1} << (content % 64);
    std::size_t fields = 0;
    for (std::size_t k = 0; k <= b; ++k) fields += static_cast<std::size_t>(_mm_popcnt_u64(ends[k]));
    if (fields != plan_.columns.size()) return false;

    begin_row();
    const column_plan* const plans = plan_.columns.data();
    const std::size_t columns = plan_.columns.size();
    std::int8_t* const codes = out_.row_codes(out_.rows, plan_.item_ids.size());
    field_ends cursor{ends, 0, ends[0]};
    std::size_t start = 0;
    for (std::size_t col = 0; col < columns;) {
      const column_plan& cp = plans[col];
      if (cp.kind == cell_kind::item) {
        const std::size_t n = cp.items_from_here;
        if (n > 1) cursor.skip(n - 1);
        const std::size_t stop = cursor.next();
        if (!codes_allowed_ || !decode_items(p, start, stop, content, col, n, codes))
          items_one_by_one(p, start, stop, col, n);
        start = stop + 1;
        col += n;
        continue;
      }
      const std::size_t stop = cursor.next();
      const std::string_view text(p + start, stop - start);
      if (cp.kind == cell_kind::category) {  // take_text's work, without the call
        if (!blank(text)) row_.labels[cp.target] = text;
      } else if (cp.kind == cell_kind::id && !text.empty()) {
        row_.id = text;
        row_.id_line = line_;
      } else {
        take_text(cp, col, text, line_);
      }
      start = stop + 1;
      ++col;
    }
    p_ = p + length;
    if (feed) {
      ++p_;
      ++line_;
    }
    finish_row();
    return true;
  }

  /// The item columns col .. col + n - 1, whose fields fill [a, b) of the record at p (b:
  /// the separator after the last, or the record's content end), when every field is
  /// empty or one digit the column accepts: their codes, into the row's codes. False when
  /// any is not (nothing is written then that the field by field way does not overwrite).
  ///
  /// 64 bytes at a time, each window starting one byte before the bytes it reads, so that
  /// a field's end (a separator, at 1..63 in the window) and its digit (the byte before)
  /// are always in the same window: the digits are compressed together (VBMI2), and
  /// expanded to the places of their fields among the ends (pext), empty fields missing.
  LS_TARGET_WHOLE_ROWS bool decode_items(const char* p, std::size_t a, std::size_t b,
                                         std::size_t content, std::size_t col, std::size_t n,
                                         std::int8_t* codes) {
    const __m512i seps = _mm512_set1_epi8(sep_);
    const __m512i zeros = _mm512_set1_epi8('0');
    const __m512i missings = _mm512_set1_epi8(missing);
    // Straight into the row when the columns fill the matrix's in order, else through
    // row_codes_ to each column's place.
    const bool in_order = plan_.columns[col].targets_in_order >= n;
    std::int8_t* const row = in_order ? codes + plan_.columns[col].target : row_codes_.data();
    const std::int8_t* const lo = plan_.digit_lo.data() + col;
    const std::int8_t* const hi = plan_.digit_hi.data() + col;
    constexpr std::uint64_t all = ~std::uint64_t{0};
    std::size_t done = 0;
    std::uint64_t bad = 0;
    // Window w reads the bytes at o + 0 .. o + 63 with o = a - 1 + 63 w; the first window's
    // byte 0 (before field col) is neither read as a field's byte nor as an end.
    for (std::size_t o1 = a;; o1 += 63) {  // o1 = o + 1
      const bool first = o1 == a;
      const std::size_t span = b + 1 - o1;  // the last field's end at window position span
      const std::uint64_t before_end = span >= 64 ? all : (std::uint64_t{1} << span) - 1;
      const std::uint64_t through_end = span >= 63 ? all : (std::uint64_t{2} << span) - 1;
      const std::uint64_t from = first ? all << 1 : all;
      // The end itself is read when it is a separator (not the record's end: a CR, a line
      // feed or the end of the input).
      const std::uint64_t loaded = from & (b == content ? before_end : through_end);
      const __m512i v = _mm512_maskz_loadu_epi8(loaded, p + o1 - 1);
      const std::uint64_t sep = _mm512_mask_cmpeq_epi8_mask(loaded, v, seps);
      const std::uint64_t text = ~sep & before_end & from;  // the fields' bytes
      const std::uint64_t window_ends =
          (sep | (span < 64 ? std::uint64_t{1} << span : 0)) & through_end & (all << 1);
      const std::uint64_t with_digit = (text << 1) & window_ends;
      const std::uint64_t present = _pext_u64(with_digit, window_ends);
      const auto count = static_cast<std::size_t>(_mm_popcnt_u64(window_ends));
      const __m512i digits = _mm512_maskz_compress_epi8(with_digit >> 1, _mm512_sub_epi8(v, zeros));
      const __m512i got = _mm512_mask_expand_epi8(missings, present, digits);
      const __m512i low = _mm512_loadu_si512(lo + done);
      const __m512i high = _mm512_loadu_si512(hi + done);
      const std::uint64_t fine =
          _mm512_cmpge_epi8_mask(got, low) & _mm512_cmple_epi8_mask(got, high);
      // A field of two characters or more; a character that is not an accepted digit.
      // Checked once at the end: until then the codes written stay inside the run's
      // (the ends are the separators, whatever the text between them).
      bad |= (text & (text << 1)) | (present & ~fine);
      _mm512_mask_storeu_epi8(row + done, (std::uint64_t{1} << count) - 1, got);
      done += count;
      if (span < 64) break;
    }
    if (bad) return false;
    if (in_order) return true;
    const std::uint32_t* const targets = plan_.targets.data() + col;
    for (std::size_t j = 0; j < n; ++j) codes[targets[j]] = row[j];
    return true;
  }
#endif

  /// The item columns col .. col + n - 1 of a one-line record without quotes, whose
  /// fields fill [a, b) of the record at p, each through take_text.
  void items_one_by_one(const char* p, std::size_t a, std::size_t b, std::size_t col,
                        std::size_t n) {
    for (std::size_t j = 0; j < n; ++j) {
      std::size_t stop = b;
      if (j + 1 < n)
        stop = static_cast<std::size_t>(
            static_cast<const char*>(std::memchr(p + a, sep_, b - a)) - p);
      take_text(plan_.columns[col + j], col + j, std::string_view(p + a, stop - a), line_);
      a = stop + 1;
    }
  }

  void begin_row() {
    ++out_.records;
    row_.ok = true;
    row_.id = {};
    row_.weight = std::numeric_limits<double>::quiet_NaN();
    for (auto& label : row_.labels) label.reset();
  }

  /// One record. The common case, a one-digit code or an empty answer, is handled here
  /// on local variables: codes are stored through int8_t pointers, which may alias
  /// anything, so members would be re-read from memory after every store.
  void parse_record() {
    begin_row();
    const std::size_t columns = plan_.columns.size();
    const column_plan* const plans = plan_.columns.data();
    std::int8_t* const codes = out_.row_codes(out_.rows, plan_.item_ids.size());
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
          codes[cp.target] = static_cast<std::int8_t>(digit);
          p += 2;
          ++col;
          if (next == sep) continue;
          ++line_;
          ended = field_end::line;
        } else if (p[0] == sep) {
          codes[cp.target] = missing;
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
    out_.row_codes(out_.rows, plan_.item_ids.size())[item] = code;
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
    if (simple_decimal(text, w)) {  // finite and at least 0: no branch waits for the division
      row_.weight = w;
      return;
    }
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
  /// A row's item codes in column order, when the columns are not in the matrix's order
  /// (whole-row path);
  /// room for 64 more, written by full-width stores.
  std::vector<std::int8_t> row_codes_;
};

}  // namespace

void parse_chunk(const csv_plan& plan, csv_chunk& chunk) { chunk_parser(plan, chunk).run(); }

#ifdef LS_CSV_WHOLE_ROWS
namespace {
LS_TARGET_WHOLE_ROWS std::size_t count_quotes_avx512(const char* b, const char* e) noexcept {
  const __m512i quotes = _mm512_set1_epi8('"');
  std::size_t n = 0;
  for (; e - b >= 64; b += 64)
    n += static_cast<std::size_t>(
        _mm_popcnt_u64(_mm512_cmpeq_epi8_mask(_mm512_loadu_si512(b), quotes)));
  const auto left = static_cast<std::size_t>(e - b);
  const __mmask64 valid = (__mmask64{1} << left) - 1;  // left < 64
  return n + static_cast<std::size_t>(_mm_popcnt_u64(
                 _mm512_mask_cmpeq_epi8_mask(valid, _mm512_maskz_loadu_epi8(valid, b), quotes)));
}
}  // namespace
#endif

std::size_t count_quotes(const char* b, const char* e, bool vector) noexcept {
#ifdef LS_CSV_WHOLE_ROWS
  if (vector) return count_quotes_avx512(b, e);
#else
  (void)vector;
#endif
  return count_byte(b, e, '"');
}

}  // namespace responses::detail
LS_END_NAMESPACE
