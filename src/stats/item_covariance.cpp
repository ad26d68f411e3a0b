#include <ls/stats/item_covariance.hpp>

#include <ls/stats/listwise_covariance.hpp>
#include <ls/stats/pairwise_covariance.hpp>
#include <ls/stats/parallel.hpp>

#include <limits>
#include <string>

LS_BEGIN_NAMESPACE
namespace stats {

double item_covariance::covariance_of(std::size_t i, std::size_t j) const noexcept {
  if (i >= items || j >= items || covariances.size() != items * items)
    return std::numeric_limits<double>::quiet_NaN();
  return covariances[i * items + j];
}

namespace detail {
void check_size(std::size_t actual, std::size_t expected, const char* what,
                const issue_sink& sink) {
  if (actual != expected)
    sink.at(what).error("covariance.size_mismatch",
                        std::string(what) + " has " + std::to_string(actual) +
                            " entries where " + std::to_string(expected) + " are needed");
}
}  // namespace detail

void check(const item_covariance& covariance, const issue_sink& sink) {
  const auto k = covariance.items;
  detail::check_size(covariance.counts.size(), k * k, "counts", sink);
  detail::check_size(covariance.means.size(), k * k, "means", sink);
  detail::check_size(covariance.covariances.size(), k * k, "covariances", sink);
  if (covariance.complete_rows > covariance.rows)
    sink.at("complete_rows")
        .error("covariance.count_exceeds_rows",
               "complete_rows (" + std::to_string(covariance.complete_rows) +
                   ") exceeds rows (" + std::to_string(covariance.rows) + ")");
  for (std::size_t i = 0; i < covariance.counts.size(); ++i)
    if (covariance.counts[i] > covariance.rows)
      sink.at("counts").at(i).error("covariance.count_exceeds_rows",
                                    "a pair count of " + std::to_string(covariance.counts[i]) +
                                        " exceeds rows (" + std::to_string(covariance.rows) + ")");
}

item_covariance item_covariances(const responses::scored_view& data, deletion_policy policy,
                                 unsigned threads) {
  auto run = [&](auto empty) {
    using accumulator = decltype(empty);
    return accumulate_rows(
               data.codes.rows, [] { return accumulator{}; },
               [&](accumulator& acc, std::size_t first, std::size_t count) {
                 acc.add(data.slice(first, count));
               },
               threads)
        .result();
  };
  auto out = policy == deletion_policy::listwise ? run(listwise_covariance{})
                                                 : run(pairwise_covariance{});
  return out;
}

}  // namespace stats
LS_END_NAMESPACE
