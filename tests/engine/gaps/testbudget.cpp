#include "gaps/budget.h"
#include "gaps/gapserror.h"

#include <QtTest/QtTest>

#include <cmath>
#include <numeric>
#include <random>

using namespace sozialraum::gaps;

namespace
{

BudgetOptions budgetOf( double budget, double minPerArea = 0.0,
                        double maxPerArea = std::numeric_limits<double>::infinity(), double roundTo = 1.0 )
{
  BudgetOptions options;
  options.budget = budget;
  options.minPerArea = minPerArea;
  options.maxPerArea = maxPerArea;
  options.roundTo = roundTo;
  return options;
}

QString errorOf( const std::vector<double> &weights, const BudgetOptions &options )
{
  try
  {
    allocateBudget( weights, options );
  }
  catch ( const GapsError &e )
  {
    return QString( e.what() );
  }
  return QString();
}

double sum( const std::vector<double> &values )
{
  return std::accumulate( values.begin(), values.end(), 0.0 );
}

} // namespace

class TestBudget : public QObject
{
  Q_OBJECT

private slots:
  void proportionalWithoutBounds();
  void largestRemainderMakesTheSumExact();
  void maximumIsRedistributed();
  void minimumAndMaximumTogether();
  void impossibleBoundsAreExplained();
  void zeroWeightsShareEqually();
  void roundToHundreds();
  void groupsFirstThenAreas();
  void randomBudgetsSumExactlyWithinBounds();
};

void TestBudget::proportionalWithoutBounds()
{
  // 1000 * (1, 2, 3, 4) / 10 = 100, 200, 300, 400
  const BudgetAllocation a = allocateBudget( { 1, 2, 3, 4 }, budgetOf( 1000 ) );
  QCOMPARE( a.amounts, std::vector<double>( { 100, 200, 300, 400 } ) );
  QCOMPARE( a.rounds, std::size_t( 1 ) );
}

void TestBudget::largestRemainderMakesTheSumExact()
{
  // 100 / 3 = 33.33 each: 33 + 33 + 33 = 99, the euro left goes to the first of the equal remainders.
  const BudgetAllocation a = allocateBudget( { 1, 1, 1 }, budgetOf( 100 ) );
  QCOMPARE( a.amounts, std::vector<double>( { 34, 33, 33 } ) );
  // 1000 * (1, 2, 4) / 7 = 142.86, 285.71, 571.43: floors 142 + 285 + 571 = 998;
  // remainders .86, .71, .43 -> +1 to the first two: 143, 286, 571.
  const BudgetAllocation b = allocateBudget( { 1, 2, 4 }, budgetOf( 1000 ) );
  QCOMPARE( b.amounts, std::vector<double>( { 143, 286, 571 } ) );
  QCOMPARE( sum( b.amounts ), 1000.0 );
}

void TestBudget::maximumIsRedistributed()
{
  // (1, 1, 8), 1000, min 150, max 500: shares 100, 100, 800. Below the minimum 2 * 50 = 100,
  // above the maximum 300: fix area 2 at 500 first; 500 left for (1, 1): 250 each, above 150.
  const BudgetAllocation a = allocateBudget( { 1, 1, 8 }, budgetOf( 1000, 150, 500 ) );
  QCOMPARE( a.amounts, std::vector<double>( { 250, 250, 500 } ) );
  QCOMPARE( a.atMaximum, std::vector<char>( { 0, 0, 1 } ) );
  QCOMPARE( a.atMinimum, std::vector<char>( { 0, 0, 0 } ) );
  QCOMPARE( a.rounds, std::size_t( 2 ) );
}

void TestBudget::minimumAndMaximumTogether()
{
  // (1, 10, 10, 79), 1000, min 50, max 400: shares 10, 100, 100, 790.
  // Round 1: below 40, above 390 -> area 3 = 400; 600 left for weights 21.
  // Round 2: 600/21 = 28.57, 285.71, 285.71: below 21.43 -> area 0 = 50; 550 left for weights 20.
  // Round 3: 275, 275: done. 50 + 275 + 275 + 400 = 1000.
  const BudgetAllocation a = allocateBudget( { 1, 10, 10, 79 }, budgetOf( 1000, 50, 400 ) );
  QCOMPARE( a.amounts, std::vector<double>( { 50, 275, 275, 400 } ) );
  QCOMPARE( a.atMinimum, std::vector<char>( { 1, 0, 0, 0 } ) );
  QCOMPARE( a.atMaximum, std::vector<char>( { 0, 0, 0, 1 } ) );
  QCOMPARE( a.rounds, std::size_t( 3 ) );
}

void TestBudget::impossibleBoundsAreExplained()
{
  QCOMPARE( errorOf( { 1, 1, 1 }, budgetOf( 100, 40 ) ),
            QStringLiteral( "The minimum per area (40) times 3 areas is 120, more than the budget (100): lower the "
                            "minimum or raise the budget" ) );
  QCOMPARE( errorOf( { 1, 1, 1 }, budgetOf( 100, 0, 30 ) ),
            QStringLiteral( "The maximum per area (30) times 3 areas is 90, less than the budget (100): raise the "
                            "maximum or lower the budget" ) );
  QCOMPARE( errorOf( { 1, 1, 1 }, budgetOf( 2000000, 1000000 ) ),
            QStringLiteral( "The minimum per area (1,000,000) times 3 areas is 3,000,000, more than the budget "
                            "(2,000,000): lower the minimum or raise the budget" ) );
  QVERIFY( errorOf( {}, budgetOf( 100 ) ).startsWith( QStringLiteral( "There are no areas" ) ) );
  QVERIFY( errorOf( { 1, -1 }, budgetOf( 100 ) ).startsWith( QStringLiteral( "Area 1 has a weight of -1" ) ) );
  QVERIFY( errorOf( { 1, 1 }, budgetOf( 100, 60, 50 ) )
               .startsWith( QStringLiteral( "The minimum per area (60) is larger" ) ) );
  QVERIFY( errorOf( { 1, 1 }, budgetOf( 1050, 0, 1000, 100 ) )
               .startsWith( QStringLiteral( "The budget (1,050) is not a multiple" ) ) );
}

void TestBudget::zeroWeightsShareEqually()
{
  // No weight at all: 10 / 4 = 2.5 each -> 3, 3, 2, 2.
  QCOMPARE( allocateBudget( { 0, 0, 0, 0 }, budgetOf( 10 ) ).amounts, std::vector<double>( { 3, 3, 2, 2 } ) );
  // Zero weight with a minimum: the minimum (10); the rest by weight: 100 - 10 = 90 -> 30, 60.
  QCOMPARE( allocateBudget( { 0, 1, 2 }, budgetOf( 100, 10 ) ).amounts, std::vector<double>( { 10, 30, 60 } ) );
}

void TestBudget::roundToHundreds()
{
  // 1000 / 3 = 333.33 = 3.33 hundreds each -> 4, 3, 3 hundreds.
  const BudgetAllocation a = allocateBudget( { 1, 1, 1 }, budgetOf( 1000, 0, kNoCost, 100 ) );
  QCOMPARE( a.amounts, std::vector<double>( { 400, 300, 300 } ) );
  // A minimum of 150 becomes 200 (rounded up to the unit), so the rounded amounts keep it:
  // (1, 1, 10) of 1000 -> 83.3, 83.3, 833.3 -> 200, 200, 600.
  const BudgetAllocation b = allocateBudget( { 1, 1, 10 }, budgetOf( 1000, 150, kNoCost, 100 ) );
  QCOMPARE( b.amounts, std::vector<double>( { 200, 200, 600 } ) );
}

void TestBudget::groupsFirstThenAreas()
{
  // Bremen: 2,000,000 a year, 80 % to Bremen (group 0), 20 % to Bremerhaven (group 1).
  // Group 0 (weights 1, 2, 1): 1,600,000 -> 400,000, 800,000, 400,000.
  // Group 1 (weights 1, 3): 400,000 -> 100,000, 300,000.
  const BudgetAllocation a =
      allocateBudgetByGroup( { 1, 2, 1, 1, 3 }, { 0, 0, 0, 1, 1 }, { 0.8, 0.2 }, budgetOf( 2000000 ) );
  QCOMPARE( a.amounts, std::vector<double>( { 400000, 800000, 400000, 100000, 300000 } ) );
  QCOMPARE( splitByShares( 100, { 1.0 / 3, 1.0 / 3, 1.0 / 3 } ), std::vector<double>( { 34, 33, 33 } ) );
  QVERIFY_EXCEPTION_THROWN( splitByShares( 100, { 0.8, 0.1 } ), GapsError );
  // A group whose minimums exceed its share names the group.
  try
  {
    allocateBudgetByGroup( { 1, 1, 1 }, { 0, 1, 1 }, { 0.9, 0.1 }, budgetOf( 1000, 60 ) );
    QFAIL( "no error" );
  }
  catch ( const GapsError &e )
  {
    QVERIFY( QString( e.what() ).startsWith( QStringLiteral( "Group 2: The minimum per area (60) times 2 areas" ) ) );
  }
}

void TestBudget::randomBudgetsSumExactlyWithinBounds()
{
  std::mt19937 random( 99 );
  std::uniform_int_distribution<int> areaCount( 1, 40 );
  std::uniform_int_distribution<int> budgetEuros( 0, 3000000 );
  std::uniform_real_distribution<double> unit( 0.0, 1.0 );
  for ( int round = 0; round < 500; ++round )
  {
    const int n = areaCount( random );
    std::vector<double> weights( static_cast<std::size_t>( n ) );
    for ( double &w : weights )
      w = unit( random ) < 0.1 ? 0.0 : unit( random ) * 1000.0;
    const double budget = budgetEuros( random );
    const double fair = budget / n;
    const double minimum = std::floor( unit( random ) * fair );
    const double maximum = unit( random ) < 0.3 ? kNoCost : std::ceil( fair + unit( random ) * ( budget - fair ) );
    const BudgetAllocation a = allocateBudget( weights, budgetOf( budget, minimum, maximum ) );
    QCOMPARE( sum( a.amounts ), budget );
    double lambda = -1.0;
    for ( std::size_t i = 0; i < weights.size(); ++i )
    {
      QVERIFY( a.amounts[ i ] >= minimum );
      QVERIFY( a.amounts[ i ] <= maximum );
      QCOMPARE( a.amounts[ i ], std::round( a.amounts[ i ] ) );
      QVERIFY( std::fabs( a.amounts[ i ] - a.unrounded[ i ] ) < 1.0 + 1e-6 );
      if ( !a.atMinimum[ i ] && !a.atMaximum[ i ] && weights[ i ] > 0.0 )
        lambda = a.unrounded[ i ] / weights[ i ];
    }
    // One factor for all: amount = clamp(lambda * weight, min, max).
    if ( lambda >= 0.0 )
    {
      for ( std::size_t i = 0; i < weights.size(); ++i )
      {
        const double expected = std::clamp( lambda * weights[ i ], minimum, maximum );
        QVERIFY2( std::fabs( a.unrounded[ i ] - expected ) <= 1e-6 * std::max( 1.0, budget ),
                  qPrintable( QStringLiteral( "round %1 area %2: %3 instead of %4" )
                                  .arg( round )
                                  .arg( i )
                                  .arg( a.unrounded[ i ] )
                                  .arg( expected ) ) );
      }
    }
  }
}

QTEST_GUILESS_MAIN( TestBudget )
#include "testbudget.moc"
