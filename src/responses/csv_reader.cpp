#include <ls/responses/csv_reader.hpp>

#include "csv_chunk.hpp"
#include "csv_output.hpp"
#include "csv_scan.hpp"
#include "fork_join.hpp"

#include <ls/core/error.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <istream>
#include <memory>
#include <set>
#include <thread>

#if defined(__unix__) || defined(__APPLE__)
#define LS_CSV_MMAP 1
#include <sys/mman.h>
#include <sys/stat.h>
#endif

LS_BEGIN_NAMESPACE
namespace responses {

// ---------------------------------------------------------------------------------------
// The report

bool csv_report::ok() const noexcept { return header_ok && read_to_end && rejected == 0; }

validation_report csv_report::to_validation_report() const {
  validation_report out;
  for (const auto& i : issues)
    out.issues.push_back({i.code, "/" + std::to_string(i.line) + "/" + std::to_string(i.column),
                          i.message, i.severity});
  return out;
}

std::string csv_report::summary() const {
  constexpr std::size_t max_lines = 20;
  std::string out = std::to_string(rows_read) + " rows read: " + std::to_string(accepted) +
                    " accepted, " + std::to_string(rejected) + " rejected";
  if (blank_lines > 0) out += "; " + std::to_string(blank_lines) + " blank lines skipped";
  if (!header_ok) out += "; the header stopped the read";
  else if (!read_to_end) out += "; reading stopped before the end";
  out += "\n";
  for (const auto& [code, count] : issue_counts)
    out += "  " + code + ": " + std::to_string(count) + "\n";
  for (std::size_t i = 0; i < issues.size() && i < max_lines; ++i) {
    const auto& x = issues[i];
    out += "line " + std::to_string(x.line);
    if (x.column > 0) {
      out += ", column " + std::to_string(x.column);
      if (!x.column_name.empty()) out += " (" + x.column_name + ")";
    }
    out += ": " + std::string(x.severity == severity::error ? "error " : "warning ") + x.code +
           ": " + x.message + "\n";
  }
  if (issues.size() > max_lines)
    out += "... and " + std::to_string(issues.size() - max_lines) + " more\n";
  return out;
}

namespace {

// ---------------------------------------------------------------------------------------
// Where the bytes come from

class byte_source {
 public:
  virtual ~byte_source() = default;
  /// Up to `n` bytes; fewer only at the end of the input.
  virtual std::size_t read(char* to, std::size_t n) = 0;
  /// The total size, when known (to size the matrix once).
  virtual std::optional<std::size_t> size() const { return std::nullopt; }
  /// The whole input, when it is in memory already (text, or a file mapped into memory):
  /// then it is parsed where it is, not copied block by block into a buffer.
  virtual std::optional<std::string_view> whole() const { return std::nullopt; }
  /// whole() is a file mapped into memory, whose pages come in as they are first read.
  virtual bool mapped() const { return false; }
};

class file_source final : public byte_source {
 public:
  explicit file_source(const std::filesystem::path& path) : path_(path) {
    file_ = std::fopen(path.string().c_str(), "rb");
    if (!file_)
      throw error("cannot open \"" + path.string() + "\": " + std::strerror(errno));
    map();
  }
  ~file_source() override {
#if LS_CSV_MMAP
    if (mapped_) munmap(mapped_, mapped_size_);
#endif
    std::fclose(file_);
  }
  file_source(const file_source&) = delete;
  file_source& operator=(const file_source&) = delete;

  std::size_t read(char* to, std::size_t n) override {
    std::size_t got = 0;
    while (got < n) {
      const auto step = std::fread(to + got, 1, n - got, file_);
      if (step == 0) {
        if (std::ferror(file_)) throw error("cannot read \"" + path_.string() + "\"");
        break;
      }
      got += step;
    }
    return got;
  }
  std::optional<std::size_t> size() const override {
    if (mapped_) return mapped_size_;
    std::error_code ec;
    const auto bytes = std::filesystem::file_size(path_, ec);
    if (ec) return std::nullopt;
    return static_cast<std::size_t>(bytes);
  }
  std::optional<std::string_view> whole() const override {
    if (!mapped_) return std::nullopt;
    return std::string_view(static_cast<const char*>(mapped_), mapped_size_);
  }
  bool mapped() const override { return mapped_ != nullptr; }

 private:
  /// A regular file is mapped into memory (read where it lies in the page cache, with no
  /// copy); anything else (a pipe, an empty file) or a failed mapping is read with fread.
  void map() {
#if LS_CSV_MMAP
    struct stat info;
    if (fstat(fileno(file_), &info) != 0 || !S_ISREG(info.st_mode) || info.st_size <= 0) return;
    const auto bytes = static_cast<std::size_t>(info.st_size);
    void* at = mmap(nullptr, bytes, PROT_READ, MAP_PRIVATE, fileno(file_), 0);
    if (at == MAP_FAILED) return;
    mapped_ = at;
    mapped_size_ = bytes;
#endif
  }

  std::filesystem::path path_;
  std::FILE* file_ = nullptr;
  void* mapped_ = nullptr;
  std::size_t mapped_size_ = 0;
};

class stream_source final : public byte_source {
 public:
  explicit stream_source(std::istream& in) : in_(in) {}
  std::size_t read(char* to, std::size_t n) override {
    in_.read(to, static_cast<std::streamsize>(n));
    if (in_.bad()) throw error("cannot read the CSV stream");
    return static_cast<std::size_t>(in_.gcount());
  }

 private:
  std::istream& in_;
};

class text_source final : public byte_source {
 public:
  explicit text_source(std::string_view text) : text_(text) {}
  std::size_t read(char* to, std::size_t n) override {
    const auto step = std::min(n, text_.size() - at_);
    std::memcpy(to, text_.data() + at_, step);
    at_ += step;
    return step;
  }
  std::optional<std::size_t> size() const override { return text_.size(); }
  std::optional<std::string_view> whole() const override { return text_; }

 private:
  std::string_view text_;
  std::size_t at_ = 0;
};

// ---------------------------------------------------------------------------------------
// Options and header: what each column is

using detail::cell_kind;
using detail::column_plan;
using detail::csv_plan;

constexpr std::array<const char*, 7> metadata_fields = {"id",   "system", "school", "team",
                                                        "role", "wave",   "weight"};

column_plan metadata_plan(std::string_view field) {
  if (field == "id") return {cell_kind::id, 0, nullptr};
  if (field == "weight") return {cell_kind::weight, 0, nullptr};
  for (std::uint32_t k = 0; k < detail::category_count; ++k)
    if (field == detail::category_names[k]) return {cell_kind::category, k, nullptr};
  throw error("\"" + std::string(field) +
              "\" is not a metadata field (id, system, school, team, role, wave, weight)");
}

bool is_metadata_field(std::string_view name) {
  return std::find(metadata_fields.begin(), metadata_fields.end(), name) != metadata_fields.end();
}

/// The parts of the plan that come from the options alone; throws ls::error when they
/// cannot be used (before any byte is read).
csv_plan plan_from_options(const survey::instrument& instrument, const csv_options& options) {
  csv_plan plan;
  if (options.separator.size() != 1 || options.separator == "\"" || options.separator == "\n" ||
      options.separator == "\r")
    throw error("the separator must be one character other than a quote or line break, got \"" +
                options.separator + "\"");
  if (options.threads < 0) throw error("threads must be 0 (all) or more");
  plan.separator = options.separator[0];
  plan.answers = options.answers;
  plan.item_ids = options.items.empty() ? instrument.rated_item_ids() : options.items;
  std::set<std::string> seen;
  for (const auto& id : plan.item_ids) {
    const auto scale = instrument.scale_of(id);
    if (!scale)
      throw error("\"" + id + "\" is not a rated item of instrument \"" + instrument.id + "\"");
    if (!seen.insert(id).second) throw error("item \"" + id + "\" is listed twice in items");
    plan.lookups.emplace_back(*scale, options.case_sensitive_labels);
  }
  for (const auto& [header, item] : options.item_columns)
    if (!instrument.find_item(item))
      throw error("item_columns maps \"" + header + "\" to \"" + item +
                  "\", which is not an item of instrument \"" + instrument.id + "\"");
  for (const auto& [header, field] : options.metadata_columns) metadata_plan(field);
  for (const auto& field : options.required_metadata) metadata_plan(field);
  for (const auto& m : options.missing_values) plan.missing_values.push_back(m);
  for (const auto& lookup : plan.lookups) {
    auto codes = lookup.accepted_codes();
    for (const auto& m : options.missing_values)  // "9" listed as missing is no answer
      if (m.size() == 1 && m[0] >= '0' && m[0] <= '9') codes[static_cast<std::size_t>(m[0] - '0' + 128)] = false;
    plan.digit_codes.push_back(codes);
  }
  if (options.max_issues) plan.max_issues = *options.max_issues;
  return plan;
}

class header_reader {
 public:
  header_reader(const survey::instrument& instrument, const csv_options& options, csv_plan& plan,
                csv_report& report, std::size_t line)
      : instrument_(instrument), options_(options), plan_(plan), report_(report), line_(line) {}

  /// Decides every column; false when the header stops the read.
  bool resolve(const std::vector<std::string>& names) {
    plan_.names = names;
    plan_.columns.assign(names.size(), column_plan{});
    std::vector<bool> item_found(plan_.item_ids.size(), false);
    for (std::size_t c = 0; c < names.size(); ++c) resolve_column(c, item_found);
    for (std::size_t j = 0; j < plan_.item_ids.size(); ++j)
      if (!item_found[j])
        add("csv.missing_column", 0, plan_.item_ids[j],
            "no column holds item \"" + plan_.item_ids[j] + "\" (name a column after it, or "
            "map one to it with item_columns)");
    for (const auto& field : options_.required_metadata)
      if (!metadata_found_.count(field))
        add("csv.missing_column", 0, field, "no column holds the required field \"" + field + "\"");
    for (const auto& issue : report_.issues)
      if (issue.severity == severity::error) return false;
    mark_runs();
    return true;
  }

  /// For each item column, how many item columns with the same accepted codes follow
  /// from it (itself included), how many of them fill consecutive matrix columns, and
  /// whether its accepted one-digit codes form a range.
  void mark_runs() {
    auto& columns = plan_.columns;
    for (std::size_t c = columns.size(); c-- > 0;) {
      auto& here = columns[c];
      if (here.kind != cell_kind::item) continue;
      const auto* next = c + 1 < columns.size() ? &columns[c + 1] : nullptr;
      const bool joins = next && next->kind == cell_kind::item && *next->accepted == *here.accepted;
      here.run = joins ? next->run + 1 : 1;
      here.consecutive = joins && next->target == here.target + 1 ? next->consecutive + 1 : 1;
      const bool item_next = next && next->kind == cell_kind::item;
      here.items_from_here = item_next ? next->items_from_here + 1 : 1;
      here.targets_in_order = item_next && next->target == here.target + 1 ? next->targets_in_order + 1 : 1;
      mark_digit_range(here);
    }
    plan_whole_rows();
  }

  /// The tables of the AVX-512 whole-row path, and whether it runs: it needs a separator
  /// that is not a digit (fields are told apart from one-digit codes by it), and a row of
  /// at least two columns (so a blank line never looks like a row).
  void plan_whole_rows() {
    const auto& columns = plan_.columns;
    const std::size_t padded = columns.size() + 64;
    plan_.digit_lo.assign(padded, 1);
    plan_.digit_hi.assign(padded, 0);
    plan_.targets.assign(padded, 0);
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (columns[c].kind != cell_kind::item) continue;
      plan_.digit_lo[c] = static_cast<std::int8_t>(columns[c].digit_lo);
      plan_.digit_hi[c] = static_cast<std::int8_t>(columns[c].digit_hi);
      plan_.targets[c] = columns[c].target;
    }
    const char sep = plan_.separator;
    plan_.whole_rows = detail::whole_rows_available() && columns.size() >= 2 &&
                       !(sep >= '0' && sep <= '9');
  }

  static void mark_digit_range(column_plan& column) {
    int lo = 10, hi = -1;
    for (int d = 0; d <= 9; ++d)
      if ((*column.accepted)[static_cast<std::size_t>(d + 128)]) lo = std::min(lo, d), hi = std::max(hi, d);
    for (int d = lo; d <= hi; ++d)
      if (!(*column.accepted)[static_cast<std::size_t>(d + 128)]) hi = -1;  // a gap: no range
    if (hi < 0) return;
    column.digit_lo = static_cast<std::uint8_t>(lo);
    column.digit_hi = static_cast<std::uint8_t>(hi);
  }

 private:
  void resolve_column(std::size_t c, std::vector<bool>& item_found) {
    const auto& name = plan_.names[c];
    csv_column column{c + 1, name, csv_column_use::unknown, ""};
    const auto item_of = [&](const std::string& id) -> std::optional<std::size_t> {
      const auto at = std::find(plan_.item_ids.begin(), plan_.item_ids.end(), id);
      if (at == plan_.item_ids.end()) return std::nullopt;
      return static_cast<std::size_t>(at - plan_.item_ids.begin());
    };
    if (const auto mapped = options_.item_columns.find(name); mapped != options_.item_columns.end()) {
      use_item(c, column, mapped->second, item_of(mapped->second), item_found);
    } else if (const auto meta = options_.metadata_columns.find(name);
               meta != options_.metadata_columns.end()) {
      use_metadata(c, column, meta->second);
    } else if (std::find(options_.ignore_columns.begin(), options_.ignore_columns.end(), name) !=
               options_.ignore_columns.end()) {
      column.use = csv_column_use::ignored;
    } else if (const auto j = item_of(name)) {
      use_item(c, column, name, j, item_found);
    } else if (is_metadata_field(name)) {
      use_metadata(c, column, name);
    } else if (const auto item = instrument_.find_item(name)) {
      if (instrument_.scale_of(name)) {
        column.use = csv_column_use::ignored;  // a rated item the options chose not to read
        column.target = name;
      } else {
        column.use = csv_column_use::open_text;
        column.target = name;
        add("csv.open_text_column", c + 1, name,
            "column \"" + name + "\" holds open-text item \"" + name +
                "\"; response data hold codes only, so it is not read",
            severity::warning);
      }
    } else {
      add("csv.unknown_column", c + 1, name,
          "column \"" + name + "\" is neither an item of instrument \"" + instrument_.id +
              "\" nor a metadata field; it is not read (list it in ignore_columns, or map it)",
          options_.strict ? severity::error : severity::warning);
    }
    report_.columns.push_back(std::move(column));
  }

  void use_item(std::size_t c, csv_column& column, const std::string& item,
                std::optional<std::size_t> j, std::vector<bool>& item_found) {
    column.target = item;
    if (!j) {  // an item of the instrument that is not read
      column.use = csv_column_use::ignored;
      return;
    }
    if (item_found[*j])
      return add("csv.duplicate_column", c + 1, column.name,
                 "a second column for item \"" + item + "\"");
    item_found[*j] = true;
    column.use = csv_column_use::item;
    plan_.columns[c] = {cell_kind::item, static_cast<std::uint32_t>(*j),
                        &plan_.digit_codes[*j]};
  }

  void use_metadata(std::size_t c, csv_column& column, const std::string& field) {
    column.use = csv_column_use::metadata;
    column.target = field;
    if (!metadata_found_.insert(field).second)
      return add("csv.duplicate_column", c + 1, column.name,
                 "a second column for metadata field \"" + field + "\"");
    plan_.columns[c] = metadata_plan(field);
    switch (plan_.columns[c].kind) {
      case cell_kind::id:
        plan_.has_id = true;
        plan_.id_column = c;
        break;
      case cell_kind::weight: plan_.has_weight = true; break;
      default: plan_.has_category[plan_.columns[c].target] = true;
    }
  }

  void add(const char* code, std::size_t column, const std::string& name, std::string message,
           severity level = severity::error) {
    ++report_.issue_counts[code];
    report_.issues.push_back({code, line_, column, name, std::move(message), level});
  }

  const survey::instrument& instrument_;
  const csv_options& options_;
  csv_plan& plan_;
  csv_report& report_;
  std::size_t line_;
  std::set<std::string> metadata_found_;
};

// ---------------------------------------------------------------------------------------
// The read: blocks, chunks on threads, merge in order

class csv_read {
 public:
  csv_read(byte_source& source, const survey::instrument& instrument, const csv_options& options)
      : source_(source),
        instrument_(instrument),
        options_(options),
        plan_(plan_from_options(instrument, options)),
        whole_(source.whole()),
        window_(std::max<std::size_t>(options.block_bytes, 16)),
        pool_(options.threads == 0 ? std::max(1u, std::thread::hardware_concurrency())
                                   : static_cast<std::size_t>(options.threads)),
        chunks_(pool_.size()),
        quotes_(pool_.size()),
        output_(plan_) {
    if (!whole_) buffer_.reset(new char[window_]);
  }

  csv_read_result run() {
    if (read_header() && read_rows()) report_.read_to_end = true;
    if (report_.header_ok) {
      auto repeats = output_.drop_repeated_ids(pool_);
      report_.accepted -= repeats.size();
      report_.rejected += repeats.size();
      if (!repeats.empty()) report_.issue_counts["csv.duplicate_id"] += repeats.size();
      for (auto& issue : repeats) report_.issues.push_back(std::move(issue));
    }
    if (report_.header_ok && report_.rows_read == 0 && report_.read_to_end)
      add_issue("csv.no_rows", line_ + 1, 0, "the file has a header but no rows",
                severity::warning);
    sort_issues();
    return {output_.release(pool_), std::move(report_)};
  }

 private:
  /// Where the bytes are: the input itself when it is in memory, else the buffer.
  const char* base() const noexcept { return whole_ ? whole_->data() : buffer_.get(); }

  /// The next window of window_ bytes from start_ (or to the end of the input). From a
  /// buffer: moves the unread bytes to the front and reads until it is full or the input
  /// ends.
  void fill() {
    if (whole_) {
      filled_ = std::min(whole_->size(), start_ + window_);
      eof_ = filled_ == whole_->size();
      return;
    }
    if (start_ > 0) {
      std::memmove(buffer_.get(), buffer_.get() + start_, filled_ - start_);
      filled_ -= start_;
      start_ = 0;
    }
    while (filled_ < window_ && !eof_) {
      const auto got = source_.read(buffer_.get() + filled_, window_ - filled_);
      if (got == 0) eof_ = true;
      filled_ += got;
    }
  }

  /// The window holds no complete record: make it bigger, or stop at max_record_bytes.
  bool grow() {
    if (window_ >= options_.max_record_bytes) {
      add_issue("csv.record_too_long", line_ + 1, 0,
                "a record longer than " + std::to_string(options_.max_record_bytes) +
                    " bytes (max_record_bytes) starts here; reading stopped (a quote never "
                    "closed causes this too)");
      return false;
    }
    const auto bigger = std::min(window_ * 2, std::max(options_.max_record_bytes, window_ + 1));
    if (!whole_) {
      std::unique_ptr<char[]> fresh(new char[bigger]);
      std::memcpy(fresh.get(), buffer_.get(), filled_);
      buffer_ = std::move(fresh);
    }
    window_ = bigger;
    return true;
  }

  bool read_header() {
    for (;;) {
      fill();
      if (!bom_checked_ && (filled_ - start_ >= 3 || eof_)) {
        bom_checked_ = true;
        if (filled_ - start_ >= 3 && std::memcmp(base() + start_, "\xEF\xBB\xBF", 3) == 0)
          start_ += 3;
      }
      const char* p = base() + start_;
      const char* end = base() + filled_;
      std::size_t blank = 0;  // whole blank lines before the header
      while (p < end) {
        const char* blank_end = detail::blank_line_end(p, end);
        if (!blank_end || blank_end[-1] != '\n') break;
        ++blank;
        p = blank_end;
      }
      if (eof_ && detail::blank_line_end(p, end) == end) {
        report_.blank_lines += blank + (p < end ? 1 : 0);
        add_issue("csv.empty_file", 1, 0, "the file has no header line (it is empty)");
        return false;
      }
      const char* header_end = record_end(p, end);
      if (!header_end && eof_) header_end = end;
      if (header_end) {
        report_.blank_lines += blank;
        line_ += blank;
        return take_header(p, header_end);
      }
      if (!grow()) return false;  // the buffer is full and holds no whole line
    }
  }

  /// One past the line feed outside quotes that ends the record starting at `p`; nullptr
  /// when it does not end before `end`.
  static const char* record_end(const char* p, const char* end) noexcept {
    bool inside = false;
    for (; p < end; ++p) {
      if (*p == '"') inside = !inside;
      else if (*p == '\n' && !inside) return p + 1;
    }
    return nullptr;
  }

  bool take_header(const char* p, const char* end) {
    std::vector<std::string> names;
    std::string scratch;
    std::size_t lines = 0;
    detail::scanned_field f;
    detail::field_end ended;
    bool malformed = false;
    do {
      ended = detail::scan_field(p, end, plan_.separator, lines, scratch, f);
      malformed = malformed || f.malformed || f.unterminated;
      names.emplace_back(f.text);
    } while (ended == detail::field_end::separator);
    const std::size_t header_line = line_ + 1;
    start_ = static_cast<std::size_t>(p - base());
    line_ += lines;
    if (malformed) {
      add_issue("csv.malformed_header", header_line, 0,
                "the header line has a stray or unclosed quote");
      return false;
    }
    header_reader reader(instrument_, options_, plan_, report_, header_line);
    report_.header_ok = reader.resolve(names);
    return report_.header_ok;
  }

  /// Window after window. Records end at line feeds outside quotes, so where a window
  /// can be split depends on the quotes before each split. The first try takes every line
  /// feed for a record end (true of any file without line breaks inside quotes): the
  /// chunks count their quotes as they read, and the try is kept when the count before
  /// each split is even. Otherwise the quotes are counted first and the window read again.
  bool read_rows() {
    for (;;) {
      fill();
      const char* begin = base() + start_;
      const char* end = base() + filled_;
      if (begin == end && eof_) return true;
      const char* stop = eof_ ? end : detail::last_record_end(begin, end, 0);
      if (stop != begin && parse_block(begin, end, stop, false)) {
        start_ = static_cast<std::size_t>(stop - base());
        continue;
      }
      // The try read some text out of place: forget the labels it found (the merge takes
      // those a chunk slot has beyond the ones already in the file's labels).
      for (auto& chunk : chunks_)
        for (std::size_t k = 0; k < detail::category_count; ++k)
          chunk.labels[k].keep_first(chunk.to_file_label[k].size());
      count_quotes(begin, end);
      std::size_t quotes = 0;
      for (const auto q : quotes_) quotes += q;
      stop = eof_ ? end : detail::last_record_end(begin, end, quotes);
      if (stop == begin) {
        if (!grow()) return false;
        continue;
      }
      parse_block(begin, end, stop, true);
      start_ = static_cast<std::size_t>(stop - base());
    }
  }

  /// The k-th of n equal parts of [begin, end).
  static std::pair<const char*, const char*> part(const char* begin, const char* end,
                                                  std::size_t k, std::size_t n) noexcept {
    const auto length = static_cast<std::size_t>(end - begin);
    return {begin + length * k / n, begin + length * (k + 1) / n};
  }

  /// The quotes in each part of the window, counted on the threads (where records end
  /// depends on them), which also bring a mapped file's pages in, each its own part, and
  /// let go of the pages read before the window (everything in them has been copied).
  void count_quotes(const char* begin, const char* end) {
    const bool vector = plan_.whole_rows, mapped = source_.mapped();
    pool_.run([&](std::size_t k) {
      const auto [from, to] = part(begin, end, k, quotes_.size());
      if (mapped) bring_in(from, to);
      quotes_[k] = detail::count_quotes(from, to, vector);
    });
  }

  /// Drops the mappings of the whole pages in [from, to) of a mapped file (the file's
  /// pages stay in the page cache): unmapping them at the end, in one go on one thread,
  /// would take as long.
  static void let_go(const char* from, const char* to) noexcept {
#if LS_CSV_MMAP && defined(MADV_DONTNEED)
    constexpr std::uintptr_t page = 4096;
    const auto first = (reinterpret_cast<std::uintptr_t>(from) + page - 1) & ~(page - 1);
    const auto last = reinterpret_cast<std::uintptr_t>(to) & ~(page - 1);
    if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
#else
    (void)from;
    (void)to;
#endif
  }

  /// Asks for the pages of [from, to) of a mapped file to be mapped at once, rather than
  /// one fault at a time as they are first read.
  static void bring_in(const char* from, const char* to) noexcept {
#if LS_CSV_MMAP && defined(MADV_POPULATE_READ)
    constexpr std::uintptr_t page = 4096;
    const auto first = reinterpret_cast<std::uintptr_t>(from) & ~(page - 1);
    const auto last = reinterpret_cast<std::uintptr_t>(to);
    if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_POPULATE_READ);
#else
    (void)from;
    (void)to;
#endif
  }

  /// The block's whole records [begin, stop) of the window [begin, end), split at record
  /// ends into one chunk per thread, parsed in parallel and appended in file order. With
  /// `counted`, the quotes of the window's parts are in quotes_ and the splits are sure;
  /// without, every line feed is taken for a record end, and false (nothing appended)
  /// when the chunks' quotes show that one was not.
  bool parse_block(const char* begin, const char* end, const char* stop, bool counted) {
    const std::size_t n = chunks_.size();
    std::size_t quotes_in_window = 0;
    for (const auto q : quotes_) quotes_in_window += q;
    const char* from = begin;
    std::size_t quotes = 0;  // in [begin, part k's end)
    for (std::size_t k = 0; k < n; ++k) {
      const char* to = stop;
      if (k + 1 < n) {
        const char* split = part(begin, end, k, n).second;
        quotes += counted ? quotes_[k] : 0;
        // The first record end after the split, or after `from` when a long record took
        // this chunk's part already (`from` is a record start: outside quotes).
        to = split >= stop  ? stop
             : split > from ? detail::next_record_start(split, quotes % 2 == 1, stop)
                            : detail::next_record_start(from, false, stop);
      }
      chunks_[k].reset(from, to, eof_ && k + 1 == n, plan_.item_ids.size(),
                       plan_.columns.size());
      chunks_[k].quotes = !counted || quotes_in_window > 0;
      from = to;
    }
    // The pages read before the window are let go, the window's are brought in, on the
    // threads: each its part.
    const bool mapped = source_.mapped();
    constexpr std::uintptr_t page = 4096;
    const char* done_from = released_ ? released_ : begin;
    auto done_to = reinterpret_cast<const char*>(reinterpret_cast<std::uintptr_t>(begin) & ~(page - 1));
    if (done_to < done_from) done_to = done_from;
    pool_.run([&](std::size_t k) {
      if (mapped) {
        const auto [old_from, old_to] = part(done_from, done_to, k, n);
        let_go(old_from, old_to);
        if (!counted) bring_in(chunks_[k].begin, chunks_[k].end);
      }
      detail::parse_chunk(plan_, chunks_[k]);
    });
    released_ = done_to;
    if (!counted) {
      std::size_t before = 0;  // quotes before chunk k: even at every split, and at the end
      for (std::size_t k = 0; k < n; ++k) {
        if (before % 2 == 1) return false;
        before += chunks_[k].quotes_read;
      }
      if (before % 2 == 1 && !(eof_ && stop == end)) return false;
    }
    if (!sized_) size_output(begin, stop);
    std::vector<std::size_t> line_base(n);
    for (std::size_t k = 0; k < n; ++k) {
      line_base[k] = line_;
      take_counts(chunks_[k]);
    }
    output_.append(chunks_, line_base, pool_);
    return true;
  }

  /// Reserves the output once, from the first block's rows per byte and the input's size,
  /// so the columns are not re-laid out as they fill.
  void size_output(const char* begin, const char* stop) {
    sized_ = true;
    const auto total = source_.size();
    if (!total) return;
    std::size_t records = 0;
    for (const auto& chunk : chunks_) records += chunk.records;
    const double expected = static_cast<double>(records) * static_cast<double>(*total) /
                            static_cast<double>(stop - begin);
    output_.reserve(static_cast<std::size_t>(expected * 1.02) + 16);
  }

  /// A chunk's counts and issues (their lines made absolute); line_ moves past it.
  void take_counts(detail::csv_chunk& chunk) {
    report_.rows_read += chunk.records;
    report_.accepted += chunk.rows;
    report_.rejected += chunk.rejected;
    report_.blank_lines += chunk.blank;
    for (const auto& [code, count] : chunk.issue_counts) report_.issue_counts[code] += count;
    for (auto& issue : chunk.issues) {
      issue.line += line_ + 1;
      report_.issues.push_back(std::move(issue));
    }
    line_ += chunk.lines;
    if (options_.max_issues && report_.issues.size() > *options_.max_issues) sort_issues();
  }

  void add_issue(const char* code, std::size_t line, std::size_t column, std::string message,
                 severity level = severity::error) {
    ++report_.issue_counts[code];
    report_.issues.push_back({code, line, column, "", std::move(message), level});
  }

  /// Issues in file order (repeated ids are found last), cut to max_issues. Each chunk
  /// keeps its first max_issues, so the first max_issues of the file are never lost.
  void sort_issues() {
    std::stable_sort(report_.issues.begin(), report_.issues.end(),
                     [](const csv_issue& a, const csv_issue& b) {
                       return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
    if (options_.max_issues && report_.issues.size() > *options_.max_issues)
      report_.issues.resize(*options_.max_issues);
  }

  byte_source& source_;
  const survey::instrument& instrument_;
  const csv_options& options_;
  csv_plan plan_;
  csv_report report_;
  /// The input, when it is in memory; else it is read into buffer_.
  std::optional<std::string_view> whole_;
  std::unique_ptr<char[]> buffer_;
  /// Bytes looked at a time (the buffer's size): block_bytes, more for a longer record.
  std::size_t window_;
  std::size_t start_ = 0, filled_ = 0;
  bool eof_ = false, bom_checked_ = false, sized_ = false;
  /// Line feeds consumed before start_.
  std::size_t line_ = 0;
  detail::fork_join pool_;
  std::vector<detail::csv_chunk> chunks_;
  /// Quotes in each part of the window (count_quotes).
  std::vector<std::size_t> quotes_;
  /// A mapped input's pages before this have been let go (count_quotes).
  const char* released_ = nullptr;
  detail::csv_output output_;
};

}  // namespace

csv_read_result read_csv(const std::filesystem::path& path, const survey::instrument& instrument,
                         const csv_options& options) {
  file_source source(path);
  return csv_read(source, instrument, options).run();
}

csv_read_result read_csv(std::istream& in, const survey::instrument& instrument,
                         const csv_options& options) {
  stream_source source(in);
  return csv_read(source, instrument, options).run();
}

csv_read_result read_csv_text(std::string_view text, const survey::instrument& instrument,
                              const csv_options& options) {
  text_source source(text);
  return csv_read(source, instrument, options).run();
}

}  // namespace responses
LS_END_NAMESPACE
