# Reference values for Cronbach's alpha (libls: include/ls/stats/cronbach_alpha.hpp).
#
# Run from the repository root:   Rscript tests/reference/reliability.R
# Writes tests/reference/reliability.out (tab-separated: case, policy, quantity, item,
# value; every number printed with sprintf("%.17g")) and the input data sets under
# tests/reference/data/. The tests read these files; they never need R.
#
# psych::alpha settings: the default use = "pairwise" on the data as given (policy
# "pairwise"), and use = "complete.obs" on na.omit() of the scale's items (policy
# "listwise"). Reverse keys are passed through `keys`, as an analyst would.
suppressPackageStartupMessages({
  library(psych)
  library(psychTools)
})
stopifnot(packageVersion("psych") >= "2.2.9")

out_file <- "tests/reference/reliability.out"
data_dir <- "tests/reference/data"
dir.create(data_dir, showWarnings = FALSE, recursive = TRUE)
lines <- "case\tpolicy\tquantity\titem\tvalue"
num <- function(x) ifelse(is.na(x) & !is.nan(x), "NA", sprintf("%.17g", x))
emit <- function(case, policy, quantity, item, value) {
  lines <<- c(lines, paste(case, policy, quantity, item, value, sep = "\t"))
}

# psych::alpha, with what it prints (cat) kept off the output.
run_alpha <- function(x, keys, use) {
  r <- NULL
  capture.output(suppressMessages(r <- alpha(x, keys = keys, use = use)))
  r
}

# Everything psych::alpha reports that libls computes, for one run.
record <- function(case, policy, x, keys) {
  warnings <- character(0)
  res <- tryCatch(
    withCallingHandlers(
      run_alpha(x, keys, if (policy == "pairwise") "pairwise" else "complete.obs"),
      warning = function(w) {
        warnings <<- c(warnings, conditionMessage(w))
        invokeRestart("muffleWarning")
      }),
    error = function(e) e)
  if (inherits(res, "error")) {
    emit(case, policy, "error", "", gsub("[\t\n]+", " ", conditionMessage(res)))
    return(invisible())
  }
  tot <- res$total
  emit(case, policy, "raw_alpha", "", num(tot$raw_alpha))
  emit(case, policy, "std_alpha", "", num(tot$std.alpha))
  emit(case, policy, "average_r", "", num(tot$average_r))
  emit(case, policy, "feldt_lower", "", num(res$feldt$lower.ci[[1]]))
  emit(case, policy, "feldt_upper", "", num(res$feldt$upper.ci[[1]]))
  emit(case, policy, "n_items", "", num(res$nvar))
  # The n psych passes to alpha.ci: nrow(x), whatever is missing.
  emit(case, policy, "feldt_n", "", num(nrow(x)))
  # Row names carry a "-" for reversed items; report the plain column name.
  items <- sub("-$", "", rownames(res$alpha.drop))
  for (i in seq_along(items)) {
    emit(case, policy, "drop_raw_alpha", items[i], num(res$alpha.drop$raw_alpha[i]))
    emit(case, policy, "drop_std_alpha", items[i], num(res$alpha.drop$std.alpha[i]))
    emit(case, policy, "r_drop", items[i], num(res$item.stats$r.drop[i]))
    emit(case, policy, "item_n", items[i], num(res$item.stats$n[i]))
    emit(case, policy, "item_mean", items[i], num(res$item.stats$mean[i]))
    emit(case, policy, "item_sd", items[i], num(res$item.stats$sd[i]))
  }
  deleted <- sub("^Item = (.*) had no variance.*$", "\\1",
                 grep("had no variance", warnings, value = TRUE))
  for (d in deleted) emit(case, policy, "deleted", d, "TRUE")
}

# The covariance matrix libls accumulates, entry by entry (upper triangle).
record_cov <- function(case, policy, x, keys) {
  x <- as.matrix(x)
  for (k in keys) x[, k] <- -x[, k]   # reversing negates every covariance of the item
  C <- if (policy == "pairwise") cov(x, use = "pairwise.complete.obs")
       else cov(na.omit(x))
  n <- crossprod(!is.na(x))
  for (i in seq_len(ncol(x))) for (j in i:ncol(x)) {
    pair <- paste0(colnames(x)[i], ":", colnames(x)[j])
    emit(case, policy, "cov", pair, num(C[i, j]))
    if (policy == "pairwise") emit(case, policy, "pair_n", pair, num(n[i, j]))
  }
}

both <- function(case, x, keys = NULL, covariances = FALSE) {
  record(case, "pairwise", x, keys)
  record(case, "listwise", na.omit(x), keys)
  if (covariances) {
    record_cov(case, "pairwise", x, keys)
    record_cov(case, "listwise", x, keys)
  }
}

## 1. psychTools::bfi (2800 respondents, 6-point items, some missing).
bfi_items <- psychTools::bfi[, 1:25]
write.csv(bfi_items, file.path(data_dir, "bfi.csv"), row.names = FALSE, na = "")
scales <- list(
  bfi_agreeableness = list(items = paste0("A", 1:5), keys = "A1"),
  bfi_conscientiousness = list(items = paste0("C", 1:5), keys = c("C4", "C5")),
  bfi_extraversion = list(items = paste0("E", 1:5), keys = c("E1", "E2")),
  bfi_neuroticism = list(items = paste0("N", 1:5), keys = NULL),
  bfi_openness = list(items = paste0("O", 1:5), keys = c("O2", "O5")),
  # A1 not reversed: it correlates negatively with the rest (the flag's test).
  bfi_agreeableness_unkeyed = list(items = paste0("A", 1:5), keys = NULL),
  # All 25 items with the five scales' keys: a wider matrix.
  bfi_all = list(items = colnames(bfi_items),
                 keys = c("A1", "C4", "C5", "E1", "E2", "O2", "O5"))
)
for (name in names(scales)) {
  s <- scales[[name]]
  both(name, bfi_items[, s$items], s$keys, covariances = name == "bfi_conscientiousness")
}

## 2. Generated: 600 respondents, 8 five-point items on one factor, items g3 and g7
## negatively keyed, about 5 % missing and 3 % "no opinion" (code 9, not scored: NA here).
set.seed(20240611)
n <- 600
f <- rnorm(n)
loadings <- c(0.8, 0.7, -0.6, 0.5, 0.75, 0.4, -0.65, 0.55)
gen <- sapply(loadings, function(l) {
  raw <- l * f + rnorm(n, sd = 0.8)
  as.integer(cut(raw, c(-Inf, -1.2, -0.4, 0.4, 1.2, Inf)))
})
colnames(gen) <- paste0("g", 1:8)
gen[matrix(runif(length(gen)) < 0.05, n)] <- NA
gen[matrix(runif(length(gen)) < 0.03, n) & !is.na(gen)] <- 9L
write.csv(gen, file.path(data_dir, "reliability_generated.csv"), row.names = FALSE, na = "")
gen[gen == 9L] <- NA
both("generated", as.data.frame(gen), c("g3", "g7"), covariances = TRUE)

## 3. Degenerate and small inputs, all in one file (column `case` says which).
small <- list(
  one_row = data.frame(a = 1, b = 2, c = 3),
  two_rows = data.frame(a = c(1, 2), b = c(2, 4), c = c(1, 3)),
  constant = data.frame(a = rep(3, 5), b = rep(3, 5), c = rep(3, 5)),
  all_missing = data.frame(a = rep(NA, 5), b = rep(NA, 5), c = rep(NA, 5)),
  one_constant_item = data.frame(a = c(1, 2, 3, 4, 5, 2), b = c(2, 2, 4, 5, 4, 1),
                                 c = rep(3, 6), d = c(1, 3, 3, 5, 4, 2)),
  two_items = data.frame(a = c(1, 2, 3, 4, 5, 2), b = c(2, 2, 4, 5, 4, 1), c = NA, d = NA),
  no_common_rows = data.frame(a = c(1, 2, 3, NA, NA, NA), b = c(NA, NA, NA, 4, 5, 1),
                              c = c(1, 3, 3, 5, 4, 2)),
  zero_total_variance = data.frame(a = 1:5, b = 5:1),
  negative = data.frame(a = c(1, 2, 3, 4, 5, 2, 3), b = c(5, 4, 3, 1, 2, 4, 2),
                        c = c(1, 3, 3, 5, 4, 2, 2))
)
small$two_items <- small$two_items[, c("a", "b")]
rows <- do.call(rbind, lapply(names(small), function(case) {
  d <- small[[case]]
  full <- data.frame(case = case, items = paste(colnames(d), collapse = " "),
                     a = NA, b = NA, c = NA, d = NA)[rep(1, nrow(d)), ]
  full[, colnames(d)] <- d
  full
}))
write.csv(rows, file.path(data_dir, "reliability_small.csv"), row.names = FALSE, na = "")
for (case in names(small)) {
  both(case, small[[case]], NULL, covariances = case %in% c("no_common_rows", "two_items"))
}

writeLines(lines, out_file)
cat("wrote", length(lines) - 1, "values to", out_file, "\n")
