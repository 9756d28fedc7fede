#!/usr/bin/env Rscript
# Golden fixtures for polyfon::stats::FitTwoWayPoisson: panels of units × periods and R's
# glm(y ~ factor(unit) + factor(period) + covariates + offset(log(pop)), family = poisson) on them,
# with the quasi-Poisson standard errors and sandwich::vcovCL(cluster = ~unit, type = "HC0").
# Every fit uses glm.control(epsilon = 1e-10), the default tolerance of PoissonGlmOptions.
#
# Usage: Rscript scripts/r/two_way_poisson.R [panels.csv [fits.csv]]
#   default outputs: tests/data/stats/two_way_panels.csv and tests/data/stats/two_way_poisson.csv
#
# panels.csv: panel,unit,period,y,pop,x1,x2 (x2 empty where the panel has one covariate).
# two_way_poisson.csv: panel,quantity,term,value with quantities coefficient, model_se, quasi_se,
# robust_se (term = covariate), deviance, df_residual, dispersion.
#
# Panels: "staggered" (30 units × 12 years, over-dispersed counts, staggered joining, 5 cells
# missing); "zeros" (8 units × 6 years of small counts, one unit with no patient at all, whose fixed
# effect runs off to minus infinity as in R); "two_covariates" (12 units × 10 years, coverage and
# a second, continuous covariate).

suppressPackageStartupMessages(library(sandwich))

args <- commandArgs(trailingOnly = TRUE)
panels_out <- if (length(args) >= 1) args[[1]] else "tests/data/stats/two_way_panels.csv"
fits_out <- if (length(args) >= 2) args[[2]] else "tests/data/stats/two_way_poisson.csv"

set.seed(20151101)
make_panel <- function(name, units, periods, base_rate, size, two) {
  d <- expand.grid(period = seq_len(periods), unit = seq_len(units))[, c("unit", "period")]
  pop <- round(exp(runif(units, log(5e4), log(1e6))))
  unit_effect <- rnorm(units, 0, 0.4)
  join <- sample(c(2:(periods - 1), rep(NA, units)), units, replace = TRUE)
  d$pop <- pop[d$unit]
  d$x1 <- ifelse(is.na(join[d$unit]) | d$period < join[d$unit], 0,
                 pmin(1, 0.25 * (d$period - join[d$unit] + 1)))
  d$x2 <- if (two) round(rnorm(nrow(d), 0, 1) + 0.1 * d$period, 3) else NA
  log_mu <- log(d$pop) + log(base_rate) + unit_effect[d$unit] + 0.04 * d$period + 0.3 * d$x1 +
    (if (two) 0.1 * d$x2 else 0)
  d$y <- rnbinom(nrow(d), mu = exp(log_mu), size = size)
  d$panel <- name
  d[, c("panel", "unit", "period", "y", "pop", "x1", "x2")]
}
staggered <- make_panel("staggered", 30, 12, 2e-4, 20, FALSE)
staggered <- staggered[-c(7, 50, 51, 200, 333), ]
zeros <- make_panel("zeros", 8, 6, 5e-6, 50, FALSE)
zeros$y[zeros$unit == 3] <- 0
zeros$x1[zeros$unit == 1 & zeros$period >= 4] <- 1  # at least one exposed unit, whatever the draw
two_covariates <- make_panel("two_covariates", 12, 10, 1e-4, 30, TRUE)
two_covariates$x1[two_covariates$unit == 2 & two_covariates$period >= 5] <- 0.5
panels <- rbind(staggered, zeros, two_covariates)
write.csv(panels, panels_out, row.names = FALSE, na = "", quote = FALSE)

num <- function(x) sprintf("%.15g", x)
control <- glm.control(epsilon = 1e-10, maxit = 100)
lines <- "panel,quantity,term,value"
for (name in unique(panels$panel)) {
  d <- panels[panels$panel == name, ]
  covariates <- if (all(is.na(d$x2))) "x1" else c("x1", "x2")
  f <- as.formula(paste("y ~ factor(unit) + factor(period) +", paste(covariates, collapse = " + "),
                        "+ offset(log(pop))"))
  fit <- suppressWarnings(glm(f, family = poisson, data = d, control = control))
  quasi <- suppressWarnings(summary(glm(f, family = quasipoisson, data = d, control = control)))
  stopifnot(fit$converged)
  robust <- vcovCL(fit, cluster = ~unit, type = "HC0")
  for (term in covariates) {
    lines <- c(lines,
               paste(name, "coefficient", term, num(coef(fit)[[term]]), sep = ","),
               paste(name, "model_se", term, num(sqrt(vcov(fit)[term, term])), sep = ","),
               paste(name, "quasi_se", term, num(quasi$coefficients[term, "Std. Error"]), sep = ","),
               paste(name, "robust_se", term, num(sqrt(robust[term, term])), sep = ","))
  }
  lines <- c(lines,
             paste(name, "deviance", "", num(deviance(fit)), sep = ","),
             paste(name, "df_residual", "", num(fit$df.residual), sep = ","),
             paste(name, "dispersion", "", num(quasi$dispersion), sep = ","))
}
writeLines(lines, fits_out)
