#include "network/edgeindex.h"
#include "network/networkpoint.h"

#include "networktestutils.h"

#include <QtTest/QtTest>

using namespace sozialraum::network;
using namespace sozialraum::network::test;

class TestSnapping : public QObject
{
  Q_OBJECT

private slots:
  void projectsOntoNearestEdge();
  void pointBeyondMaxDistanceIsReportedNotSnapped();
  void pointFarOutsideTheNetworkFindsNearestEdge();
  void agreesWithBruteForce();
  void accessCostIsTheSnapDistanceInCostUnits();
};

void TestSnapping::projectsOntoNearestEdge()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 100, 0 } } }, { { { 0, 50 }, { 100, 50 } } } } );
  const EdgeIndex index( graph );
  const SnapResult snap = index.snap( { 30, 10 }, 20.0 );
  QVERIFY( snap.snapped );
  QCOMPARE( snap.edge, findEdge( graph, { 0, 0 }, { 100, 0 } ) );
  QCOMPARE( snap.fraction, 0.3 );
  QCOMPARE( snap.distance, 10.0 );
  QCOMPARE( snap.point.x, 30.0 );
  QCOMPARE( snap.point.y, 0.0 );

  const SnapResult upper = index.snap( { 70, 45 }, 20.0 );
  QCOMPARE( upper.edge, findEdge( graph, { 0, 50 }, { 100, 50 } ) );
  QCOMPARE( upper.distance, 5.0 );

  // Beyond the end of a segment the projection is the end node.
  const SnapResult end = index.snap( { 103, 4 }, 20.0 );
  QCOMPARE( end.fraction, 1.0 );
  QCOMPARE( end.distance, 5.0 );
}

void TestSnapping::pointBeyondMaxDistanceIsReportedNotSnapped()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 100, 0 } } } } );
  const EdgeIndex index( graph );
  const SnapResult snap = index.snap( { 50, 80 }, 50.0 );
  QVERIFY( !snap.snapped );
  QCOMPARE( snap.distance, 80.0 );
  QCOMPARE( snap.edge, 0U );
  QVERIFY( index.snap( { 50, 80 }, 80.0 ).snapped );
}

void TestSnapping::pointFarOutsideTheNetworkFindsNearestEdge()
{
  const Graph graph = gridGraph( 20, 10.0 );
  const EdgeIndex index( graph );
  const SnapResult snap = index.snap( { -5000, 95 }, 100.0 );
  QVERIFY( !snap.snapped );
  QCOMPARE( snap.distance, 5000.0 );
  QCOMPARE( snap.point.x, 0.0 );
  QCOMPARE( snap.point.y, 95.0 );
}

void TestSnapping::agreesWithBruteForce()
{
  // Irregular lines of very different lengths, so edges span many cells and cells hold many edges.
  std::mt19937 random( 7 );
  std::uniform_real_distribution<double> coordinate( 0.0, 1000.0 );
  std::uniform_real_distribution<double> step( -30.0, 30.0 );
  std::vector<TestLine> lines;
  for ( int l = 0; l < 200; ++l )
  {
    TestLine line;
    Point p{ coordinate( random ), coordinate( random ) };
    for ( int v = 0; v < 5; ++v )
    {
      line.vertices.push_back( p );
      p = Point{ p.x + step( random ) * ( l % 10 == 0 ? 10 : 1 ), p.y + step( random ) };
    }
    lines.push_back( line );
  }
  const Graph graph = buildGraph( lines );
  const EdgeIndex index( graph );
  std::uniform_real_distribution<double> query( -300.0, 1300.0 );
  for ( int q = 0; q < 2000; ++q )
  {
    const Point p{ query( random ), query( random ) };
    double best = kUnreachable;
    for ( EdgeId e = 0; e < graph.edgeCount(); ++e )
    {
      const Point &a = graph.nodePoint( graph.edgeFrom( e ) );
      const Point &b = graph.nodePoint( graph.edgeTo( e ) );
      const double dx = b.x - a.x, dy = b.y - a.y;
      const double t = std::clamp( ( ( p.x - a.x ) * dx + ( p.y - a.y ) * dy ) / ( dx * dx + dy * dy ), 0.0, 1.0 );
      best = std::min( best, std::hypot( a.x + t * dx - p.x, a.y + t * dy - p.y ) );
    }
    const SnapResult snap = index.snap( p );
    QVERIFY2( std::abs( snap.distance - best ) < 1e-9,
              qPrintable( QStringLiteral( "query %1: %2 != %3" ).arg( q ).arg( snap.distance ).arg( best ) ) );
  }
}

void TestSnapping::accessCostIsTheSnapDistanceInCostUnits()
{
  const Graph distance = buildGraph( { { { { 0, 0 }, { 100, 0 } } } } );
  const SnapResult snap = EdgeIndex( distance ).snap( { 40, 30 } );
  QCOMPARE( networkPoint( distance, snap, true ).offCost, 30.0 );
  QCOMPARE( networkPoint( distance, snap, false ).offCost, 0.0 );
  QCOMPARE( networkPoint( distance, snap, true ).fraction, 0.4 );

  GraphOptions options;
  options.costType = CostType::Time;
  options.defaultSpeedKmh = 4.5; // 75 m per minute
  const Graph time = buildGraph( { { { { 0, 0 }, { 100, 0 } }, Direction::Both, 30.0 } }, options );
  const SnapResult timeSnap = EdgeIndex( time ).snap( { 40, 75 } );
  QVERIFY( std::abs( networkPoint( time, timeSnap, true ).offCost - 1.0 ) < 1e-12 );
}

QTEST_APPLESS_MAIN( TestSnapping )
#include "testsnapping.moc"
