#include "network/reachednetwork.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace sozialraum::network
{

namespace
{
struct Interval
{
  double start;
  double end;
};

//! How far (as a fraction of the edge) \a remaining cost takes you along an edge of \a edgeCost.
double reach( double remaining, float edgeCost )
{
  if ( edgeCost <= 0.0f )
    return 1.0;
  const double fraction = remaining / static_cast<double>( edgeCost );
  // Rounding in remaining = band - cost must not leave a nanometre gap before the far node.
  return fraction >= 1.0 - 1e-12 ? 1.0 : fraction;
}

/**
 * The reached parts of \a edge as fractions of its length. Up to four intervals: from each
 * end node, and both ways from each source on the edge.
 */
void edgeIntervals( const DijkstraWorkspace &workspace, EdgeId edge, double band, std::vector<Interval> &intervals )
{
  const Graph &graph = workspace.graph();
  intervals.clear();
  const float forward = graph.forwardCost( edge );
  const float backward = graph.backwardCost( edge );
  const double fromCost = workspace.cost( graph.edgeFrom( edge ) );
  const double toCost = workspace.cost( graph.edgeTo( edge ) );
  if ( fromCost <= band && !std::isinf( forward ) )
    intervals.push_back( { 0.0, std::min( 1.0, reach( band - fromCost, forward ) ) } );
  if ( toCost <= band && !std::isinf( backward ) )
    intervals.push_back( { std::max( 0.0, 1.0 - reach( band - toCost, backward ) ), 1.0 } );
  const auto [ first, last ] = workspace.sourcesOnEdge( edge );
  for ( auto it = first; it != last; ++it )
  {
    const NetworkPoint &source = workspace.sources()[ it->second ];
    if ( source.offCost > band )
      continue;
    const double remaining = band - source.offCost;
    if ( !std::isinf( forward ) )
      intervals.push_back( { source.fraction, std::min( 1.0, source.fraction + reach( remaining, forward ) ) } );
    if ( !std::isinf( backward ) )
      intervals.push_back( { std::max( 0.0, source.fraction - reach( remaining, backward ) ), source.fraction } );
  }
}

//! Merges overlapping intervals in place; returns the merged ones sorted by start.
void mergeIntervals( std::vector<Interval> &intervals )
{
  // Almost always one interval per end node: no need to call the sort.
  if ( intervals.size() == 2 )
  {
    if ( intervals[ 1 ].start < intervals[ 0 ].start )
      std::swap( intervals[ 0 ], intervals[ 1 ] );
  }
  else if ( intervals.size() > 2 )
    std::sort( intervals.begin(), intervals.end(),
               []( const Interval &a, const Interval &b ) { return a.start < b.start; } );
  std::size_t merged = 0;
  for ( std::size_t i = 0; i < intervals.size(); ++i )
  {
    if ( merged > 0 && intervals[ i ].start <= intervals[ merged - 1 ].end )
      intervals[ merged - 1 ].end = std::max( intervals[ merged - 1 ].end, intervals[ i ].end );
    else
      intervals[ merged++ ] = intervals[ i ];
  }
  intervals.resize( merged );
}

/**
 * Sorts edge ids below \a bound: least significant digit first, 11 bits at a time, as many
 * digits as \a bound needs. Thousands of ids per band made std::sort show in profiles.
 */
void sortEdgeIds( std::vector<EdgeId> &ids, std::size_t bound )
{
  if ( ids.size() < 256 )
  {
    std::sort( ids.begin(), ids.end() );
    return;
  }
  constexpr unsigned kBits = 11;
  constexpr std::size_t kBuckets = std::size_t( 1 ) << kBits;
  std::vector<EdgeId> scratch( ids.size() );
  std::vector<std::uint32_t> counts( kBuckets );
  for ( unsigned shift = 0; shift < 32 && ( bound >> shift ) > 0; shift += kBits )
  {
    std::fill( counts.begin(), counts.end(), 0 );
    for ( const EdgeId id : ids )
      ++counts[ ( id >> shift ) & ( kBuckets - 1 ) ];
    std::uint32_t start = 0;
    for ( std::uint32_t &count : counts )
    {
      const std::uint32_t n = count;
      count = start;
      start += n;
    }
    for ( const EdgeId id : ids )
      scratch[ counts[ ( id >> shift ) & ( kBuckets - 1 ) ]++ ] = id;
    ids.swap( scratch );
  }
}

//! The edges a search may have reached: those leaving a reached node, and the sources' own edges; sorted.
std::vector<EdgeId> candidateEdges( const DijkstraWorkspace &workspace, double band )
{
  const Graph &graph = workspace.graph();
  std::vector<EdgeId> edges;
  edges.reserve( 2 * workspace.reachedNodes().size() + workspace.sources().size() );
  for ( const NodeId node : workspace.reachedNodes() )
  {
    if ( workspace.cost( node ) > band )
      continue;
    for ( ArcId arc = graph.firstArc( node ); arc < graph.endArc( node ); ++arc )
    {
      const EdgeId edge = graph.arcEdge( arc );
      // A two-way edge with both ends within the band is taken from its from-node only (fewer to sort).
      const NodeId other = graph.arcTarget( arc );
      if ( other != node && node != graph.edgeFrom( edge ) && workspace.cost( other ) <= band &&
           !std::isinf( graph.forwardCost( edge ) ) && !std::isinf( graph.backwardCost( edge ) ) )
        continue;
      edges.push_back( edge );
    }
  }
  for ( const NetworkPoint &source : workspace.sources() )
  {
    if ( source.edge != kInvalidId )
      edges.push_back( source.edge );
  }
  sortEdgeIds( edges, graph.edgeCount() );
  edges.erase( std::unique( edges.begin(), edges.end() ), edges.end() );
  return edges;
}
} // namespace

ReachedNetwork reachedNetwork( const DijkstraWorkspace &workspace, double band )
{
  const Graph &graph = workspace.graph();
  ReachedNetwork result;
  std::vector<Interval> intervals;
  for ( const EdgeId edge : candidateEdges( workspace, band ) )
  {
    edgeIntervals( workspace, edge, band, intervals );
    mergeIntervals( intervals );
    for ( const Interval &interval : intervals )
    {
      if ( interval.end <= interval.start )
        continue;
      result.segments.push_back(
          Segment{ graph.pointAlongEdge( edge, interval.start ), graph.pointAlongEdge( edge, interval.end ), edge } );
      result.length += ( interval.end - interval.start ) * graph.edgeLength( edge );
    }
  }
  return result;
}

namespace
{
struct PointHash
{
  std::size_t operator()( const Point &p ) const
  {
    std::uint64_t x, y;
    const double px = p.x + 0.0, py = p.y + 0.0;
    std::memcpy( &x, &px, sizeof x );
    std::memcpy( &y, &py, sizeof y );
    return static_cast<std::size_t>( ( x * 0x9e3779b97f4a7c15ULL ) ^
                                     ( y + 0x7f4a7c159e3779b9ULL + ( x << 6 ) + ( x >> 2 ) ) );
  }
};
} // namespace

std::vector<std::vector<Point>> chainSegments( const std::vector<Segment> &segments )
{
  // End point -> incident segment ends (2 * segment + 0 for a, + 1 for b).
  std::unordered_map<Point, std::vector<std::uint32_t>, PointHash> ends;
  ends.reserve( segments.size() * 2 );
  for ( std::uint32_t s = 0; s < segments.size(); ++s )
  {
    ends[ segments[ s ].a ].push_back( 2 * s );
    ends[ segments[ s ].b ].push_back( 2 * s + 1 );
  }

  std::vector<bool> used( segments.size(), false );
  std::vector<std::vector<Point>> lines;
  const auto endPoint = [ & ]( std::uint32_t end )
  { return end % 2 == 0 ? segments[ end / 2 ].a : segments[ end / 2 ].b; };
  const auto otherEnd = [ & ]( std::uint32_t end ) { return end ^ 1U; };

  // Walks from the free end \a start of an unused segment through points where exactly two segments meet.
  const auto walk = [ & ]( std::uint32_t start )
  {
    std::vector<Point> line{ endPoint( start ) };
    std::uint32_t end = start;
    for ( ;; )
    {
      used[ end / 2 ] = true;
      const std::uint32_t far = otherEnd( end );
      const Point p = endPoint( far );
      line.push_back( p );
      const std::vector<std::uint32_t> &incident = ends[ p ];
      if ( incident.size() != 2 )
        break;
      const std::uint32_t next = incident[ 0 ] == far ? incident[ 1 ] : incident[ 0 ];
      if ( used[ next / 2 ] )
        break;
      end = next;
    }
    lines.push_back( std::move( line ) );
  };

  // Start at junctions and dead ends first, so lines run from junction to junction ...
  for ( std::uint32_t s = 0; s < segments.size(); ++s )
  {
    for ( const std::uint32_t end : { 2 * s, 2 * s + 1 } )
    {
      if ( !used[ s ] && ends[ endPoint( end ) ].size() != 2 )
        walk( end );
    }
  }
  // ... then what is left are closed rings.
  for ( std::uint32_t s = 0; s < segments.size(); ++s )
  {
    if ( !used[ s ] )
      walk( 2 * s );
  }
  return lines;
}

} // namespace sozialraum::network
