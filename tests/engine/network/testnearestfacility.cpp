#include "network/nearestfacility.h"

#include "networktestutils.h"

#include <QtTest/QtTest>

using namespace sozialraum::network;
using namespace sozialraum::network::test;

class TestNearestFacility : public QObject
{
  Q_OBJECT

private slots:
  void nearestOnAStreet();
  void oneWayStreetsAreRespected();
  void beyondMaxCostAndUnsnappedHaveNoFacility();
  void agreesWithOneSearchPerFacility();
};

void TestNearestFacility::nearestOnAStreet()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 100, 0 } } }, { { { 100, 0 }, { 200, 0 } } } } );
  const EdgeId left = findEdge( graph, { 0, 0 }, { 100, 0 } );
  const EdgeId right = findEdge( graph, { 100, 0 }, { 200, 0 } );
  const auto at = [ & ]( EdgeId edge, double x, double offCost = 0.0 )
  {
    const double x0 = graph.nodePoint( graph.edgeFrom( edge ) ).x;
    const double x1 = graph.nodePoint( graph.edgeTo( edge ) ).x;
    return pointOn( edge, ( x - x0 ) / ( x1 - x0 ), offCost );
  };
  // Facilities at x = 20 and x = 190; origins at x = 80 (60 m vs 110 m), x = 130 (110 m vs 60 m) and
  // x = 100 with 5 m access (80 + 5 m vs 90 + 5 m).
  const std::vector<Arrival> nearest = nearestFacilities( graph, { at( left, 20 ), at( right, 190 ) },
                                                          { at( left, 80 ), at( right, 130 ), at( right, 100, 5.0 ) } );
  QCOMPARE( nearest[ 0 ].source, 0U );
  QCOMPARE( nearest[ 0 ].cost, 60.0 );
  QCOMPARE( nearest[ 1 ].source, 1U );
  QCOMPARE( nearest[ 1 ].cost, 60.0 );
  QCOMPARE( nearest[ 2 ].source, 0U );
  QCOMPARE( nearest[ 2 ].cost, 85.0 );
}

void TestNearestFacility::oneWayStreetsAreRespected()
{
  // The street from x = 0 to x = 100 is digitized from x = 100 to x = 0 and one-way "backward",
  // so it may only be travelled towards x = 100. Facility 0 at x = 60, facility 1 at x = 150.
  const Graph graph =
      buildGraph( { { { { 100, 0 }, { 0, 0 } }, Direction::Backward }, { { { 100, 0 }, { 200, 0 } } } } );
  const EdgeId left = findEdge( graph, { 0, 0 }, { 100, 0 } );
  const EdgeId right = findEdge( graph, { 100, 0 }, { 200, 0 } );
  QCOMPARE( graph.nodePoint( graph.edgeFrom( left ) ).x, 100.0 );
  const std::vector<Arrival> nearest = nearestFacilities( graph, { pointOn( left, 0.4 ), pointOn( right, 0.5 ) },
                                                          { pointOn( left, 0.6 ), pointOn( left, 0.2 ) } );
  // Origin at x = 40: behind facility 0 on the one-way, and facility 1 cannot enter the one-way at x = 100.
  QCOMPARE( nearest[ 0 ].source, kInvalidId );
  // Origin at x = 80: 20 m from facility 0.
  QCOMPARE( nearest[ 1 ].source, 0U );
  QCOMPARE( nearest[ 1 ].cost, 20.0 );
}

void TestNearestFacility::beyondMaxCostAndUnsnappedHaveNoFacility()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 1000, 0 } } } } );
  NetworkPoint unsnapped;
  const std::vector<Arrival> nearest =
      nearestFacilities( graph, { pointOn( 0, 0.0 ) }, { pointOn( 0, 0.5 ), pointOn( 0, 0.05 ), unsnapped }, 100.0 );
  QCOMPARE( nearest[ 0 ].source, kInvalidId );
  QVERIFY( std::isinf( nearest[ 0 ].cost ) );
  QCOMPARE( nearest[ 1 ].source, 0U );
  QCOMPARE( nearest[ 1 ].cost, 50.0 );
  QCOMPARE( nearest[ 2 ].source, kInvalidId );
}

void TestNearestFacility::agreesWithOneSearchPerFacility()
{
  const Graph graph = gridGraph( 30, 10.0, 0.3, 9 );
  const std::vector<NetworkPoint> facilities = randomNetworkPoints( graph, 8, 31 );
  const std::vector<NetworkPoint> origins = randomNetworkPoints( graph, 300, 32 );
  const std::vector<Arrival> nearest = nearestFacilities( graph, facilities, origins, 150.0 );
  DijkstraWorkspace workspace( graph );
  std::vector<std::vector<double>> costs( facilities.size() );
  for ( std::size_t f = 0; f < facilities.size(); ++f )
  {
    workspace.run( facilities[ f ] );
    for ( const NetworkPoint &origin : origins )
      costs[ f ].push_back( workspace.arrival( origin ).cost );
  }
  std::size_t reached = 0;
  for ( std::size_t o = 0; o < origins.size(); ++o )
  {
    double best = kUnreachable;
    for ( std::size_t f = 0; f < facilities.size(); ++f )
      best = std::min( best, costs[ f ][ o ] );
    if ( best <= 150.0 )
    {
      ++reached;
      QVERIFY( std::abs( nearest[ o ].cost - best ) < 1e-6 );
      QVERIFY( std::abs( costs[ nearest[ o ].source ][ o ] - best ) < 1e-6 );
    }
    else
      QCOMPARE( nearest[ o ].source, kInvalidId );
  }
  QVERIFY( reached > 50 && reached < origins.size() );
}

QTEST_APPLESS_MAIN( TestNearestFacility )
#include "testnearestfacility.moc"
