#ifndef SOZIALRAUM_TESTS_NETWORKTESTUTILS_H
#define SOZIALRAUM_TESTS_NETWORKTESTUTILS_H

// Small graphs for the network engine tests.

#include "network/graphbuilder.h"
#include "network/networkpoint.h"

#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace sozialraum::network::test
{

struct TestLine
{
  std::vector<Point> vertices;
  Direction direction = Direction::Both;
  double speedKmh = std::numeric_limits<double>::quiet_NaN();
};

inline Graph buildGraph( const std::vector<TestLine> &lines, const GraphOptions &options = GraphOptions() )
{
  GraphBuilder builder( options );
  for ( const TestLine &line : lines )
    builder.addLine( line.vertices, line.direction, line.speedKmh );
  return builder.build();
}

//! The edge between the nodes at \a a and \a b (either orientation); kInvalidId if there is none.
inline EdgeId findEdge( const Graph &graph, const Point &a, const Point &b )
{
  for ( EdgeId e = 0; e < graph.edgeCount(); ++e )
  {
    const Point &from = graph.nodePoint( graph.edgeFrom( e ) );
    const Point &to = graph.nodePoint( graph.edgeTo( e ) );
    if ( ( from == a && to == b ) || ( from == b && to == a ) )
      return e;
  }
  return kInvalidId;
}

inline NodeId findNode( const Graph &graph, const Point &p )
{
  for ( NodeId n = 0; n < graph.nodeCount(); ++n )
  {
    if ( graph.nodePoint( n ) == p )
      return n;
  }
  return kInvalidId;
}

inline NetworkPoint pointOn( EdgeId edge, double fraction, double offCost = 0.0 )
{
  NetworkPoint point;
  point.edge = edge;
  point.fraction = fraction;
  point.offCost = offCost;
  return point;
}

/**
 * A square grid of \a n x \a n nodes, \a spacing apart, one line per grid edge. With
 * \a oneWayShare > 0, that share of the lines (chosen with \a seed) is one-way, forward or backward.
 */
inline Graph gridGraph( int n, double spacing, double oneWayShare = 0.0, unsigned seed = 1 )
{
  std::mt19937 random( seed );
  std::uniform_real_distribution<double> uniform( 0.0, 1.0 );
  std::vector<TestLine> lines;
  const auto direction = [ & ]()
  {
    const double r = uniform( random );
    if ( r < oneWayShare / 2 )
      return Direction::Forward;
    if ( r < oneWayShare )
      return Direction::Backward;
    return Direction::Both;
  };
  for ( int y = 0; y < n; ++y )
  {
    for ( int x = 0; x < n; ++x )
    {
      const Point p{ x * spacing, y * spacing };
      if ( x + 1 < n )
        lines.push_back( TestLine{ { p, Point{ ( x + 1 ) * spacing, y * spacing } }, direction() } );
      if ( y + 1 < n )
        lines.push_back( TestLine{ { p, Point{ x * spacing, ( y + 1 ) * spacing } }, direction() } );
    }
  }
  return buildGraph( lines );
}

//! Random points on random edges of \a graph, some with an access cost.
inline std::vector<NetworkPoint> randomNetworkPoints( const Graph &graph, std::size_t count, unsigned seed )
{
  std::mt19937 random( seed );
  std::uniform_int_distribution<EdgeId> edge( 0, static_cast<EdgeId>( graph.edgeCount() - 1 ) );
  std::uniform_real_distribution<double> fraction( 0.0, 1.0 );
  std::uniform_real_distribution<double> access( 0.0, 5.0 );
  std::vector<NetworkPoint> points;
  for ( std::size_t i = 0; i < count; ++i )
    points.push_back( pointOn( edge( random ), fraction( random ), i % 3 == 0 ? access( random ) : 0.0 ) );
  return points;
}

} // namespace sozialraum::network::test

#endif
