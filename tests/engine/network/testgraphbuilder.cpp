#include "network/graphbuilder.h"
#include "network/networkerror.h"

#include "networktestutils.h"

#include <QtTest/QtTest>

using namespace sozialraum::network;
using namespace sozialraum::network::test;

class TestGraphBuilder : public QObject
{
  Q_OBJECT

private slots:
  void everyVertexIsANodeAndConsecutiveVerticesAnEdge();
  void linesCrossingWithoutSharedVertexStayApart();
  void verticesWithinToleranceMerge();
  void verticesBeyondToleranceStaySeparate();
  void mergingWorksAcrossHashCellBorders();
  void toleranceZeroMergesOnlyIdenticalCoordinates();
  void zeroLengthEdgesAfterMergingAreDropped();
  void oneWayForwardHasOnlyTheForwardArc();
  void oneWayBackwardHasOnlyTheBackwardArc();
  void timeCostComesFromSpeed();
  void speedZeroIsAnError();
  void networkWithoutValidLinesIsAnError();
  void invalidLinesAreSkippedAndKeepLineNumbering();
  void gridUsesLessThan100BytesPerEdge();
  void backgroundBuilderGivesExactlyTheSameGraph();
  void backgroundBuilderReportsErrors();
};

namespace
{
//! Lines of a jittered street grid with shared, nearly shared and repeated vertices, one-ways and speeds.
struct GeneratedLine
{
  std::vector<Point> points;
  Direction direction;
  double speed;
};

std::vector<GeneratedLine> manyLines( int size )
{
  std::vector<GeneratedLine> lines;
  std::uint32_t state = 12345;
  const auto next = [&state] { state = state * 1664525u + 1013904223u; return state >> 8; };
  for ( int i = 0; i < size; ++i )
    for ( int j = 0; j < size; ++j )
    {
      const Point p{ 600000.0 + i * 50.0, 5400000.0 + j * 50.0 };
      const double jitter = ( next() % 5 ) * 0.01; // 0 .. 4 cm: merged or not, depending on the tolerance
      const Direction direction = next() % 7 == 0 ? Direction::Forward : next() % 11 == 0 ? Direction::Backward : Direction::Both;
      const double speed = next() % 3 == 0 ? std::numeric_limits<double>::quiet_NaN() : 3.0 + next() % 40;
      lines.push_back( { { p, { p.x + 25.0, p.y + 1.0 }, { p.x + 50.0 + jitter, p.y } }, direction, speed } );
      lines.push_back( { { p, { p.x, p.y + 50.0 - jitter } }, Direction::Both, speed } );
      if ( next() % 13 == 0 )
        lines.push_back( { { p }, Direction::Both, speed } ); // too short: skipped, but numbered
    }
  return lines;
}

void compareGraphs( const Graph &a, const Graph &b )
{
  QCOMPARE( a.nodeCount(), b.nodeCount() );
  QCOMPARE( a.edgeCount(), b.edgeCount() );
  QCOMPARE( a.arcCount(), b.arcCount() );
  for ( NodeId n = 0; n < a.nodeCount(); ++n )
  {
    QVERIFY( a.nodePoint( n ) == b.nodePoint( n ) );
    QCOMPARE( a.firstArc( n ), b.firstArc( n ) );
  }
  for ( ArcId arc = 0; arc < a.arcCount(); ++arc )
  {
    QCOMPARE( a.arcTarget( arc ), b.arcTarget( arc ) );
    QCOMPARE( a.arcCost( arc ), b.arcCost( arc ) );
    QCOMPARE( a.arcEdge( arc ), b.arcEdge( arc ) );
  }
  for ( EdgeId e = 0; e < a.edgeCount(); ++e )
  {
    QCOMPARE( a.edgeFrom( e ), b.edgeFrom( e ) );
    QCOMPARE( a.edgeTo( e ), b.edgeTo( e ) );
    QCOMPARE( a.edgeLength( e ), b.edgeLength( e ) );
    QCOMPARE( a.forwardCost( e ), b.forwardCost( e ) );
    QCOMPARE( a.backwardCost( e ), b.backwardCost( e ) );
    QCOMPARE( a.edgeLine( e ), b.edgeLine( e ) );
  }
  QCOMPARE( a.report().linesAdded, b.report().linesAdded );
  QCOMPARE( a.report().linesSkipped, b.report().linesSkipped );
  QCOMPARE( a.report().verticesMerged, b.report().verticesMerged );
  QCOMPARE( a.report().zeroLengthEdgesDropped, b.report().zeroLengthEdgesDropped );
}
} // namespace

void TestGraphBuilder::everyVertexIsANodeAndConsecutiveVerticesAnEdge()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 30, 40 }, { 30, 100 } } } } );
  QCOMPARE( graph.nodeCount(), std::size_t( 3 ) );
  QCOMPARE( graph.edgeCount(), std::size_t( 2 ) );
  QCOMPARE( graph.arcCount(), std::size_t( 4 ) );
  const EdgeId first = findEdge( graph, { 0, 0 }, { 30, 40 } );
  const EdgeId second = findEdge( graph, { 30, 40 }, { 30, 100 } );
  QVERIFY( first != kInvalidId && second != kInvalidId );
  QCOMPARE( graph.edgeLength( first ), 50.0 );
  QCOMPARE( graph.edgeLength( second ), 60.0 );
  QCOMPARE( graph.forwardCost( first ), 50.0f );
  QCOMPARE( graph.backwardCost( first ), 50.0f );
  QCOMPARE( graph.edgeLine( first ), 0U );
}

void TestGraphBuilder::linesCrossingWithoutSharedVertexStayApart()
{
  // An X of two lines: as in QGIS, no vertex at the crossing means no junction.
  const Graph graph = buildGraph( { { { { -10, 0 }, { 10, 0 } } }, { { { 0, -10 }, { 0, 10 } } } } );
  QCOMPARE( graph.nodeCount(), std::size_t( 4 ) );
  QCOMPARE( graph.edgeCount(), std::size_t( 2 ) );
}

void TestGraphBuilder::verticesWithinToleranceMerge()
{
  GraphOptions options;
  options.tolerance = 0.1;
  const Graph graph = buildGraph( { { { { 0, 0 }, { 10, 0 } } }, { { { 10.05, 0.05 }, { 20, 0 } } } }, options );
  QCOMPARE( graph.nodeCount(), std::size_t( 3 ) );
  QCOMPARE( graph.report().verticesMerged, std::size_t( 1 ) );
  // The merged node keeps the first vertex's position, and the second edge is measured from there.
  const EdgeId second = findEdge( graph, { 10, 0 }, { 20, 0 } );
  QVERIFY( second != kInvalidId );
  QCOMPARE( graph.edgeLength( second ), 10.0 );
}

void TestGraphBuilder::verticesBeyondToleranceStaySeparate()
{
  GraphOptions options;
  options.tolerance = 0.1;
  const Graph graph = buildGraph( { { { { 0, 0 }, { 10, 0 } } }, { { { 10.08, 0.08 }, { 20, 0 } } } }, options );
  QCOMPARE( graph.nodeCount(), std::size_t( 4 ) );
  QCOMPARE( graph.report().verticesMerged, std::size_t( 0 ) );
}

void TestGraphBuilder::mergingWorksAcrossHashCellBorders()
{
  // With tolerance 1 the cells are 1 m wide: 0.99 and 1.01 lie in different cells but 2 cm apart.
  GraphOptions options;
  options.tolerance = 1.0;
  const Graph graph =
      buildGraph( { { { { -10, 0.99 }, { 0.99, 0.99 } } }, { { { 1.01, 1.01 }, { 10, 1.01 } } } }, options );
  QCOMPARE( graph.nodeCount(), std::size_t( 3 ) );

  // The nearest existing node within the tolerance wins.
  const Graph nearest = buildGraph(
      { { { { 0, 0 }, { 0, 10 } } }, { { { 1.5, 0 }, { 1.5, 10 } } }, { { { 1.0, 0 }, { 1.0, -10 } } } }, options );
  const EdgeId third = findEdge( nearest, { 1.5, 0 }, { 1.0, -10 } );
  QVERIFY( third != kInvalidId );
}

void TestGraphBuilder::toleranceZeroMergesOnlyIdenticalCoordinates()
{
  const Graph graph =
      buildGraph( { { { { 0, 0 }, { 10, 0 } } }, { { { 10, 0 }, { 20, 0 } } }, { { { 20.000001, 0 }, { 30, 0 } } } } );
  QCOMPARE( graph.nodeCount(), std::size_t( 5 ) );
  QCOMPARE( graph.report().verticesMerged, std::size_t( 1 ) );
  // -0.0 and 0.0 are the same coordinate.
  const Graph signedZero = buildGraph( { { { { 0.0, 0.0 }, { 10, 0 } } }, { { { -0.0, 0.0 }, { 0, 10 } } } } );
  QCOMPARE( signedZero.nodeCount(), std::size_t( 3 ) );
}

void TestGraphBuilder::zeroLengthEdgesAfterMergingAreDropped()
{
  GraphOptions options;
  options.tolerance = 0.1;
  const Graph graph = buildGraph( { { { { 0, 0 }, { 0.05, 0 }, { 10, 0 } } } }, options );
  QCOMPARE( graph.edgeCount(), std::size_t( 1 ) );
  QCOMPARE( graph.report().zeroLengthEdgesDropped, std::size_t( 1 ) );
  QCOMPARE( graph.edgeLength( 0 ), 10.0 );
}

void TestGraphBuilder::oneWayForwardHasOnlyTheForwardArc()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 100, 0 } }, Direction::Forward } } );
  QCOMPARE( graph.arcCount(), std::size_t( 1 ) );
  const NodeId from = graph.edgeFrom( 0 );
  QCOMPARE( graph.nodePoint( from ).x, 0.0 );
  QCOMPARE( graph.endArc( from ) - graph.firstArc( from ), 1U );
  QCOMPARE( graph.arcTarget( graph.firstArc( from ) ), graph.edgeTo( 0 ) );
  QCOMPARE( graph.arcEdge( graph.firstArc( from ) ), 0U );
  QCOMPARE( graph.forwardCost( 0 ), 100.0f );
  QVERIFY( std::isinf( graph.backwardCost( 0 ) ) );
}

void TestGraphBuilder::oneWayBackwardHasOnlyTheBackwardArc()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 100, 0 } }, Direction::Backward } } );
  QCOMPARE( graph.arcCount(), std::size_t( 1 ) );
  const NodeId to = graph.edgeTo( 0 );
  QCOMPARE( graph.endArc( to ) - graph.firstArc( to ), 1U );
  QCOMPARE( graph.arcTarget( graph.firstArc( to ) ), graph.edgeFrom( 0 ) );
  QVERIFY( std::isinf( graph.forwardCost( 0 ) ) );
  QCOMPARE( graph.backwardCost( 0 ), 100.0f );
}

void TestGraphBuilder::timeCostComesFromSpeed()
{
  GraphOptions options;
  options.costType = CostType::Time;
  options.defaultSpeedKmh = 4.5;
  // 1 km at 60 km/h is one minute; 1 km at the default 4.5 km/h is 13 1/3 minutes.
  const Graph graph =
      buildGraph( { { { { 0, 0 }, { 1000, 0 } }, Direction::Both, 60.0 }, { { { 0, 10 }, { 1000, 10 } } } }, options );
  QCOMPARE( graph.forwardCost( 0 ), 1.0f );
  QVERIFY( std::abs( graph.forwardCost( 1 ) - 1000.0 / 75.0 ) < 1e-5 );
  // Access costs use the default speed: 75 m at 4.5 km/h is one minute.
  QVERIFY( std::abs( graph.distanceToCost( 75.0 ) - 1.0 ) < 1e-12 );
}

void TestGraphBuilder::speedZeroIsAnError()
{
  GraphOptions options;
  options.costType = CostType::Time;
  options.defaultSpeedKmh = 0.0;
  try
  {
    GraphBuilder builder( options );
    QFAIL( "a default speed of 0 was accepted" );
  }
  catch ( const NetworkError &error )
  {
    QVERIFY( QString( error.what() ).startsWith( "Speed must be greater than 0 km/h" ) );
  }

  options.defaultSpeedKmh = 5.0;
  GraphBuilder builder( options );
  QVERIFY_EXCEPTION_THROWN( builder.addLine( { { 0, 0 }, { 10, 0 } }, Direction::Both, 0.0 ), NetworkError );
  QVERIFY_EXCEPTION_THROWN( builder.addLine( { { 0, 0 }, { 10, 0 } }, Direction::Both, -3.0 ), NetworkError );

  // In distance mode speeds do not matter.
  GraphOptions distance;
  distance.defaultSpeedKmh = 0.0;
  GraphBuilder distanceBuilder( distance );
  QVERIFY( distanceBuilder.addLine( { { 0, 0 }, { 10, 0 } }, Direction::Both, 0.0 ) );
}

void TestGraphBuilder::networkWithoutValidLinesIsAnError()
{
  GraphBuilder empty{ GraphOptions() };
  try
  {
    empty.build();
    QFAIL( "an empty network was accepted" );
  }
  catch ( const NetworkError &error )
  {
    QCOMPARE( QString( error.what() ), QStringLiteral( "The network layer contains no lines with valid geometry." ) );
  }

  GraphBuilder invalid{ GraphOptions() };
  QVERIFY( !invalid.addLine( { { 0, 0 } } ) );
  QVERIFY( !invalid.addLine( { { 0, 0 }, { std::nan( "" ), 1 } } ) );
  QVERIFY( !invalid.addLine( { { 5, 5 }, { 5, 5 } } ) );
  QVERIFY_EXCEPTION_THROWN( invalid.build(), NetworkError );
}

void TestGraphBuilder::invalidLinesAreSkippedAndKeepLineNumbering()
{
  GraphBuilder builder{ GraphOptions() };
  QVERIFY( builder.addLine( { { 0, 0 }, { 10, 0 } } ) );
  QVERIFY( !builder.addLine( { { 0, 0 } } ) );
  QVERIFY( builder.addLine( { { 10, 0 }, { 20, 0 } } ) );
  const Graph graph = builder.build();
  QCOMPARE( graph.report().linesAdded, std::size_t( 2 ) );
  QCOMPARE( graph.report().linesSkipped, std::size_t( 1 ) );
  QCOMPARE( graph.edgeLine( findEdge( graph, { 10, 0 }, { 20, 0 } ) ), 2U );
}

void TestGraphBuilder::gridUsesLessThan100BytesPerEdge()
{
  const Graph graph = gridGraph( 60, 10.0 );
  QCOMPARE( graph.edgeCount(), std::size_t( 2 * 60 * 59 ) );
  QVERIFY2( graph.bytesPerEdge() < 100.0, qPrintable( QString::number( graph.bytesPerEdge() ) ) );
}

void TestGraphBuilder::backgroundBuilderGivesExactlyTheSameGraph()
{
  const std::vector<GeneratedLine> lines = manyLines( 70 ); // about 10,000 lines: several batches
  for ( const double tolerance : { 0.0, 0.025 } )
  {
    for ( const CostType costType : { CostType::Distance, CostType::Time } )
    {
      GraphOptions options;
      options.tolerance = tolerance;
      options.costType = costType;
      GraphBuilder plain( options );
      BackgroundGraphBuilder background( options );
      for ( const GeneratedLine &line : lines )
      {
        plain.addLine( line.points, line.direction, line.speed );
        background.addLine( line.points, line.direction, line.speed );
      }
      const Graph expected = plain.build();
      const Graph graph = background.build();
      QVERIFY( expected.report().verticesMerged > 0 );
      compareGraphs( graph, expected );
    }
  }
}

void TestGraphBuilder::backgroundBuilderReportsErrors()
{
  // A speed of 0 in time mode, somewhere in the middle: the error comes out of addLine() or build().
  GraphOptions options;
  options.costType = CostType::Time;
  std::vector<GeneratedLine> lines = manyLines( 70 );
  lines[ 5000 ].speed = 0.0;
  try
  {
    BackgroundGraphBuilder builder( options );
    for ( const GeneratedLine &line : lines )
      builder.addLine( line.points, line.direction, line.speed );
    builder.build();
    QFAIL( "a speed of 0 was accepted" );
  }
  catch ( const NetworkError &error )
  {
    QVERIFY( QString( error.what() ).startsWith( "Speed must be greater than 0 km/h" ) );
  }

  QVERIFY_EXCEPTION_THROWN( BackgroundGraphBuilder( GraphOptions() ).build(), NetworkError );

  // Abandoned half way (a cancelled run): the destructor stops the worker.
  {
    BackgroundGraphBuilder builder{ GraphOptions() };
    for ( std::size_t i = 0; i < 6000; ++i )
      builder.addLine( lines[ i ].points, lines[ i ].direction, lines[ i ].speed );
  }
}

QTEST_APPLESS_MAIN( TestGraphBuilder )
#include "testgraphbuilder.moc"
