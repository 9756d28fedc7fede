#!/usr/bin/env Rscript
# Golden fixture for polyfon::stats::ExactRateRatio: R's exact comparison of two Poisson rates,
# poisson.test(c(count1, count2), c(exposure1, exposure2), conf.level = level) (the conditional
# binomial test with its Clopper-Pearson interval mapped to the rate ratio), printed with 15
# significant digits. An infinite ratio or upper limit (count2 = 0) is written as Inf.
#
# Usage: Rscript scripts/r/rate_ratio.R [output.csv]
#   default output: tests/data/stats/rate_ratio.csv (relative to the repository root)

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[[1]] else "tests/data/stats/rate_ratio.csv"

# count1, exposure1, count2, exposure2
cases <- list(
  c(456, 1106295, 214, 1096202),  # Helse Vest 2018 vs 2016
  c(310, 2977723, 261, 2920730),  # Helse Sør-Øst 2018 vs 2016
  c(456, 1106295, 310, 2977723),  # Helse Vest vs Helse Sør-Øst, 2018
  c(11, 486001, 3, 481994),       # Helse Nord 2018 vs 2016
  c(30, 1500, 15, 1200),          # DEPENDENCIES.md: RR 1.6, p 0.176326184215
  c(0, 1000, 5, 1200),            # zero ratio, lower limit 0
  c(5, 1000, 0, 1200),            # infinite ratio and upper limit
  c(1, 1000, 1, 1000),            # count1 equals its expectation: p = 1
  c(0, 250.5, 1, 1000),           # fractional exposure (person-years)
  c(2, 10, 40, 100000),           # very unequal exposures
  c(10000, 1000000, 9000, 950000) # large counts
)
levels <- c(0.9, 0.95, 0.99)

num <- function(x) sprintf("%.15g", x)  # "Inf" for infinity
lines <- "count1,exposure1,count2,exposure2,level,ratio,low,high,p_value"
for (case in cases) {
  for (level in levels) {
    test <- poisson.test(case[c(1, 3)], case[c(2, 4)], conf.level = level)
    lines <- c(lines, paste(num(case[1]), num(case[2]), num(case[3]), num(case[4]), num(level),
                            num(test$estimate), num(test$conf.int[1]), num(test$conf.int[2]),
                            num(test$p.value), sep = ","))
  }
}
writeLines(lines, out)
