#include "gaps/costtable.h"
#include "gaps/gapserror.h"

#include "gapstestutils.h"

#include <QtTest/QtTest>

using namespace sozialraum::gaps;
using namespace sozialraum::gaps::test;

class TestCostTable : public QObject
{
  Q_OBJECT

private slots:
  void rowsAndColumnsAreSortedWhateverTheInputOrder();
  void duplicatePairKeepsTheSmallerCost();
  void infiniteCostMeansUnreachable();
  void badPairsAreRejected();
  void nearestCostAndLookup();
  void builderCollectsPairs();
};

void TestCostTable::rowsAndColumnsAreSortedWhateverTheInputOrder()
{
  const CostTable table =
      makeTable( 3, 3, { { 2, 1, 7.0 }, { 0, 2, 3.0 }, { 0, 0, 1.0 }, { 2, 0, 5.0 }, { 1, 2, 4.0 } } );
  QCOMPARE( table.demandCount(), std::size_t( 3 ) );
  QCOMPARE( table.supplyCount(), std::size_t( 3 ) );
  QCOMPARE( table.pairCount(), std::size_t( 5 ) );

  const CostRow row0 = table.facilitiesOf( 0 );
  QCOMPARE( row0.size(), std::size_t( 2 ) );
  QCOMPARE( row0.index( 0 ), Index( 0 ) );
  QCOMPARE( row0.cost( 0 ), 1.0 );
  QCOMPARE( row0.index( 1 ), Index( 2 ) );
  QCOMPARE( row0.cost( 1 ), 3.0 );
  const CostRow row2 = table.facilitiesOf( 2 );
  QCOMPARE( row2.index( 0 ), Index( 0 ) );
  QCOMPARE( row2.cost( 0 ), 5.0 );
  QCOMPARE( row2.index( 1 ), Index( 1 ) );
  QCOMPARE( row2.cost( 1 ), 7.0 );

  const CostRow column0 = table.demandOf( 0 );
  QCOMPARE( column0.size(), std::size_t( 2 ) );
  QCOMPARE( column0.index( 0 ), Index( 0 ) );
  QCOMPARE( column0.index( 1 ), Index( 2 ) );
  QCOMPARE( column0.cost( 1 ), 5.0 );
  const CostRow column2 = table.demandOf( 2 );
  QCOMPARE( column2.index( 0 ), Index( 0 ) );
  QCOMPARE( column2.cost( 0 ), 3.0 );
  QCOMPARE( column2.index( 1 ), Index( 1 ) );
  QCOMPARE( column2.cost( 1 ), 4.0 );
  QCOMPARE( table.demandOf( 1 ).size(), std::size_t( 1 ) );
  QCOMPARE( table.maxCost(), 7.0 );
}

void TestCostTable::duplicatePairKeepsTheSmallerCost()
{
  const CostTable table = makeTable( 2, 2, { { 1, 1, 9.0 }, { 0, 1, 2.0 }, { 1, 1, 4.0 }, { 1, 1, 6.0 } } );
  QCOMPARE( table.pairCount(), std::size_t( 2 ) );
  QCOMPARE( table.mergedDuplicates(), std::size_t( 2 ) );
  QCOMPARE( table.cost( 1, 1 ), 4.0 );
  QCOMPARE( table.demandOf( 1 ).size(), std::size_t( 2 ) );
  QCOMPARE( table.demandOf( 1 ).cost( 1 ), 4.0 );
}

void TestCostTable::infiniteCostMeansUnreachable()
{
  const CostTable table = makeTable( 2, 1, { { 0, 0, kNoCost }, { 1, 0, 0.0 } } );
  QCOMPARE( table.pairCount(), std::size_t( 1 ) );
  QCOMPARE( table.skippedUnreachable(), std::size_t( 1 ) );
  QVERIFY( table.facilitiesOf( 0 ).empty() );
  QCOMPARE( table.cost( 1, 0 ), 0.0 );
}

void TestCostTable::badPairsAreRejected()
{
  QVERIFY_EXCEPTION_THROWN( makeTable( 2, 2, { { 2, 0, 1.0 } } ), GapsError );
  QVERIFY_EXCEPTION_THROWN( makeTable( 2, 2, { { 0, 5, 1.0 } } ), GapsError );
  QVERIFY_EXCEPTION_THROWN( makeTable( 2, 2, { { 0, 0, -1.0 } } ), GapsError );
  QVERIFY_EXCEPTION_THROWN( makeTable( 2, 2, { { 0, 0, std::nan( "" ) } } ), GapsError );
  try
  {
    makeTable( 2, 2, { { 0, 0, 1.0 }, { 1, 1, -3.0 } } );
    QFAIL( "no error" );
  }
  catch ( const GapsError &e )
  {
    QCOMPARE( QString( e.what() ), QStringLiteral( "The cost between demand point 1 and facility 1 is -3; costs must "
                                                   "be zero or positive" ) );
    QCOMPARE( e.item(), 1LL );
  }
}

void TestCostTable::nearestCostAndLookup()
{
  // Demand point 1 reaches nothing.
  const CostTable table = makeTable( 3, 2, { { 0, 0, 8.0 }, { 0, 1, 3.0 }, { 2, 1, 0.5 } } );
  const std::vector<double> nearest = table.nearestCosts();
  QCOMPARE( nearest[ 0 ], 3.0 );
  QVERIFY( std::isinf( nearest[ 1 ] ) );
  QCOMPARE( nearest[ 2 ], 0.5 );
  QCOMPARE( table.cost( 0, 0 ), 8.0 );
  QVERIFY( std::isinf( table.cost( 1, 0 ) ) );
  QVERIFY( std::isinf( table.cost( 2, 0 ) ) );
  QVERIFY( table.facilitiesOf( 1 ).empty() );

  const CostTable empty( 4, 0, {} );
  QCOMPARE( empty.pairCount(), std::size_t( 0 ) );
  QVERIFY( std::isinf( empty.nearestCosts()[ 3 ] ) );
}

void TestCostTable::builderCollectsPairs()
{
  CostTableBuilder builder( 2, 3 );
  builder.add( 1, 2, 5.0 );
  builder.add( 0, 1, 1.0 );
  QCOMPARE( builder.size(), std::size_t( 2 ) );
  const CostTable table = builder.build();
  QCOMPARE( builder.size(), std::size_t( 0 ) );
  QCOMPARE( table.cost( 1, 2 ), 5.0 );
  QCOMPARE( table.cost( 0, 1 ), 1.0 );
}

QTEST_GUILESS_MAIN( TestCostTable )
#include "testcosttable.moc"
