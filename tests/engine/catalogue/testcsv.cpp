#include "catalogue/csv.h"

#include "cataloguetestutil.h"

#include <QObject>
#include <QtTest>

#include <sstream>

using namespace sozialraum::catalogue;
using cataloguetest::errorOf;

class TestCsv : public QObject
{
  Q_OBJECT

private slots:
  void writerQuotesOnlyWhatNeedsQuoting()
  {
    std::ostringstream out;
    CsvWriter writer( out );
    writer.writeRow( { "id", "name", "description" } );
    writer.writeRow( { "1", "Jugendclub \"Die Wolke\"", "Beratung, Freizeit\nund Bildung" } );
    writer.writeRow( { "2", "", "Straße" } );
    QCOMPARE( out.str(), std::string( "id,name,description\r\n1,\"Jugendclub \"\"Die Wolke\"\"\",\"Beratung, "
                                      "Freizeit\nund Bildung\"\r\n2,,Straße\r\n" ) );
  }

  void readerUndoesTheWriter()
  {
    const std::vector<std::vector<std::string>> rows = { { "id", "text" },
                                                         { "a", "Komma, \"Zitat\"\r\nund Zeilenumbruch" },
                                                         { "b", "" },
                                                         { "c", "Ölmühle – Übergang" } };
    std::ostringstream out;
    CsvWriter writer( out );
    for ( const auto &row : rows )
      writer.writeRow( row );
    const CsvTable table = parseCsv( out.str(), "x.csv" );
    QCOMPARE( table.header, rows[ 0 ] );
    QCOMPARE( table.rows.size(), size_t( 3 ) );
    QCOMPARE( table.rows[ 0 ], rows[ 1 ] );
    QCOMPARE( table.rows[ 1 ], rows[ 2 ] );
    QCOMPARE( table.rows[ 2 ], rows[ 3 ] );
    QCOMPARE( table.rowNumbers, std::vector<long long>( { 2, 3, 4 } ) );
  }

  void readerAcceptsLfBomBlankLinesAndMissingFinalNewline()
  {
    const CsvTable table = parseCsv( "\xef\xbb\xbfid,name\n1,A\n\n2,\"B\nC\"\n3,", "x.csv" );
    QCOMPARE( table.header, std::vector<std::string>( { "id", "name" } ) );
    QCOMPARE( table.rows.size(), size_t( 3 ) );
    QCOMPARE( table.rows[ 1 ][ 1 ], std::string( "B\nC" ) );
    QCOMPARE( table.rows[ 2 ][ 1 ], std::string() );
    QCOMPARE( table.rowNumbers, std::vector<long long>( { 2, 4, 5 } ) );
  }

  void readerNamesTheRowOfMalformedInput()
  {
    CATALOGUE_VERIFY_CONTAINS( errorOf( [] { parseCsv( "id,name\n1,\"open\n", "service.csv" ); } ),
                               "service.csv, row 2: a quoted field is not closed" );
    CATALOGUE_VERIFY_CONTAINS( errorOf( [] { parseCsv( "id,name\n1,\"a\"b\n", "service.csv" ); } ),
                               "row 2: after the closing quote" );
    CATALOGUE_VERIFY_CONTAINS( errorOf( [] { parseCsv( "id,name\n1,a\n2,b,c\n", "service.csv" ); } ),
                               "row 3: the row has 3 fields but the header has 2" );
    // "Müller" in Latin-1, as Excel writes "CSV" on German Windows
    CATALOGUE_VERIFY_CONTAINS( errorOf( [] { parseCsv( "id,name\n1,M\xfcller\n", "organization.csv" ); } ),
                               "organization.csv, row 2: field 2 is not UTF-8" );
    CATALOGUE_VERIFY_CONTAINS( errorOf( [] { parseCsv( "", "service.csv" ); } ), "service.csv is empty" );
  }
};

QTEST_GUILESS_MAIN( TestCsv )
#include "testcsv.moc"
