#include "network/dijkstra.h"

#include "networktestutils.h"

#include <QtTest/QtTest>

using namespace sozialraum::network;
using namespace sozialraum::network::test;

class TestDijkstra : public QObject
{
  Q_OBJECT

private slots:
  void costsAlongAPath();
  void oneWayStreetForcesADetour();
  void splitEdgeReachesBothEndsAtHalfCost();
  void splitOneWayEdgeReachesOnlyOneEnd();
  void targetTakesTheBetterEndRespectingDirection();
  void sourceAndTargetOnTheSameEdge();
  void sameEdgeAgainstOneWayGoesAround();
  void accessCostsAreAddedAtBothEnds();
  void boundedSearchStopsEarly();
  void multiSourceGivesNearestSourceAndItsCost();
  void multiSourceEqualsMinimumOfSingleSourceSearches();
  void reusedWorkspaceForgetsThePreviousSearch();
};

void TestDijkstra::costsAlongAPath()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 100, 0 }, { 100, 50 }, { 300, 50 } } } } );
  DijkstraWorkspace workspace( graph );
  workspace.run( pointOn( findEdge( graph, { 0, 0 }, { 100, 0 } ), 0.0 ) );
  QCOMPARE( workspace.cost( findNode( graph, { 0, 0 } ) ), 0.0 );
  QCOMPARE( workspace.cost( findNode( graph, { 100, 50 } ) ), 150.0 );
  QCOMPARE( workspace.cost( findNode( graph, { 300, 50 } ) ), 350.0 );
  QCOMPARE( workspace.reachedNodes().size(), std::size_t( 4 ) );
}

void TestDijkstra::oneWayStreetForcesADetour()
{
  // A square block: the direct street from A (0,0) to B (100,0) is one-way B -> A, so from A the
  // way to B goes around the other three sides (300 m); from B to A it is 100 m.
  const Graph graph = buildGraph(
      { { { { 100, 0 }, { 0, 0 } }, Direction::Forward }, { { { 0, 0 }, { 0, 100 }, { 100, 100 }, { 100, 0 } } } } );
  const NodeId a = findNode( graph, { 0, 0 } );
  const NodeId b = findNode( graph, { 100, 0 } );
  const EdgeId oneWay = findEdge( graph, { 100, 0 }, { 0, 0 } );
  DijkstraWorkspace workspace( graph );
  workspace.run( pointOn( oneWay, graph.edgeFrom( oneWay ) == a ? 0.0 : 1.0 ) );
  QCOMPARE( workspace.cost( b ), 300.0 );
  workspace.run( pointOn( oneWay, graph.edgeFrom( oneWay ) == b ? 0.0 : 1.0 ) );
  QCOMPARE( workspace.cost( a ), 100.0 );

  // The same street digitized the other way round and marked "backward".
  const Graph backward = buildGraph(
      { { { { 0, 0 }, { 100, 0 } }, Direction::Backward }, { { { 0, 0 }, { 0, 100 }, { 100, 100 }, { 100, 0 } } } } );
  DijkstraWorkspace backwardWorkspace( backward );
  backwardWorkspace.run( pointOn( findEdge( backward, { 0, 0 }, { 100, 0 } ), 0.0 ) );
  QCOMPARE( backwardWorkspace.cost( findNode( backward, { 100, 0 } ) ), 300.0 );
}

void TestDijkstra::splitEdgeReachesBothEndsAtHalfCost()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 100, 0 } } } } );
  DijkstraWorkspace workspace( graph );
  workspace.run( pointOn( 0, 0.5 ) );
  QCOMPARE( workspace.cost( graph.edgeFrom( 0 ) ), 50.0 );
  QCOMPARE( workspace.cost( graph.edgeTo( 0 ) ), 50.0 );
  workspace.run( pointOn( 0, 0.25 ) );
  QCOMPARE( workspace.cost( graph.edgeFrom( 0 ) ), 25.0 );
  QCOMPARE( workspace.cost( graph.edgeTo( 0 ) ), 75.0 );
}

void TestDijkstra::splitOneWayEdgeReachesOnlyOneEnd()
{
  const Graph forward = buildGraph( { { { { 0, 0 }, { 100, 0 } }, Direction::Forward } } );
  DijkstraWorkspace workspace( forward );
  workspace.run( pointOn( 0, 0.5 ) );
  QVERIFY( std::isinf( workspace.cost( forward.edgeFrom( 0 ) ) ) );
  QCOMPARE( workspace.cost( forward.edgeTo( 0 ) ), 50.0 );

  const Graph backward = buildGraph( { { { { 0, 0 }, { 100, 0 } }, Direction::Backward } } );
  DijkstraWorkspace backwardWorkspace( backward );
  backwardWorkspace.run( pointOn( 0, 0.5 ) );
  QCOMPARE( backwardWorkspace.cost( backward.edgeFrom( 0 ) ), 50.0 );
  QVERIFY( std::isinf( backwardWorkspace.cost( backward.edgeTo( 0 ) ) ) );
}

void TestDijkstra::targetTakesTheBetterEndRespectingDirection()
{
  // Path 0 - 100 (two-way) - 200 (one-way forward); source at x = 0.
  const Graph graph = buildGraph( { { { { 0, 0 }, { 100, 0 } } },
                                    { { { 100, 0 }, { 200, 0 } }, Direction::Forward },
                                    { { { 0, 0 }, { 0, 100 }, { 200, 100 }, { 200, 0 } } } } );
  const EdgeId first = findEdge( graph, { 0, 0 }, { 100, 0 } );
  const EdgeId oneWay = findEdge( graph, { 100, 0 }, { 200, 0 } );
  DijkstraWorkspace workspace( graph );
  workspace.run( pointOn( first, graph.nodePoint( graph.edgeFrom( first ) ).x == 0 ? 0.0 : 1.0 ) );
  // Target at x = 180 on the one-way: only from x = 100 (100 + 80), not from x = 200 (reached at 400, but the street
  // may not be entered there).
  const double fraction = graph.nodePoint( graph.edgeFrom( oneWay ) ).x == 100 ? 0.8 : 0.2;
  QCOMPARE( workspace.arrival( pointOn( oneWay, fraction ) ).cost, 180.0 );
  // Target at x = 60 on the two-way edge: the better end is x = 0.
  const double firstFraction = graph.nodePoint( graph.edgeFrom( first ) ).x == 0 ? 0.6 : 0.4;
  QCOMPARE( workspace.arrival( pointOn( first, firstFraction ) ).cost, 60.0 );
}

void TestDijkstra::sourceAndTargetOnTheSameEdge()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 100, 0 } } } } );
  DijkstraWorkspace workspace( graph );
  workspace.run( pointOn( 0, 0.2 ) );
  const Arrival ahead = workspace.arrival( pointOn( 0, 0.7 ) );
  QCOMPARE( ahead.cost, 50.0 );
  QCOMPARE( ahead.source, 0U );
  QCOMPARE( workspace.arrival( pointOn( 0, 0.1 ) ).cost, 10.0 );
  QCOMPARE( workspace.arrival( pointOn( 0, 0.2 ) ).cost, 0.0 );

  const Graph forward = buildGraph( { { { { 0, 0 }, { 100, 0 } }, Direction::Forward } } );
  DijkstraWorkspace forwardWorkspace( forward );
  forwardWorkspace.run( pointOn( 0, 0.2 ) );
  QCOMPARE( forwardWorkspace.arrival( pointOn( 0, 0.7 ) ).cost, 50.0 );
  // Behind the source on a one-way dead end: unreachable.
  QVERIFY( std::isinf( forwardWorkspace.arrival( pointOn( 0, 0.1 ) ).cost ) );
  QCOMPARE( forwardWorkspace.arrival( pointOn( 0, 0.1 ) ).source, kInvalidId );
}

void TestDijkstra::sameEdgeAgainstOneWayGoesAround()
{
  // A 400 m square ring whose bottom side (0,0) -> (100,0) is one-way. From x = 70 to x = 20 on
  // that side: 30 m to its end, 300 m around, 20 m back in = 350 m.
  const Graph graph = buildGraph(
      { { { { 0, 0 }, { 100, 0 } }, Direction::Forward }, { { { 100, 0 }, { 100, 100 }, { 0, 100 }, { 0, 0 } } } } );
  const EdgeId bottom = findEdge( graph, { 0, 0 }, { 100, 0 } );
  DijkstraWorkspace workspace( graph );
  workspace.run( pointOn( bottom, 0.7 ) );
  QCOMPARE( workspace.arrival( pointOn( bottom, 0.2 ) ).cost, 350.0 );
  QCOMPARE( workspace.arrival( pointOn( bottom, 0.9 ) ).cost, 20.0 );
}

void TestDijkstra::accessCostsAreAddedAtBothEnds()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 100, 0 } } } } );
  DijkstraWorkspace workspace( graph );
  workspace.run( pointOn( 0, 0.5, 7.0 ) );
  QCOMPARE( workspace.cost( graph.edgeTo( 0 ) ), 57.0 );
  QCOMPARE( workspace.arrival( pointOn( 0, 1.0, 3.0 ) ).cost, 60.0 );
  QCOMPARE( workspace.arrival( pointOn( 0, 0.6, 3.0 ) ).cost, 20.0 );
}

void TestDijkstra::boundedSearchStopsEarly()
{
  std::vector<Point> line;
  for ( int i = 0; i <= 10000; ++i )
    line.push_back( { static_cast<double>( i ), 0.0 } );
  const Graph graph = buildGraph( { { line } } );
  DijkstraWorkspace workspace( graph );
  workspace.run( pointOn( findEdge( graph, { 0, 0 }, { 1, 0 } ), 0.0 ), 10.5 );
  QCOMPARE( workspace.settledCount(), std::size_t( 11 ) );
  QCOMPARE( workspace.reachedNodes().size(), std::size_t( 11 ) );
  QCOMPARE( workspace.cost( findNode( graph, { 10, 0 } ) ), 10.0 );
  QVERIFY( std::isinf( workspace.cost( findNode( graph, { 11, 0 } ) ) ) );
  QVERIFY( std::isinf( workspace.cost( findNode( graph, { 5000, 0 } ) ) ) );
}

void TestDijkstra::multiSourceGivesNearestSourceAndItsCost()
{
  std::vector<Point> line;
  for ( int i = 0; i <= 100; i += 10 )
    line.push_back( { static_cast<double>( i ), 0.0 } );
  const Graph graph = buildGraph( { { line } } );
  const EdgeId e10 = findEdge( graph, { 10, 0 }, { 20, 0 } );
  const EdgeId e80 = findEdge( graph, { 80, 0 }, { 90, 0 } );
  DijkstraWorkspace workspace( graph );
  // Facility 0 at x = 10 with 20 m access, facility 1 at x = 85: the border lies at x = 37.5.
  workspace.run(
      { pointOn( e10, graph.nodePoint( graph.edgeFrom( e10 ) ).x == 10 ? 0.0 : 1.0, 20.0 ), pointOn( e80, 0.5 ) } );
  QCOMPARE( workspace.source( findNode( graph, { 30, 0 } ) ), 0U );
  QCOMPARE( workspace.cost( findNode( graph, { 30, 0 } ) ), 40.0 );
  QCOMPARE( workspace.source( findNode( graph, { 40, 0 } ) ), 1U );
  QCOMPARE( workspace.cost( findNode( graph, { 40, 0 } ) ), 45.0 );
  QCOMPARE( workspace.source( findNode( graph, { 0, 0 } ) ), 0U );
  QCOMPARE( workspace.cost( findNode( graph, { 0, 0 } ) ), 30.0 );
  const EdgeId e30 = findEdge( graph, { 30, 0 }, { 40, 0 } );
  const bool fromIs30 = graph.nodePoint( graph.edgeFrom( e30 ) ).x == 30;
  QCOMPARE( workspace.arrival( pointOn( e30, fromIs30 ? 0.7 : 0.3 ) ).source, 0U );
  QCOMPARE( workspace.arrival( pointOn( e30, fromIs30 ? 0.7 : 0.3 ) ).cost, 47.0 );
  QCOMPARE( workspace.arrival( pointOn( e30, fromIs30 ? 0.8 : 0.2 ) ).source, 1U );
  QCOMPARE( workspace.arrival( pointOn( e30, fromIs30 ? 0.8 : 0.2 ) ).cost, 47.0 );
  // On facility 1's own edge, straight along it.
  QCOMPARE( workspace.arrival( pointOn( e80, 0.6 ) ).cost, 1.0 );
  QCOMPARE( workspace.arrival( pointOn( e80, 0.6 ) ).source, 1U );
}

void TestDijkstra::multiSourceEqualsMinimumOfSingleSourceSearches()
{
  const Graph graph = gridGraph( 25, 10.0, 0.3, 3 );
  const std::vector<NetworkPoint> sources = randomNetworkPoints( graph, 6, 11 );
  const std::vector<NetworkPoint> targets = randomNetworkPoints( graph, 200, 12 );

  std::vector<std::vector<double>> single( sources.size() );
  DijkstraWorkspace workspace( graph );
  for ( std::size_t s = 0; s < sources.size(); ++s )
  {
    workspace.run( sources[ s ] );
    for ( const NetworkPoint &target : targets )
      single[ s ].push_back( workspace.arrival( target ).cost );
  }
  workspace.run( sources );
  for ( std::size_t t = 0; t < targets.size(); ++t )
  {
    double best = kUnreachable;
    for ( std::size_t s = 0; s < sources.size(); ++s )
      best = std::min( best, single[ s ][ t ] );
    const Arrival arrival = workspace.arrival( targets[ t ] );
    QVERIFY( std::abs( arrival.cost - best ) < 1e-6 || ( std::isinf( best ) && std::isinf( arrival.cost ) ) );
    if ( std::isfinite( best ) )
      QVERIFY( std::abs( single[ arrival.source ][ t ] - best ) < 1e-6 );
  }
}

void TestDijkstra::reusedWorkspaceForgetsThePreviousSearch()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 100, 0 } } }, { { { 500, 0 }, { 600, 0 } } } } );
  DijkstraWorkspace workspace( graph );
  workspace.run( pointOn( findEdge( graph, { 0, 0 }, { 100, 0 } ), 0.5 ) );
  QCOMPARE( workspace.reachedNodes().size(), std::size_t( 2 ) );
  workspace.run( pointOn( findEdge( graph, { 500, 0 }, { 600, 0 } ), 0.5 ) );
  QVERIFY( std::isinf( workspace.cost( findNode( graph, { 0, 0 } ) ) ) );
  QCOMPARE( workspace.cost( findNode( graph, { 600, 0 } ) ), 50.0 );
  QCOMPARE( workspace.reachedNodes().size(), std::size_t( 2 ) );
}

QTEST_APPLESS_MAIN( TestDijkstra )
#include "testdijkstra.moc"
