#pragma once

#include "index/definition.h"

#include <string>
#include <vector>

namespace sozialraum::index
{

/**
 * The parameters of a one-level index (indicators -> index), as the processing
 * algorithm offers them when no definition file or preset is chosen.
 */
struct FlatParameters
{
  std::vector<std::string> indicators;
  std::vector<std::string> inverted; //!< subset of indicators where a higher value means less disadvantage
  std::vector<double> weights;       //!< one per indicator; empty = all 1
  NormalizationSpec normalization{ Normalization::ZScore };
  AggregationSpec aggregation;
  ScalingSpec finalScaling;
  ClassificationSpec classification;
  std::vector<double> missingValues;
};

/**
 * Builds the tree: root "index" with one leaf per indicator (id and field = the
 * indicator, output n_<field>); the root's values are si_raw / si_score.
 * Throws IndexError for no or duplicate indicators, an inverted field that is no
 * indicator, a weight count that does not match, or a weight <= 0.
 */
IndexDefinition buildFlatDefinition( const FlatParameters &parameters );

} // namespace sozialraum::index
