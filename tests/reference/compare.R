# Reference values for comparisons of groups (libls: include/ls/compare/, tests/cpp/compare,
# tests/python/test_compare.py).
#
# Run from the repository root:   Rscript tests/reference/compare.R
# Writes tests/reference/data/bfi_education.csv (the input: items A1..A5, C1..C5 and
# education of psych's bfi, missing as an empty field) and tests/reference/compare.out
# (tab-separated: reference, subscale, group, quantity, value; numbers printed with
# sprintf("%.17g")). The tests read these files; they never need R.
#
# Data: psych's bfi (2800 respondents, items coded 1..6). Subscales: agreeableness
# A1..A5 with A1 reverse-keyed, conscientiousness C1..C5 with C4 and C5 reverse-keyed
# (7 - code); a respondent's score is the mean of the answered items when at least 3 of
# the 5 are answered, else no score. Groups: education 1..5; respondents without an
# education are in no group (but are respondents of the system).
#
# For every subscale and education group, against three references: "rest" (every
# scored respondent not in the group, those without an education included), "all"
# (every scored respondent) and "group:3" (education group 3; the group itself gets no
# comparison). Computed:
# - t.test(x, y, var.equal = FALSE): statistic, parameter (df), p.value, conf.int
#   (conf.level 0.95), and the standard error (stderr);
# - Hedges' g by formula: pooled sd s_p, d = (mean(x) - mean(y)) / s_p,
#   J = exp(lgamma(m / 2) - lgamma((m - 1) / 2)) / sqrt(m / 2) with m = n1 + n2 - 2,
#   g = J d, interval g -/+ qnorm(0.975) sqrt((n1 + n2) / (n1 n2) + g^2 / (2 (n1 + n2)));
# - p.adjust(p, "holm") and p.adjust(p, "BH") across the groups of the subscale.
suppressPackageStartupMessages(library(psych))
stopifnot(packageVersion("psych") >= "2.2.9")

out_file <- "tests/reference/compare.out"
data_dir <- "tests/reference/data"
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))

data(bfi, package = "psych")
a_items <- paste0("A", 1:5)
c_items <- paste0("C", 1:5)
input <- bfi[, c(a_items, c_items, "education")]
write.csv(input, file.path(data_dir, "bfi_education.csv"), row.names = FALSE, na = "")

score <- function(items, reversed) {
  x <- as.matrix(input[, items])
  x[, reversed] <- 7 - x[, reversed]
  answered <- rowSums(!is.na(x))
  ifelse(answered >= 3, rowMeans(x, na.rm = TRUE), NA)
}
scores <- list(agreeableness = score(a_items, "A1"),
               conscientiousness = score(c_items, c("C4", "C5")))
education <- input$education
groups <- sort(unique(education[!is.na(education)]))

lines <- "reference\tsubscale\tgroup\tquantity\tvalue"
emit <- function(reference, subscale, group, quantity, value) {
  lines <<- c(lines, paste(reference, subscale, group, quantity, num(value), sep = "\t"))
}

hedges <- function(x, y) {
  n1 <- length(x); n2 <- length(y); m <- n1 + n2 - 2
  sp <- sqrt(((n1 - 1) * var(x) + (n2 - 1) * var(y)) / m)
  d <- (mean(x) - mean(y)) / sp
  J <- exp(lgamma(m / 2) - lgamma((m - 1) / 2)) / sqrt(m / 2)
  g <- J * d
  half <- qnorm(0.975) * sqrt((n1 + n2) / (n1 * n2) + g^2 / (2 * (n1 + n2)))
  c(d = d, J = J, g = g, g_ci_lower = g - half, g_ci_upper = g + half)
}

for (reference in c("rest", "all", "group:3")) {
  for (subscale in names(scores)) {
    s <- scores[[subscale]]
    scored <- !is.na(s)
    p <- setNames(rep(NA_real_, length(groups)), groups)
    for (g in groups) {
      in_group <- scored & !is.na(education) & education == g
      x <- s[in_group]
      y <- switch(reference,
                  rest = s[scored & !in_group],
                  all = s[scored],
                  "group:3" = s[scored & !is.na(education) & education == 3])
      emit(reference, subscale, g, "n", length(x))
      emit(reference, subscale, g, "mean", mean(x))
      emit(reference, subscale, g, "sd", sd(x))
      emit(reference, subscale, g, "reference_n", length(y))
      emit(reference, subscale, g, "reference_mean", mean(y))
      emit(reference, subscale, g, "reference_sd", sd(y))
      if (reference == "group:3" && g == 3) next
      tt <- t.test(x, y, var.equal = FALSE)
      emit(reference, subscale, g, "difference", mean(x) - mean(y))
      emit(reference, subscale, g, "standard_error", tt$stderr)
      emit(reference, subscale, g, "t", tt$statistic)
      emit(reference, subscale, g, "df", tt$parameter)
      emit(reference, subscale, g, "p_value", tt$p.value)
      emit(reference, subscale, g, "ci_lower", tt$conf.int[1])
      emit(reference, subscale, g, "ci_upper", tt$conf.int[2])
      h <- hedges(x, y)
      for (q in names(h)) emit(reference, subscale, g, q, h[[q]])
      p[as.character(g)] <- tt$p.value
    }
    holm <- p.adjust(p, "holm")
    bh <- p.adjust(p, "BH")
    for (g in groups) {
      if (is.na(p[as.character(g)])) next
      emit(reference, subscale, g, "p_holm", holm[[as.character(g)]])
      emit(reference, subscale, g, "p_bh", bh[[as.character(g)]])
    }
  }
}
writeLines(lines, out_file)
cat("wrote", out_file, "with", length(lines) - 1, "values\n")
