#ifndef SOZIALRAUM_NETWORK_DIJKSTRA_H
#define SOZIALRAUM_NETWORK_DIJKSTRA_H

#include "network/graph.h"
#include "network/networkpoint.h"

#include <utility>
#include <vector>

namespace sozialraum::network
{

//! Where a search arrives at a point: the cost (offCosts included) and which source it comes from.
struct Arrival
{
  double cost = kUnreachable;
  std::uint32_t source = kInvalidId; //!< index into the sources of the search
};

/**
 * Dijkstra's shortest-path search with its working arrays, to be reused for many searches
 * on one thread (one workspace per thread; the graph itself is shared).
 *
 * A search is bounded by a maximum cost: nothing beyond it is queued, so a 10-minute search
 * touches the nodes within 10 minutes and not the whole city. Only the nodes a search
 * touched are reset before the next one, so a small search stays cheap on a big graph.
 *
 * After run(), cost() and source() hold the result for every node until the next run().
 */
class DijkstraWorkspace
{
public:
  //! The graph must outlive the workspace.
  explicit DijkstraWorkspace( const Graph &graph );

  //! Costs from one source, up to \a maxCost.
  void run( const NetworkPoint &source, double maxCost = kUnreachable );

  /**
   * Costs from the nearest of several sources, in one search (all sources start at once at
   * their offCost): for every node the cost to the nearest source and which one it is, a
   * network Voronoi partition.
   */
  void run( const std::vector<NetworkPoint> &sources, double maxCost = kUnreachable );

  const Graph &graph() const { return mGraph; }
  double maxCost() const { return mMaxCost; }
  const std::vector<NetworkPoint> &sources() const { return mSources; }

  //! Cost of \a node from the nearest source; +infinity where not reached within maxCost().
  double cost( NodeId node ) const { return mCost[ node ]; }
  //! The source \a node was reached from; only meaningful where cost() is finite.
  std::uint32_t source( NodeId node ) const { return mSource[ node ]; }
  //! The nodes with a finite cost, in no particular order.
  const std::vector<NodeId> &reachedNodes() const { return mTouched; }
  //! Nodes taken from the queue in the last search: shows that a bounded search stopped early.
  std::size_t settledCount() const { return mSettled; }

  //! A source on an edge: (edge, index into sources()).
  using EdgeSource = std::pair<EdgeId, std::uint32_t>;
  //! The sources of the last search that lie on \a edge, as a [first, last) range.
  std::pair<const EdgeSource *, const EdgeSource *> sourcesOnEdge( EdgeId edge ) const;

  /**
   * The cost of reaching a point on the network (its offCost included): the better of the
   * edge's two ends, respecting one-way, or directly along the edge from a source on the
   * same edge. Costs beyond maxCost() may be reported as unreachable.
   */
  Arrival arrival( const NetworkPoint &target ) const;

private:
  struct QueueItem
  {
    double cost;
    NodeId node;
  };

  void reset();
  void seed( NodeId node, double cost, std::uint32_t source );
  void addSource( const NetworkPoint &source, std::uint32_t index );
  void search();

  const Graph &mGraph;
  std::vector<double> mCost;
  std::vector<std::uint32_t> mSource;
  std::vector<NodeId> mTouched;
  std::vector<QueueItem> mQueue; // binary min-heap with lazy deletion
  std::vector<NetworkPoint> mSources;
  std::vector<EdgeSource> mSourcesByEdge; // sorted, for arrivals on a source's own edge
  double mMaxCost = kUnreachable;
  std::size_t mSettled = 0;
};

} // namespace sozialraum::network

#endif
