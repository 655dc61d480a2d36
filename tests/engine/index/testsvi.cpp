#include "index/compute.h"
#include "index/definition.h"
#include "index/presets.h"

#include "indextestutil.h"

#include <QObject>
#include <QtTest>

#include <cmath>
#include <map>
#include <string>
#include <vector>

using namespace sozialraum::index;
using indextest::NaN;

namespace
{
const std::vector<std::string> kVariables{ "POV150", "UNEMP",  "HBURD",  "NOHSDP", "UNINSUR", "AGE65",
                                           "AGE17",  "DISABL", "SNGPNT", "LIMENG", "MINRTY",  "MUNIT",
                                           "MOBILE", "CROWD",  "NOVEH",  "GROUPQ" };
const std::vector<std::vector<std::string>> kThemes{
    { "POV150", "UNEMP", "HBURD", "NOHSDP", "UNINSUR" },
    { "AGE65", "AGE17", "DISABL", "SNGPNT", "LIMENG" },
    { "MINRTY" },
    { "MUNIT", "MOBILE", "CROWD", "NOVEH", "GROUPQ" },
};

// seven made-up counties, EP_ columns in kVariables order; ties in POV150 and UNEMP, county 2 lacks LIMENG
const std::vector<std::vector<double>> kCounties{
    { 10.0, 3.1, 20.5, 8.0, 5.5, 18.0, 22.0, 12.0, 4.0, 0.5, 15.0, 2.0, 10.0, 1.0, 4.0, 1.5 },
    { 20.0, 5.0, 25.0, 12.0, 9.0, 15.0, 24.0, 14.0, 6.0, 1.2, 35.0, 8.0, 5.0, 2.5, 7.0, 2.0 },
    { 20.0, 4.2, 30.1, 15.0, 12.0, 22.0, 20.0, 16.0, 7.5, -999, 55.0, 3.0, 20.0, 3.0, 9.0, 0.8 },
    { 5.0, 2.0, 18.0, 6.0, 4.0, 25.0, 19.0, 11.0, 3.0, 0.2, 8.0, 1.0, 25.0, 0.5, 3.0, 3.5 },
    { 35.0, 7.5, 35.0, 20.0, 15.0, 12.0, 26.0, 18.0, 9.0, 3.5, 70.0, 12.0, 2.0, 4.0, 12.0, 1.0 },
    { 15.0, 5.0, 22.0, 10.0, 7.0, 20.0, 23.0, 13.0, 5.0, 0.8, 25.0, 6.0, 12.0, 1.5, 5.0, 2.5 },
    { 28.0, 6.0, 28.0, 18.0, 11.0, 16.0, 21.0, 15.0, 8.0, 2.0, 45.0, 10.0, 8.0, 2.0, 6.0, 5.0 },
};

IndicatorTable countyTable()
{
  IndicatorTable table( kCounties.size() );
  for ( std::size_t v = 0; v < kVariables.size(); ++v )
  {
    std::vector<double> column;
    for ( const auto &county : kCounties )
      column.push_back( county[ v ] );
    table.setColumn( "EP_" + kVariables[ v ], column ); // -999 stays in the table: the preset knows the code
  }
  return table;
}

// ---- an independent, deliberately plain implementation of CDC's method as the reference ----

double round4( double x )
{
  return std::isnan( x ) ? x : std::floor( x * 10000.0 + 0.5 ) / 10000.0;
}

//! CDC percentile rank of entry i: values strictly below / (valid count - 1), rounded to 4 decimals; -999 / NaN
//! missing.
double cdcRank( const std::vector<double> &column, std::size_t i )
{
  auto missing = []( double v ) { return std::isnan( v ) || v == -999; };
  if ( missing( column[ i ] ) )
    return NaN;
  int valid = 0, below = 0;
  for ( double v : column )
  {
    if ( missing( v ) )
      continue;
    ++valid;
    if ( v < column[ i ] )
      ++below;
  }
  return round4( static_cast<double>( below ) / ( valid - 1 ) );
}

std::map<std::string, std::vector<double>> reference()
{
  std::map<std::string, std::vector<double>> out;
  const std::size_t n = kCounties.size();
  for ( std::size_t v = 0; v < kVariables.size(); ++v )
  {
    std::vector<double> column;
    for ( const auto &county : kCounties )
      column.push_back( county[ v ] );
    for ( std::size_t i = 0; i < n; ++i )
    {
      const double epl = cdcRank( column, i );
      out[ "EPL_" + kVariables[ v ] ].push_back( epl );
      out[ "F_" + kVariables[ v ] ].push_back( std::isnan( epl ) ? NaN : ( epl >= 0.9 ? 1.0 : 0.0 ) );
    }
  }
  std::vector<double> total( n, 0.0 ), flagTotal( n, 0.0 );
  for ( std::size_t t = 0; t < kThemes.size(); ++t )
  {
    const std::string k = std::to_string( t + 1 );
    std::vector<double> spl( n, 0.0 ), flags( n, 0.0 );
    for ( std::size_t i = 0; i < n; ++i )
    {
      for ( const std::string &variable : kThemes[ t ] )
      {
        spl[ i ] += out[ "EPL_" + variable ][ i ]; // NaN spreads: a county missing one variable has no theme value
        flags[ i ] += out[ "F_" + variable ][ i ];
      }
      spl[ i ] = round4( spl[ i ] );
      total[ i ] += spl[ i ];
      flagTotal[ i ] += flags[ i ];
    }
    out[ "SPL_THEME" + k ] = spl;
    out[ "F_THEME" + k ] = flags;
    for ( std::size_t i = 0; i < n; ++i )
      out[ "RPL_THEME" + k ].push_back( cdcRank( spl, i ) );
  }
  for ( double &t : total )
    t = round4( t );
  out[ "SPL_THEMES" ] = total;
  out[ "F_TOTAL" ] = flagTotal;
  for ( std::size_t i = 0; i < n; ++i )
    out[ "RPL_THEMES" ].push_back( cdcRank( total, i ) );
  return out;
}
} // namespace

class TestSvi : public QObject
{
  Q_OBJECT

private slots:
  void handComputedPercentileRanks()
  {
    const IndexResult r = computeIndex( presetDefinition( "cdc-svi-2022" ), countyTable() );
    // EP_POV150 sorted: 5 (c3), 10 (c0), 15 (c5), 20 (c1, c2), 28 (c6), 35 (c4); n - 1 = 6
    const std::vector<double> &pov = r.node( "POV150" )->raw;
    const std::vector<double> expectedPov{ 0.1667, 0.5, 0.5, 0.0, 1.0, 0.3333, 0.8333 };
    for ( std::size_t i = 0; i < 7; ++i )
      QVERIFY2( pov[ i ] == expectedPov[ i ], qPrintable( QString::number( pov[ i ], 'g', 17 ) ) );
    QCOMPARE( r.node( "POV150" )->flags, ( std::vector<double>{ 0, 0, 0, 0, 1, 0, 0 } ) );
    // EP_LIMENG: county 2 is -999; the other six rank with n - 1 = 5
    const std::vector<double> &limeng = r.node( "LIMENG" )->raw;
    QVERIFY( std::isnan( limeng[ 2 ] ) );
    QVERIFY( limeng[ 3 ] == 0.0 && limeng[ 0 ] == 0.2 && limeng[ 5 ] == 0.4 && limeng[ 1 ] == 0.6 &&
             limeng[ 6 ] == 0.8 && limeng[ 4 ] == 1.0 );
    // county 2 has no household theme, no overall value, but its other themes
    QVERIFY( std::isnan( r.node( "theme2" )->raw[ 2 ] ) );
    QVERIFY( std::isnan( r.node( "theme2" )->flags[ 2 ] ) );
    QVERIFY( std::isnan( r.score[ 2 ] ) );
    QVERIFY( std::isfinite( r.node( "theme1" )->scaled[ 2 ] ) );
    QCOMPARE( r.notes[ 2 ], std::string( "missing value in EP_LIMENG" ) );
    // county 4 is the most vulnerable everywhere but in MOBILE, AGE65, GROUPQ
    QVERIFY( r.score[ 4 ] == 1.0 );
    QCOMPARE( r.rank[ 4 ], 1 );
    QCOMPARE( r.classes[ 4 ], 4 );
    QCOMPARE( r.labels[ 4 ], std::string( "highest (0.7501–1.0)" ) );
  }

  void matchesAnIndependentImplementation()
  {
    const IndexResult r = computeIndex( presetDefinition( "cdc-svi-2022" ), countyTable() );
    const auto expected = reference();
    const auto columns = r.columns();
    QCOMPARE( columns.size(), expected.size() );
    for ( const OutputColumn &column : columns )
    {
      const auto it = expected.find( column.name );
      QVERIFY2( it != expected.end(), column.name.c_str() );
      for ( std::size_t i = 0; i < kCounties.size(); ++i )
      {
        const double a = ( *column.values )[ i ], e = it->second[ i ];
        QVERIFY2( ( std::isnan( a ) && std::isnan( e ) ) || std::fabs( a - e ) < 1e-12,
                  qPrintable( QStringLiteral( "%1 of county %2: %3, expected %4" )
                                  .arg( QString::fromStdString( column.name ) )
                                  .arg( i )
                                  .arg( a, 0, 'g', 17 )
                                  .arg( e, 0, 'g', 17 ) ) );
      }
    }
    // the standard fields mirror the root
    for ( std::size_t i = 0; i < kCounties.size(); ++i )
    {
      INDEX_COMPARE_NEAR( r.raw[ i ], expected.at( "SPL_THEMES" )[ i ], 0 );
      INDEX_COMPARE_NEAR( r.score[ i ], expected.at( "RPL_THEMES" )[ i ], 0 );
      INDEX_COMPARE_NEAR( r.flags[ i ], expected.at( "F_TOTAL" )[ i ], 0 );
    }
  }

  void sumIsRoundedBeforeRanking()
  {
    // sums of 4-decimal values: 0.1 + 0.2 = 0.30000000000000004 would rank above 0.3 + 0.0
    const char *tree =
        R"json({ "root": { "id": "theme", "aggregation": { "method": "sum" %s }, "scaling": { "method": "percentile_rank", "round": 4 },
        "children": [ { "id": "a", "field": "a" }, { "id": "b", "field": "b" } ] } })json";
    IndicatorTable table( 4 );
    table.setColumn( "a", { 0.1, 0.3, 0.5, 0.0 } );
    table.setColumn( "b", { 0.2, 0.0, 0.0, 0.9 } );
    std::string rounded = tree, unrounded = tree;
    rounded.replace( rounded.find( "%s" ), 2, ", \"round\": 4" );
    unrounded.replace( unrounded.find( "%s" ), 2, "" );
    const IndexResult withRounding = computeIndex( parseDefinition( rounded ), table );
    const IndexResult without = computeIndex( parseDefinition( unrounded ), table );
    QVERIFY( withRounding.raw[ 0 ] == withRounding.raw[ 1 ] );
    QCOMPARE( withRounding.score, ( std::vector<double>{ 0.0, 0.0, 0.6667, 1.0 } ) );
    QCOMPARE( without.score, ( std::vector<double>{ 0.3333, 0.0, 0.6667, 1.0 } ) );
    QCOMPARE( withRounding.rank, ( std::vector<int>{ 3, 3, 2, 1 } ) );
  }
};

QTEST_APPLESS_MAIN( TestSvi )
#include "testsvi.moc"
