#ifndef SOZIALRAUM_NETWORK_VERTEXMERGER_H
#define SOZIALRAUM_NETWORK_VERTEXMERGER_H

#include "network/types.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace sozialraum::network
{

/**
 * Turns line vertices into node ids, merging a vertex into an existing node when it lies
 * within the topology tolerance of it (the nearest such node wins).
 *
 * A hash grid with cells as wide as the tolerance makes each look-up constant time: a node
 * within the tolerance can only sit in the vertex's cell or one of its eight neighbours.
 * With tolerance 0 only identical coordinates merge, through a hash of the coordinates.
 */
class VertexMerger
{
public:
  //! \a tolerance in metres, >= 0.
  explicit VertexMerger( double tolerance );

  //! The node for \a point: an existing one within the tolerance, or a new one at \a point.
  NodeId add( const Point &point );

  std::size_t nodeCount() const { return mPoints.size(); }
  //! How many add() calls returned an existing node.
  std::size_t mergedCount() const { return mMerged; }

  //! Hands over the node coordinates (index = node id) and leaves the merger empty.
  std::vector<Point> takePoints();

private:
  struct CellHash
  {
    std::size_t operator()( std::uint64_t key ) const;
  };

  std::uint64_t cellKey( std::int64_t cx, std::int64_t cy ) const;
  NodeId addExact( const Point &point );
  NodeId addWithinTolerance( const Point &point );

  double mTolerance = 0.0;
  std::vector<Point> mPoints;
  std::size_t mMerged = 0;

  // Tolerance > 0: cell key -> first node of the cell; further nodes of the cell chained through mNextInCell.
  std::unordered_map<std::uint64_t, NodeId, CellHash> mCellHeads;
  std::vector<NodeId> mNextInCell;
};

} // namespace sozialraum::network

#endif
