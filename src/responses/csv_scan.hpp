#pragma once
// Private to src/responses: scanning CSV text (RFC 4180 fields, LF or CR LF line ends).
//
// One rule keeps parallel parsing and sequential parsing in agreement: every '"' toggles
// "inside quotes", wherever it is, and only a line feed outside quotes ends a record. A
// well-formed quoted field ("a ""b"", c") has an even number of quotes, so it ends
// outside quotes; a stray quote in an unquoted field opens a quoted stretch exactly as a
// counting scan would see it (the field is then reported as malformed). So the record
// boundaries found by counting quotes (to split a block between threads) are the ones the
// field parser finds.

#include <ls/version.hpp>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

LS_BEGIN_NAMESPACE
namespace responses::detail {

/// How a field ended.
enum class field_end { separator, line, input };

struct scanned_field {
  /// The value: unquoted, with doubled quotes made single, without a CR before the line
  /// end. Points into the input or into the scratch string.
  std::string_view text;
  bool quoted = false;
  /// A quote inside an unquoted field, or text after a closing quote.
  bool malformed = false;
  /// A quote opened and never closed before the end of the input.
  bool unterminated = false;
};

/// How often `c` occurs in [b, e); fast when it is rare (quotes), one memchr per hit.
inline std::size_t count_byte(const char* b, const char* e, char c) noexcept {
  std::size_t n = 0;
  while (b < e) {
    const auto* at = static_cast<const char*>(std::memchr(b, c, static_cast<std::size_t>(e - b)));
    if (!at) break;
    ++n;
    b = at + 1;
  }
  return n;
}

/// The first byte at or after `p` (before `end`) that is `sep`, a line feed or a quote;
/// `end` when there is none. Eight bytes at a time (the bytes of a field that is not one
/// of those three are skipped without a comparison each).
inline const char* find_special(const char* p, const char* end, char sep) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  const std::uint64_t seps = ones * static_cast<unsigned char>(sep);
  const std::uint64_t feeds = ones * static_cast<unsigned char>('\n');
  const std::uint64_t quotes = ones * static_cast<unsigned char>('"');
  const auto zero_bytes = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
  for (; end - p >= 8; p += 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    const auto hit = zero_bytes(word ^ seps) | zero_bytes(word ^ feeds) | zero_bytes(word ^ quotes);
    if (hit) return p + std::countr_zero(hit) / 8;  // the lowest flag is exact
  }
  while (p < end && *p != sep && *p != '\n' && *p != '"') ++p;
  return p;
}

/// Reads the rest of a field whose regular form broke at `p`, toggling at every quote,
/// to the separator or line feed outside quotes.
inline field_end skip_malformed(const char*& p, const char* end, char sep, std::size_t& lines,
                                scanned_field& f) {
  bool inside = false;
  for (; p < end; ++p) {
    const char c = *p;
    if (c == '"') inside = !inside;
    else if (c == '\n') {
      ++lines;
      if (!inside) {
        ++p;
        return field_end::line;
      }
    } else if (c == sep && !inside) {
      ++p;
      return field_end::separator;
    }
  }
  f.unterminated = inside;
  return field_end::input;
}

/// What follows a field's value at `p`: separator, line end (LF or CR LF) or end of input.
/// Anything else makes the field malformed.
inline field_end after_value(const char*& p, const char* end, char sep, std::size_t& lines,
                             scanned_field& f) {
  if (p == end) return field_end::input;
  if (*p == sep) {
    ++p;
    return field_end::separator;
  }
  if (*p == '\n') {
    ++p;
    ++lines;
    return field_end::line;
  }
  if (*p == '\r' && (p + 1 == end || p[1] == '\n')) {
    if (++p == end) return field_end::input;
    ++p;
    ++lines;
    return field_end::line;
  }
  f.malformed = true;
  return skip_malformed(p, end, sep, lines, f);
}

/// Scans one field starting at `p` (advanced past it and its separator or line end).
/// `lines` counts every line feed consumed.
inline field_end scan_field(const char*& p, const char* end, char sep, std::size_t& lines,
                            std::string& scratch, scanned_field& f) {
  f = {};
  if (p < end && *p == '"') {
    f.quoted = true;
    const char* run = ++p;
    bool copied = false;
    for (;;) {
      const auto* q = static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(end - p)));
      if (!q) {
        lines += count_byte(p, end, '\n');
        p = end;
        f.unterminated = true;
        return field_end::input;
      }
      lines += count_byte(p, q, '\n');
      if (q + 1 < end && q[1] == '"') {  // a doubled quote stands for one
        if (!copied) scratch.clear();
        scratch.append(run, q + 1);
        copied = true;
        p = run = q + 2;
        continue;
      }
      if (copied) {
        scratch.append(run, q);
        f.text = scratch;
      } else {
        f.text = std::string_view(run, static_cast<std::size_t>(q - run));
      }
      p = q + 1;
      return after_value(p, end, sep, lines, f);
    }
  }
  const char* q = p;
  while (q < end && *q != sep && *q != '\n' && *q != '"') ++q;
  if (q < end && *q == '"') {
    f.malformed = true;
    p = q;
    return skip_malformed(p, end, sep, lines, f);
  }
  const char* stop = q;
  if (stop > p && stop[-1] == '\r' && (stop == end || *stop == '\n')) --stop;
  f.text = std::string_view(p, static_cast<std::size_t>(stop - p));
  p = q;
  if (p == end) return field_end::input;
  ++p;
  if (*q == sep) return field_end::separator;
  ++lines;
  return field_end::line;
}

/// Skips the rest of a record (toggling at quotes) to just past its line end.
inline void skip_record(const char*& p, const char* end, std::size_t& lines) {
  bool inside = false;
  for (; p < end; ++p) {
    if (*p == '"') inside = !inside;
    else if (*p == '\n') {
      ++lines;
      if (!inside) {
        ++p;
        return;
      }
    }
  }
}

/// When the line starting at `p` is blank (only spaces, tabs and CR): its end (past the
/// line feed, or `end`); nullptr otherwise.
inline const char* blank_line_end(const char* p, const char* end) noexcept {
  for (; p < end; ++p) {
    if (*p == '\n') return p + 1;
    if (*p != ' ' && *p != '\t' && *p != '\r') return nullptr;
  }
  return end;
}

/// One past the first line feed outside quotes at or after `from` (inside quotes there
/// when `inside`); `end` when there is none.
inline const char* next_record_start(const char* from, bool inside, const char* end) noexcept {
  for (const char* p = from; p < end; ++p) {
    if (*p == '"') inside = !inside;
    else if (*p == '\n' && !inside) return p + 1;
  }
  return end;
}

/// One past the last line feed outside quotes in [begin, end), where `begin` is the start
/// of a record and [begin, end) holds `quotes` quotes; `begin` when the text holds no
/// complete record.
inline const char* last_record_end(const char* begin, const char* end, std::size_t quotes) noexcept {
  // `quotes`: the quotes before p + 1, going down
  for (const char* p = end; p > begin;) {
    --p;
    if (*p == '"') --quotes;
    else if (*p == '\n' && quotes % 2 == 0) return p + 1;
  }
  return begin;
}

/// `text` without surrounding spaces and tabs.
inline std::string_view trim(std::string_view text) noexcept {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace responses::detail
LS_END_NAMESPACE
