# Reference values for libls scoring (tests/cpp/scoring, tests/python/test_scoring.py).
# Run from the repository root (aggregate.R reads the data this script writes):
#   Rscript tests/reference/scoring.R > tests/reference/scoring.out
# It writes the generated input data to tests/reference/data/ and the expected values to
# tests/reference/scoring_*.csv; the tests read those files, so they do not need R.
#
# Data, generated and seeded: 60 respondents, five statements on a five-point agreement
# scale whose middle code 3 is "no opinion" (non-substantive), NA = no answer, one code 7
# that is not on the scale, q5 reverse-keyed; three levels of groups (district, school,
# team) for aggregate.R.
#
# Definitions checked (libls docs/scoring.md):
#   scored value: codes 1, 2, 4, 5 as such (q5: 6 - x); 3, 7 and NA are not scored
#   score = rowMeans(scored, na.rm = TRUE) when at least min_answered items are scored
#   percent favorable = 100 * (scored values 4 or 5) / (scored values), per item, and
#   pooled over all answers to a subscale's items

options(width = 120)
out_dir <- "tests/reference"
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))

## ---------------------------------------------------------------- generated data
set.seed(20261122)
n <- 60
items <- paste0("q", 1:5)
codes <- matrix(sample(c(1, 2, 3, 4, 5), n * 5, replace = TRUE,
                       prob = c(0.1, 0.2, 0.15, 0.35, 0.2)), n, 5,
                dimnames = list(NULL, items))
codes[sample(n * 5, 25)] <- NA         # about 8 % missing
codes[5, "q2"] <- 7                    # a code that is not on the scale
codes[6, ] <- NA                       # a respondent who answered nothing
codes[7, ] <- c(3, 3, 3, NA, 4)        # mostly "no opinion"

district <- rep(c("North", "South"), each = 30)
school <- rep(c("N1", "N2", "S1", "S2", "S3"), c(14, 16, 12, 14, 4))
team <- rep(c("N1a", "N1b", "N2a", "N2b", "S1a", "S1b", "S2a", "S2b", "S2c", NA),
            c(7, 7, 8, 8, 6, 6, 5, 4, 1, 8))
# S2b: four respondents who answer alike (a constant group); S2c: one respondent; rows
# 53-56 are in school S2 but in no team; S3 (four respondents) has no teams.
codes[48:51, ] <- matrix(c(4, 4, 4, 4, 2), 4, 5, byrow = TRUE)
codes[52, ] <- c(5, 5, 4, 4, 1)
stopifnot(length(team) == n, length(school) == n)

write.csv(data.frame(district, school, team, codes), file.path(out_dir, "data/generated_responses.csv"),
          row.names = FALSE, na = "")

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

cat("== respondent scores (generated)\n")
print(cbind(scores, answered_all5 = rowSums(!is.na(scored))))
write.csv(data.frame(row = seq_len(n) - 1, all5 = num(scores[, "all5"]), pair = num(scores[, "pair"])),
          file.path(out_dir, "scoring_scores.csv"), row.names = FALSE, quote = FALSE)

cat("== percent favorable (generated)\n")
pf <- data.frame(what = c(items, names(subscales)),
                 favorable = c(colSums(favorable),
                               sapply(subscales, function(s) sum(favorable[, s$items]))),
                 scored = c(colSums(!is.na(scored)),
                            sapply(subscales, function(s) sum(!is.na(scored[, s$items])))))
pf$percent <- 100 * pf$favorable / pf$scored
print(pf)
write.csv(transform(pf, percent = num(percent)), file.path(out_dir, "scoring_favorable.csv"),
          row.names = FALSE, quote = FALSE)

cat("== item distributions (generated): counts of each raw code, NA = missing\n")
dist <- do.call(rbind, lapply(items, function(i) {
  t <- table(factor(ifelse(is.na(codes[, i]), "NA", codes[, i]), levels = c("1", "2", "3", "4", "5", "7", "NA")))
  data.frame(item = i, code = names(t), count = as.vector(t))
}))
print(reshape(dist, idvar = "item", timevar = "code", direction = "wide"))
write.csv(dist, file.path(out_dir, "scoring_distribution.csv"), row.names = FALSE, quote = FALSE)

cat("== score summaries (generated)\n")
for (k in names(subscales)) cat(k, ": n =", sum(!is.na(scores[, k])), " mean =", num(mean(scores[, k], na.rm = TRUE)),
                                " sd =", num(sd(scores[, k], na.rm = TRUE)), "\n")

cat("== R\n")
cat(R.version.string, "\n")
