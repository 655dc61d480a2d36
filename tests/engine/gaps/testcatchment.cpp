#include "gaps/catchment.h"
#include "gaps/gapserror.h"

#include "gapstestutils.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace sozialraum::gaps;
using namespace sozialraum::gaps::test;

namespace
{

/**
 * The small town of most cases, catchment d0 = 10:
 *   demand  k0 P=100, k1 P=200, k2 P=50, k3 P=0
 *   supply  j0 S=10, j1 S=6, j2 S=4, j3 S=5
 *   pairs   k0-j0 5, k0-j1 10 (exactly d0: a tie), k1-j0 8, k1-j1 12 (beyond d0), k2-j1 3, k3-j2 2
 * j2 is only reached by k3, who has no demand; j3 is reached by nobody.
 */
CostTable smallTown()
{
  return makeTable( 4, 4, { { 0, 0, 5 }, { 0, 1, 10 }, { 1, 0, 8 }, { 1, 1, 12 }, { 2, 1, 3 }, { 3, 2, 2 } } );
}
const std::vector<double> kTownDemand = { 100, 200, 50, 0 };
const std::vector<double> kTownCapacity = { 10, 6, 4, 5 };

} // namespace

class TestCatchment : public QObject
{
  Q_OBJECT

private slots:
  void twoStepByHand();
  void twoStepTieAtTheCatchmentIsInside();
  void twoStepExclusiveCutoffAsPySal();
  void enhancedTwoStepWithStepsByHand();
  void gaussianTwoStepAsPySal();
  void normalizedGaussianTwoStep();
  void threeStepByHand();
  void threeStepSelectionScope();
  void sumOfRatiosTimesDemandIsTheSupply();
  void normalizationWithoutAnySupplyIsUndefined();
  void scenarioAddsPlannedFacilities();
  void badInputIsExplained();
  void cancelStops();
};

void TestCatchment::twoStepByHand()
{
  const CostTable table = smallTown();
  const CatchmentResult r = computeCatchment( table, kTownDemand, kTownCapacity, CatchmentOptions::twoStep( 10 ) );
  QVERIFY( !r.canceled );
  QCOMPARE( r.catchment, 10.0 );
  // D0 = P0 + P1 = 100 + 200 = 300, R0 = 10 / 300
  QCOMPARE( r.demandInCatchment[ 0 ], 300.0 );
  QVERIFY( near( r.supplyRatio[ 0 ], 10.0 / 300.0 ) );
  // D1 = P0 (d = 10 = d0, inside) + P2 = 100 + 50 = 150 (k1 at 12 is outside), R1 = 6 / 150 = 0.04
  QCOMPARE( r.demandInCatchment[ 1 ], 150.0 );
  QVERIFY( near( r.supplyRatio[ 1 ], 0.04 ) );
  // j2: only k3 with P = 0 -> no demand, no ratio; j3: reached by nobody
  QCOMPARE( r.demandInCatchment[ 2 ], 0.0 );
  QVERIFY( std::isnan( r.supplyRatio[ 2 ] ) );
  QVERIFY( std::isnan( r.supplyRatio[ 3 ] ) );
  QCOMPARE( r.facilitiesWithoutDemand, std::size_t( 2 ) );
  QCOMPARE( r.facilitiesUnreached, std::size_t( 1 ) );
  // A0 = R0 + R1 = 1/30 + 0.04 = 11/150; A1 = R0 = 1/30; A2 = R1 = 0.04; A3 = 0 (j2 has no ratio)
  QVERIFY( near( r.access[ 0 ], 11.0 / 150.0 ) );
  QVERIFY( near( r.access[ 1 ], 1.0 / 30.0 ) );
  QVERIFY( near( r.access[ 2 ], 0.04 ) );
  QCOMPARE( r.access[ 3 ], 0.0 );
  // k3 is covered all the same: a facility lies within d0.
  QCOMPARE( r.covered, std::vector<char>( { 1, 1, 1, 1 } ) );
  QCOMPARE( r.demandUncovered, std::size_t( 0 ) );
  QCOMPARE( r.nearestCost, std::vector<double>( { 5, 8, 3, 2 } ) );
  // Mean = sum P A / sum P = (100 * 11/150 + 200/30 + 50 * 0.04) / 350 = (22/3 + 20/3 + 2) / 350 = 16 / 350
  QCOMPARE( r.totalDemand, 350.0 );
  QVERIFY( near( r.weightedMeanAccess, 16.0 / 350.0 ) );
  // access_norm k0 = (11/150) / (16/350) = 3850 / 2400 = 1.6041666...
  QVERIFY( near( r.accessNorm[ 0 ], 3850.0 / 2400.0 ) );
  QCOMPARE( r.accessNorm[ 3 ], 0.0 );
  QCOMPARE( r.totalSupply, 25.0 );
  QCOMPARE( r.supplyWithDemand, 16.0 );
}

void TestCatchment::twoStepTieAtTheCatchmentIsInside()
{
  // One demand point exactly at d0 from one facility: inside with d <= d0.
  const CostTable table = makeTable( 1, 1, { { 0, 0, 600.0 } } );
  const CatchmentResult r = computeCatchment( table, { 40 }, { 2 }, CatchmentOptions::twoStep( 600 ) );
  QVERIFY( r.covered[ 0 ] );
  QCOMPARE( r.access[ 0 ], 2.0 / 40.0 );
  CatchmentOptions exclusive = CatchmentOptions::twoStep( 600 );
  exclusive.cutoff = CutoffRule::Exclusive;
  const CatchmentResult e = computeCatchment( table, { 40 }, { 2 }, exclusive );
  QVERIFY( !e.covered[ 0 ] );
  QCOMPARE( e.access[ 0 ], 0.0 );
  QCOMPARE( e.demandUncovered, std::size_t( 1 ) );
  QCOMPARE( e.nearestCost[ 0 ], 600.0 );
  QCOMPARE( e.facilitiesUnreached, std::size_t( 1 ) );
}

void TestCatchment::twoStepExclusiveCutoffAsPySal()
{
  // PySAL two_stage_fca(max_cost = 10) keeps cost < 10: the pair k0-j1 at exactly 10 drops out.
  const CostTable table = smallTown();
  CatchmentOptions options = CatchmentOptions::twoStep( 10 );
  options.cutoff = CutoffRule::Exclusive;
  const CatchmentResult r = computeCatchment( table, kTownDemand, kTownCapacity, options );
  // D0 = 300, R0 = 1/30; D1 = P2 = 50, R1 = 6/50 = 0.12
  QVERIFY( near( r.supplyRatio[ 0 ], 1.0 / 30.0 ) );
  QVERIFY( near( r.supplyRatio[ 1 ], 0.12 ) );
  // A0 = R0 = 1/30, A1 = 1/30, A2 = 0.12, A3 = 0
  QVERIFY( near( r.access[ 0 ], 1.0 / 30.0 ) );
  QVERIFY( near( r.access[ 1 ], 1.0 / 30.0 ) );
  QVERIFY( near( r.access[ 2 ], 0.12 ) );
  QCOMPARE( r.access[ 3 ], 0.0 );
}

void TestCatchment::enhancedTwoStepWithStepsByHand()
{
  // Steps 10:1, 20:0.68, 30:0.22 (Luo and Qi; PySAL's default), catchment = last step = 30.
  //   k0 P=100: j0 at 10 (W = 1, on the bound), j1 at 25 (W = 0.22)
  //   k1 P=300: j0 at 20 (W = 0.68, on the bound), j1 at 31 (beyond the last step: outside)
  const CostTable table = makeTable( 2, 2, { { 0, 0, 10 }, { 0, 1, 25 }, { 1, 0, 20 }, { 1, 1, 31 } } );
  const CatchmentResult r =
      computeCatchment( table, { 100, 300 }, { 50, 20 }, CatchmentOptions::enhancedTwoStep( "10:1,20:0.68,30:0.22" ) );
  QCOMPARE( r.catchment, 30.0 );
  // D0 = 100 * 1 + 300 * 0.68 = 304, R0 = 50 / 304; D1 = 100 * 0.22 = 22, R1 = 20 / 22
  QVERIFY( near( r.demandInCatchment[ 0 ], 304.0 ) );
  QVERIFY( near( r.supplyRatio[ 0 ], 50.0 / 304.0 ) );
  QVERIFY( near( r.demandInCatchment[ 1 ], 22.0 ) );
  QVERIFY( near( r.supplyRatio[ 1 ], 20.0 / 22.0 ) );
  // A0 = R0 * 1 + R1 * 0.22 = 50/304 + 0.2 = 0.36447368...; A1 = R0 * 0.68 = 34/304
  QVERIFY( near( r.access[ 0 ], 50.0 / 304.0 + 0.2 ) );
  QVERIFY( near( r.access[ 1 ], 34.0 / 304.0 ) );
  QCOMPARE( r.nearestCost[ 1 ], 20.0 );
  QVERIFY( r.covered[ 1 ] );
}

void TestCatchment::gaussianTwoStepAsPySal()
{
  // PySAL gaussian(sigma = 10): W(0) = 1, W(10) = e^-0.5 = 0.6065306597126334, cut at d0 = 20.
  //   k0 P=10 at 0 from j0, k1 P=20 at 10, k2 P=30 at 25 (beyond d0); S0 = 5
  const CostTable table = makeTable( 3, 1, { { 0, 0, 0 }, { 1, 0, 10 }, { 2, 0, 25 } } );
  const CatchmentResult r =
      computeCatchment( table, { 10, 20, 30 }, { 5 }, CatchmentOptions::gaussianTwoStep( 20, 10 ) );
  // D0 = 10 * 1 + 20 * 0.6065306597126334 = 22.130613194252668, R0 = 5 / D0 = 0.22593138093880302
  QVERIFY( near( r.demandInCatchment[ 0 ], 22.130613194252668 ) );
  QVERIFY( near( r.supplyRatio[ 0 ], 0.22593138093880302 ) );
  // A0 = R0, A1 = R0 * e^-0.5, A2 = 0 (outside)
  QVERIFY( near( r.access[ 0 ], 0.22593138093880302 ) );
  QVERIFY( near( r.access[ 1 ], 0.22593138093880302 * 0.6065306597126334 ) );
  QCOMPARE( r.access[ 2 ], 0.0 );
  QVERIFY( !r.covered[ 2 ] );
}

void TestCatchment::normalizedGaussianTwoStep()
{
  // Dai's Gaussian, d0 = 20: W(0) = 1, W(10) = 0.7013665732390044, W(20) = 0.
  //   k0 P=10 at 0, k1 P=20 at 10, k2 P=30 at 20 (covered, but weight 0); S0 = 5
  const CostTable table = makeTable( 3, 1, { { 0, 0, 0 }, { 1, 0, 10 }, { 2, 0, 20 } } );
  const CatchmentResult r =
      computeCatchment( table, { 10, 20, 30 }, { 5 }, CatchmentOptions::normalizedGaussianTwoStep( 20 ) );
  // D0 = 10 + 20 * 0.7013665732390044 = 24.02733146478009, R0 = 5 / D0 = 0.20809635091308973
  QVERIFY( near( r.demandInCatchment[ 0 ], 24.02733146478009 ) );
  QVERIFY( near( r.access[ 0 ], 0.20809635091308973 ) );
  // A1 = R0 * W(10) = 0.14595182454345512
  QVERIFY( near( r.access[ 1 ], 0.14595182454345512 ) );
  QVERIFY( std::fabs( r.access[ 2 ] ) < 1e-15 );
  QVERIFY( r.covered[ 2 ] );
}

void TestCatchment::threeStepByHand()
{
  // Steps 10:1, 20:0.5 (catchment 20).
  //   k0 P=100: j0 at 5 (W = 1), j1 at 15 (W = 0.5)
  //   k1 P=100: j1 at 5 (W = 1), j0 at 25 (beyond: W = 0)
  //   S0 = S1 = 10
  const CostTable table = makeTable( 2, 2, { { 0, 0, 5 }, { 0, 1, 15 }, { 1, 1, 5 }, { 1, 0, 25 } } );
  const CatchmentResult r = computeCatchment(
      table, { 100, 100 }, { 10, 10 }, CatchmentOptions::threeStep( WeightFunction::parseSteps( "10:1,20:0.5" ) ) );
  // G00 = 1 / 1.5 = 2/3, G01 = 0.5 / 1.5 = 1/3, G11 = 1 / (1 + 0) = 1
  // D0 = P0 G00 W00 = 100 * 2/3 * 1 = 66.67, R0 = 10 / 66.67 = 0.15
  QVERIFY( near( r.demandInCatchment[ 0 ], 200.0 / 3.0 ) );
  QVERIFY( near( r.supplyRatio[ 0 ], 0.15 ) );
  // D1 = P0 G01 W01 + P1 G11 W11 = 100 * 1/3 * 0.5 + 100 = 116.67, R1 = 10 / 116.67 = 3/35
  QVERIFY( near( r.demandInCatchment[ 1 ], 350.0 / 3.0 ) );
  QVERIFY( near( r.supplyRatio[ 1 ], 3.0 / 35.0 ) );
  // A0 = G00 R0 W00 + G01 R1 W01 = 2/3 * 0.15 + 1/3 * 3/35 * 0.5 = 0.1 + 1/70
  QVERIFY( near( r.access[ 0 ], 0.1 + 1.0 / 70.0 ) );
  // A1 = G11 R1 W11 = 3/35
  QVERIFY( near( r.access[ 1 ], 3.0 / 35.0 ) );
  // 3SFCA keeps the supply: sum P A = 100 (0.1 + 1/70) + 100 * 3/35 = 10 + 10/7 + 60/7 = 20 = S0 + S1
  QVERIFY( near( 100 * r.access[ 0 ] + 100 * r.access[ 1 ], 20.0 ) );
}

void TestCatchment::threeStepSelectionScope()
{
  // The same town with catchment 10: j1 (at 15 from k0) is outside, but PySAL's G still counts
  // it: G00 = 1 / (1 + 0.5) = 2/3 over all pairs, 1 within the catchment.
  const CostTable table = makeTable( 2, 2, { { 0, 0, 5 }, { 0, 1, 15 }, { 1, 1, 5 }, { 1, 0, 25 } } );
  CatchmentOptions options = CatchmentOptions::threeStep( WeightFunction::parseSteps( "10:1,20:0.5" ), 10 );
  const CatchmentResult all = computeCatchment( table, { 100, 100 }, { 10, 10 }, options );
  // All pairs: D0 = 100 * 2/3 = 66.67, R0 = 0.15, A0 = 2/3 * 0.15 = 0.1; D1 = 100, R1 = 0.1, A1 = 0.1
  QVERIFY( near( all.supplyRatio[ 0 ], 0.15 ) );
  QVERIFY( near( all.access[ 0 ], 0.1 ) );
  QVERIFY( near( all.access[ 1 ], 0.1 ) );
  options.selection = SelectionScope::WithinCatchment;
  const CatchmentResult within = computeCatchment( table, { 100, 100 }, { 10, 10 }, options );
  // Within: G00 = 1, D0 = 100, R0 = 0.1, A0 = 0.1
  QVERIFY( near( within.supplyRatio[ 0 ], 0.1 ) );
  QVERIFY( near( within.access[ 0 ], 0.1 ) );
}

void TestCatchment::sumOfRatiosTimesDemandIsTheSupply()
{
  // sum_j R_j D_j = sum of the capacities of facilities with demand (S_j / D_j * D_j), and
  // sum_k P_k A_k = sum_j R_j sum_k P_k W_kj (G_kj) = sum_j R_j D_j is the same number: every
  // place is handed out exactly once, for every method (2SFCA, E2SFCA, Gaussian, 3SFCA).
  std::mt19937 random( 11 );
  for ( int round = 0; round < 20; ++round )
  {
    RandomInstance instance = randomInstance( random, 150, 25, 1000.0, 400.0, false );
    std::uniform_real_distribution<double> places( 0.0, 50.0 );
    std::vector<double> capacity( 25 );
    for ( double &s : capacity )
      s = places( random );
    const std::vector<CatchmentOptions> methods = {
        CatchmentOptions::twoStep( 250 ), CatchmentOptions::enhancedTwoStep( "100:1,200:0.68,300:0.22" ),
        CatchmentOptions::gaussianTwoStep( 350, 150 ),
        CatchmentOptions::threeStep( WeightFunction::parseSteps( "100:1,250:0.4" ) ),
        CatchmentOptions::threeStep( WeightFunction::gaussianNormalized( 300 ) ) };
    for ( const CatchmentOptions &options : methods )
    {
      const CatchmentResult r = computeCatchment( instance.table, instance.weight, capacity, options );
      double ratioTimesDemand = 0.0;
      double expected = 0.0;
      for ( std::size_t j = 0; j < capacity.size(); ++j )
      {
        if ( r.demandInCatchment[ j ] > 0.0 )
        {
          ratioTimesDemand += r.supplyRatio[ j ] * r.demandInCatchment[ j ];
          expected += capacity[ j ];
        }
      }
      double handedOut = 0.0;
      for ( std::size_t k = 0; k < instance.weight.size(); ++k )
        handedOut += instance.weight[ k ] * r.access[ k ];
      QVERIFY( near( ratioTimesDemand, expected, 1e-12 ) );
      QVERIFY( near( r.supplyWithDemand, expected, 1e-12 ) );
      QVERIFY( near( handedOut, expected, 1e-12 ) );
      QVERIFY( near( r.weightedMeanAccess * r.totalDemand, expected, 1e-12 ) );
    }
  }
}

void TestCatchment::normalizationWithoutAnySupplyIsUndefined()
{
  const CostTable table = smallTown();
  const CatchmentResult r = computeCatchment( table, kTownDemand, { 0, 0, 0, 0 }, CatchmentOptions::twoStep( 10 ) );
  QCOMPARE( r.weightedMeanAccess, 0.0 );
  QVERIFY( std::isnan( r.accessNorm[ 0 ] ) );
  // A capacity of 0 is a ratio of 0, not an undefined one.
  QCOMPARE( r.supplyRatio[ 0 ], 0.0 );
}

void TestCatchment::scenarioAddsPlannedFacilities()
{
  // The small town plus a planned facility j4 (S = 10) at 4 from k1 and 9 from k2.
  const CostTable table = makeTable(
      4, 5,
      { { 0, 0, 5 }, { 0, 1, 10 }, { 1, 0, 8 }, { 1, 1, 12 }, { 2, 1, 3 }, { 3, 2, 2 }, { 1, 4, 4 }, { 2, 4, 9 } } );
  const CatchmentScenario s = computeCatchmentScenario( table, kTownDemand, { 10, 6, 4, 5, 10 }, { 0, 0, 0, 0, 1 },
                                                        CatchmentOptions::twoStep( 10 ) );
  QVERIFY( !s.canceled );
  // Baseline = the small town: A = 11/150, 1/30, 0.04, 0; j4 takes no part.
  QVERIFY( near( s.baseline.access[ 0 ], 11.0 / 150.0 ) );
  QVERIFY( near( s.baseline.access[ 1 ], 1.0 / 30.0 ) );
  QVERIFY( near( s.baseline.access[ 2 ], 0.04 ) );
  QVERIFY( std::isnan( s.baseline.supplyRatio[ 4 ] ) );
  QCOMPARE( s.baseline.nearestCost[ 1 ], 8.0 );
  // Scenario: D4 = P1 + P2 = 250, R4 = 10 / 250 = 0.04; R0 and R1 unchanged (j4 takes no one from them).
  QVERIFY( near( s.scenario.supplyRatio[ 4 ], 0.04 ) );
  // A1 = 1/30 + 0.04, A2 = 0.04 + 0.04 = 0.08
  QVERIFY( near( s.scenario.access[ 1 ], 1.0 / 30.0 + 0.04 ) );
  QVERIFY( near( s.scenario.access[ 2 ], 0.08 ) );
  QCOMPARE( s.scenario.nearestCost[ 1 ], 4.0 );
  // Change: 0, 0.04, 0.04, 0
  QVERIFY( std::fabs( s.accessChange[ 0 ] ) < 1e-15 );
  QVERIFY( near( s.accessChange[ 1 ], 0.04 ) );
  QVERIFY( near( s.accessChange[ 2 ], 0.04 ) );
  QCOMPARE( s.accessChange[ 3 ], 0.0 );
}

void TestCatchment::badInputIsExplained()
{
  const CostTable table = smallTown();
  const auto message = [ & ]( const std::vector<double> &demand, const std::vector<double> &capacity,
                              const CatchmentOptions &options ) -> QString
  {
    try
    {
      computeCatchment( table, demand, capacity, options );
    }
    catch ( const GapsError &e )
    {
      return QString( e.what() );
    }
    return QString();
  };
  QVERIFY( message( kTownDemand, kTownCapacity, CatchmentOptions::twoStep( 0 ) )
               .startsWith( QStringLiteral( "The catchment must be larger than zero" ) ) );
  QVERIFY( message( kTownDemand, kTownCapacity, CatchmentOptions::twoStep( -5 ) )
               .startsWith( QStringLiteral( "The catchment must be larger than zero" ) ) );
  QCOMPARE( message( { 100, -1, 50, 0 }, kTownCapacity, CatchmentOptions::twoStep( 10 ) ),
            QStringLiteral( "Demand point 1 has a demand of -1; it must be zero or a positive number" ) );
  QCOMPARE( message( kTownDemand, { 10, 6, std::nan( "" ), 5 }, CatchmentOptions::twoStep( 10 ) ),
            QStringLiteral( "Facility 2 has a capacity of NaN; it must be zero or a positive number" ) );
  QCOMPARE( message( { 1, 2 }, kTownCapacity, CatchmentOptions::twoStep( 10 ) ),
            QStringLiteral( "There are 2 demand values for 4 demand points" ) );
}

void TestCatchment::cancelStops()
{
  const CostTable table = smallTown();
  RunFeedback feedback;
  feedback.isCanceled = [] { return true; };
  const CatchmentResult r =
      computeCatchment( table, kTownDemand, kTownCapacity, CatchmentOptions::twoStep( 10 ), feedback );
  QVERIFY( r.canceled );

  double last = -1.0;
  bool monotone = true;
  RunFeedback progress;
  progress.progress = [ & ]( double percent )
  {
    monotone = monotone && percent >= last;
    last = percent;
  };
  const CatchmentScenario s = computeCatchmentScenario( table, kTownDemand, kTownCapacity, { 0, 0, 0, 1 },
                                                        CatchmentOptions::twoStep( 10 ), progress );
  QVERIFY( !s.canceled );
  QVERIFY( monotone );
  QCOMPARE( last, 100.0 );
}

QTEST_GUILESS_MAIN( TestCatchment )
#include "testcatchment.moc"
