#pragma once
/// \file
/// Everything public in libls. Include single headers instead to compile less.

#include <ls/version.hpp>

#include <ls/aggregate/aggregate.hpp>
#include <ls/aggregate/group_table.hpp>
#include <ls/aggregate/grouping.hpp>
#include <ls/aggregate/mean_interval.hpp>
#include <ls/aggregate/public_types.hpp>
#include <ls/aggregate/suppression.hpp>
#include <ls/aggregate/variance_decomposition.hpp>

#include <ls/analysis/public_types.hpp>
#include <ls/analysis/survey_analysis.hpp>

#include <ls/catalog/catalog.hpp>
#include <ls/catalog/catalog_set.hpp>
#include <ls/catalog/check_tags.hpp>
#include <ls/catalog/crosswalk.hpp>
#include <ls/catalog/public_types.hpp>
#include <ls/catalog/roles.hpp>
#include <ls/catalog/tag.hpp>

#include <ls/compare/comparison_status.hpp>
#include <ls/compare/complement.hpp>
#include <ls/compare/group_comparison.hpp>
#include <ls/compare/hedges_g.hpp>
#include <ls/compare/p_adjust.hpp>
#include <ls/compare/public_types.hpp>
#include <ls/compare/wave_comparison.hpp>
#include <ls/compare/welch_test.hpp>

#include <ls/core/date.hpp>
#include <ls/core/error.hpp>
#include <ls/core/issue.hpp>
#include <ls/core/issue_sink.hpp>
#include <ls/core/text.hpp>
#include <ls/core/unique.hpp>
#include <ls/core/validate.hpp>
#include <ls/core/validation_report.hpp>
#include <ls/core/walk.hpp>

#include <ls/cycle/log.hpp>
#include <ls/cycle/overview.hpp>
#include <ls/cycle/public_types.hpp>
#include <ls/cycle/stage.hpp>

#include <ls/data/builtin.hpp>
#include <ls/data/embedded.hpp>

#include <ls/ic_map/distribution.hpp>
#include <ls/ic_map/ic_map.hpp>
#include <ls/ic_map/placement.hpp>
#include <ls/ic_map/public_types.hpp>

#include <ls/json/load.hpp>
#include <ls/json/read.hpp>
#include <ls/json/read_options.hpp>
#include <ls/json/schema.hpp>
#include <ls/json/serializer.hpp>
#include <ls/json/write.hpp>

#include <ls/kasab/chart.hpp>
#include <ls/kasab/completeness.hpp>
#include <ls/kasab/descriptor.hpp>
#include <ls/kasab/diff.hpp>
#include <ls/kasab/dimension.hpp>
#include <ls/kasab/duplicates.hpp>
#include <ls/kasab/public_types.hpp>
#include <ls/kasab/theory_of_action.hpp>

#include <ls/org/organization.hpp>
#include <ls/org/person.hpp>
#include <ls/org/public_types.hpp>
#include <ls/org/unit.hpp>

#include <ls/protocol/builtin.hpp>
#include <ls/protocol/protocol.hpp>
#include <ls/protocol/public_types.hpp>
#include <ls/protocol/time_budget.hpp>

#include <ls/reflect/traits.hpp>

#include <ls/responses/answer_code.hpp>
#include <ls/responses/answer_lookup.hpp>
#include <ls/responses/code_check.hpp>
#include <ls/responses/csv_reader.hpp>
#include <ls/responses/item_coding.hpp>
#include <ls/responses/matrix_builder.hpp>
#include <ls/responses/public_types.hpp>
#include <ls/responses/respondent.hpp>
#include <ls/responses/response_matrix.hpp>
#include <ls/responses/response_records.hpp>

#include <ls/scoring/code_counts.hpp>
#include <ls/scoring/item_distribution.hpp>
#include <ls/scoring/percent_favorable.hpp>
#include <ls/scoring/public_types.hpp>
#include <ls/scoring/scoring_plan.hpp>
#include <ls/scoring/subscale_scores.hpp>

#include <ls/six_factor/assessment.hpp>
#include <ls/six_factor/comparison.hpp>
#include <ls/six_factor/factor.hpp>
#include <ls/six_factor/public_types.hpp>
#include <ls/six_factor/summary.hpp>

#include <ls/stats/cronbach_alpha.hpp>
#include <ls/stats/icc.hpp>
#include <ls/stats/item_covariance.hpp>
#include <ls/stats/krippendorff_alpha.hpp>
#include <ls/stats/listwise_covariance.hpp>
#include <ls/stats/moments.hpp>
#include <ls/stats/pairwise_covariance.hpp>
#include <ls/stats/parallel.hpp>
#include <ls/stats/public_types.hpp>
#include <ls/stats/simd.hpp>
#include <ls/stats/within_group_agreement.hpp>

#include <ls/survey/builtin_instruments.hpp>
#include <ls/survey/instrument.hpp>
#include <ls/survey/public_types.hpp>
#include <ls/survey/response_scale.hpp>
#include <ls/survey/subscale.hpp>
#include <ls/survey/survey_item.hpp>

#include <ls/public_types.hpp>
