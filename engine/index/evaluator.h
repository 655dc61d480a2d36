#pragma once

#include "index/aggregate.h"
#include "index/definition.h"
#include "index/normalize.h"
#include "index/table.h"

#include <optional>
#include <string>
#include <vector>

namespace sozialraum::index
{

/**
 * Evaluates a definition tree on a table; shared by computeIndex() and the
 * sensitivity analysis. Construction reads the inputs and normalizes the leaves
 * once; run() then only aggregates and scales the inner nodes into buffers it
 * keeps, so that Monte-Carlo runs with other weights do not allocate.
 *
 * Nodes are numbered in pre-order (root = 0), as OutputField::node.
 */
class Evaluator
{
public:
  struct Node
  {
    const IndexNode *definition = nullptr;
    int parent = -1;
    std::vector<int> children;
    std::vector<std::string> childNames;
    std::string path;
    std::string subject; //!< how messages name it: `indicator "S1"` or `node "theme1"`
    bool hasFlag = false;
  };

  Evaluator( const IndexDefinition &definition, const IndicatorTable &table, const std::vector<char> &included );

  const std::vector<Node> &nodes() const { return mNodes; }

  //! Weights as the definition gives them, per node.
  std::vector<double> definitionWeights() const;

  /**
   * Normalizes every leaf once more with another method (for the sensitivity
   * analysis) and returns the id to pass to run(). Rows without a value in the
   * definition's own normalization stay without one, so every variant covers
   * the same rows. Variant 0 is the definition's own normalization.
   */
  int addLeafVariant( const NormalizationSpec &normalization );

  //! Evaluates the inner nodes with the given weights (per node) on leaf variant `variant`.
  void run( const std::vector<double> &weights, int variant, bool withFlags );

  const std::vector<double> &raw( int node ) const { return *mRaw[ static_cast<std::size_t>( node ) ]; }
  const std::vector<double> &scaled( int node ) const { return *mScaled[ static_cast<std::size_t>( node ) ]; }
  //! Empty when the node has no flags or run() was called without flags.
  const std::vector<double> &flags( int node ) const { return *mFlags[ static_cast<std::size_t>( node ) ]; }
  const std::optional<PcaResult> &pca( int node ) const { return mPca[ static_cast<std::size_t>( node ) ]; }

  //! Per row: why a row has no value although it is included ("missing value in S3"); "" otherwise.
  const std::vector<std::string> &notes() const { return mNotes; }

  const std::vector<char> &included() const { return mIncluded; }

private:
  struct LeafValues
  {
    std::vector<double> raw, scaled, flags;
  };

  void addNode( const IndexNode &node, int parent, const std::string &parentPath );
  void computeLeaf( std::size_t node, const NormalizationSpec &normalization, const std::vector<double> &input,
                    LeafValues &values, bool withFlags );
  void computeFlags( const Node &node, const std::vector<double> &raw, const std::vector<double> &scaled,
                     std::vector<double> &flags ) const;

  std::vector<char> mIncluded;
  std::vector<Node> mNodes;
  std::vector<std::vector<double>> mInputs;           // per node; leaves only: the input with missing codes as NaN
  std::vector<std::vector<LeafValues>> mLeafVariants; // [variant][node]
  std::vector<std::vector<double>> mRawBuffers, mScaledBuffers, mFlagBuffers;
  std::vector<const std::vector<double> *> mRaw, mScaled, mFlags;
  std::vector<std::optional<PcaResult>> mPca;
  std::vector<std::string> mNotes;
  std::vector<const std::vector<double> *> mChildColumns;
  std::vector<double> mChildWeights;
  std::vector<double> mMasked;
  std::vector<double> mEmpty;
  Workspace mWorkspace;
};

} // namespace sozialraum::index
