#!/usr/bin/env Rscript
# Golden fixtures for polyfon::stats::FitPoissonGlm, ClusterRobustCovariance and FitPoissonTrend:
# R's glm(family = poisson) with a log(population) offset, its quasi-Poisson standard errors
# (summary(glm(family = quasipoisson))), and sandwich::vcovCL(type = "HC0"), printed with 15
# significant digits. Every fit uses glm.control(epsilon = 1e-10), the default tolerance of
# PoissonGlmOptions, so both sides stop after the same IRLS iteration.
#
# Usage: Rscript scripts/r/poisson_glm.R [glm.csv [trend.csv]]
#   default outputs: tests/data/stats/poisson_glm.csv and tests/data/stats/poisson_trend.csv
#   (relative to the repository root)
#
# poisson_glm.csv is long: one number per line as model,quantity,row,column,value, where row and
# column name a coefficient (R's term names, e.g. factor(region)NO-HV) or are empty. Quantities:
# coefficient, model_se, quasi_se (row = term); cluster_vcov (row, column = terms) and cluster_se
# (row = exposure), panel model only; deviance, pearson_chi2, df_residual, dispersion, iterations.
# pearson_chi2 is summary.glm's numerator, sum(weights * residuals^2) with the working weights of
# the last IRLS iteration, and dispersion = pearson_chi2 / df_residual.

suppressPackageStartupMessages(library(sandwich))

args <- commandArgs(trailingOnly = TRUE)
glm_out <- if (length(args) >= 1) args[[1]] else "tests/data/stats/poisson_glm.csv"
trend_out <- if (length(args) >= 2) args[[2]] else "tests/data/stats/poisson_trend.csv"

control <- glm.control(epsilon = 1e-10, maxit = 50)
num <- function(x) sprintf("%.15g", x)

# (1) The two-group example: rate ratio exp(0.627049002230727) for x = 1 against x = 0.
dependencies <- data.frame(y = c(12, 15, 30, 41, 8, 22), x = c(0, 0, 1, 1, 0, 1),
                           pop = c(1000, 1200, 1500, 1800, 900, 1100))
# The same with a zero count (y log y = 0 in the deviance).
zero_count <- transform(dependencies, y = c(0, 15, 30, 41, 8, 22))

# (2) NPR patient counts per health region and year (the bundled data), population, and a made-up
# exposure (coverage share) per region-year.
panel <- data.frame(
  region = rep(c("NO-HSO", "NO-HV", "NO-HMN", "NO-HN"), each = 3),
  year = rep(2016:2018, times = 4),
  y = c(261, 230, 310, 214, 283, 456, 20, 21, 12, 3, 3, 11),
  pop = c(2920730, 2950547, 2977723, 1096202, 1102253, 1106295, 715059, 720870, 725600,
          481994, 484647, 486001),
  exposure = c(0, 0, 0.1, 0.3, 0.6, 0.8, 0, 0, 0, 0, 0, 0))

models <- list(
  dependencies = list(formula = y ~ x + offset(log(pop)), data = dependencies),
  zero_count = list(formula = y ~ x + offset(log(pop)), data = zero_count),
  panel = list(formula = y ~ factor(region) + factor(year) + exposure + offset(log(pop)), data = panel))

lines <- "model,quantity,row,column,value"
add <- function(model, quantity, row, column, value) {
  lines <<- c(lines, paste(model, quantity, row, column, num(value), sep = ","))
}
for (name in names(models)) {
  m <- models[[name]]
  fit <- glm(m$formula, family = poisson, data = m$data, control = control)
  quasi <- summary(glm(m$formula, family = quasipoisson, data = m$data, control = control))
  stopifnot(fit$converged, !any(is.na(coef(fit))))
  terms <- names(coef(fit))
  model_se <- sqrt(diag(vcov(fit)))
  quasi_se <- quasi$coefficients[, "Std. Error"]
  for (term in terms) {
    add(name, "coefficient", term, "", coef(fit)[[term]])
    add(name, "model_se", term, "", model_se[[term]])
    add(name, "quasi_se", term, "", quasi_se[[term]])
  }
  add(name, "deviance", "", "", deviance(fit))
  add(name, "pearson_chi2", "", "", sum(fit$weights * fit$residuals^2))
  add(name, "df_residual", "", "", fit$df.residual)
  add(name, "dispersion", "", "", quasi$dispersion)
  add(name, "iterations", "", "", fit$iter)
  if (name == "panel") {
    robust <- vcovCL(fit, cluster = ~region, type = "HC0")  # default cadjust: G / (G - 1)
    for (row in terms) for (column in terms) add(name, "cluster_vcov", row, column, robust[row, column])
    add(name, "cluster_se", "exposure", "", sqrt(robust["exposure", "exposure"]))
  }
}
writeLines(lines, glm_out)

# (3) A log-linear trend per region: growth factor exp(slope) with its 95 % Wald interval.
level <- 0.95
lines <- "series,level,growth_factor,low,high,slope,slope_se,deviance,dispersion"
for (region in unique(panel$region)) {
  s <- panel[panel$region == region, ]
  fit <- glm(y ~ year + offset(log(pop)), family = poisson, data = s, control = control)
  quasi <- summary(glm(y ~ year + offset(log(pop)), family = quasipoisson, data = s, control = control))
  stopifnot(fit$converged)
  b <- coef(fit)[["year"]]
  se <- sqrt(vcov(fit)["year", "year"])
  z <- qnorm(1 - (1 - level) / 2)
  lines <- c(lines, paste(region, num(level), num(exp(b)), num(exp(b - z * se)), num(exp(b + z * se)),
                          num(b), num(se), num(deviance(fit)), num(quasi$dispersion), sep = ","))
}
writeLines(lines, trend_out)
