#ifndef SOZIALRAUM_NETWORK_EDGEINDEX_H
#define SOZIALRAUM_NETWORK_EDGEINDEX_H

#include "network/graph.h"

#include <vector>

namespace sozialraum::network
{

/**
 * Where a point meets the network: its projection on the nearest edge. The nearest edge is
 * always found; snapped says whether it lies within the maximum snap distance, so a point
 * further away can be reported (with its distance) instead of being silently attached.
 */
struct SnapResult
{
  bool snapped = false;
  EdgeId edge = kInvalidId;       //!< nearest edge; kInvalidId only for an empty graph
  double fraction = 0.0;          //!< position of the projection along the edge, 0 = edgeFrom, 1 = edgeTo
  double distance = kUnreachable; //!< straight distance from the point to the projection, metres
  Point point;                    //!< the projection
};

/**
 * A uniform grid over the edges' bounding boxes for nearest-edge queries. Built once per
 * graph, read-only afterwards, so snapping may run on many threads at once.
 */
class EdgeIndex
{
public:
  //! The graph must outlive the index.
  explicit EdgeIndex( const Graph &graph );

  /**
   * Projects \a point on the nearest edge (ties: lowest edge id). snapped is true when the
   * distance is at most \a maxDistance (metres; infinity = no limit).
   */
  SnapResult snap( const Point &point, double maxDistance = kUnreachable ) const;

  std::size_t memoryBytes() const;
  double cellSize() const { return mCellSize; }

private:
  void cellOf( const Point &point, std::int64_t &cx, std::int64_t &cy ) const;

  const Graph &mGraph;
  double mMinX = 0.0;
  double mMinY = 0.0;
  double mCellSize = 1.0;
  std::int64_t mColumns = 1;
  std::int64_t mRows = 1;
  std::vector<std::uint32_t>
      mCellOffsets; // CSR: edges of cell c are mCellEdges[mCellOffsets[c] .. mCellOffsets[c + 1])
  std::vector<EdgeId> mCellEdges;
};

} // namespace sozialraum::network

#endif
