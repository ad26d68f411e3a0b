# Reference values for libls' within-group agreement statistics (include/ls/stats/
# within_group_agreement.hpp, icc.hpp), computed by R's multilevel package.
#
# Run from the repository root:
#   Rscript tests/reference/agreement.R > tests/reference/agreement.out
# It also writes the data it used to tests/reference/data/ (bhr2000.csv, lq2002.csv,
# generated.csv), so the tests read the same numbers without R.
#
# Output: one line per value, "case,statistic,group,value". `group` is the group id as R
# names it (the value of GRP / COMPID), or "-" for a statistic of the whole data.
# Values are printed with sprintf("%.17g") (NA, NaN, Inf as R prints them); "error"
# means R stopped with an error for that input.

suppressMessages(library(multilevel))
cat(sprintf("# R %s, multilevel %s\n", getRversion(), packageVersion("multilevel")))

out_dir <- file.path("tests", "reference", "data")
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

emit <- function(case, statistic, group, value) {
  cat(sprintf("%s,%s,%s,%s\n", case, statistic, group, sprintf("%.17g", value)), sep = "")
}

# Every numeric column at full precision, NA as "NA".
write_data <- function(frame, name) {
  text <- as.data.frame(lapply(frame, function(column) {
    ifelse(is.na(column), "NA", sprintf("%.17g", as.numeric(column)))
  }))
  write.csv(text, file.path(out_dir, name), row.names = FALSE, quote = FALSE)
}

# The per-group outputs of rwg, rwg.j, ad.m and awg: one line per group and column.
emit_groups <- function(case, frame, columns) {
  for (column in columns)
    for (i in seq_len(nrow(frame)))
      emit(case, column, frame$grpid[i], frame[[column]][i])
}

emit_icc <- function(case, y, group) {
  model <- tryCatch(aov(y ~ as.factor(group)), error = function(e) NULL)
  if (is.null(model)) {
    cat(sprintf("%s,icc1,-,error\n%s,icc2,-,error\n", case, case))
    return(invisible())
  }
  table <- summary(model)[[1]]
  emit(case, "df_between", "-", table[1, 1])
  emit(case, "sum_squares_between", "-", table[1, 2])
  emit(case, "mean_square_between", "-", table[1, 3])
  if (nrow(table) > 1) {
    emit(case, "df_within", "-", table[2, 1])
    emit(case, "sum_squares_within", "-", table[2, 2])
    emit(case, "mean_square_within", "-", table[2, 3])
  }
  emit(case, "icc1", "-", ICC1(model))
  emit(case, "icc2", "-", ICC2(model))
}

# ---- multilevel::bhr2000: 5,400 soldiers in 99 groups; 11 items on 1..5, HRS 6..16.
data(bhr2000)
bhr_items <- c("AF06", "AF07", "AP12", "AP17", "AP33", "AP34", "AS14", "AS15", "AS16",
               "AS17", "AS28")
write_data(bhr2000[, c("GRP", bhr_items, "HRS")], "bhr2000.csv")
emit_groups("bhr2000_rwg_j_items", rwg.j(bhr2000[, bhr_items], bhr2000$GRP, ranvar = 2),
            c("rwg.j", "gsize"))
emit_groups("bhr2000_rwg_AF06", rwg(bhr2000$AF06, bhr2000$GRP, ranvar = 2), c("rwg", "gsize"))
# HRS takes the 11 values 6..16: uniform null variance (11^2 - 1) / 12 = 10.
emit_groups("bhr2000_rwg_HRS", rwg(bhr2000$HRS, bhr2000$GRP, ranvar = 10), c("rwg", "gsize"))
emit_groups("bhr2000_ad_mean_items", ad.m(bhr2000[, bhr_items], bhr2000$GRP, type = "mean"),
            c("AD.M", "gsize"))
emit_groups("bhr2000_ad_median_items",
            ad.m(bhr2000[, bhr_items], bhr2000$GRP, type = "median"), c("AD.M", "gsize"))
emit_groups("bhr2000_ad_mean_HRS", ad.m(bhr2000$HRS, bhr2000$GRP, type = "mean"), "AD.M")
emit_groups("bhr2000_ad_median_HRS", ad.m(bhr2000$HRS, bhr2000$GRP, type = "median"), "AD.M")
emit_groups("bhr2000_awg_items", awg(bhr2000[, bhr_items], bhr2000$GRP, range = c(1, 5)),
            c("a.wg", "nraters"))
emit_groups("bhr2000_awg_HRS", awg(bhr2000$HRS, bhr2000$GRP, range = c(6, 16)), "a.wg")
emit_icc("bhr2000_icc_HRS", bhr2000$HRS, bhr2000$GRP)
for (item in bhr_items) emit_icc(paste0("bhr2000_icc_", item), bhr2000[[item]], bhr2000$GRP)

# ---- multilevel::lq2002: 2,042 soldiers in 49 companies; items 1..5 (HOSTIL 0..4) and
# the scale scores LEAD, TSIG, HOSTILE (item means).
data(lq2002)
lead <- sprintf("LEAD%02d", 1:11)
tsig <- sprintf("TSIG%02d", 1:3)
hostil <- sprintf("HOSTIL%02d", 1:5)
write_data(lq2002[, c("COMPID", lead, tsig, hostil, "LEAD", "TSIG", "HOSTILE")], "lq2002.csv")
emit_groups("lq2002_rwg_j_LEAD", rwg.j(lq2002[, lead], lq2002$COMPID, ranvar = 2),
            c("rwg.j", "gsize"))
emit_groups("lq2002_rwg_j_TSIG", rwg.j(lq2002[, tsig], lq2002$COMPID, ranvar = 2), "rwg.j")
emit_groups("lq2002_rwg_j_HOSTIL", rwg.j(lq2002[, hostil], lq2002$COMPID, ranvar = 2), "rwg.j")
emit_groups("lq2002_rwg_LEAD05", rwg(lq2002$LEAD05, lq2002$COMPID, ranvar = 2), "rwg")
emit_groups("lq2002_ad_mean_LEAD", ad.m(lq2002[, lead], lq2002$COMPID, type = "mean"), "AD.M")
emit_groups("lq2002_ad_median_LEAD", ad.m(lq2002[, lead], lq2002$COMPID, type = "median"), "AD.M")
emit_groups("lq2002_awg_LEAD", awg(lq2002[, lead], lq2002$COMPID, range = c(1, 5)), "a.wg")
emit_groups("lq2002_awg_HOSTIL", awg(lq2002[, hostil], lq2002$COMPID, range = c(0, 4)), "a.wg")
emit_groups("lq2002_awg_LEAD05", awg(lq2002$LEAD05, lq2002$COMPID, range = c(1, 5)), "a.wg")
for (score in c("LEAD", "TSIG", "HOSTILE"))
  emit_icc(paste0("lq2002_icc_", score), lq2002[[score]], lq2002$COMPID)

# ---- Generated data (seeded): 24 groups of unequal size, four items on 1..5 with about
# 8 % missing answers, a continuous score z, five rows in no group, and groups built to
# hit every rule: a group of one (5), constant answers (7), every row missing (9), a
# group of two (11), answers split between the ends so rwg truncates to 0 (13), and a
# mean so close to the top that awg is undefined (15).
set.seed(20261122)
sizes <- sample(3:30, 24, replace = TRUE)
sizes[c(5, 11)] <- c(1, 2)
grp <- rep(seq_along(sizes), sizes)
n <- length(grp)
centre <- rnorm(24, 3, 0.6)
items <- sapply(1:4, function(j)
  pmin(5, pmax(1, round(centre[grp] + rnorm(n, 0, 0.9)))))
colnames(items) <- paste0("y", 1:4)
items[grp == 7, ] <- 3
items[grp == 13, ] <- rep(c(1, 5), length.out = sum(grp == 13))
items[matrix(runif(length(items)) < 0.08, nrow = n)] <- NA
items[grp == 9, ] <- NA
items[grp == 5, ] <- c(2, 3, 4, 5)
items[grp == 15, ] <- 5
items[which(grp == 15)[1], ] <- 4
z <- centre[grp] * 2 + rnorm(n)
z[runif(n) < 0.05] <- NA
generated <- data.frame(GRP = c(grp, rep(NA, 5)),
                        rbind(items, matrix(c(1, 2, 3, 4, 5), 5, 4)),
                        z = c(z, rnorm(5)))
write_data(generated, "generated.csv")
gy <- generated[, paste0("y", 1:4)]
gg <- generated$GRP
emit_groups("generated_rwg_y1", rwg(gy$y1, gg, ranvar = 2), c("rwg", "gsize"))
emit_groups("generated_rwg_j", rwg.j(gy, gg, ranvar = 2), c("rwg.j", "gsize"))
emit_groups("generated_ad_mean_y1", ad.m(gy$y1, gg, type = "mean"), c("AD.M", "gsize"))
emit_groups("generated_ad_median_y1", ad.m(gy$y1, gg, type = "median"), "AD.M")
emit_groups("generated_ad_mean", ad.m(gy, gg, type = "mean"), c("AD.M", "gsize"))
emit_groups("generated_ad_median", ad.m(gy, gg, type = "median"), "AD.M")
emit_groups("generated_awg_y1", awg(gy$y1, gg, range = c(1, 5)), c("a.wg", "nraters"))
emit_groups("generated_awg", awg(gy, gg, range = c(1, 5)), c("a.wg", "nraters"))
emit_icc("generated_icc_y1", gy$y1, gg)
emit_icc("generated_icc_z", generated$z, gg)

# ---- Degenerate inputs for ICC (inline data; the tests build the same vectors).
# Every group has one value: no within-group degrees of freedom.
emit_icc("degenerate_icc_singletons", c(1, 2, 3, 4, 5), c(1, 2, 3, 4, 5))
# Constant values: both mean squares are zero (R reports rounding noise).
emit_icc("degenerate_icc_constant", c(3, 3, 3, 3, 3, 3), c(1, 1, 2, 2, 3, 3))
# Equal group means: the between-group mean square is zero.
emit_icc("degenerate_icc_equal_means", c(1, 3, 1, 3, 2, 2), c(1, 1, 2, 2, 3, 3))
# Groups that differ but are constant inside: no within-group variance.
emit_icc("degenerate_icc_no_within", c(1, 1, 3, 3), c(1, 1, 2, 2))
# A single group: aov cannot fit a factor with one level.
emit_icc("degenerate_icc_single_group", c(1, 2, 3), c(1, 1, 1))
