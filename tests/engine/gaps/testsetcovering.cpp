#include "gaps/exactlocation.h"
#include "gaps/setcovering.h"

#include "gapstestutils.h"

#include <QtTest/QtTest>

using namespace sozialraum::gaps;
using namespace sozialraum::gaps::test;

class TestSetCovering : public QObject
{
  Q_OBJECT

private slots:
  void redundantSiteIsRemoved();
  void uncoverableDemandIsReported();
  void coversEverythingCoverableOnRandomCases();
};

void TestSetCovering::redundantSiteIsRemoved()
{
  // A (0) covers k0 k1 k2 k3, B (1) covers k0 k1 k4, C (2) covers k2 k3 k5 (radius 10).
  // Greedy by count: A (4 points), B (+1: k4), C (+1: k5). Going back, C and B are needed
  // (k5, k4), A is not: k0 k1 are B's and k2 k3 C's -> {B, C}.
  const CostTable table = makeTable( 6, 3,
                                     { { 0, 0, 5 },
                                       { 1, 0, 5 },
                                       { 2, 0, 5 },
                                       { 3, 0, 5 },
                                       { 0, 1, 5 },
                                       { 1, 1, 5 },
                                       { 4, 1, 5 },
                                       { 2, 2, 5 },
                                       { 3, 2, 5 },
                                       { 5, 2, 5 } } );
  const LocationProblem problem( table, { 1, 1, 1, 1, 1, 2 } );
  const CoveringSolution s = solveSetCovering( problem, 10 );
  QCOMPARE( s.sites.size(), std::size_t( 2 ) );
  // Ranked by weight: C covers 1 + 1 + 2 = 4, then B 3.
  QCOMPARE( s.sites[ 0 ].candidate, Index( 2 ) );
  QCOMPARE( s.sites[ 0 ].gain, 4.0 );
  QCOMPARE( s.sites[ 1 ].candidate, Index( 1 ) );
  QCOMPARE( s.sites[ 1 ].gain, 3.0 );
  QCOMPARE( s.coveredAfter, 7.0 );
  QCOMPARE( solveSetCoveringExact( problem, 10 ).sites.size(), std::size_t( 2 ) );
}

void TestSetCovering::uncoverableDemandIsReported()
{
  // k0 covered by candidate 0; k1 only at 15 from candidate 1 (radius 10): uncoverable;
  // k2 covered by an existing facility; k3 has weight 0 and needs nothing.
  const CostTable table = makeTable( 4, 2, { { 0, 0, 2 }, { 1, 1, 15 }, { 2, 1, 1 }, { 3, 1, 1 } } );
  LocationProblem problem( table, { 5, 3, 4, 0 } );
  problem.setExistingCost( { kNoCost, kNoCost, 0, kNoCost } );
  const CoveringSolution s = solveSetCovering( problem, 10 );
  QCOMPARE( s.sites.size(), std::size_t( 1 ) );
  QCOMPARE( s.sites[ 0 ].candidate, Index( 0 ) );
  QCOMPARE( s.coveredBefore, 4.0 );
  QCOMPARE( s.coveredAfter, 9.0 );
  QCOMPARE( s.uncoverable, std::vector<Index>( { 1 } ) );
  QCOMPARE( s.uncoverableWeight, 3.0 );
  QCOMPARE( s.coveredAfter + s.uncoverableWeight, s.totalWeight );
}

void TestSetCovering::coversEverythingCoverableOnRandomCases()
{
  std::mt19937 random( 77 );
  int minimal = 0;
  int extraSites = 0;
  const int instances = 100;
  for ( int i = 0; i < instances; ++i )
  {
    RandomInstance instance = randomInstance( random, 50, 14, 1000.0, 400.0 );
    const LocationProblem problem( instance.table, instance.weight );
    const CoveringSolution s = solveSetCovering( problem, 250 );
    // Everything that is not uncoverable is covered.
    QVERIFY( near( s.coveredAfter + s.uncoverableWeight, s.totalWeight ) );
    const CoveringSolution exact = solveSetCoveringExact( problem, 250 );
    QVERIFY( near( exact.coveredAfter, s.coveredAfter ) );
    QVERIFY( s.sites.size() >= exact.sites.size() );
    if ( s.sites.size() == exact.sites.size() )
      ++minimal;
    extraSites += static_cast<int>( s.sites.size() - exact.sites.size() );
  }
  qInfo( "LSCP greedy vs exact on %d random instances: minimal in %d, %d sites more in total", instances, minimal,
         extraSites );
  QVERIFY( minimal >= instances * 3 / 4 );
}

QTEST_GUILESS_MAIN( TestSetCovering )
#include "testsetcovering.moc"
