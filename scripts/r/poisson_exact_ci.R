#!/usr/bin/env Rscript
# Golden fixture for polyfon::stats::ExactPoissonInterval: R's exact (Garwood) Poisson interval
# from poisson.test(k, conf.level = level)$conf.int, printed with 15 significant digits.
#
# Usage: Rscript scripts/r/poisson_exact_ci.R [output.csv]
#   default output: tests/data/stats/poisson_exact_ci.csv (relative to the repository root)

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[[1]] else "tests/data/stats/poisson_exact_ci.csv"

counts <- c(0, 1, 2, 3, 4, 5, 10, 11, 12, 20, 21, 50, 100, 214, 230, 261, 283, 310, 456, 498,
            537, 789, 1000, 10000)
levels <- c(0.8, 0.9, 0.95, 0.99)

lines <- "count,level,low,high"
for (k in counts) {
  for (level in levels) {
    ci <- poisson.test(k, conf.level = level)$conf.int
    lines <- c(lines, sprintf("%d,%s,%s,%s", as.integer(k), sprintf("%.15g", level),
                              sprintf("%.15g", ci[1]), sprintf("%.15g", ci[2])))
  }
}
writeLines(lines, out)
