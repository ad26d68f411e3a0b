# Reference values for libls aggregation (tests/cpp/aggregate, tests/python/test_aggregate.py).
# Run from the repository root after scoring.R (it reads the generated data):
#   Rscript tests/reference/aggregate.R > tests/reference/aggregate.out
# It writes multilevel's bhr2000 items to tests/reference/data/ and the expected group
# statistics to tests/reference/aggregate_groups.csv; the tests read those files.
#
# Data: (1) tests/reference/data/generated_responses.csv (see scoring.R): levels district,
# school, team, with a team of one respondent (S2c), a team whose scores are all equal
# (S2b), rows in a school but in no team, and a school without teams (S3); (2) multilevel's
# bhr2000 (public data shipped with the R package): items AP12, AP17, AP33, AP34 (1..5, no
# missing), favorable 4 and 5, the 99 groups GRP and, as a second level, blocks of ten
# groups (ceiling(GRP / 10)).
#
# Definitions checked (libls docs/aggregation.md), per group over the respondents with a
# score: n, mean(), sd(), t.test(x)$conf.int (conf.level 0.95), and percent favorable =
# 100 * favorable answers / scored answers of those respondents. Where t.test stops (n = 1,
# constant data), its message is kept in r_note and the bounds are NA.

suppressPackageStartupMessages(library(multilevel))
options(width = 120)
out_dir <- "tests/reference"
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))

data <- read.csv(file.path(out_dir, "data/generated_responses.csv"), na.strings = "")
n <- nrow(data)
items <- paste0("q", 1:5)
codes <- as.matrix(data[, items])
scored <- codes
scored[scored == 3 | scored == 7] <- NA
scored[, "q5"] <- 6 - scored[, "q5"]
favorable <- !is.na(scored) & scored >= 4
subscales <- list(all5 = list(items = items, min = 3), pair = list(items = c("q1", "q2"), min = 1))
score_of <- function(s) {
  x <- scored[, s$items, drop = FALSE]
  answered <- rowSums(!is.na(x))
  ifelse(answered >= s$min, rowMeans(x, na.rm = TRUE), NA)
}
scores <- sapply(subscales, score_of)

## ---------------------------------------------------------------- group statistics
group_rows <- function(dataset, subscale, level, labels, score, fav, answered) {
  do.call(rbind, lapply(sort(unique(labels[!is.na(labels)])), function(g) {
    in_group <- !is.na(labels) & labels == g & !is.na(score)
    x <- score[in_group]
    ci <- tryCatch(t.test(x)$conf.int, error = function(e) structure(c(NA, NA), note = conditionMessage(e)))
    data.frame(dataset = dataset, subscale = subscale, level = level, group = g, n = length(x),
               mean = num(if (length(x)) mean(x) else NA), sd = num(if (length(x) > 1) sd(x) else NA),
               ci_lower = num(ci[1]), ci_upper = num(ci[2]),
               percent_favorable = num(100 * sum(fav[in_group]) / sum(answered[in_group])),
               r_note = if (is.null(attr(ci, "note"))) "" else gsub(",", ";", attr(ci, "note")))
  }))
}

groups <- NULL
for (k in names(subscales)) {
  s <- subscales[[k]]
  fav <- rowSums(favorable[, s$items, drop = FALSE])
  answered <- rowSums(!is.na(scored[, s$items, drop = FALSE]))
  for (level in list(list("all", rep("all respondents", n)), list("district", data$district),
                     list("school", data$school), list("team", data$team)))
    groups <- rbind(groups, group_rows("generated", k, level[[1]], level[[2]], scores[, k], fav, answered))
}

## bhr2000: items AP12, AP17, AP33, AP34 (1..5, no missing), favorable 4 and 5; the 99
## groups (GRP) and, for a second level, blocks of ten groups (ceiling(GRP / 10)).
data(bhr2000)
bhr <- bhr2000[, c("GRP", "AP12", "AP17", "AP33", "AP34")]
write.csv(bhr, file.path(out_dir, "data/bhr2000_items.csv"), row.names = FALSE)
bhr_items <- as.matrix(bhr[, -1])
bhr_score <- rowMeans(bhr_items)
bhr_fav <- rowSums(bhr_items >= 4)
bhr_answered <- rowSums(!is.na(bhr_items))
for (level in list(list("all", rep("all respondents", nrow(bhr))),
                   list("block", paste0("B", ceiling(bhr$GRP / 10))),
                   list("grp", paste0("G", bhr$GRP))))
  groups <- rbind(groups, group_rows("bhr2000", "ap", level[[1]], level[[2]], bhr_score, bhr_fav, bhr_answered))

cat("== group statistics (conf.level 0.95)\n")
print(groups[groups$dataset == "generated", ])
print(head(groups[groups$dataset == "bhr2000", ], 20))
write.csv(groups, file.path(out_dir, "aggregate_groups.csv"), row.names = FALSE, quote = FALSE)

cat("== R\n")
cat(R.version.string, "; multilevel", as.character(packageVersion("multilevel")), "\n")
