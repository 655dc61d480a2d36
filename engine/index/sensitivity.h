#pragma once

#include "index/compute.h"
#include "index/definition.h"
#include "index/table.h"

#include <cstdint>
#include <vector>

namespace sozialraum::index
{

/**
 * Monte-Carlo sensitivity of the index (OECD/JRC handbook): how much do an
 * area's class and rank depend on the weights and the normalization?
 *
 * Each run multiplies every node's weight by a factor drawn uniformly from
 * [weightFactorMin, weightFactorMax], then rescales the weights of each group of
 * siblings to their original total, so that only their proportions change and
 * fixed cut points (MSS) keep their meaning. With perturbNormalization, each
 * run also normalizes every indicator with one method drawn from z-score,
 * min–max and percentile rank. Data-driven classifications (quantiles, Jenks
 * ...) are recomputed per run; fixed cut points are kept.
 *
 * Random numbers: std::mt19937_64 seeded with seed, converted to [0, 1) by hand
 * (53 bits), so results are the same on every platform.
 */
struct SensitivitySpec
{
  int runs = 0;
  std::uint64_t seed = 20240601;
  double weightFactorMin = 0.5;
  double weightFactorMax = 1.5;
  bool perturbNormalization = false;
};

//! Per row; NaN for rows without a baseline value.
struct SensitivityResult
{
  std::vector<double>
      classStability;          //!< share of runs in which the row keeps its baseline class (NaN without classification)
  std::vector<double> rankP05; //!< 5th percentile of the row's rank over the runs (nearest rank)
  std::vector<double> rankP95; //!< 95th percentile (nearest rank)
  int runs = 0;
};

/**
 * Runs the analysis. baseline is computeIndex() of the same definition, table
 * and selection. Memory: about 10 % of rows × runs rank values (only the
 * tails needed for the two percentiles are kept). Throws IndexError when
 * normalization perturbation meets a geometric mean (z-scores and min–max
 * values are not all above 0).
 */
SensitivityResult runSensitivity( const IndexDefinition &definition, const IndicatorTable &table,
                                  const RowSelection &selection, const IndexResult &baseline,
                                  const SensitivitySpec &spec );

} // namespace sozialraum::index
