#include "gaps/exactlocation.h"
#include "gaps/gapserror.h"
#include "gaps/pmedian.h"

#include "gapstestutils.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace sozialraum::gaps;
using namespace sozialraum::gaps::test;

namespace
{

//! Points on a line; every demand point reaches every candidate at |x - y|.
CostTable line( const std::vector<double> &demandX, const std::vector<double> &candidateX )
{
  std::vector<CostTriplet> triplets;
  for ( std::size_t k = 0; k < demandX.size(); ++k )
  {
    for ( std::size_t j = 0; j < candidateX.size(); ++j )
      triplets.push_back(
          { static_cast<Index>( k ), static_cast<Index>( j ), std::fabs( demandX[ k ] - candidateX[ j ] ) } );
  }
  return makeTable( demandX.size(), candidateX.size(), std::move( triplets ) );
}

} // namespace

class TestPMedian : public QObject
{
  Q_OBJECT

private slots:
  void swapImprovesTheGreedyByHand();
  void unreachedDemandPaysThePenalty();
  void existingFacilitiesServeToo();
  void matchesTheExactSolutionOnRandomCases();
  void badParametersAreExplained();
};

void TestPMedian::swapImprovesTheGreedyByHand()
{
  // Demand A at 0 (w 1), M at 5 (w 0.5), B at 10 (w 1); candidates c0 at 5, c1 at 0, c2 at 10; P = 2.
  // Penalty = 2 * largest cost (10) = 20; before: 20 * (1 + 0.5 + 1) = 50.
  // Greedy 1: c0 saves 15 + 10 + 15 = 40, c1 saves 20 + 7.5 + 10 = 37.5 -> c0 (cost 10).
  // Greedy 2: c1 saves 5 (A), c2 saves 5 (B) -> c1 (tie, lower index): cost 5.
  // Swap c0 -> c2: A 0, B 0, M 0.5 * 5 = 2.5 -> cost 2.5, the optimum.
  const CostTable table = line( { 0, 5, 10 }, { 5, 0, 10 } );
  const LocationProblem problem( table, { 1, 0.5, 1 } );
  const MedianSolution s = solvePMedian( problem, 2 );
  QCOMPARE( s.penaltyCost, 20.0 );
  QCOMPARE( s.costBefore, 50.0 );
  QCOMPARE( s.costAfter, 2.5 );
  QVERIFY( s.swaps >= 1 );
  // Ranked on a fresh state: c1 and c2 both save 37.5 (lower index first), then c2 saves 10 (B: 10 -> 0).
  QCOMPARE( s.sites.size(), std::size_t( 2 ) );
  QCOMPARE( s.sites[ 0 ].candidate, Index( 1 ) );
  QCOMPARE( s.sites[ 0 ].gain, 37.5 );
  QCOMPARE( s.sites[ 1 ].candidate, Index( 2 ) );
  QCOMPARE( s.sites[ 1 ].gain, 10.0 );
  QCOMPARE( s.assignedSite, std::vector<Index>( { 1, 1, 2 } ) );
  QCOMPARE( s.unreachedWeight, 0.0 );
  QCOMPARE( solvePMedianExact( problem, 2 ).costAfter, 2.5 );
}

void TestPMedian::unreachedDemandPaysThePenalty()
{
  // k0 reaches candidate 0 at 4 and candidate 1 at 6; k1 (w 2) reaches only candidate 1 at 3;
  // k2 (w 1) reaches nothing. Penalty = 2 * 6 = 12.
  // P = 1: candidate 0 -> 4 + 2 * 12 + 12 = 40; candidate 1 -> 6 + 2 * 3 + 12 = 24 -> candidate 1.
  const CostTable table = makeTable( 3, 2, { { 0, 0, 4 }, { 0, 1, 6 }, { 1, 1, 3 } } );
  const LocationProblem problem( table, { 1, 2, 1 } );
  const MedianSolution s = solvePMedian( problem, 1 );
  QCOMPARE( s.penaltyCost, 12.0 );
  // Before: (1 + 2 + 1) * 12 = 48
  QCOMPARE( s.costBefore, 48.0 );
  QCOMPARE( s.sites[ 0 ].candidate, Index( 1 ) );
  QCOMPARE( s.sites[ 0 ].gain, 24.0 );
  QCOMPARE( s.costAfter, 24.0 );
  QCOMPARE( s.unreachedWeight, 1.0 );
  QCOMPARE( s.assignedSite[ 2 ], kNoIndex );
}

void TestPMedian::existingFacilitiesServeToo()
{
  // Same table; an existing facility at cost 1 from k1. Now candidate 0 saves 12 - 4 = 8 on k0,
  // candidate 1 saves 12 - 6 = 6 on k0 (k1 stays with the existing one): candidate 0.
  const CostTable table = makeTable( 3, 2, { { 0, 0, 4 }, { 0, 1, 6 }, { 1, 1, 3 } } );
  LocationProblem problem( table, { 1, 2, 1 } );
  problem.setExistingCost( { kNoCost, 1, kNoCost } );
  const MedianSolution s = solvePMedian( problem, 1 );
  // Before: 12 + 2 * 1 + 12 = 26; after: 4 + 2 + 12 = 18
  QCOMPARE( s.costBefore, 26.0 );
  QCOMPARE( s.sites[ 0 ].candidate, Index( 0 ) );
  QCOMPARE( s.costAfter, 18.0 );
  QCOMPARE( s.assignedSite[ 1 ], kNoIndex );
}

void TestPMedian::matchesTheExactSolutionOnRandomCases()
{
  std::mt19937 random( 4242 );
  std::uniform_int_distribution<int> candidateCount( 10, 16 );
  std::uniform_int_distribution<int> siteCount( 2, 4 );
  double worst = 1.0;
  int optimal = 0;
  const int instances = 150;
  for ( int i = 0; i < instances; ++i )
  {
    // Sparse tables (pairs within 500 m in a 1 km square), so some demand may stay unreached.
    RandomInstance instance =
        randomInstance( random, 50, static_cast<std::size_t>( candidateCount( random ) ), 1000.0, 500.0, false );
    const LocationProblem problem( instance.table, instance.weight );
    const std::size_t p = static_cast<std::size_t>( siteCount( random ) );
    const MedianSolution heuristic = solvePMedian( problem, p );
    const MedianSolution exact = solvePMedianExact( problem, p );
    QVERIFY( heuristic.costAfter >= exact.costAfter * ( 1 - 1e-12 ) );
    const double ratio = heuristic.costAfter > 0 ? exact.costAfter / heuristic.costAfter : 1.0;
    worst = std::min( worst, ratio );
    if ( ratio > 1 - 1e-9 )
      ++optimal;
    // Gains add up to the saving.
    double gains = 0.0;
    for ( const ChosenSite &site : heuristic.sites )
      gains += site.gain;
    QVERIFY( near( gains, heuristic.costBefore - heuristic.costAfter, 1e-9 ) );
  }
  qInfo( "p-median greedy + Teitz-Bart vs exact on %d random instances: optimal in %d, worst exact/heuristic %.4f",
         instances, optimal, worst );
  QVERIFY( worst >= 0.97 );
  QVERIFY( optimal >= instances * 95 / 100 );
}

void TestPMedian::badParametersAreExplained()
{
  const CostTable table = makeTable( 1, 2, { { 0, 0, 1 } } );
  const LocationProblem problem( table, { 1 } );
  QVERIFY_EXCEPTION_THROWN( solvePMedian( problem, 3 ), GapsError );
  QVERIFY_EXCEPTION_THROWN( solvePMedian( problem, 0 ), GapsError );
  const CostTable big = makeTable( 1, 26, {} );
  const LocationProblem tooBig( big, { 1 } );
  QVERIFY_EXCEPTION_THROWN( solvePMedianExact( tooBig, 2 ), GapsError );
}

QTEST_GUILESS_MAIN( TestPMedian )
#include "testpmedian.moc"
