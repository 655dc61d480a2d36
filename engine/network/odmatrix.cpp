#include "network/odmatrix.h"

#include "network/networkerror.h"
#include "network/sourcesearch.h"

#include <algorithm>
#include <cmath>
#include <memory>

namespace sozialraum::network
{

namespace
{
struct OdRow
{
  std::uint32_t origin;
  std::uint32_t destination;
  double cost;
};

//! Rows are handed over in chunks of about this many, after the origin that fills one.
constexpr std::size_t kChunkRows = 16384;

/**
 * The destinations grouped by edge: which edges carry one (a bit per edge, the cheap first
 * test), and the destinations of an edge by binary search in a list sorted by edge.
 */
class DestinationsByEdge
{
public:
  DestinationsByEdge( const Graph &graph, const std::vector<NetworkPoint> &destinations )
      : mHasDestination( graph.edgeCount(), false )
  {
    for ( std::uint32_t d = 0; d < destinations.size(); ++d )
    {
      if ( destinations[ d ].edge == kInvalidId )
        continue;
      mByEdge.emplace_back( destinations[ d ].edge, d );
      mHasDestination[ destinations[ d ].edge ] = true;
    }
    std::sort( mByEdge.begin(), mByEdge.end() );
  }

  bool hasDestination( EdgeId edge ) const { return mHasDestination[ edge ]; }

  template <typename Visit> void forEach( EdgeId edge, Visit &&visit ) const
  {
    auto it = std::lower_bound( mByEdge.begin(), mByEdge.end(), std::make_pair( edge, 0U ) );
    for ( ; it != mByEdge.end() && it->first == edge; ++it )
      visit( it->second );
  }

private:
  std::vector<bool> mHasDestination;
  std::vector<std::pair<EdgeId, std::uint32_t>> mByEdge;
};

//! The edges with destinations that a finished search can have reached (see reachedNetwork()).
void reachedDestinationEdges( const DijkstraWorkspace &workspace, const DestinationsByEdge &destinations,
                              std::vector<EdgeId> &edges )
{
  const Graph &graph = workspace.graph();
  edges.clear();
  for ( const NodeId node : workspace.reachedNodes() )
  {
    for ( ArcId arc = graph.firstArc( node ); arc < graph.endArc( node ); ++arc )
    {
      const EdgeId edge = graph.arcEdge( arc );
      if ( destinations.hasDestination( edge ) )
        edges.push_back( edge );
    }
  }
  for ( const NetworkPoint &source : workspace.sources() )
  {
    if ( source.edge != kInvalidId && destinations.hasDestination( source.edge ) )
      edges.push_back( source.edge );
  }
  std::sort( edges.begin(), edges.end() );
  edges.erase( std::unique( edges.begin(), edges.end() ), edges.end() );
}
} // namespace

bool enumerateOd( const Graph &graph, const std::vector<NetworkPoint> &origins,
                  const std::vector<NetworkPoint> &destinations, double maxCost, const RunControl &control,
                  const OdRowCallback &row )
{
  if ( !( maxCost >= 0.0 ) )
    throw NetworkError( "The maximum cost must be 0 or greater." );

  const DestinationsByEdge byEdge( graph, destinations );
  ParallelRun run( control );
  WorkspacePool workspaces( graph, run.threadCount() );
  ResultChannel<std::vector<OdRow>> chunks( run, 2 * run.threadCount() );
  std::vector<std::vector<OdRow>> pending( run.threadCount() );
  std::vector<std::vector<EdgeId>> edgeScratch( run.threadCount() );

  const auto flush = [ & ]( unsigned thread )
  {
    if ( pending[ thread ].empty() )
      return;
    std::vector<OdRow> chunk;
    chunk.swap( pending[ thread ] );
    chunks.push( std::move( chunk ) );
    pending[ thread ].reserve( kChunkRows );
  };

  const bool completed = run.run(
      origins.size(),
      [ & ]( std::size_t index, unsigned thread )
      {
        const NetworkPoint &origin = origins[ index ];
        if ( origin.edge == kInvalidId )
          return;
        DijkstraWorkspace &workspace = workspaces.workspace( thread );
        workspace.run( origin, maxCost );
        std::vector<EdgeId> &edges = edgeScratch[ thread ];
        reachedDestinationEdges( workspace, byEdge, edges );
        std::vector<OdRow> &rows = pending[ thread ];
        for ( const EdgeId edge : edges )
        {
          byEdge.forEach( edge,
                          [ & ]( std::uint32_t destination )
                          {
                            const double cost = workspace.arrival( destinations[ destination ] ).cost;
                            if ( cost <= maxCost )
                              rows.push_back( OdRow{ static_cast<std::uint32_t>( index ), destination, cost } );
                          } );
        }
        // Flush only between origins, so an origin's rows stay together.
        if ( rows.size() >= kChunkRows )
          flush( thread );
      },
      [ & ]
      {
        chunks.drain(
            [ & ]( std::vector<OdRow> &&chunk )
            {
              for ( const OdRow &r : chunk )
                row( r.origin, r.destination, r.cost );
            } );
      },
      flush );
  return completed;
}

} // namespace sozialraum::network
