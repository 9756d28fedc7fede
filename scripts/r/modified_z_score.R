#!/usr/bin/env Rscript
# Golden fixture for polyfon::stats::ModifiedZScores: R's (x - median(x)) / mad(x) (mad's default
# constant 1.4826), and where mad(x) is 0 the mean absolute deviation from the median times
# 1.253314 in its place (0 when that is 0 too), printed with 15 significant digits.
#
# Usage: Rscript scripts/r/modified_z_score.R [output.csv]
#   default output: tests/data/stats/modified_z_score.csv (relative to the repository root)

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[[1]] else "tests/data/stats/modified_z_score.csv"

series <- list(
  c(214, 310, 456),                     # Helse Vest patients 2016-2018 (with two more regions' values)
  c(1, 2, 2, 3, 40),                    # one clear outlier
  c(7, 7, 7, 7, 12),                    # MAD 0: the mean absolute deviation stands in
  c(5, 5, 5, 5),                        # no spread at all: every score 0
  c(1.5, 18, 2.25, 2, 1.75, 2, 1.8),    # positions (FTE) with a typing error
  c(-3, 0, 3, 100, -100, 4, 2, 1)       # negatives and two outliers, even length
)

num <- function(x) sprintf("%.15g", x)
lines <- "series,index,value,score"
for (s in seq_along(series)) {
  x <- series[[s]]
  scale <- mad(x)
  if (scale == 0) scale <- 1.253314 * mean(abs(x - median(x)))
  score <- if (scale == 0) rep(0, length(x)) else (x - median(x)) / scale
  for (i in seq_along(x)) lines <- c(lines, paste(s, i, num(x[i]), num(score[i]), sep = ","))
}
writeLines(lines, out)
