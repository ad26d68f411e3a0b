# Reference values for libls' variance decomposition (include/ls/aggregate/
# variance_decomposition.hpp): variance components of a nested random-effects model.
#
# Run from the repository root:
#   Rscript tests/reference/variance.R > tests/reference/variance.out
# It writes the data it used to tests/reference/data/ (univbct.csv, balanced.csv), so the
# tests read the same numbers without R.
#
# Three independent routes:
# - the sums of squares and degrees of freedom of R's nested aov(y ~ a/b) (sequential
#   sums of squares: a, then b within a, then residual);
# - the analysis-of-variance estimates for unbalanced nested data, written here from the
#   expected mean squares (Searle, Casella & McCulloch 1992), with their own code;
# - on a balanced design, where those estimates equal REML's when positive, lme4's lmer.
#
# Output: one line per value, "case,statistic,level,value", sprintf("%.17g").

suppressMessages({
  library(multilevel)
  library(lme4)
})
cat(sprintf("# R %s, multilevel %s, lme4 %s\n", getRversion(), packageVersion("multilevel"),
            packageVersion("lme4")))

out_dir <- file.path("tests", "reference", "data")
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

emit <- function(case, statistic, level, value) {
  cat(sprintf("%s,%s,%s,%s\n", case, statistic, level, sprintf("%.17g", value)), sep = "")
}

# Method-of-moments components of y nested as top/bottom (factors), from the expected
# mean squares: E[MS_w] = s2_w, E[SS_b] = df_b s2_w + c_bb s2_b,
# E[SS_a] = df_a s2_w + c_ab s2_b + c_aa s2_a.
moments_estimates <- function(y, top, bottom) {
  keep <- !is.na(y)
  y <- y[keep]; top <- droplevels(top[keep]); bottom <- droplevels(bottom[keep])
  n <- length(y)
  n_top <- tapply(y, top, length)
  n_bottom <- tapply(y, bottom, length)
  top_of_bottom <- tapply(as.character(top), bottom, function(x) x[1])
  m <- mean(y)
  m_top <- tapply(y, top, mean)
  m_bottom <- tapply(y, bottom, mean)
  ss_a <- sum(n_top * (m_top - m)^2)
  ss_b <- sum(n_bottom * (m_bottom - m_top[top_of_bottom])^2)
  ss_w <- sum((y - m_bottom[as.character(bottom)])^2)
  df_a <- length(n_top) - 1
  df_b <- length(n_bottom) - length(n_top)
  df_w <- n - length(n_bottom)
  c_aa <- sum(n_top^2 * (1 / n_top - 1 / n))
  c_ab <- sum(n_bottom^2 * (1 / n_top[top_of_bottom] - 1 / n))
  c_bb <- sum(n_bottom^2 * (1 / n_bottom - 1 / n_top[top_of_bottom]))
  s2_w <- ss_w / df_w
  s2_b <- (ss_b - df_b * s2_w) / c_bb
  s2_a <- (ss_a - df_a * s2_w - c_ab * s2_b) / c_aa
  list(n = n, groups_a = length(n_top), groups_b = length(n_bottom),
       ss = c(ss_a, ss_b, ss_w), df = c(df_a, df_b, df_w), est = c(s2_a, s2_b, s2_w))
}

report <- function(case, y, top, bottom, names) {
  frame <- data.frame(y = y, a = top, b = bottom)
  frame <- frame[!is.na(frame$y), ]
  fit <- summary(aov(y ~ a / b, data = frame))[[1]]
  for (i in 1:3) {
    emit(case, "aov_sum_of_squares", names[i], fit[["Sum Sq"]][i])
    emit(case, "aov_df", names[i], fit[["Df"]][i])
  }
  r <- moments_estimates(y, top, bottom)
  emit(case, "n", "-", r$n)
  emit(case, "groups", names[1], r$groups_a)
  emit(case, "groups", names[2], r$groups_b)
  variance <- pmax(r$est, 0)
  total <- sum(variance)
  for (i in 1:3) {
    emit(case, "estimate", names[i], r$est[i])
    emit(case, "share", names[i], variance[i] / total)
  }
  icc_a <- variance[1] / total
  icc_b <- (variance[1] + variance[2]) / total
  emit(case, "intraclass_correlation", names[1], icc_a)
  emit(case, "intraclass_correlation", names[2], icc_b)
  emit(case, "design_effect", names[1], 1 + (r$n / r$groups_a - 1) * icc_a)
  emit(case, "design_effect", names[2], 1 + (r$n / r$groups_b - 1) * icc_b)
}

# 1. Real public data: multilevel's univbct (U.S. Army soldiers in companies in battalions),
#    the first measurement of each soldier.
data(univbct, package = "multilevel")
u <- univbct[univbct$TIME == 0, c("BTN", "COMPANY", "JSAT", "COMMIT", "READY")]
u$company <- paste(u$BTN, u$COMPANY, sep = "/")
write.csv(data.frame(BTN = u$BTN, company = u$company,
                     JSAT = ifelse(is.na(u$JSAT), "NA", sprintf("%.17g", u$JSAT)),
                     COMMIT = ifelse(is.na(u$COMMIT), "NA", sprintf("%.17g", u$COMMIT)),
                     READY = ifelse(is.na(u$READY), "NA", sprintf("%.17g", u$READY))),
          file.path(out_dir, "univbct.csv"), row.names = FALSE, quote = FALSE)
for (value in c("JSAT", "COMMIT", "READY")) {
  report(paste0("univbct_", value), u[[value]], factor(u$BTN), factor(u$company),
         c("battalion", "company", "within"))
}

# 2. A balanced design (6 districts x 4 schools x 8 respondents) where lme4's REML
#    estimates equal the moments estimates (all positive).
set.seed(20261207)
d <- expand.grid(person = 1:8, school = 1:4, district = 1:6)
d$school <- paste(d$district, d$school, sep = "/")
district_effect <- rnorm(6, sd = 0.6)[d$district]
school_effect <- rnorm(24, sd = 0.4)[as.integer(factor(d$school, levels = unique(d$school)))]
d$y <- round(3 + district_effect + school_effect + rnorm(nrow(d), sd = 0.8), 6)
write.csv(d[, c("district", "school", "y")], file.path(out_dir, "balanced.csv"),
          row.names = FALSE, quote = FALSE)
report("balanced", d$y, factor(d$district), factor(d$school), c("district", "school", "within"))
fit <- lmer(y ~ 1 + (1 | district) + (1 | school), data = d, REML = TRUE)
components <- as.data.frame(VarCorr(fit))
emit("balanced", "reml", "district", components$vcov[components$grp == "district"])
emit("balanced", "reml", "school", components$vcov[components$grp == "school"])
emit("balanced", "reml", "within", components$vcov[components$grp == "Residual"])
