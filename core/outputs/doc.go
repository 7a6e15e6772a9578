// Package outputs names every numeric figure of a scenario's result by
// its path in the eval JSON: "portfolio.value_usd",
// "deals.aws.price_usd_per_hour", "years.2030.spend_usd". The page, the
// command line, sampling and comparison all read figures through it, so
// they cannot disagree.
//
// [Portfolio], [Deal] and [Year] are the figures of each part, in the
// eval JSON's order; a [Layout] lists a scenario's paths and reads a
// [model.Result] into a flat vector ([Layout.Values]), as Monte Carlo does
// once per sample. [HeadlinePaths] are the totals shown first,
// [DealName] is how a deal is called in text, and a [Band] is an
// output's 5/50/95 % percentiles.
package outputs
