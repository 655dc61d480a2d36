#ifndef SOZIALRAUM_NETWORK_GRAPH_H
#define SOZIALRAUM_NETWORK_GRAPH_H

#include "network/types.h"

#include <cstddef>
#include <vector>

namespace sozialraum::network
{

//! What happened while building a graph, for the caller to report.
struct BuildReport
{
  std::size_t linesAdded = 0; //!< lines that contributed at least one edge
  std::size_t linesSkipped =
      0; //!< lines without valid geometry: fewer than two finite vertices, or all merged into one node
  std::size_t verticesMerged = 0;         //!< vertices that joined an existing node within the tolerance
  std::size_t zeroLengthEdgesDropped = 0; //!< segments whose two ends became one node
};

/**
 * A routable network in compressed sparse rows (CSR), built once by GraphBuilder and then
 * only read, so any number of threads can query it at the same time.
 *
 * Every vertex of the input lines is a node; every pair of consecutive vertices is an
 * undirected edge whose geometry is the straight segment between its two nodes. Each
 * edge contributes one directed arc per direction in which it may be travelled; the arcs
 * leaving node n are firstArc(n) .. endArc(n) - 1.
 *
 * Costs are metres or minutes (costType()); a direction that may not be travelled has
 * cost +infinity on the edge and no arc.
 */
class Graph
{
public:
  Graph() = default;

  std::size_t nodeCount() const { return mNodePoints.size(); }
  std::size_t edgeCount() const { return mEdgeFrom.size(); }
  std::size_t arcCount() const { return mArcTargets.size(); }

  const Point &nodePoint( NodeId node ) const { return mNodePoints[ node ]; }

  ArcId firstArc( NodeId node ) const { return mNodeOffsets[ node ]; }
  ArcId endArc( NodeId node ) const { return mNodeOffsets[ node + 1 ]; }
  NodeId arcTarget( ArcId arc ) const { return mArcTargets[ arc ]; }
  float arcCost( ArcId arc ) const { return mArcCosts[ arc ]; }
  EdgeId arcEdge( ArcId arc ) const { return mArcEdges[ arc ]; }

  // Raw arrays for the hot loops of the searches.
  const std::uint32_t *nodeOffsets() const { return mNodeOffsets.data(); }
  const NodeId *arcTargets() const { return mArcTargets.data(); }
  const float *arcCosts() const { return mArcCosts.data(); }
  const EdgeId *arcEdges() const { return mArcEdges.data(); }

  NodeId edgeFrom( EdgeId edge ) const { return mEdgeFrom[ edge ]; }
  NodeId edgeTo( EdgeId edge ) const { return mEdgeTo[ edge ]; }
  //! Length of the edge's segment in metres.
  double edgeLength( EdgeId edge ) const { return mEdgeLength[ edge ]; }
  //! Cost from edgeFrom() to edgeTo(); +infinity where the edge is one-way the other way.
  float forwardCost( EdgeId edge ) const { return mEdgeForwardCost[ edge ]; }
  //! Cost from edgeTo() to edgeFrom(); +infinity where the edge is one-way the other way.
  float backwardCost( EdgeId edge ) const { return mEdgeBackwardCost[ edge ]; }
  //! Index of the input line (the order of GraphBuilder::addLine() calls) the edge comes from.
  std::uint32_t edgeLine( EdgeId edge ) const { return mEdgeLine[ edge ]; }

  //! The point at \a fraction (0 = edgeFrom, 1 = edgeTo) along the edge's segment; exact node coordinates at 0 and 1.
  Point pointAlongEdge( EdgeId edge, double fraction ) const;

  CostType costType() const { return mCostType; }
  double defaultSpeedKmh() const { return mDefaultSpeedKmh; }

  /**
   * Converts a straight distance in metres (walking from a point to the network) into the
   * graph's cost unit: metres for distance, minutes at the default speed for time.
   */
  double distanceToCost( double metres ) const;

  const BuildReport &report() const { return mReport; }

  //! Bytes held by the graph's arrays (capacities, not sizes).
  std::size_t memoryBytes() const;
  //! memoryBytes() per undirected edge: the figure routing engines compare.
  double bytesPerEdge() const;

private:
  friend class GraphBuilder;

  std::vector<Point> mNodePoints;
  std::vector<std::uint32_t> mNodeOffsets; // nodeCount() + 1 entries
  std::vector<NodeId> mArcTargets;
  std::vector<float> mArcCosts;
  std::vector<EdgeId> mArcEdges;

  // Edges as a structure of arrays: no padding, and each search touches only what it needs.
  std::vector<NodeId> mEdgeFrom;
  std::vector<NodeId> mEdgeTo;
  std::vector<double> mEdgeLength;
  std::vector<float> mEdgeForwardCost;
  std::vector<float> mEdgeBackwardCost;
  std::vector<std::uint32_t> mEdgeLine;

  CostType mCostType = CostType::Distance;
  double mDefaultSpeedKmh = 4.5;
  BuildReport mReport;
};

} // namespace sozialraum::network

#endif
