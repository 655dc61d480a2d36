#include "index/compute.h"
#include "index/presets.h"

#include "indextestutil.h"

#include <QObject>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <map>

using namespace sozialraum::index;
using indextest::NaN;

namespace
{
//! Berlin's 448 planning areas with the MSS 2019 raw indicators, as a table plus the MSS exclusions.
struct BerlinData
{
  IndicatorTable table;
  RowSelection selection;
  std::vector<std::string> names;
};

BerlinData readBerlin( const std::vector<std::string> &fields )
{
  const std::string path = std::string( SOZIALRAUM_SHARED_DATA ) + "/berlin-planungsraeume-2019-mss.geojson";
  std::ifstream file( path );
  if ( !file )
    throw std::runtime_error( "cannot open " + path );
  const nlohmann::json geojson = nlohmann::json::parse( file );
  const auto &features = geojson.at( "features" );
  const std::size_t n = features.size();

  auto number = []( const nlohmann::json &properties, const std::string &key )
  {
    const auto it = properties.find( key );
    return it != properties.end() && it->is_number() ? it->get<double>() : NaN;
  };

  BerlinData data{ IndicatorTable( n ), RowSelection( n ), {} };
  std::map<std::string, std::vector<double>> columns;
  for ( std::size_t i = 0; i < n; ++i )
  {
    const auto &properties = features[ i ].at( "properties" );
    data.names.push_back( properties.value( "name", std::string() ) );
    bool allZero = true;
    for ( const std::string &field : fields )
    {
      const double v = number( properties, field );
      columns[ field ].push_back( v );
      allZero = allZero && ( std::isnan( v ) || v == 0 );
    }
    // the monitoring's rules: fewer than 300 inhabitants, and the areas it excluded (0 or no value in every indicator)
    const double inhabitants = number( properties, "inhabitants" );
    if ( std::isnan( inhabitants ) || inhabitants < 300 )
      data.selection.exclude( i, "fewer than 300 inhabitants" );
    else if ( allZero )
      data.selection.exclude( i, "excluded by the monitoring (no indicator values)" );
  }
  for ( auto &entry : columns )
    data.table.setColumn( entry.first, std::move( entry.second ) );
  return data;
}

std::map<int, int> classCounts( const IndexResult &r )
{
  std::map<int, int> counts;
  for ( int c : r.classes )
    ++counts[ c ];
  return counts;
}
} // namespace

class TestBerlinMss : public QObject
{
  Q_OBJECT

private slots:
  void statusIndexOf2019()
  {
    const IndexDefinition definition = presetDefinition( "berlin-mss-status" );
    const BerlinData data = readBerlin( definition.inputFields() );
    QCOMPARE( data.table.rowCount(), std::size_t( 448 ) );
    const IndexResult r = computeIndex( definition, data.table, data.selection );

    QCOMPARE( r.includedCount, std::size_t( 436 ) );
    QCOMPARE( r.valueCount, std::size_t( 436 ) );
    const std::map<int, int> counts = classCounts( r );
    // plausible: most areas "mittel", every class present, 12 areas without index
    QCOMPARE( counts.at( 0 ), 12 );
    QVERIFY( counts.at( 2 ) > 436 / 2 );
    QVERIFY( counts.at( 1 ) > 0 && counts.at( 3 ) > 0 && counts.at( 4 ) > 0 );
    // exact counts, from an independent computation (population sd, MSS boundaries)
    QCOMPARE( counts.at( 1 ), 66 );
    QCOMPARE( counts.at( 2 ), 284 );
    QCOMPARE( counts.at( 3 ), 47 );
    QCOMPARE( counts.at( 4 ), 39 );

    // the status index is standardized with the population sd over the included areas
    double mean = 0, squares = 0;
    for ( std::size_t i = 0; i < r.score.size(); ++i )
      mean += std::isfinite( r.score[ i ] ) ? r.score[ i ] / 436.0 : 0.0;
    for ( std::size_t i = 0; i < r.score.size(); ++i )
      squares += std::isfinite( r.score[ i ] ) ? ( r.score[ i ] - mean ) * ( r.score[ i ] - mean ) : 0.0;
    INDEX_COMPARE_NEAR( mean, 0.0, 1e-12 );
    INDEX_COMPARE_NEAR( squares / 436.0, 1.0, 1e-12 );
    QCOMPARE( data.names[ 0 ], std::string( "Stülerstraße" ) );
    INDEX_COMPARE_NEAR( r.score[ 0 ], -0.5235479166050849, 1e-9 ); // sample sd would give -0.52295
    QCOMPARE( r.labels[ 0 ], std::string( "mittel" ) );

    // the most disadvantaged area ranks first
    QCOMPARE( data.names[ 294 ], std::string( "Schulenburgpark" ) );
    QCOMPARE( r.rank[ 294 ], 1 );
    QCOMPARE( r.labels[ 294 ], std::string( "sehr niedrig" ) );

    int excluded = 0;
    for ( std::size_t i = 0; i < r.notes.size(); ++i )
    {
      if ( r.classes[ i ] == 0 )
      {
        ++excluded;
        INDEX_VERIFY_CONTAINS( r.notes[ i ], "excluded: " );
        QCOMPARE( r.labels[ i ], std::string( "ohne Zuordnung" ) );
        QCOMPARE( r.rank[ i ], 0 );
      }
    }
    QCOMPARE( excluded, 12 );
  }

  void dynamicsIndexOf2019()
  {
    const IndexDefinition definition = presetDefinition( "berlin-mss-dynamics" );
    BerlinData data = readBerlin( definition.inputFields() );
    // exclusions follow the status indicators, as in the monitoring
    const BerlinData status = readBerlin( presetDefinition( "berlin-mss-status" ).inputFields() );
    const IndexResult r = computeIndex( definition, data.table, status.selection );
    const std::map<int, int> counts = classCounts( r );
    QCOMPARE( counts.at( 0 ), 12 );
    QCOMPARE( counts.at( 1 ), 46 );
    QCOMPARE( counts.at( 2 ), 357 );
    QCOMPARE( counts.at( 3 ), 33 );
    QCOMPARE( r.classification.labels(), ( std::vector<std::string>{ "positiv", "stabil", "negativ" } ) );
  }
};

QTEST_APPLESS_MAIN( TestBerlinMss )
#include "testberlinmss.moc"
