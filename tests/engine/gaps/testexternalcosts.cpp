// Cost tables made elsewhere: matched by id, limited, with what did not match.
#include "gaps/externalcosts.h"
#include "gaps/gapserror.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>

using namespace sozialraum::gaps;

class TestExternalCosts : public QObject
{
  Q_OBJECT

private slots:
  void matchesByIdAndListsTheRest()
  {
    const std::vector<CostRecord> rows{ { "a", "x", 5, 1 }, { "a", "y", 12, 2 }, { "b", "x", 3, 3 }, { "b", "x", 2, 4 }, // the smaller of two costs counts
                                        { "q", "x", 1, 5 }, { "c", "z", 1, 6 } };
    // "c" is used by two demand points (an id used twice): the row applies to both.
    const MatchedCosts m = matchCostRecords( rows, { "a", "b", "c", "d", "c" }, { "x", "y", "w" }, 10.0 );
    QCOMPARE( m.table.cost( 0, 0 ), 5.0 );
    QVERIFY( std::isinf( m.table.cost( 0, 1 ) ) ); // 12 > 10
    QCOMPARE( m.table.cost( 1, 0 ), 2.0 );
    QCOMPARE( m.unknownOrigins, std::vector<std::string>( { "q" } ) );
    QCOMPARE( m.unknownDestinations, std::vector<std::string>( { "z" } ) );
    QCOMPARE( m.demandWithoutRows, std::vector<std::string>( { "c", "d", "c" } ) );
    QCOMPARE( m.supplyWithoutRows, std::vector<std::string>( { "w" } ) );
    QCOMPARE( m.rowsUsed, std::size_t( 3 ) );

    std::vector<double> costs;
    std::vector<Index> nearest;
    nearestInTable( matchCostRecords( rows, { "a", "b", "d" }, { "x", "y" }, std::numeric_limits<double>::infinity() ).table, costs, nearest );
    QCOMPARE( costs[ 0 ], 5.0 );
    QCOMPARE( nearest[ 0 ], Index( 0 ) );
    QCOMPARE( costs[ 1 ], 2.0 );
    QVERIFY( std::isinf( costs[ 2 ] ) && nearest[ 2 ] == kNoIndex );
  }

  void negativeCostsNameTheRow()
  {
    try
    {
      matchCostRecords( { { "a", "x", -1, 17 } }, { "a" }, { "x" }, 10.0 );
      QFAIL( "a negative cost was accepted" );
    }
    catch ( const GapsError &error )
    {
      QVERIFY( std::string( error.what() ).find( "Row 17" ) != std::string::npos );
    }
  }
};

QTEST_GUILESS_MAIN( TestExternalCosts )
#include "testexternalcosts.moc"
