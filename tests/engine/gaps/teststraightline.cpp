// Straight-line costs: the grid gives exactly the pairs and nearest costs that comparing all pairs gives.
#include "gaps/gapserror.h"
#include "gaps/straightline.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>
#include <random>

using namespace sozialraum::gaps;

namespace
{
std::vector<PlanePoint> randomPoints( std::mt19937 &random, std::size_t count, double width, double absentShare )
{
  std::uniform_real_distribution<double> coordinate( -width / 2, width / 2 );
  std::bernoulli_distribution absent( absentShare );
  std::vector<PlanePoint> points( count );
  for ( PlanePoint &p : points )
    p = PlanePoint{ 3.5e5 + coordinate( random ), 5.8e6 + coordinate( random ), !absent( random ) };
  return points;
}
} // namespace

class TestStraightLine : public QObject
{
  Q_OBJECT

private slots:
  void handComputedCostsWithSpeedAndDetour()
  {
    // 4.5 km/h = 75 m/min; 1,500 m × 1.2 detour = 1,800 m = 24 min.
    const StraightLineCost minutes{ 75.0, 1.2 };
    const std::vector<PlanePoint> demand{ { 0, 0 }, { 900, 1200 }, { 5000, 0, false } };
    const std::vector<PlanePoint> supply{ { 0, 0 }, { 0, 1500 } };
    const CostTable table = straightLineCostTable( demand, supply, 24.0, minutes );
    QCOMPARE( table.cost( 0, 0 ), 0.0 );
    QCOMPARE( table.cost( 0, 1 ), 24.0 );                       // exactly at the catchment: included
    QCOMPARE( table.cost( 1, 0 ), 1500.0 * 1.2 / 75.0 );        // the 900/1200 point is 1,500 m away
    QVERIFY( std::isinf( table.cost( 1, 1 ) ) == false );
    QCOMPARE( table.facilitiesOf( 2 ).size(), std::size_t( 0 ) ); // no position, no pairs
    const std::vector<double> nearest = nearestStraightLineCosts( demand, supply, minutes );
    QCOMPARE( nearest[ 0 ], 0.0 );
    QCOMPARE( nearest[ 1 ], std::hypot( 900.0, 300.0 ) * 1.2 / 75.0 );
    QVERIFY( std::isinf( nearest[ 2 ] ) );
  }

  void gridEqualsAllPairs()
  {
    std::mt19937 random( 20261205 );
    const std::vector<PlanePoint> demand = randomPoints( random, 3000, 20000, 0.05 );
    const std::vector<PlanePoint> supply = randomPoints( random, 400, 20000, 0.05 );
    const StraightLineCost metres{ 1.0, 1.3 };
    const double maxCost = 1500;
    const CostTable table = straightLineCostTable( demand, supply, maxCost, metres );
    std::size_t pairs = 0;
    for ( Index k = 0; k < demand.size(); ++k )
    {
      double best = std::numeric_limits<double>::infinity();
      for ( Index j = 0; j < supply.size(); ++j )
      {
        if ( !demand[ k ].present || !supply[ j ].present )
          continue;
        const double cost = std::hypot( demand[ k ].x - supply[ j ].x, demand[ k ].y - supply[ j ].y ) * 1.3;
        best = std::min( best, cost );
        if ( cost <= maxCost )
        {
          ++pairs;
          QCOMPARE( table.cost( k, j ), cost );
        }
      }
      QCOMPARE( nearestStraightLineCosts( { demand[ k ] }, supply, metres )[ 0 ], best );
    }
    QCOMPARE( table.pairCount(), pairs );
    QVERIFY( pairs > 1000 );
  }

  void nearestFindsFarPointsAndClusters()
  {
    // One supply point far away from a dense cluster: rings must grow until they reach it.
    std::vector<PlanePoint> supply{ { 0, 0 } };
    for ( int i = 0; i < 500; ++i )
      supply.push_back( { 100000.0 + i % 25, 100000.0 + i / 25 } );
    const std::vector<double> nearest = nearestStraightLineCosts( { { -3000, 4000 }, { 100010.5, 100000 } }, supply, StraightLineCost{} );
    QCOMPARE( nearest[ 0 ], 5000.0 );
    QCOMPARE( nearest[ 1 ], 0.5 );
    QVERIFY( std::isinf( nearestStraightLineCosts( { { 1, 1 } }, { { 0, 0, false } }, StraightLineCost{} )[ 0 ] ) );
  }

  void badSettingsAndCancel()
  {
    QVERIFY_EXCEPTION_THROWN( straightLineCostTable( { { 0, 0 } }, { { 0, 0 } }, 0.0, StraightLineCost{} ), GapsError );
    QVERIFY_EXCEPTION_THROWN( nearestStraightLineCosts( { { 0, 0 } }, { { 0, 0 } }, StraightLineCost{ 0.0, 1.0 } ), GapsError );
    RunFeedback stop;
    stop.isCanceled = [] { return true; };
    QCOMPARE( straightLineCostTable( { { 0, 0 } }, { { 0, 0 } }, 10.0, StraightLineCost{}, stop ).pairCount(), std::size_t( 0 ) );
  }
};

QTEST_GUILESS_MAIN( TestStraightLine )
#include "teststraightline.moc"
