#ifndef SOZIALRAUM_NETWORK_SOURCESEARCH_H
#define SOZIALRAUM_NETWORK_SOURCESEARCH_H

#include "network/dijkstra.h"
#include "network/parallel.h"

#include <functional>
#include <memory>
#include <vector>

namespace sozialraum::network
{

/**
 * One workspace per worker thread, created on first use (a workspace holds arrays as large
 * as the graph, so threads that never run do not pay for one).
 */
class WorkspacePool
{
public:
  WorkspacePool( const Graph &graph, unsigned threadCount );
  DijkstraWorkspace &workspace( unsigned thread );

private:
  const Graph &mGraph;
  std::vector<std::unique_ptr<DijkstraWorkspace>> mWorkspaces;
};

using SourceVisitor = std::function<void( std::size_t source, const DijkstraWorkspace &workspace, unsigned thread )>;

/**
 * A bounded search from every source, on all cores. \a visit is called on the worker thread
 * right after the search of a source, with that thread's workspace: it must only read the
 * workspace and write per-thread or per-source state. Use it for everything that needs the
 * costs from each facility in turn (catchment ratios, coverage, isochrones, OD rows).
 * Sources with edge == kInvalidId are visited with an empty search. Returns false when canceled.
 */
bool forEachSource( const Graph &graph, const std::vector<NetworkPoint> &sources, double maxCost,
                    const RunControl &control, const SourceVisitor &visit );

} // namespace sozialraum::network

#endif
