#include "gaps/areacoverage.h"
#include "gaps/gapserror.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace sozialraum::gaps;

class TestAreaCoverage : public QObject
{
  Q_OBJECT

private slots:
  void sharesPerAreaByHand();
  void pointsOutsideEveryAreaAreCounted();
  void badInputIsExplained();
};

void TestAreaCoverage::sharesPerAreaByHand()
{
  // Area 0: points 0 (P=100, covered, A=0.5), 1 (P=300, not covered, A=0)
  // Area 1: point 2 (P=50, covered, A=0.2); area 2: no points.
  const AreaCoverageSummary s =
      summarizeAreaCoverage( 3, { 0, 0, 1 }, { 100, 300, 50 }, { 1, 0, 1 }, { 0.5, 0.0, 0.2 } );
  QCOMPARE( s.areas.size(), std::size_t( 3 ) );
  QCOMPARE( s.areas[ 0 ].pointCount, std::size_t( 2 ) );
  QCOMPARE( s.areas[ 0 ].totalDemand, 400.0 );
  QCOMPARE( s.areas[ 0 ].coveredDemand, 100.0 );
  QCOMPARE( s.areas[ 0 ].unservedDemand, 300.0 );
  // share = 100 / 400 = 0.25; mean access = (100 * 0.5 + 300 * 0) / 400 = 0.125
  QCOMPARE( s.areas[ 0 ].coverageShare, 0.25 );
  QCOMPARE( s.areas[ 0 ].meanAccess, 0.125 );
  QCOMPARE( s.areas[ 1 ].coverageShare, 1.0 );
  QCOMPARE( s.areas[ 1 ].unservedDemand, 0.0 );
  QCOMPARE( s.areas[ 1 ].meanAccess, 0.2 );
  // An area without demand has no share.
  QCOMPARE( s.areas[ 2 ].totalDemand, 0.0 );
  QVERIFY( std::isnan( s.areas[ 2 ].coverageShare ) );
  QVERIFY( std::isnan( s.areas[ 2 ].meanAccess ) );
}

void TestAreaCoverage::pointsOutsideEveryAreaAreCounted()
{
  const AreaCoverageSummary s = summarizeAreaCoverage( 1, { 0, kNoIndex, kNoIndex }, { 10, 20, 5 }, { 1, 1, 0 } );
  QCOMPARE( s.pointsWithoutArea, std::size_t( 2 ) );
  QCOMPARE( s.demandWithoutArea, 25.0 );
  QCOMPARE( s.areas[ 0 ].totalDemand, 10.0 );
  // Without access values there is no mean access.
  QVERIFY( std::isnan( s.areas[ 0 ].meanAccess ) );
}

void TestAreaCoverage::badInputIsExplained()
{
  QVERIFY_EXCEPTION_THROWN( summarizeAreaCoverage( 1, { 0, 1 }, { 1, 1 }, { 1, 1 } ), GapsError );
  QVERIFY_EXCEPTION_THROWN( summarizeAreaCoverage( 1, { 0 }, { -1 }, { 1 } ), GapsError );
  QVERIFY_EXCEPTION_THROWN( summarizeAreaCoverage( 1, { 0 }, { 1, 2 }, { 1 } ), GapsError );
}

QTEST_GUILESS_MAIN( TestAreaCoverage )
#include "testareacoverage.moc"
