#include "network/graphbuilder.h"

#include "network/networkerror.h"
#include "common/format.h"

#include <sstream>

namespace sozialraum::network
{

namespace
{
void checkSpeed( double speedKmh )
{
  if ( !( speedKmh > 0.0 ) || !std::isfinite( speedKmh ) )
    throw NetworkError( "Speed must be greater than 0 km/h (found " + formatNumber( speedKmh ) + " km/h)." );
}

constexpr float kNoTravel = std::numeric_limits<float>::infinity();
} // namespace

GraphBuilder::GraphBuilder( const GraphOptions &options ) : mOptions( options ), mMerger( options.tolerance )
{
  if ( options.costType == CostType::Time )
    checkSpeed( options.defaultSpeedKmh );
  if ( !( options.tolerance >= 0.0 ) || !std::isfinite( options.tolerance ) )
    throw NetworkError( "The topology tolerance must be 0 or a positive distance (found " +
                        formatNumber( options.tolerance ) + ")." );
}

double GraphBuilder::costOfLength( double length, double speedKmh ) const
{
  if ( mOptions.costType == CostType::Distance )
    return length;
  return length / ( speedKmh * 1000.0 / 60.0 ); // minutes
}

bool GraphBuilder::addLine( const Point *vertices, std::size_t count, Direction direction, double speedKmh )
{
  const std::uint32_t line = static_cast<std::uint32_t>( mLineCount++ );

  double speed = mOptions.defaultSpeedKmh;
  if ( mOptions.costType == CostType::Time && !std::isnan( speedKmh ) )
  {
    checkSpeed( speedKmh );
    speed = speedKmh;
  }

  bool valid = count >= 2;
  for ( std::size_t i = 0; valid && i < count; ++i )
    valid = std::isfinite( vertices[ i ].x ) && std::isfinite( vertices[ i ].y );
  if ( !valid )
  {
    ++mReport.linesSkipped;
    return false;
  }

  mLineNodes.clear();
  for ( std::size_t i = 0; i < count; ++i )
    mLineNodes.push_back( mMerger.add( vertices[ i ] ) );

  bool addedEdge = false;
  for ( std::size_t i = 1; i < count; ++i )
  {
    const NodeId from = mLineNodes[ i - 1 ];
    const NodeId to = mLineNodes[ i ];
    if ( from == to )
    {
      ++mReport.zeroLengthEdgesDropped;
      continue;
    }
    // Length and cost come in build(), measured between the node positions: after merging, the edge's
    // geometry is the segment between its nodes, not between the original vertices.
    mEdges.push_back( PendingEdge{ from, to, static_cast<float>( speed ), direction, line } );
    addedEdge = true;
  }
  if ( addedEdge )
    ++mReport.linesAdded;
  else
    ++mReport.linesSkipped;
  return addedEdge;
}

Graph GraphBuilder::build()
{
  if ( mEdges.empty() && mReport.zeroLengthEdgesDropped > 0 && mOptions.tolerance > 0 )
    throw NetworkError( "Joining vertices closer than the tolerance (" + formatNumber( mOptions.tolerance ) + " m" +
                        ") shrank every line of the network to a point. The tolerance is meant to close small gaps "
                        "between streets: use a few metres at most (0 keeps the network as drawn)." );
  if ( mEdges.empty() )
    throw NetworkError( "The network layer contains no lines with valid geometry." );
  if ( mEdges.size() > static_cast<std::size_t>( std::numeric_limits<std::uint32_t>::max() / 2 ) )
    throw NetworkError( "The network is too large: more than two billion segments." );

  Graph graph;
  graph.mCostType = mOptions.costType;
  graph.mDefaultSpeedKmh = mOptions.defaultSpeedKmh;
  mReport.verticesMerged = mMerger.mergedCount();
  graph.mNodePoints = mMerger.takePoints();
  graph.mNodePoints.shrink_to_fit();

  const std::size_t nodeCount = graph.mNodePoints.size();
  const std::size_t edgeCount = mEdges.size();

  graph.mEdgeFrom.resize( edgeCount );
  graph.mEdgeTo.resize( edgeCount );
  graph.mEdgeLength.resize( edgeCount );
  graph.mEdgeForwardCost.resize( edgeCount );
  graph.mEdgeBackwardCost.resize( edgeCount );
  graph.mEdgeLine.resize( edgeCount );

  std::vector<std::uint32_t> &offsets = graph.mNodeOffsets;
  offsets.assign( nodeCount + 1, 0 );
  for ( std::size_t e = 0; e < edgeCount; ++e )
  {
    const PendingEdge &pending = mEdges[ e ];
    const Point &a = graph.mNodePoints[ pending.from ];
    const Point &b = graph.mNodePoints[ pending.to ];
    const double length = std::hypot( b.x - a.x, b.y - a.y );
    const float cost = static_cast<float>( costOfLength( length, pending.speedKmh ) );
    graph.mEdgeFrom[ e ] = pending.from;
    graph.mEdgeTo[ e ] = pending.to;
    graph.mEdgeLength[ e ] = length;
    graph.mEdgeForwardCost[ e ] = pending.direction == Direction::Backward ? kNoTravel : cost;
    graph.mEdgeBackwardCost[ e ] = pending.direction == Direction::Forward ? kNoTravel : cost;
    graph.mEdgeLine[ e ] = pending.line;
    if ( pending.direction != Direction::Backward )
      ++offsets[ pending.from + 1 ];
    if ( pending.direction != Direction::Forward )
      ++offsets[ pending.to + 1 ];
  }
  mEdges.clear();
  mEdges.shrink_to_fit();

  for ( std::size_t n = 0; n < nodeCount; ++n )
    offsets[ n + 1 ] += offsets[ n ];

  const std::size_t arcCount = offsets[ nodeCount ];
  graph.mArcTargets.resize( arcCount );
  graph.mArcCosts.resize( arcCount );
  graph.mArcEdges.resize( arcCount );
  std::vector<std::uint32_t> next( offsets.begin(), offsets.end() - 1 );
  const auto addArc = [ & ]( NodeId from, NodeId to, float cost, EdgeId edge )
  {
    const std::uint32_t arc = next[ from ]++;
    graph.mArcTargets[ arc ] = to;
    graph.mArcCosts[ arc ] = cost;
    graph.mArcEdges[ arc ] = edge;
  };
  for ( std::size_t e = 0; e < edgeCount; ++e )
  {
    const EdgeId edge = static_cast<EdgeId>( e );
    if ( !std::isinf( graph.mEdgeForwardCost[ e ] ) )
      addArc( graph.mEdgeFrom[ e ], graph.mEdgeTo[ e ], graph.mEdgeForwardCost[ e ], edge );
    if ( !std::isinf( graph.mEdgeBackwardCost[ e ] ) )
      addArc( graph.mEdgeTo[ e ], graph.mEdgeFrom[ e ], graph.mEdgeBackwardCost[ e ], edge );
  }

  graph.mReport = mReport;
  mReport = BuildReport();
  mLineCount = 0;
  mMerger = VertexMerger( mOptions.tolerance );
  return graph;
}

namespace
{
constexpr std::size_t kBatchLines = 4096;
constexpr std::size_t kQueuedBatches = 16; //!< the reader waits beyond this (bounded memory)
} // namespace

BackgroundGraphBuilder::BackgroundGraphBuilder( const GraphOptions &options ) : mBuilder( options )
{
  mThreaded = std::thread::hardware_concurrency() > 1;
  if ( mThreaded )
    mWorker = std::thread( [ this ] { work(); } );
}

BackgroundGraphBuilder::~BackgroundGraphBuilder()
{
  if ( mWorker.joinable() )
  {
    {
      std::lock_guard<std::mutex> lock( mMutex );
      mFinished = true;
      mQueue.clear();
    }
    mChanged.notify_all();
    mWorker.join();
  }
}

void BackgroundGraphBuilder::rethrowWorkerError()
{
  std::lock_guard<std::mutex> lock( mMutex );
  if ( mError )
    std::rethrow_exception( mError );
}

void BackgroundGraphBuilder::addLine( const Point *vertices, std::size_t count, Direction direction, double speedKmh )
{
  if ( !mThreaded )
  {
    mBuilder.addLine( vertices, count, direction, speedKmh );
    return;
  }
  mFilling.points.insert( mFilling.points.end(), vertices, vertices + count );
  mFilling.lines.push_back( Line{ mFilling.points.size(), direction, speedKmh } );
  if ( mFilling.lines.size() >= kBatchLines )
    handOver();
}

void BackgroundGraphBuilder::handOver()
{
  std::unique_lock<std::mutex> lock( mMutex );
  if ( mError )
    std::rethrow_exception( mError );
  mChanged.wait( lock, [ this ] { return mQueue.size() < kQueuedBatches || mError; } );
  if ( mError )
    std::rethrow_exception( mError );
  mQueue.push_back( std::move( mFilling ) );
  lock.unlock();
  mChanged.notify_all();
  mFilling = Batch();
  mFilling.points.reserve( 4 * kBatchLines );
  mFilling.lines.reserve( kBatchLines );
}

void BackgroundGraphBuilder::work()
{
  for ( ;; )
  {
    Batch batch;
    {
      std::unique_lock<std::mutex> lock( mMutex );
      mChanged.wait( lock, [ this ] { return !mQueue.empty() || mFinished; } );
      if ( mQueue.empty() )
        return; // finished and nothing left
      batch = std::move( mQueue.front() );
      mQueue.pop_front();
    }
    mChanged.notify_all();
    try
    {
      std::size_t start = 0;
      for ( const Line &line : batch.lines )
      {
        mBuilder.addLine( batch.points.data() + start, line.end - start, line.direction, line.speedKmh );
        start = line.end;
      }
    }
    catch ( ... )
    {
      std::lock_guard<std::mutex> lock( mMutex );
      mError = std::current_exception();
      mQueue.clear();
      mChanged.notify_all();
      return;
    }
  }
}

Graph BackgroundGraphBuilder::build()
{
  if ( mThreaded )
  {
    if ( !mFilling.lines.empty() )
      handOver();
    {
      std::lock_guard<std::mutex> lock( mMutex );
      mFinished = true;
    }
    mChanged.notify_all();
    mWorker.join();
    rethrowWorkerError();
  }
  return mBuilder.build();
}

} // namespace sozialraum::network
