#!/usr/bin/env Rscript
# The cluster-effect benchmark's panel and R's side of it: 400 org units × 20 years of
# over-dispersed counts with a log(population) offset and staggered exposure, fitted with
# glm(y ~ factor(unit) + factor(year) + exposure + offset(log(pop)), family = poisson)
# (421 parameters, 8 000 rows). Writes the panel as CSV and prints the median time per fit.
#
# Usage: Rscript bench/effect_panel.R PANEL.csv [FITS]
args <- commandArgs(trailingOnly = TRUE)
out <- args[[1]]
fits <- if (length(args) >= 2) as.integer(args[[2]]) else 3L

set.seed(20260101)
units <- 400; years <- 20
d <- expand.grid(year = seq_len(years), unit = seq_len(units))[, c("unit", "year")]
pop <- round(exp(runif(units, log(2e4), log(5e5))))
unit_effect <- rnorm(units, 0, 0.4)
join <- sample(c(3:18, rep(NA, 8)), units, replace = TRUE)
d$pop <- pop[d$unit]
d$exposure <- ifelse(is.na(join[d$unit]) | d$year < join[d$unit], 0, pmin(1, 0.25 * (d$year - join[d$unit] + 1)))
d$y <- rnbinom(nrow(d), mu = exp(log(d$pop) + log(2e-4) + unit_effect[d$unit] + 0.03 * d$year + 0.2 * d$exposure),
               size = 20)
write.csv(d, out, row.names = FALSE, quote = FALSE)

control <- glm.control(epsilon = 1e-10, maxit = 50)
seconds <- numeric(fits)
for (i in seq_len(fits)) {
  seconds[i] <- system.time(
    m <- glm(y ~ factor(unit) + factor(year) + exposure + offset(log(pop)), family = poisson, data = d,
             control = control))[["elapsed"]]
}
cat(sprintf("R glm (%s): %.3f s per fit (median of %d), coefficient %.10f, se %.10f, %d IRLS iterations\n",
            R.version.string, median(seconds), fits, coef(m)[["exposure"]], sqrt(vcov(m)["exposure", "exposure"]),
            m$iter))
