// The main job's comparison through the C++ API: read the cross-district sample
// (examples/data/cross-district/responses.csv, synthetic) with the built-in "Where are we
// now?" instrument, analyse it in one pass, and put every district side by side with the
// rest of the system. Suppressed groups are only counted.
//
//   ls_example_compare_districts [RESPONSES.csv] [--precise]
//
// (by default the sample, relative to the repository's root).
//
// --precise prints every number of the comparison at full precision, one district a line
// (the Python tests check them against libls.compare_groups). ctest runs it on the sample
// and checks what it prints.
#include <ls/ls.hpp>

#include <cmath>
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>

namespace {

void print_readable(const ls::compare::group_comparison& comparison, std::size_t k) {
  std::printf("%-10s %5s %22s %26s %7s %9s\n", "district", "n", "mean (95% CI)",
              "difference (95% CI)", "g", "p (Holm)");
  std::size_t hidden = 0;
  for (std::size_t j = 0; j < comparison.group_count(); ++j) {
    const std::size_t at = k * comparison.group_count() + j;
    if (comparison.status[at] == ls::compare::comparison_status::group_suppressed) {
      ++hidden;
      continue;
    }
    std::printf("%-10s %5llu %6.3f [%6.3f, %6.3f] %+7.3f [%+7.3f, %+7.3f] %+7.3f %9.2g\n",
                comparison.group_label[j].c_str(),
                static_cast<unsigned long long>(comparison.n[at]), comparison.mean[at],
                comparison.ci_lower[at], comparison.ci_upper[at], comparison.difference[at],
                comparison.difference_ci_lower[at], comparison.difference_ci_upper[at],
                comparison.hedges_g[at], comparison.p_holm[at]);
    if (comparison.status[at] != ls::compare::comparison_status::compared)
      std::printf("  %s: %s\n", comparison.group_label[j].c_str(),
                  ls::compare::comparison_note(comparison.status[at]).c_str());
  }
  if (hidden) std::printf("%zu suppressed district(s) not shown\n", hidden);
}

void print_precise(const ls::compare::group_comparison& comparison, std::size_t k) {
  std::printf("group,n,mean,ci_lower,ci_upper,reference_n,reference_mean,difference,"
              "difference_ci_lower,difference_ci_upper,hedges_g,p_value,p_holm,p_bh\n");
  for (std::size_t j = 0; j < comparison.group_count(); ++j) {
    const std::size_t at = k * comparison.group_count() + j;
    if (comparison.status[at] == ls::compare::comparison_status::group_suppressed) continue;
    std::printf("%s,%llu,%.17g,%.17g,%.17g,%llu,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g\n",
                comparison.group_label[j].c_str(),
                static_cast<unsigned long long>(comparison.n[at]), comparison.mean[at],
                comparison.ci_lower[at], comparison.ci_upper[at],
                static_cast<unsigned long long>(comparison.reference_n[at]),
                comparison.reference_mean[at], comparison.difference[at],
                comparison.difference_ci_lower[at], comparison.difference_ci_upper[at],
                comparison.hedges_g[at], comparison.p_value[at], comparison.p_holm[at],
                comparison.p_bh[at]);
  }
}

}  // namespace

int main(int argc, char** argv) try {
  std::string path = "examples/data/cross-district/responses.csv";  // from the repository
  bool precise = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--precise") precise = true;
    else path = arg;
  }

  // The CSV: labels or codes, every rejected row reported with its line and column.
  const auto instrument = ls::survey::builtin_instrument("where_are_we_now");
  const auto [matrix, read] = ls::responses::read_csv(path, instrument);
  if (!read.header_ok || !read.read_to_end) {
    std::cerr << read.summary() << "\n";
    return 1;
  }

  // One pass: every group at every level (system = district, school, team), alpha, ICC.
  const auto plan = ls::scoring::make_scoring_plan(instrument, matrix.item_ids());
  const auto levels = ls::aggregate::levels_from_metadata(matrix.metadata);
  const auto analysis = ls::analysis::analyse(matrix.view(), plan, levels);

  // Each district against the rest of the system, p adjusted by Holm and BH.
  ls::compare::comparison_options options;
  options.level = "system";
  const auto comparison = ls::compare::compare_groups(analysis.groups, options);

  if (precise) {
    print_precise(comparison, 0);
    return 0;
  }
  std::printf("%zu rows read: %zu accepted, %zu rejected\n", read.rows_read, read.accepted,
              read.rejected);
  for (const auto& issue : read.issues)
    std::printf("  line %zu, column %zu (%s): %s\n", issue.line, issue.column,
                issue.column_name.c_str(), issue.code.c_str());
  for (const auto& r : analysis.reliability)
    std::printf("alpha (%s, listwise): %.3f\n", r.subscale.c_str(), r.listwise.alpha);
  std::printf("groups suppressed below %zu respondents: %zu, to protect them: %zu\n",
              analysis.groups.options.min_group_size, analysis.groups.suppressed_below_minimum,
              analysis.groups.suppressed_complementary);
  std::printf("\n%s: each district against the %s\n", comparison.subscales[0].c_str(),
              comparison.reference_label.c_str());
  print_readable(comparison, 0);
  return 0;
} catch (const std::exception& e) {
  std::cerr << "compare_districts: " << e.what() << "\n";
  return 2;
}
