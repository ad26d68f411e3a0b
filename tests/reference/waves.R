# Reference values for change over time (libls: include/ls/compare/wave_comparison.hpp,
# tests/python/test_waves.py).
#
# Run from the repository root:   Rscript tests/reference/waves.R
# Writes tests/reference/data/waves.csv (the input: wave, district, school, items q1..q6
# coded 1..5) and tests/reference/waves.out (tab-separated: subscale, group, quantity,
# value; numbers printed with sprintf("%.17g")). The tests read these files; they never
# need R.
#
# Data: generated here (set.seed(20261208)): 3 districts of 4 schools; wave 1 has schools
# D1-S1 .. D3-S4, wave 2 drops D3-S4 and adds D3-S5. Each school has 12 to 40
# respondents a wave; a respondent's answers are a school effect, a school-specific
# change in wave 2 (some schools rise, some fall, most stay), a respondent effect and item
# noise, rounded and clipped to 1..5. Subscales: climate (q1..q3) and trust (q4..q6); a
# score is the mean of the three items (every item is answered).
#
# For every subscale and school in both waves (the cohort): n, mean and sd of each wave,
# t.test(after, before, var.equal = FALSE): statistic, parameter (df), p.value, conf.int
# (conf.level 0.95), stderr; Hedges' g by formula (pooled sd, J = exp(lgamma(m / 2) -
# lgamma((m - 1) / 2)) / sqrt(m / 2), m = n_a + n_b - 2; interval g -/+ qnorm(0.975)
# sqrt((n_a + n_b) / (n_a n_b) + g^2 / (2 (n_a + n_b)))); p.adjust holm and BH across the
# cohort's schools of the subscale; and per subscale (group "cohort"): the cohort's size,
# how many schools increased or decreased with Holm p < 0.05, and the mean of every
# cohort respondent's score in each wave.
set.seed(20261208)
out_file <- "tests/reference/waves.out"
data_file <- "tests/reference/data/waves.csv"
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))

schools <- data.frame(district = rep(c("D1", "D2", "D3"), each = 5),
                      school = c(paste0("D1-S", 1:5), paste0("D2-S", 1:5), paste0("D3-S", 1:5)))
schools <- schools[!schools$school %in% c("D1-S5", "D2-S5"), ]
schools$effect <- rnorm(nrow(schools), 0, 0.4)
schools$change <- sample(c(-0.7, 0, 0, 0, 0.5, 0.8), nrow(schools), replace = TRUE)
in_wave <- list(`1` = setdiff(schools$school, "D3-S5"), `2` = setdiff(schools$school, "D3-S4"))

rows <- list()
for (wave in 1:2) {
  for (s in in_wave[[as.character(wave)]]) {
    info <- schools[schools$school == s, ]
    n <- sample(12:40, 1)
    person <- rnorm(n, 0, 0.8)
    codes <- sapply(1:6, function(i) {
      latent <- 3.2 + info$effect + (wave == 2) * info$change + person + rnorm(n, 0, 0.7)
      pmin(5, pmax(1, round(latent)))
    })
    colnames(codes) <- paste0("q", 1:6)
    rows[[length(rows) + 1]] <- data.frame(wave = wave, district = info$district, school = s,
                                           codes)
  }
}
input <- do.call(rbind, rows)
write.csv(input, data_file, row.names = FALSE)

subscales <- list(climate = paste0("q", 1:3), trust = paste0("q", 4:6))
lines <- "subscale\tgroup\tquantity\tvalue"
emit <- function(subscale, group, quantity, value) {
  lines <<- c(lines, paste(subscale, group, quantity, num(value), sep = "\t"))
}
cohort <- intersect(in_wave[["1"]], in_wave[["2"]])
for (subscale in names(subscales)) {
  score <- rowMeans(as.matrix(input[, subscales[[subscale]]]))
  p <- setNames(rep(NA_real_, length(cohort)), cohort)
  change <- p
  for (s in cohort) {
    b <- score[input$wave == 1 & input$school == s]
    a <- score[input$wave == 2 & input$school == s]
    tt <- t.test(a, b, var.equal = FALSE)
    n1 <- length(a); n2 <- length(b); m <- n1 + n2 - 2
    sp <- sqrt(((n1 - 1) * var(a) + (n2 - 1) * var(b)) / m)
    J <- exp(lgamma(m / 2) - lgamma((m - 1) / 2)) / sqrt(m / 2)
    g <- J * (mean(a) - mean(b)) / sp
    half <- qnorm(0.975) * sqrt((n1 + n2) / (n1 * n2) + g^2 / (2 * (n1 + n2)))
    emit(subscale, s, "before_n", n2)
    emit(subscale, s, "before_mean", mean(b))
    emit(subscale, s, "before_sd", sd(b))
    emit(subscale, s, "after_n", n1)
    emit(subscale, s, "after_mean", mean(a))
    emit(subscale, s, "after_sd", sd(a))
    emit(subscale, s, "change", mean(a) - mean(b))
    emit(subscale, s, "standard_error", tt$stderr)
    emit(subscale, s, "t", tt$statistic)
    emit(subscale, s, "df", tt$parameter)
    emit(subscale, s, "p_value", tt$p.value)
    emit(subscale, s, "ci_lower", tt$conf.int[1])
    emit(subscale, s, "ci_upper", tt$conf.int[2])
    emit(subscale, s, "g", g)
    emit(subscale, s, "g_ci_lower", g - half)
    emit(subscale, s, "g_ci_upper", g + half)
    p[s] <- tt$p.value
    change[s] <- mean(a) - mean(b)
  }
  holm <- p.adjust(p, "holm")
  bh <- p.adjust(p, "BH")
  for (s in cohort) {
    emit(subscale, s, "p_holm", holm[[s]])
    emit(subscale, s, "p_bh", bh[[s]])
  }
  emit(subscale, "cohort", "size", length(cohort))
  emit(subscale, "cohort", "increased", sum(holm < 0.05 & change > 0))
  emit(subscale, "cohort", "decreased", sum(holm < 0.05 & change < 0))
  emit(subscale, "cohort", "before_n", sum(input$wave == 1 & input$school %in% cohort))
  emit(subscale, "cohort", "before_mean", mean(score[input$wave == 1 & input$school %in% cohort]))
  emit(subscale, "cohort", "after_mean", mean(score[input$wave == 2 & input$school %in% cohort]))
}
writeLines(lines, out_file)
cat("wrote", out_file, "with", length(lines) - 1, "values\n")
