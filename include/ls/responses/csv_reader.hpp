#pragma once
/// \file
/// Reading survey responses from a CSV file in wide format: a header line, then one line
/// per respondent with one column per item and columns of metadata (id, system, school,
/// team, role, wave, weight).
///
/// The reader streams: it reads the file in blocks of `block_bytes`, parses each block on
/// `threads` threads (split at line ends that are not inside quotes) and writes the codes
/// straight into the matrix's columns. Memory is the matrix plus about two blocks; the
/// file is never held as text.
///
/// Every row read is either accepted or rejected, and each rejected row is reported with
/// the line, the column (number and header name) and the reason: accepted + rejected =
/// rows_read, always. The rules, decided once:
/// - The first line is the header (after a UTF-8 byte order mark and blank lines, which
///   are skipped). Fields follow RFC 4180: separated by `separator`, optionally quoted with
///   '"', a quote inside a quoted field doubled; quoted fields may hold separators and line
///   breaks. Lines end with LF or CR LF.
/// - A header column is an item when it is mapped to one (item_columns) or equals the id
///   of an item read; metadata when mapped (metadata_columns) or named id, system, school,
///   team, role, wave or weight. Every item read must have a column (csv.missing_column),
///   as must required_metadata; a header name twice is csv.duplicate_column. These are
///   header errors: no row is read.
/// - Other columns are reported, never silently dropped: csv.unknown_column is a warning
///   (an error in strict mode, stopping the read), csv.open_text_column a warning (the
///   matrix holds codes only); columns in ignore_columns are read over without a word.
/// - A blank line (nothing but spaces, tabs or CR) is not a row: it is skipped and
///   counted in blank_lines. A line of empty fields (",,,") is a row.
/// - An answer is an integer code or an option label (`answers`), ignoring ASCII case
///   unless case_sensitive_labels; surrounding spaces are ignored; an empty cell, or one
///   of missing_values, is no answer. A code not on the item's scale is csv.not_on_scale;
///   anything else ("3.5", "agre") is csv.unknown_answer. Nothing is rounded or guessed.
/// - Metadata are taken as written (no trimming); an empty or blank category cell is
///   "unknown".
///   With an id column, an empty id is csv.missing_id and a repeated id is
///   csv.duplicate_id (the later row is rejected, naming the line of the first). A weight
///   must be a finite number of at least 0 (csv.bad_weight).
/// - A row with fewer fields than the header is csv.too_few_fields (at the first missing
///   column), with more csv.too_many_fields; a quote inside an unquoted field or text after
///   a closing quote is csv.malformed_quotes, a quote never closed csv.unterminated_quote.
/// - Lines are numbered from 1 (the header is line 1) counting every line break, those
///   inside quoted fields too; an issue names the line where its field starts.

#include <ls/core/issue.hpp>
#include <ls/core/validation_report.hpp>
#include <ls/responses/response_matrix.hpp>
#include <ls/survey/instrument.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

LS_BEGIN_NAMESPACE
namespace responses {

/// How answers are written in the file.
enum class csv_answer_format {
  codes,           ///< integer codes only ("4")
  labels,          ///< option labels only ("agree")
  codes_or_labels  ///< either (the default)
};
BOOST_DESCRIBE_ENUM(csv_answer_format, codes, labels, codes_or_labels)

struct csv_options {
  /// The field separator: one character ("," or ";" or "\t").
  std::string separator = ",";
  csv_answer_format answers = csv_answer_format::codes_or_labels;
  bool case_sensitive_labels = false;
  /// Cell texts that mean "no answer" besides the empty cell ("NA", "-"), matched ignoring
  /// ASCII case. Only answer cells use them.
  std::vector<std::string> missing_values;
  /// The items read, in this order (every rated item of the instrument when empty).
  std::vector<std::string> items;
  /// Header name -> item id, for files whose headers are not the item ids ("Q1" -> "vision").
  std::map<std::string, std::string> item_columns;
  /// Header name -> metadata field (id, system, school, team, role, wave, weight).
  std::map<std::string, std::string> metadata_columns;
  /// Columns the file has that are not to be read, on purpose.
  std::vector<std::string> ignore_columns;
  /// Metadata fields that must have a column ("id"), or the file is not read.
  std::vector<std::string> required_metadata;
  /// Unknown columns are errors (nothing is read) instead of warnings.
  bool strict = false;
  /// Bytes read at a time; a line longer than this makes the buffer grow to hold it.
  std::size_t block_bytes = std::size_t{8} << 20;
  /// The longest record (line, with quoted line breaks) read; a longer one stops the read
  /// (csv.record_too_long): a quote never closed would otherwise pull the rest of the file
  /// into memory as one field.
  std::size_t max_record_bytes = std::size_t{64} << 20;
  /// Threads parsing each block (0 = as many as the machine has).
  int threads = 2;
  /// Keep at most this many issues in the report (counts stay complete); all when absent.
  std::optional<std::size_t> max_issues;

  friend bool operator==(const csv_options&, const csv_options&) = default;
};
BOOST_DESCRIBE_STRUCT(csv_options, (),
                      (separator, answers, case_sensitive_labels, missing_values, items,
                       item_columns, metadata_columns, ignore_columns, required_metadata,
                       strict, block_bytes, max_record_bytes, threads, max_issues))

/// What a column of the file was used for.
enum class csv_column_use { item, metadata, ignored, open_text, unknown };
BOOST_DESCRIBE_ENUM(csv_column_use, item, metadata, ignored, open_text, unknown)

struct csv_column {
  /// Position in the header, from 1.
  std::size_t column = 0;
  std::string name;
  csv_column_use use = csv_column_use::unknown;
  /// The item id or metadata field it fills ("" when not used).
  std::string target;

  friend bool operator==(const csv_column&, const csv_column&) = default;
};
BOOST_DESCRIBE_STRUCT(csv_column, (), (column, name, use, target))

/// One problem in a CSV file, where it is.
struct csv_issue {
  /// Stable code, "csv.not_on_scale".
  std::string code;
  /// Line of the file, from 1 (the header is line 1).
  std::size_t line = 0;
  /// Column, from 1; 0 when the problem is the whole line or file.
  std::size_t column = 0;
  /// The header name of that column ("" beyond the header or for line problems).
  std::string column_name;
  std::string message;
  ls::severity severity = ls::severity::error;

  friend bool operator==(const csv_issue&, const csv_issue&) = default;
};
BOOST_DESCRIBE_STRUCT(csv_issue, (), (code, line, column, column_name, message, severity))

/// What a CSV read did. rows_read = accepted + rejected, always.
struct csv_report {
  /// Rows after the header (blank lines are not rows).
  std::size_t rows_read = 0;
  /// Rows in the matrix.
  std::size_t accepted = 0;
  /// Rows left out, each with at least one error issue.
  std::size_t rejected = 0;
  std::size_t blank_lines = 0;
  /// False when the header stopped the read (then no row was read).
  bool header_ok = false;
  /// True when the file was read to its end (false after a header error or a record
  /// longer than max_record_bytes).
  bool read_to_end = false;
  /// Every column of the header and what it was used for.
  std::vector<csv_column> columns;
  /// In file order; at most max_issues of them.
  std::vector<csv_issue> issues;
  /// Issues per code, all of them (also those beyond max_issues).
  std::map<std::string, std::size_t> issue_counts;

  /// True when the whole file was read and no row was rejected (warnings allowed).
  bool ok() const noexcept;
  /// The issues as a validation_report, each at path "/<line>/<column>".
  validation_report to_validation_report() const;
  /// A few lines for people: the counts, then the first 20 issues, one per line.
  std::string summary() const;

  friend bool operator==(const csv_report&, const csv_report&) = default;
};
BOOST_DESCRIBE_STRUCT(csv_report, (),
                      (rows_read, accepted, rejected, blank_lines, header_ok, read_to_end, columns, issues,
                       issue_counts, ok, to_validation_report, summary))

/// The matrix of the accepted rows (columns: the items read, in order; metadata columns
/// the file has) and the report.
struct csv_read_result {
  response_matrix matrix;
  csv_report report;
};

/// Reads a CSV file. Throws ls::error when the file cannot be opened or read, or when the
/// options are unusable (a separator that is not one character, an item that is not a
/// rated item of `instrument`, a mapping to an unknown item or field); problems in the
/// file itself go to the report and never throw.
csv_read_result read_csv(const std::filesystem::path& path, const survey::instrument& instrument,
                         const csv_options& options = {});
/// The same from a stream (read in blocks of options.block_bytes).
csv_read_result read_csv(std::istream& in, const survey::instrument& instrument,
                         const csv_options& options = {});
/// The same from text in memory.
csv_read_result read_csv_text(std::string_view text, const survey::instrument& instrument,
                              const csv_options& options = {});

}  // namespace responses
LS_END_NAMESPACE
