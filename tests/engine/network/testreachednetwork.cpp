#include "network/reachednetwork.h"

#include "networktestutils.h"

#include <QtTest/QtTest>

using namespace sozialraum::network;
using namespace sozialraum::network::test;

namespace
{
bool near( const Point &a, const Point &b )
{
  return std::abs( a.x - b.x ) < 1e-9 && std::abs( a.y - b.y ) < 1e-9;
}

//! The segment of \a reached on \a edge, oriented from smaller to larger x (then y).
std::vector<std::pair<Point, Point>> segmentsOn( const ReachedNetwork &reached, EdgeId edge )
{
  std::vector<std::pair<Point, Point>> result;
  for ( const Segment &segment : reached.segments )
  {
    if ( segment.edge != edge )
      continue;
    Point a = segment.a, b = segment.b;
    if ( b.x < a.x || ( b.x == a.x && b.y < a.y ) )
      std::swap( a, b );
    result.emplace_back( a, b );
  }
  std::sort( result.begin(), result.end(), []( const auto &l, const auto &r ) { return l.first.x < r.first.x; } );
  return result;
}

NetworkPoint atNode( const Graph &graph, const Point &node, EdgeId edge, double offCost = 0.0 )
{
  return pointOn( edge, graph.nodePoint( graph.edgeFrom( edge ) ) == node ? 0.0 : 1.0, offCost );
}
} // namespace

class TestReachedNetwork : public QObject
{
  Q_OBJECT

private slots:
  void partialEdgeIsCutAtTheBandsCost();
  void cutPointOnADiagonalEdge();
  void edgeReachedFromBothEndsIsWholeWhenThePartsMeet();
  void edgeReachedFromBothEndsKeepsTheGapWhenTheyDoNot();
  void oneWayEdgeIsNotReachedAgainstItsDirection();
  void sourceEdgeIsReachedAroundTheSource();
  void accessCostShortensTheReach();
  void multiSourceSearchReachesAroundEverySource();
  void bandsInTimeUseTheSpeed();
  void chainsJoinSegmentsBetweenJunctions();
};

void TestReachedNetwork::partialEdgeIsCutAtTheBandsCost()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 100, 0 }, { 200, 0 } } } } );
  const EdgeId first = findEdge( graph, { 0, 0 }, { 100, 0 } );
  const EdgeId second = findEdge( graph, { 100, 0 }, { 200, 0 } );
  DijkstraWorkspace workspace( graph );
  workspace.run( atNode( graph, { 0, 0 }, first ), 200.0 );
  const ReachedNetwork reached = reachedNetwork( workspace, 150.0 );
  QCOMPARE( reached.segments.size(), std::size_t( 2 ) );
  QCOMPARE( reached.length, 150.0 );
  const auto whole = segmentsOn( reached, first );
  QCOMPARE( whole.size(), std::size_t( 1 ) );
  QVERIFY( whole[ 0 ].first == ( Point{ 0, 0 } ) && whole[ 0 ].second == ( Point{ 100, 0 } ) );
  const auto cut = segmentsOn( reached, second );
  QCOMPARE( cut.size(), std::size_t( 1 ) );
  QVERIFY( cut[ 0 ].first == ( Point{ 100, 0 } ) );
  QCOMPARE( cut[ 0 ].second.x, 150.0 );
  QCOMPARE( cut[ 0 ].second.y, 0.0 );
}

void TestReachedNetwork::cutPointOnADiagonalEdge()
{
  // 50 m from (0,0) towards (30,40): a band of 20 m ends at (12,16).
  const Graph graph = buildGraph( { { { { 0, 0 }, { 30, 40 } } } } );
  DijkstraWorkspace workspace( graph );
  workspace.run( atNode( graph, { 0, 0 }, 0 ), 20.0 );
  const ReachedNetwork reached = reachedNetwork( workspace, 20.0 );
  QCOMPARE( reached.segments.size(), std::size_t( 1 ) );
  const auto segments = segmentsOn( reached, 0 );
  QVERIFY( near( segments[ 0 ].first, { 0, 0 } ) );
  QVERIFY( near( segments[ 0 ].second, { 12, 16 } ) );
  QCOMPARE( reached.length, 20.0 );
}

void TestReachedNetwork::edgeReachedFromBothEndsIsWholeWhenThePartsMeet()
{
  // A ring: left and right sides of 100 m, top 100 m. From the middle of the bottom (100 m
  // wide), both top corners are reached at 150; a band of 200 reaches 50 m into the top from
  // each side: the whole top, in one piece.
  const Graph graph =
      buildGraph( { { { { 0, 0 }, { 100, 0 } } }, { { { 0, 0 }, { 0, 100 }, { 100, 100 }, { 100, 0 } } } } );
  const EdgeId bottom = findEdge( graph, { 0, 0 }, { 100, 0 } );
  const EdgeId top = findEdge( graph, { 0, 100 }, { 100, 100 } );
  DijkstraWorkspace workspace( graph );
  workspace.run( pointOn( bottom, 0.5 ), 200.0 );
  const ReachedNetwork reached = reachedNetwork( workspace, 200.0 );
  const auto topSegments = segmentsOn( reached, top );
  QCOMPARE( topSegments.size(), std::size_t( 1 ) );
  QVERIFY( near( topSegments[ 0 ].first, { 0, 100 } ) );
  QVERIFY( near( topSegments[ 0 ].second, { 100, 100 } ) );
  QCOMPARE( reached.length, 400.0 );
}

void TestReachedNetwork::edgeReachedFromBothEndsKeepsTheGapWhenTheyDoNot()
{
  const Graph graph =
      buildGraph( { { { { 0, 0 }, { 100, 0 } } }, { { { 0, 0 }, { 0, 100 }, { 100, 100 }, { 100, 0 } } } } );
  const EdgeId bottom = findEdge( graph, { 0, 0 }, { 100, 0 } );
  const EdgeId top = findEdge( graph, { 0, 100 }, { 100, 100 } );
  DijkstraWorkspace workspace( graph );
  workspace.run( pointOn( bottom, 0.5 ), 200.0 );
  const ReachedNetwork reached = reachedNetwork( workspace, 180.0 );
  const auto topSegments = segmentsOn( reached, top );
  QCOMPARE( topSegments.size(), std::size_t( 2 ) );
  QVERIFY( near( topSegments[ 0 ].first, { 0, 100 } ) );
  QVERIFY( near( topSegments[ 0 ].second, { 30, 100 } ) );
  QVERIFY( near( topSegments[ 1 ].first, { 70, 100 } ) );
  QVERIFY( near( topSegments[ 1 ].second, { 100, 100 } ) );
  QCOMPARE( reached.length, 100.0 + 200.0 + 60.0 );
}

void TestReachedNetwork::oneWayEdgeIsNotReachedAgainstItsDirection()
{
  // Path 0 - 100 - 200 where the second edge is one-way towards x = 100: from x = 0 it cannot be entered.
  const Graph graph =
      buildGraph( { { { { 0, 0 }, { 100, 0 } } }, { { { 200, 0 }, { 100, 0 } }, Direction::Forward } } );
  const EdgeId first = findEdge( graph, { 0, 0 }, { 100, 0 } );
  DijkstraWorkspace workspace( graph );
  workspace.run( atNode( graph, { 0, 0 }, first ), 500.0 );
  const ReachedNetwork reached = reachedNetwork( workspace, 500.0 );
  QCOMPARE( reached.segments.size(), std::size_t( 1 ) );
  QCOMPARE( reached.length, 100.0 );
}

void TestReachedNetwork::sourceEdgeIsReachedAroundTheSource()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 100, 0 } } } } );
  DijkstraWorkspace workspace( graph );
  workspace.run( pointOn( 0, 0.5 ), 20.0 );
  ReachedNetwork reached = reachedNetwork( workspace, 20.0 );
  auto segments = segmentsOn( reached, 0 );
  QCOMPARE( segments.size(), std::size_t( 1 ) );
  QVERIFY( near( segments[ 0 ].first, { 30, 0 } ) );
  QVERIFY( near( segments[ 0 ].second, { 70, 0 } ) );
  QCOMPARE( reached.length, 40.0 );

  const Graph forward = buildGraph( { { { { 0, 0 }, { 100, 0 } }, Direction::Forward } } );
  DijkstraWorkspace forwardWorkspace( forward );
  forwardWorkspace.run( pointOn( 0, 0.5 ), 20.0 );
  reached = reachedNetwork( forwardWorkspace, 20.0 );
  segments = segmentsOn( reached, 0 );
  QCOMPARE( segments.size(), std::size_t( 1 ) );
  QVERIFY( near( segments[ 0 ].first, { 50, 0 } ) );
  QVERIFY( near( segments[ 0 ].second, { 70, 0 } ) );
}

void TestReachedNetwork::accessCostShortensTheReach()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 100, 0 } } } } );
  DijkstraWorkspace workspace( graph );
  workspace.run( pointOn( 0, 0.5, 15.0 ), 20.0 );
  QCOMPARE( reachedNetwork( workspace, 20.0 ).length, 10.0 );
  // An access cost beyond the band reaches nothing.
  workspace.run( pointOn( 0, 0.5, 25.0 ), 20.0 );
  QVERIFY( reachedNetwork( workspace, 20.0 ).segments.empty() );
}

void TestReachedNetwork::multiSourceSearchReachesAroundEverySource()
{
  // Two facilities on one 1000 m street, at x = 100 and x = 700 (the second with 5 m access):
  // within 50 m that is [50, 150] and [655, 745].
  const Graph graph = buildGraph( { { { { 0, 0 }, { 1000, 0 } } } } );
  DijkstraWorkspace workspace( graph );
  workspace.run( std::vector<NetworkPoint>{ pointOn( 0, 0.1 ), pointOn( 0, 0.7, 5.0 ) }, 50.0 );
  const ReachedNetwork reached = reachedNetwork( workspace, 50.0 );
  const auto segments = segmentsOn( reached, 0 );
  QCOMPARE( segments.size(), std::size_t( 2 ) );
  QVERIFY( near( segments[ 0 ].first, { 50, 0 } ) );
  QVERIFY( near( segments[ 0 ].second, { 150, 0 } ) );
  QVERIFY( near( segments[ 1 ].first, { 655, 0 } ) );
  QVERIFY( near( segments[ 1 ].second, { 745, 0 } ) );
  QCOMPARE( reached.length, 190.0 );
}

void TestReachedNetwork::bandsInTimeUseTheSpeed()
{
  // 600 m at 6 km/h (100 m per minute): a 4-minute band from x = 0 ends at x = 400.
  GraphOptions options;
  options.costType = CostType::Time;
  options.defaultSpeedKmh = 6.0;
  const Graph graph = buildGraph( { { { { 0, 0 }, { 600, 0 } } } }, options );
  DijkstraWorkspace workspace( graph );
  workspace.run( atNode( graph, { 0, 0 }, 0 ), 4.0 );
  const ReachedNetwork reached = reachedNetwork( workspace, 4.0 );
  QCOMPARE( reached.segments.size(), std::size_t( 1 ) );
  QVERIFY( std::abs( reached.length - 400.0 ) < 1e-3 );
}

void TestReachedNetwork::chainsJoinSegmentsBetweenJunctions()
{
  // A T: a path of three segments from (0,0) to (30,0) and a branch at (10,0) up to (10,20).
  std::vector<Segment> segments{ { { 10, 0 }, { 20, 0 } },
                                 { { 0, 0 }, { 10, 0 } },
                                 { { 30, 0 }, { 20, 0 } },
                                 { { 10, 0 }, { 10, 10 } },
                                 { { 10, 10 }, { 10, 20 } } };
  const std::vector<std::vector<Point>> lines = chainSegments( segments );
  QCOMPARE( lines.size(), std::size_t( 3 ) );
  std::size_t vertices = 0;
  for ( const auto &line : lines )
    vertices += line.size();
  QCOMPARE( vertices, std::size_t( 3 + 2 + 3 ) );

  // A closed ring is one line that ends where it starts.
  std::vector<Segment> ring{ { { 0, 0 }, { 10, 0 } }, { { 10, 0 }, { 10, 10 } }, { { 10, 10 }, { 0, 0 } } };
  const auto ringLines = chainSegments( ring );
  QCOMPARE( ringLines.size(), std::size_t( 1 ) );
  QCOMPARE( ringLines[ 0 ].size(), std::size_t( 4 ) );
  QVERIFY( ringLines[ 0 ].front() == ringLines[ 0 ].back() );
}

QTEST_APPLESS_MAIN( TestReachedNetwork )
#include "testreachednetwork.moc"
