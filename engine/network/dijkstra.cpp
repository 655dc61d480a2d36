#include "network/dijkstra.h"

#include <algorithm>
#include <cmath>

namespace sozialraum::network
{

namespace
{
struct Later
{
  template <typename Item> bool operator()( const Item &a, const Item &b ) const { return a.cost > b.cost; }
};
} // namespace

DijkstraWorkspace::DijkstraWorkspace( const Graph &graph )
    : mGraph( graph ), mCost( graph.nodeCount(), kUnreachable ), mSource( graph.nodeCount(), kInvalidId )
{
}

void DijkstraWorkspace::reset()
{
  for ( const NodeId node : mTouched )
    mCost[ node ] = kUnreachable;
  mTouched.clear();
  mQueue.clear();
  mSources.clear();
  mSourcesByEdge.clear();
  mSettled = 0;
}

void DijkstraWorkspace::seed( NodeId node, double cost, std::uint32_t source )
{
  if ( !( cost <= mMaxCost ) || !( cost < mCost[ node ] ) )
    return;
  if ( mCost[ node ] == kUnreachable )
    mTouched.push_back( node );
  mCost[ node ] = cost;
  mSource[ node ] = source;
  mQueue.push_back( QueueItem{ cost, node } );
  std::push_heap( mQueue.begin(), mQueue.end(), Later() );
}

void DijkstraWorkspace::addSource( const NetworkPoint &source, std::uint32_t index )
{
  mSources.push_back( source );
  if ( source.edge == kInvalidId )
    return;
  mSourcesByEdge.emplace_back( source.edge, index );
  // Starting from a point inside an edge is the same as splitting the edge there: each end
  // is reached along its part of the edge, if the edge may be travelled that way.
  seed( mGraph.edgeFrom( source.edge ), source.offCost + costToEdgeFrom( mGraph, source ), index );
  seed( mGraph.edgeTo( source.edge ), source.offCost + costToEdgeTo( mGraph, source ), index );
}

void DijkstraWorkspace::run( const NetworkPoint &source, double maxCost )
{
  reset();
  mMaxCost = maxCost;
  addSource( source, 0 );
  search();
}

void DijkstraWorkspace::run( const std::vector<NetworkPoint> &sources, double maxCost )
{
  reset();
  mMaxCost = maxCost;
  for ( std::size_t i = 0; i < sources.size(); ++i )
    addSource( sources[ i ], static_cast<std::uint32_t>( i ) );
  std::sort( mSourcesByEdge.begin(), mSourcesByEdge.end() );
  search();
}

void DijkstraWorkspace::search()
{
  const std::uint32_t *offsets = mGraph.nodeOffsets();
  const NodeId *targets = mGraph.arcTargets();
  const float *arcCosts = mGraph.arcCosts();
  double *costs = mCost.data();
  std::uint32_t *sources = mSource.data();
  const double maxCost = mMaxCost;

  while ( !mQueue.empty() )
  {
    std::pop_heap( mQueue.begin(), mQueue.end(), Later() );
    const QueueItem item = mQueue.back();
    mQueue.pop_back();
    if ( item.cost > costs[ item.node ] )
      continue; // a stale entry: the node was queued again at a lower cost and is settled already
    if ( item.cost > maxCost )
      break;
    ++mSettled;

    const std::uint32_t source = sources[ item.node ];
    for ( std::uint32_t arc = offsets[ item.node ], end = offsets[ item.node + 1 ]; arc < end; ++arc )
    {
      const NodeId target = targets[ arc ];
      const double cost = item.cost + static_cast<double>( arcCosts[ arc ] );
      if ( cost < costs[ target ] && cost <= maxCost )
      {
        if ( costs[ target ] == kUnreachable )
          mTouched.push_back( target );
        costs[ target ] = cost;
        sources[ target ] = source;
        mQueue.push_back( QueueItem{ cost, target } );
        std::push_heap( mQueue.begin(), mQueue.end(), Later() );
      }
    }
  }
}

std::pair<const DijkstraWorkspace::EdgeSource *, const DijkstraWorkspace::EdgeSource *>
DijkstraWorkspace::sourcesOnEdge( EdgeId edge ) const
{
  const auto range = std::equal_range( mSourcesByEdge.begin(), mSourcesByEdge.end(), EdgeSource( edge, 0U ),
                                       []( const EdgeSource &a, const EdgeSource &b ) { return a.first < b.first; } );
  return { mSourcesByEdge.data() + ( range.first - mSourcesByEdge.begin() ),
           mSourcesByEdge.data() + ( range.second - mSourcesByEdge.begin() ) };
}

Arrival DijkstraWorkspace::arrival( const NetworkPoint &target ) const
{
  Arrival best;
  if ( target.edge == kInvalidId )
    return best;

  const auto consider = [ & ]( double cost, std::uint32_t source )
  {
    if ( cost < best.cost )
    {
      best.cost = cost;
      best.source = source;
    }
  };
  const NodeId from = mGraph.edgeFrom( target.edge );
  const NodeId to = mGraph.edgeTo( target.edge );
  if ( mCost[ from ] != kUnreachable )
    consider( mCost[ from ] + costFromEdgeFrom( mGraph, target ), mSource[ from ] );
  if ( mCost[ to ] != kUnreachable )
    consider( mCost[ to ] + costFromEdgeTo( mGraph, target ), mSource[ to ] );

  // A source on the same edge may reach the target without passing either end.
  const auto [ first, last ] = sourcesOnEdge( target.edge );
  for ( const EdgeSource *it = first; it != last; ++it )
  {
    const NetworkPoint &source = mSources[ it->second ];
    consider( source.offCost + costAlongEdge( mGraph, source, target ), it->second );
  }

  if ( best.cost != kUnreachable )
    best.cost += target.offCost;
  else
    best.source = kInvalidId;
  return best;
}

} // namespace sozialraum::network
