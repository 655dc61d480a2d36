#include "network/dijkstra.h"
#include "network/odmatrix.h"

#include "networktestutils.h"

#include <QtTest/QtTest>

#include <map>
#include <set>
#include <thread>

using namespace sozialraum::network;
using namespace sozialraum::network::test;

class TestOdMatrix : public QObject
{
  Q_OBJECT

private slots:
  void returnsExactlyThePairsWithinMaxCost();
  void rowsArriveOnTheCallingThreadGroupedByOrigin();
  void originAndDestinationOnTheSameEdge();
  void unsnappedPointsTakeNoPart();
  void canceledRunStops();
};

namespace
{
using Pair = std::pair<std::uint32_t, std::uint32_t>;

std::map<Pair, double> expectedPairs( const Graph &graph, const std::vector<NetworkPoint> &origins,
                                      const std::vector<NetworkPoint> &destinations, double maxCost )
{
  std::map<Pair, double> expected;
  DijkstraWorkspace workspace( graph );
  for ( std::uint32_t o = 0; o < origins.size(); ++o )
  {
    if ( origins[ o ].edge == kInvalidId )
      continue;
    workspace.run( origins[ o ] ); // unbounded: independent of the bound logic under test
    for ( std::uint32_t d = 0; d < destinations.size(); ++d )
    {
      const double cost = workspace.arrival( destinations[ d ] ).cost;
      if ( cost <= maxCost )
        expected[ { o, d } ] = cost;
    }
  }
  return expected;
}
} // namespace

void TestOdMatrix::returnsExactlyThePairsWithinMaxCost()
{
  const Graph graph = gridGraph( 30, 10.0, 0.3, 13 );
  const std::vector<NetworkPoint> origins = randomNetworkPoints( graph, 60, 41 );
  const std::vector<NetworkPoint> destinations = randomNetworkPoints( graph, 80, 42 );
  const double maxCost = 70.0;
  const std::map<Pair, double> expected = expectedPairs( graph, origins, destinations, maxCost );
  QVERIFY( expected.size() > 20 );
  QVERIFY( expected.size() < origins.size() * destinations.size() / 4 );

  RunControl control;
  control.threads = 3;
  std::map<Pair, double> rows;
  std::size_t duplicates = 0;
  QVERIFY( enumerateOd( graph, origins, destinations, maxCost, control,
                        [ & ]( std::uint32_t o, std::uint32_t d, double cost )
                        {
                          if ( !rows.emplace( Pair{ o, d }, cost ).second )
                            ++duplicates;
                        } ) );
  QCOMPARE( duplicates, std::size_t( 0 ) );
  QCOMPARE( rows.size(), expected.size() );
  for ( const auto &[ pair, cost ] : expected )
  {
    const auto it = rows.find( pair );
    QVERIFY2( it != rows.end(),
              qPrintable( QStringLiteral( "missing pair %1 -> %2" ).arg( pair.first ).arg( pair.second ) ) );
    QVERIFY( std::abs( it->second - cost ) < 1e-9 );
  }
}

void TestOdMatrix::rowsArriveOnTheCallingThreadGroupedByOrigin()
{
  const Graph graph = gridGraph( 30, 10.0 );
  const std::vector<NetworkPoint> origins = randomNetworkPoints( graph, 100, 43 );
  const std::vector<NetworkPoint> destinations = randomNetworkPoints( graph, 500, 44 );
  RunControl control;
  control.threads = 2;
  const auto caller = std::this_thread::get_id();
  bool onCaller = true;
  std::set<std::uint32_t> finishedOrigins;
  std::uint32_t current = kInvalidId;
  bool grouped = true;
  std::size_t rows = 0;
  enumerateOd( graph, origins, destinations, 100.0, control,
               [ & ]( std::uint32_t o, std::uint32_t, double )
               {
                 onCaller = onCaller && std::this_thread::get_id() == caller;
                 if ( o != current )
                 {
                   grouped = grouped && !finishedOrigins.count( o );
                   if ( current != kInvalidId )
                     finishedOrigins.insert( current );
                   current = o;
                 }
                 ++rows;
               } );
  QVERIFY( onCaller );
  QVERIFY( grouped );
  QVERIFY( rows > 1000 );
}

void TestOdMatrix::originAndDestinationOnTheSameEdge()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 100, 0 } }, Direction::Forward } } );
  std::vector<std::tuple<std::uint32_t, std::uint32_t, double>> rows;
  enumerateOd( graph, { pointOn( 0, 0.2 ) }, { pointOn( 0, 0.5 ), pointOn( 0, 0.1 ), pointOn( 0, 0.9 ) }, 60.0,
               RunControl(),
               [ & ]( std::uint32_t o, std::uint32_t d, double cost ) { rows.emplace_back( o, d, cost ); } );
  std::sort( rows.begin(), rows.end() );
  // 30 m ahead: yes; 10 m behind on the one-way: no; 70 m ahead: beyond 60.
  QCOMPARE( rows.size(), std::size_t( 1 ) );
  QCOMPARE( std::get<1>( rows[ 0 ] ), 0U );
  QCOMPARE( std::get<2>( rows[ 0 ] ), 30.0 );
}

void TestOdMatrix::unsnappedPointsTakeNoPart()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 100, 0 } } } } );
  NetworkPoint unsnapped;
  std::size_t rows = 0;
  enumerateOd( graph, { unsnapped, pointOn( 0, 0.5 ) }, { unsnapped, pointOn( 0, 0.6 ) }, 1000.0, RunControl(),
               [ & ]( std::uint32_t o, std::uint32_t d, double )
               {
                 QCOMPARE( o, 1U );
                 QCOMPARE( d, 1U );
                 ++rows;
               } );
  QCOMPARE( rows, std::size_t( 1 ) );
}

void TestOdMatrix::canceledRunStops()
{
  const Graph graph = gridGraph( 30, 10.0 );
  const std::vector<NetworkPoint> points = randomNetworkPoints( graph, 300, 45 );
  RunControl control;
  std::size_t rows = 0;
  control.isCanceled = [ & ] { return rows > 0; };
  QVERIFY( !enumerateOd( graph, points, points, 1000.0, control,
                         [ & ]( std::uint32_t, std::uint32_t, double ) { ++rows; } ) );
  QVERIFY( rows < points.size() * points.size() );
}

QTEST_APPLESS_MAIN( TestOdMatrix )
#include "testodmatrix.moc"
