#pragma once

#include "index/classify.h"
#include "index/definition.h"
#include "index/table.h"

#include <optional>
#include <string>
#include <vector>

namespace sozialraum::index
{

//! Values of one node of the tree for every row (NaN = no value).
struct NodeResult
{
  std::string id;
  std::string path;
  std::vector<double> raw;
  std::vector<double> scaled;
  std::vector<double> flags; //!< empty when the node has no flags
  std::optional<PcaResult> pca;
};

//! A named output column, pointing into an IndexResult.
struct OutputColumn
{
  std::string name;
  OutputField::Kind kind = OutputField::Kind::Raw;
  const std::vector<double> *values = nullptr;
};

/**
 * The index for every row of the table. Rows without a value (excluded, or
 * missing an input) have NaN, rank and class 0, the classification's
 * no-value label and a note saying why.
 */
struct IndexResult
{
  std::vector<NodeResult> nodes;   //!< pre-order, nodes[0] is the root
  std::vector<double> raw;         //!< si_raw: the root's aggregated value
  std::vector<double> score;       //!< si_score: the root's scaled value
  std::vector<int> rank;           //!< si_rank: 1 = highest score (most disadvantaged); ties share the best rank
  std::vector<int> classes;        //!< si_class: 1..classCount, 0 = none
  std::vector<std::string> labels; //!< si_label
  std::vector<double> flags;       //!< si_flags: the root's flag count (NaN when the definition has no flags)
  std::vector<std::string> notes;  //!< si_note
  Classification classification;
  std::vector<OutputField> fields; //!< the definition's named outputs
  std::size_t includedCount = 0;
  std::size_t valueCount = 0; //!< rows with a score

  //! The definition's named output columns (EPL_x, SPL_THEME1, ...), in output order.
  std::vector<OutputColumn> columns() const;

  //! Node by id, nullptr when there is none.
  const NodeResult *node( const std::string &id ) const;
};

/**
 * Computes the index. selection says which rows take part (see RowSelection).
 * Throws IndexError with a planner-readable message: a missing input field, an
 * indicator without variance, fewer than 3 areas with a value, a geometric
 * mean over values <= 0, an invalid definition.
 */
IndexResult computeIndex( const IndexDefinition &definition, const IndicatorTable &table,
                          const RowSelection &selection = RowSelection() );

} // namespace sozialraum::index
