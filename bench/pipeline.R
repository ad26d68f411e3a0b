# The issue-4 pipeline in R, the way an analyst would write it with psych and multilevel:
# the R reference of bench/pipeline.py, which runs it as
#
#   Rscript bench/pipeline.R DIR
#
# DIR holds what pipeline.py wrote: meta.txt (rows, items, reverse-keyed columns, the
# columns of each subscale, 1-based), codes.bin (int8 answer codes, column-major, -128 =
# missing), district.bin and school.bin (int32 per row). Loading is not timed; the compute
# is, phase by phase, and the results are written back to DIR as raw doubles (exact, no
# text formatting) for pipeline.py to compare with libls. The timings go to stdout as
# lines "time <phase> <wall seconds> <processor seconds>".

suppressPackageStartupMessages({
  library(psych)
  library(multilevel)
})

args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
path <- function(name) file.path(dir, name)

read_meta <- function() {
  fields <- strsplit(readLines(path("meta.txt")), " ")
  key <- vapply(fields, `[`, "", 1)
  values <- lapply(fields, function(f) as.integer(f[-1]))
  list(rows = values[[which(key == "rows")]], items = values[[which(key == "items")]],
       reverse = values[[which(key == "reverse")]], subscales = values[key == "subscale"])
}

read_data <- function(meta) {
  n <- meta$rows * meta$items
  codes <- readBin(path("codes.bin"), "integer", n = n, size = 1, signed = TRUE)
  list(codes = matrix(codes, nrow = meta$rows, ncol = meta$items),
       district = readBin(path("district.bin"), "integer", n = meta$rows, size = 4),
       school = readBin(path("school.bin"), "integer", n = meta$rows, size = 4))
}

# Answers as numbers: NA for missing, reverse-keyed items 6 - x on the 1..5 scale.
reverse_keys <- function(codes, reverse) {
  x <- codes
  x[x == -128L] <- NA
  x[, reverse] <- 6L - x[, reverse]
  x
}

# Mean of the answered items; NA when fewer than half of the items (rounded up) are answered.
subscale_scores <- function(x, subscales) {
  sapply(subscales, function(cols) {
    block <- x[, cols]
    score <- rowMeans(block, na.rm = TRUE)
    score[rowSums(!is.na(block)) < ceiling(length(cols) / 2)] <- NA
    score
  })
}

# psych::alpha, pairwise (its default, use = "pairwise") and listwise (use = "complete.obs":
# the covariance, and so the correlations, over the complete rows only).
alphas <- function(x, subscales) {
  t(sapply(subscales, function(cols) {
    block <- x[, cols]
    listwise <- psych::alpha(block, use = "complete.obs", warnings = FALSE)$total
    pairwise <- psych::alpha(block, use = "pairwise", warnings = FALSE)$total
    c(listwise$raw_alpha, listwise$std.alpha, pairwise$raw_alpha, pairwise$std.alpha)
  }))
}

# n, mean and sd of each subscale's scores per group (groups in increasing id order).
group_stats <- function(scores, group) {
  g <- factor(group)
  columns <- lapply(seq_len(ncol(scores)), function(s) {
    y <- scores[, s]
    cbind(tapply(!is.na(y), g, sum), tapply(y, g, mean, na.rm = TRUE),
          tapply(y, g, sd, na.rm = TRUE))
  })
  list(ids = as.integer(levels(g)), stats = do.call(cbind, columns))
}

# multilevel::ICC1 and ICC2 of the one-way ANOVA of each subscale's scores by district.
iccs <- function(scores, district) {
  g <- as.factor(district)
  t(apply(scores, 2, function(y) {
    fit <- aov(y ~ g)
    c(multilevel::ICC1(fit), multilevel::ICC2(fit))
  }))
}

# multilevel::rwg.j per school on each subscale's items, uniform null for 5 options.
rwgs <- function(x, school, subscales) {
  lapply(subscales, function(cols) {
    r <- multilevel::rwg.j(x[, cols], school, ranvar = (5^2 - 1) / 12)
    list(ids = as.integer(as.character(r$grpid)), rwg = r$rwg.j)
  })
}

# Runs each phase, timing it (wall and processor time: the machine may be shared); returns
# the results.
run <- function(data, meta) {
  times <- c()
  cpu <- c()
  processor <- function(t) t[["user.self"]] + t[["sys.self"]]
  timed <- function(phase, expr) {
    start <- proc.time()
    value <- force(expr)
    end <- proc.time()
    times[[phase]] <<- end[["elapsed"]] - start[["elapsed"]]
    cpu[[phase]] <<- processor(end) - processor(start)
    value
  }
  x <- timed("reverse", reverse_keys(data$codes, meta$reverse))
  scores <- timed("scores", subscale_scores(x, meta$subscales))
  alpha <- timed("alpha", alphas(x, meta$subscales))
  school <- timed("school", group_stats(scores, data$school))
  district <- timed("district", group_stats(scores, data$district))
  icc <- timed("icc", iccs(scores, data$district))
  rwg <- timed("rwg", rwgs(x, data$school, meta$subscales))
  list(times = times, cpu = cpu, alpha = alpha, school = school, district = district, icc = icc, rwg = rwg)
}

write_results <- function(result) {
  writeBin(as.double(result$alpha), path("r_alpha.bin"))   # subscales x 4, column-major
  writeBin(as.double(result$icc), path("r_icc.bin"))       # subscales x 2
  for (level in c("school", "district")) {
    writeBin(result[[level]]$ids, path(paste0("r_", level, "_ids.bin")), size = 4)
    writeBin(as.double(result[[level]]$stats), path(paste0("r_", level, ".bin")))
  }
  for (s in seq_along(result$rwg)) {
    writeBin(result$rwg[[s]]$ids, path(sprintf("r_rwg_%d_ids.bin", s)), size = 4)
    writeBin(as.double(result$rwg[[s]]$rwg), path(sprintf("r_rwg_%d.bin", s)))
  }
}

meta <- read_meta()
data <- read_data(meta)
result <- run(data, meta)
write_results(result)
for (phase in names(result$times))
  cat(sprintf("time %s %.6f %.6f\n", phase, result$times[[phase]], result$cpu[[phase]]))
cat(sprintf("version R %s psych %s multilevel %s\n", getRversion(),
            packageVersion("psych"), packageVersion("multilevel")))
