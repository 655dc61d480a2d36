#ifndef SOZIALRAUM_NETWORK_VERTEXMERGER_H
#define SOZIALRAUM_NETWORK_VERTEXMERGER_H

#include "network/types.h"

#include <cstdint>
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
 *
 * Both hashes are open-addressing tables in flat arrays (linear probing, at most half full):
 * a city's few hundred thousand vertices took a fifth of a second through std::unordered_map,
 * one cache miss per node of its bucket lists.
 */
class VertexMerger
{
public:
  //! \a tolerance in metres, >= 0.
  explicit VertexMerger( double tolerance );

  //! Prepares for about \a nodes distinct nodes (optional; the tables grow as needed).
  void reserve( std::size_t nodes );

  //! The node for \a point: an existing one within the tolerance, or a new one at \a point.
  NodeId add( const Point &point );

  std::size_t nodeCount() const { return mPoints.size(); }
  //! How many add() calls returned an existing node.
  std::size_t mergedCount() const { return mMerged; }

  //! Hands over the node coordinates (index = node id) and leaves the merger empty.
  std::vector<Point> takePoints();

private:
  std::uint64_t cellKey( std::int64_t cx, std::int64_t cy ) const;
  NodeId addExact( const Point &point );
  NodeId addWithinTolerance( const Point &point );
  //! Slot of \a key in mCellKeys: the one holding it, or the empty one where it belongs.
  std::size_t cellSlot( std::uint64_t key ) const;
  //! Grows a table to 2 * \a entries slots or more (a power of two) and re-inserts what it holds.
  void growExact( std::size_t entries );
  void growCells( std::size_t entries );

  double mTolerance = 0.0;
  std::vector<Point> mPoints;
  std::size_t mMerged = 0;

  // Tolerance 0: slot -> node (kInvalidId = empty), probed from the hash of the coordinates.
  std::vector<NodeId> mExactSlots;
  std::size_t mExactMask = 0;

  // Tolerance > 0: slot -> cell key and the cell's first node (kInvalidId = empty slot); further
  // nodes of a cell are chained through mNextInCell.
  std::vector<std::uint64_t> mCellKeys;
  std::vector<NodeId> mCellHeads;
  std::size_t mCellMask = 0;
  std::size_t mCellCount = 0;
  std::vector<NodeId> mNextInCell;
};

} // namespace sozialraum::network

#endif
