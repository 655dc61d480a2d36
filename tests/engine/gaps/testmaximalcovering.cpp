#include "gaps/exactlocation.h"
#include "gaps/gapserror.h"
#include "gaps/maximalcovering.h"

#include "gapstestutils.h"

#include <QtTest/QtTest>

#include <algorithm>

using namespace sozialraum::gaps;
using namespace sozialraum::gaps::test;

namespace
{

/**
 * Six demand points of weight 1 and three candidates, radius 10 (every pair listed is at cost 5,
 * and k1-C at 11 lies just outside):
 *   A (0) covers k0 k1 k2 k3, B (1) covers k0 k1 k4, C (2) covers k2 k3 k5
 * Greedy with P = 2 takes A (4) and then B (+1, tie with C: lower index) = 5; the optimum is B + C = 6.
 */
CostTable greedyTrap()
{
  return makeTable( 6, 3,
                    { { 0, 0, 5 },
                      { 1, 0, 5 },
                      { 2, 0, 5 },
                      { 3, 0, 5 },
                      { 0, 1, 5 },
                      { 1, 1, 5 },
                      { 4, 1, 5 },
                      { 2, 2, 5 },
                      { 3, 2, 5 },
                      { 5, 2, 5 },
                      { 1, 2, 11 } } );
}

} // namespace

class TestMaximalCovering : public QObject
{
  Q_OBJECT

private slots:
  void swapRepairsTheGreedyTrap();
  void existingFacilitiesCoverToo();
  void tiesGoToTheLowestIndex();
  void stopsWhenNothingIsLeftToCover();
  void badParametersAreExplained();
  void reachesTheOptimumOnRandomCases();
  void cancelStops();
};

void TestMaximalCovering::swapRepairsTheGreedyTrap()
{
  const CostTable table = greedyTrap();
  const LocationProblem problem( table, std::vector<double>( 6, 1.0 ) );
  const CoveringSolution s = solveMaximalCovering( problem, 2, 10 );
  // The first local search: greedy A, B (5), then the swap A -> C (6).
  QVERIFY( s.swaps >= 1 );
  QVERIFY( s.starts >= 1 );
  QCOMPARE( s.sites.size(), std::size_t( 2 ) );
  // Ranked on a fresh state: B covers 3, C then 3 more (B and C tie at 3: lower index first).
  QCOMPARE( s.sites[ 0 ].candidate, Index( 1 ) );
  QCOMPARE( s.sites[ 0 ].gain, 3.0 );
  QCOMPARE( s.sites[ 1 ].candidate, Index( 2 ) );
  QCOMPARE( s.sites[ 1 ].gain, 3.0 );
  QCOMPARE( s.totalWeight, 6.0 );
  QCOMPARE( s.coveredBefore, 0.0 );
  QCOMPARE( s.coveredAfter, 6.0 );
  QVERIFY( s.uncoverable.empty() );

  const CoveringSolution exact = solveMaximalCoveringExact( problem, 2, 10 );
  QCOMPARE( exact.coveredAfter, 6.0 );
  // With P = 1 greedy is exact: A with 4.
  const CoveringSolution one = solveMaximalCovering( problem, 1, 10 );
  QCOMPARE( one.sites[ 0 ].candidate, Index( 0 ) );
  QCOMPARE( one.coveredAfter, 4.0 );
}

void TestMaximalCovering::existingFacilitiesCoverToo()
{
  // An existing facility covers k0 k1 (cost 3) and k4 lies at 20 from it (outside).
  // Left to cover: k2 k3 (A or C), k4 (B), k5 (C) -> P = 1: C with 3 (k2 k3 k5).
  const CostTable table = greedyTrap();
  LocationProblem problem( table, { 1, 1, 1, 1, 1, 1 } );
  problem.setExistingCost( { 3, 3, kNoCost, kNoCost, 20, kNoCost } );
  const CoveringSolution s = solveMaximalCovering( problem, 1, 10 );
  QCOMPARE( s.coveredBefore, 2.0 );
  QCOMPARE( s.sites[ 0 ].candidate, Index( 2 ) );
  QCOMPARE( s.sites[ 0 ].gain, 3.0 );
  QCOMPARE( s.coveredAfter, 5.0 );
  // The same through a cost table of existing facilities.
  const CostTable existing = makeTable( 6, 1, { { 0, 0, 3 }, { 1, 0, 3 }, { 4, 0, 20 } } );
  LocationProblem fromTable( table, { 1, 1, 1, 1, 1, 1 } );
  fromTable.setExistingFacilities( existing );
  QCOMPARE( solveMaximalCovering( fromTable, 1, 10 ).coveredAfter, 5.0 );
}

void TestMaximalCovering::tiesGoToTheLowestIndex()
{
  // Three candidates each covering one point of weight 2; P = 2 -> candidates 0 and 1.
  const CostTable table = makeTable( 3, 3, { { 0, 0, 1 }, { 1, 1, 1 }, { 2, 2, 1 } } );
  const LocationProblem problem( table, { 2, 2, 2 } );
  const CoveringSolution s = solveMaximalCovering( problem, 2, 1 );
  QCOMPARE( s.sites.size(), std::size_t( 2 ) );
  QCOMPARE( s.sites[ 0 ].candidate, Index( 0 ) );
  QCOMPARE( s.sites[ 1 ].candidate, Index( 1 ) );
  QCOMPARE( s.coveredAfter, 4.0 );
}

void TestMaximalCovering::stopsWhenNothingIsLeftToCover()
{
  // One point, two candidates, one with the point at the radius (a tie: inside), P = 2.
  // Point 1 has weight 0 and point 2 lies beyond every candidate's radius (uncoverable).
  const CostTable table = makeTable( 3, 2, { { 0, 0, 100 }, { 0, 1, 50 }, { 1, 0, 1 }, { 2, 1, 101 } } );
  const LocationProblem problem( table, { 7, 0, 3 } );
  const CoveringSolution s = solveMaximalCovering( problem, 2, 100 );
  QCOMPARE( s.sites.size(), std::size_t( 1 ) );
  QCOMPARE( s.sites[ 0 ].candidate, Index( 0 ) );
  QCOMPARE( s.coveredAfter, 7.0 );
  QCOMPARE( s.uncoverableWeight, 3.0 );
  QCOMPARE( s.uncoverable, std::vector<Index>( { 2 } ) );
}

void TestMaximalCovering::badParametersAreExplained()
{
  const CostTable table = makeTable( 1, 2, { { 0, 0, 1 } } );
  const LocationProblem problem( table, { 1 } );
  try
  {
    solveMaximalCovering( problem, 3, 10 );
    QFAIL( "no error" );
  }
  catch ( const GapsError &e )
  {
    QCOMPARE( QString( e.what() ), QStringLiteral( "P (3) is larger than the number of candidate sites (2)" ) );
  }
  QVERIFY_EXCEPTION_THROWN( solveMaximalCovering( problem, 0, 10 ), GapsError );
  QVERIFY_EXCEPTION_THROWN( solveMaximalCovering( problem, 1, 0 ), GapsError );
  QVERIFY_EXCEPTION_THROWN( LocationProblem( table, { -1 } ), GapsError );
  QVERIFY_EXCEPTION_THROWN( LocationProblem( table, { 1, 2 } ), GapsError );
}

void TestMaximalCovering::reachesTheOptimumOnRandomCases()
{
  // 200 random instances: 12-18 candidates, 60 demand points with real weights, P = 2..5.
  std::mt19937 random( 20240611 );
  std::uniform_int_distribution<int> candidateCount( 12, 18 );
  std::uniform_int_distribution<int> siteCount( 2, 5 );
  std::uniform_real_distribution<double> radius( 120.0, 300.0 );
  double minRatio = 1.0;     // covered weight, heuristic / optimum
  double minGainRatio = 1.0; // weight the new sites add, heuristic / optimum (stricter)
  int optimal = 0;
  const int instances = 200;
  for ( int i = 0; i < instances; ++i )
  {
    const double r = radius( random );
    RandomInstance instance =
        randomInstance( random, 60, static_cast<std::size_t>( candidateCount( random ) ), 1000.0, r * 1.5, false );
    LocationProblem problem( instance.table, instance.weight );
    if ( i % 4 == 0 )
    {
      // Every fourth instance with existing facilities.
      std::vector<double> existing( 60, kNoCost );
      for ( std::size_t k = 0; k < 60; k += 7 )
        existing[ k ] = r * 0.5;
      problem.setExistingCost( existing );
    }
    const std::size_t p = static_cast<std::size_t>( siteCount( random ) );
    const CoveringSolution heuristic = solveMaximalCovering( problem, p, r );
    const CoveringSolution exact = solveMaximalCoveringExact( problem, p, r );
    QVERIFY( heuristic.sites.size() <= p );
    QVERIFY( heuristic.coveredAfter <= exact.coveredAfter * ( 1 + 1e-12 ) );
    const double ratio = exact.coveredAfter > 0 ? heuristic.coveredAfter / exact.coveredAfter : 1.0;
    const double gained = exact.coveredAfter - exact.coveredBefore;
    const double gainRatio = gained > 0 ? ( heuristic.coveredAfter - heuristic.coveredBefore ) / gained : 1.0;
    minRatio = std::min( minRatio, ratio );
    minGainRatio = std::min( minGainRatio, gainRatio );
    if ( ratio > 1 - 1e-12 )
      ++optimal;
    QCOMPARE( heuristic.coveredBefore, exact.coveredBefore );
  }
  qInfo( "MCLP greedy + swap vs exact on %d random instances: optimal in %d, minimum ratio %.4f (of the added "
         "coverage: %.4f)",
         instances, optimal, minRatio, minGainRatio );
  QVERIFY( minRatio >= 0.98 );
  QVERIFY( optimal >= instances * 95 / 100 );
}

void TestMaximalCovering::cancelStops()
{
  const CostTable table = greedyTrap();
  const LocationProblem problem( table, std::vector<double>( 6, 1.0 ) );
  RunFeedback feedback;
  feedback.isCanceled = [] { return true; };
  QVERIFY( solveMaximalCovering( problem, 2, 10, feedback ).canceled );
}

QTEST_GUILESS_MAIN( TestMaximalCovering )
#include "testmaximalcovering.moc"
