#include "network/sourcesearch.h"

namespace sozialraum::network
{

WorkspacePool::WorkspacePool( const Graph &graph, unsigned threadCount ) : mGraph( graph ), mWorkspaces( threadCount )
{
}

DijkstraWorkspace &WorkspacePool::workspace( unsigned thread )
{
  std::unique_ptr<DijkstraWorkspace> &workspace = mWorkspaces.at( thread );
  if ( !workspace )
    workspace = std::make_unique<DijkstraWorkspace>( mGraph );
  return *workspace;
}

bool forEachSource( const Graph &graph, const std::vector<NetworkPoint> &sources, double maxCost,
                    const RunControl &control, const SourceVisitor &visit )
{
  ParallelRun run( control );
  WorkspacePool pool( graph, run.threadCount() );
  return run.run( sources.size(),
                  [ & ]( std::size_t index, unsigned thread )
                  {
                    DijkstraWorkspace &workspace = pool.workspace( thread );
                    workspace.run( sources[ index ], maxCost );
                    visit( index, workspace, thread );
                  } );
}

} // namespace sozialraum::network
