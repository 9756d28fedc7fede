# The cluster-effect model on the bundled data, as `polyfon analyze effect --element mt_patients
# --ou NO-HSO,NO-HV,NO-HMN,NO-HN --pe 2016:2018` fits it: NPR patients per region and year, offset
# log(population), fixed effects for region and year, and the coverage from the membership history
# (share of the region's health trusts that are full members at the end of the year: Helse Vest has
# Helse Bergen from 2015 and Helse Førde from November 2017, of 4 trusts; the other regions none).
# Prints coefficient, IRR, model, quasi-Poisson and cluster-robust (HC0, G/(G-1)) SEs and deviance.
suppressMessages(library(sandwich))
d <- data.frame(region = rep(c("NO-HSO", "NO-HV", "NO-HMN", "NO-HN"), each = 3), year = rep(2016:2018, 4),
                y = c(261, 230, 310, 214, 283, 456, 20, 21, 12, 3, 3, 11),
                pop = c(2920730, 2950547, 2977723, 1096202, 1102253, 1106295, 715059, 720870, 725600,
                        481994, 484647, 486001),
                coverage = c(0, 0, 0, 0.25, 0.5, 0.5, 0, 0, 0, 0, 0, 0))
m <- glm(y ~ factor(region, levels = unique(region)) + factor(year) + coverage + offset(log(pop)),
         family = poisson, data = d, control = glm.control(epsilon = 1e-12, maxit = 100))
b <- coef(m)[["coverage"]]
se <- sqrt(vcov(m)["coverage", "coverage"])
dispersion <- sum(residuals(m, type = "pearson")^2) / m$df.residual
robust <- sqrt(vcovCL(m, cluster = ~region, type = "HC0")["coverage", "coverage"])
cat(sprintf("%.6g %.6g %.6g %.6g %.6g %.6g\n", b, exp(b), se, se * sqrt(dispersion), robust, deviance(m)))
