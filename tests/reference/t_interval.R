# Reference values for the bound t interval and t quantile (tests/python/test_aggregate.py,
# test_t_interval_and_quantile_agree_with_r). Run from the repository root:
#   Rscript tests/reference/t_interval.R > tests/reference/t_interval.out
# Base R only: t.test's one-sample interval and qt, printed to 12 significant digits.
print(t.test(c(1, 2, 3, 4))$conf.int, digits = 12)
print(qt(0.975, 10), digits = 12)
print(qt(0.9, 2.5), digits = 12)
