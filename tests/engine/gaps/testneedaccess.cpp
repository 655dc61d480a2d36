// Need against access (servicegaps' classes), computed by hand on seven areas.
#include "gaps/gapserror.h"
#include "gaps/needaccess.h"
#include "index/indexerror.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>

using namespace sozialraum::gaps;

class TestNeedAccess : public QObject
{
  Q_OBJECT

private slots:
  void handComputedAreas()
  {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // Areas 5 (no need value) and 6 (not compared, e.g. without geometry) take no part.
    const std::vector<double> need{ 5, 3, 3, 1, 4, nan, 2 };
    const std::vector<double> access{ 0.1, 0.5, 0.2, 0.3, 0.9, 0.4, 0.05 };
    const std::vector<char> compared{ 1, 1, 1, 1, 1, 1, 0 };
    const NeedAccessResult r = classifyNeedAccess( need, access, compared, "need" );

    // Percentile rank = count strictly below / (n − 1), n = 5.
    const std::vector<double> needPct{ 1.0, 0.25, 0.25, 0.0, 0.75 };
    const std::vector<double> accessPct{ 0.0, 0.75, 0.25, 0.5, 1.0 };
    for ( std::size_t a = 0; a < 5; ++a )
    {
      QCOMPARE( r.needPercentile[ a ], needPct[ a ] );
      QCOMPARE( r.accessPercentile[ a ], accessPct[ a ] );
      QCOMPARE( r.gapScore[ a ], ( needPct[ a ] + 1.0 - accessPct[ a ] ) / 2.0 );
    }
    QCOMPARE( r.needRank, std::vector<int>( { 1, 3, 3, 5, 2, 0, 0 } ) );   // ties share the best rank
    QCOMPARE( r.accessRank, std::vector<int>( { 1, 4, 2, 3, 5, 0, 0 } ) ); // 1 = poorest access
    QCOMPARE( r.gapClass, std::vector<GapClass>( { GapClass::HighNeedPoorAccess, GapClass::LowNeedGoodAccess, GapClass::LowNeedPoorAccess,
                                                   GapClass::LowNeedGoodAccess, GapClass::HighNeedGoodAccess, GapClass::None, GapClass::None } ) );
    // Access at exactly the median percentile (0.5) counts as good; need at 0.5 would count as high.
    QCOMPARE( r.counts, ( std::array<std::size_t, 5>{ 2, 1, 1, 1, 2 } ) );
    QVERIFY( std::isnan( r.gapScore[ 5 ] ) && std::isnan( r.gapScore[ 6 ] ) );
  }

  void tooFewAreasAreRefused()
  {
    QVERIFY_EXCEPTION_THROWN( classifyNeedAccess( { 1, 2 }, { 1, 2 }, { 1, 1 }, "need" ), sozialraum::index::IndexError );
    QVERIFY_EXCEPTION_THROWN( classifyNeedAccess( { 1, 2 }, { 1 }, { 1, 1 }, "need" ), GapsError );
  }
};

QTEST_APPLESS_MAIN( TestNeedAccess )
#include "testneedaccess.moc"
