#include "index/builder.h"
#include "index/compute.h"
#include "index/definition.h"

#include "indextestutil.h"

#include <QObject>
#include <QtTest>

#include <cmath>
#include <vector>

using namespace sozialraum::index;
using indextest::NaN;

namespace
{
//! Two indicators whose z-scores agree, an excluded row (index 5) and a row missing b (index 6).
IndicatorTable smallTable()
{
  IndicatorTable table( 7 );
  table.setColumn( "a", { 1, 2, 3, 4, 5, 100, 3 } );
  table.setColumn( "b", { 2, 4, 6, 8, 10, 100, NaN } );
  table.setColumn( "c", { 7, 7, 7, 7, 7, 1, 7 } );
  return table;
}

RowSelection smallSelection()
{
  RowSelection selection( 7 );
  selection.exclude( 5, "fewer than 300 inhabitants" );
  return selection;
}

IndexDefinition mssLike( const std::vector<std::string> &indicators )
{
  FlatParameters p;
  p.indicators = indicators;
  p.normalization.method = Normalization::ZScore;
  p.aggregation.method = Aggregation::Sum;
  p.finalScaling.method = Scaling::ZScore;
  p.classification.method = ClassificationMethod::MssStatus;
  p.classification.noValueLabel = "ohne Zuordnung";
  return buildFlatDefinition( p );
}
} // namespace

class TestCompute : public QObject
{
  Q_OBJECT

private slots:
  void mssSchemeOnASmallTable()
  {
    const IndexResult r = computeIndex( mssLike( { "a", "b" } ), smallTable(), smallSelection() );
    // each indicator is standardized over its own valid included rows:
    // a over rows 0..4 and 6 (1,2,3,4,5,3: mean 3, population variance 10/6), b over rows 0..4 (mean 6, variance 8)
    // sum = (a - 3) (1 / sqrt(10/6) + 1 / sqrt(2)); z(sum) over rows 0..4 = (a - 3) / sqrt(2)
    const double s = std::sqrt( 2.0 );
    const std::vector<double> expected{ -2 / s, -1 / s, 0, 1 / s, 2 / s };
    for ( std::size_t i = 0; i < 5; ++i )
    {
      const double d = static_cast<double>( i ) - 2.0;
      INDEX_COMPARE_NEAR( r.score[ i ], expected[ i ], 1e-12 );
      INDEX_COMPARE_NEAR( r.raw[ i ], d / std::sqrt( 10.0 / 6.0 ) + d / s, 1e-12 );
    }
    QCOMPARE( r.classes, ( std::vector<int>{ 1, 2, 2, 2, 3, 0, 0 } ) );
    QCOMPARE( r.rank, ( std::vector<int>{ 5, 4, 3, 2, 1, 0, 0 } ) );
    QCOMPARE( r.labels[ 0 ], std::string( "hoch" ) );
    QCOMPARE( r.labels[ 4 ], std::string( "niedrig" ) );
    QCOMPARE( r.labels[ 5 ], std::string( "ohne Zuordnung" ) );
    QCOMPARE( r.notes[ 5 ], std::string( "excluded: fewer than 300 inhabitants" ) );
    QCOMPARE( r.notes[ 6 ], std::string( "missing value in b" ) );
    QCOMPARE( r.notes[ 0 ], std::string() );
    QVERIFY( std::isnan( r.score[ 5 ] ) && std::isnan( r.score[ 6 ] ) );
    QCOMPARE( r.includedCount, std::size_t( 6 ) );
    QCOMPARE( r.valueCount, std::size_t( 5 ) );
    // row 6 has a in the statistics of a (mean over 1,2,3,4,5,3 = 3): its z(a) exists
    const NodeResult *a = r.node( "a" );
    QVERIFY( a );
    INDEX_COMPARE_NEAR( a->raw[ 6 ], 0.0, 1e-12 );
    QVERIFY( std::isnan( a->raw[ 5 ] ) );
    // the named outputs of the flat builder
    const auto columns = r.columns();
    QCOMPARE( columns.size(), std::size_t( 2 ) );
    QCOMPARE( columns[ 0 ].name, std::string( "n_a" ) );
    QCOMPARE( columns[ 1 ].name, std::string( "n_b" ) );
    QCOMPARE( columns[ 1 ].values, &r.node( "b" )->raw );
  }

  void invertedIndicatorEqualsTheNegatedOne()
  {
    IndicatorTable table( 5 );
    table.setColumn( "a", { 1, 2, 3, 4, 5 } );
    table.setColumn( "minus_b", { -2, -4, -6, -8, -10 } );
    FlatParameters p;
    p.indicators = { "a", "minus_b" };
    p.inverted = { "minus_b" };
    p.finalScaling.method = Scaling::ZScore;
    const IndexResult r = computeIndex( buildFlatDefinition( p ), table );
    INDEX_COMPARE_NEAR( r.score[ 4 ], 2 / std::sqrt( 2.0 ), 1e-12 );
    INDEX_COMPARE_NEAR( r.node( "minus_b" )->raw[ 0 ], -2 / std::sqrt( 2.0 ), 1e-12 );
  }

  void rankOneIsTheHighestScoreAndTiesShareIt()
  {
    IndicatorTable table( 5 );
    table.setColumn( "x", { 3, 9, 9, 1, 5 } );
    FlatParameters p;
    p.indicators = { "x" };
    p.normalization.method = Normalization::None;
    const IndexResult r = computeIndex( buildFlatDefinition( p ), table );
    QCOMPARE( r.rank, ( std::vector<int>{ 4, 1, 1, 5, 3 } ) );
    QCOMPARE( r.classes, ( std::vector<int>( 5, 0 ) ) ); // no classification
    QCOMPARE( r.labels[ 0 ], std::string() );
  }

  void zeroVarianceIndicatorIsReported()
  {
    // c is 7 in every included row; only the excluded row differs
    const std::string error = indextest::errorOf(
        [] {
          computeIndex( mssLike( { "a", "c" } ), smallTable(), smallSelection() );
        } );
    QCOMPARE( error, std::string( "indicator \"c\" has the same value in every included area; it cannot be "
                                  "standardized — remove it from the index" ) );
  }

  void fewerThanThreeAreasIsReported()
  {
    IndicatorTable table( 5 );
    table.setColumn( "a", { 1, 2, 3, 4, 5 } );
    table.setColumn( "b", { NaN, 2, NaN, 4, NaN } );
    FlatParameters p;
    p.indicators = { "a", "b" };
    p.normalization.method = Normalization::None;
    const std::string error = indextest::errorOf( [ & ] { computeIndex( buildFlatDefinition( p ), table ); } );
    QCOMPARE( error, std::string( "only 2 of 5 included areas have a value for the index; at least 3 are needed — "
                                  "check the indicators for missing values and the exclusions" ) );
  }

  void missingInputFieldIsReported()
  {
    const std::string error = indextest::errorOf( [] { computeIndex( mssLike( { "a", "rent" } ), smallTable() ); } );
    QCOMPARE( error, std::string( "indicator \"rent\" reads field \"rent\", which the input does not have" ) );
  }

  void geometricMeanOverNonPositiveValuesNamesTheRow()
  {
    IndicatorTable table( 4 );
    table.setColumn( "a", { 1, 2, 3, 4 } );
    table.setColumn( "b", { 1, 2, 3, 4 } );
    FlatParameters p;
    p.indicators = { "a", "b" };
    p.normalization.method = Normalization::MinMax; // 0 in row 0
    p.aggregation.method = Aggregation::GeometricMean;
    long long row = -1;
    std::string message;
    try
    {
      computeIndex( buildFlatDefinition( p ), table );
    }
    catch ( const IndexError &e )
    {
      row = e.row();
      message = e.what();
    }
    QCOMPARE( row, 0LL );
    INDEX_VERIFY_CONTAINS( message, "\"a\" is 0 in row 0" );
    // positive values are fine
    p.normalization.method = Normalization::None;
    const IndexResult r = computeIndex( buildFlatDefinition( p ), table );
    INDEX_COMPARE_NEAR( r.score[ 3 ], 4.0, 1e-12 );
  }

  void missingValueCodesAreMissing()
  {
    IndicatorTable table( 5 );
    table.setColumn( "a", { 1, -999, 3, 4, 5 } );
    FlatParameters p;
    p.indicators = { "a" };
    p.normalization.method = Normalization::PercentileRank;
    p.missingValues = { -999 };
    const IndexResult r = computeIndex( buildFlatDefinition( p ), table );
    QVERIFY( std::isnan( r.score[ 1 ] ) );
    QCOMPARE( r.notes[ 1 ], std::string( "missing value in a" ) );
    INDEX_COMPARE_NEAR( r.score[ 2 ], 1.0 / 3.0, 1e-15 ); // -999 is not part of the ranking
  }

  void log10OfZeroIsExplainedInTheNote()
  {
    IndicatorTable table( 4 );
    table.setColumn( "a", { 1, 0, 100, 1000 } );
    FlatParameters p;
    p.indicators = { "a" };
    p.normalization.method = Normalization::Log10;
    const IndexResult r = computeIndex( buildFlatDefinition( p ), table );
    QCOMPARE( r.notes[ 1 ], std::string( "no value for a: log10 needs a value above 0" ) );
    INDEX_COMPARE_NEAR( r.score[ 3 ], 3.0, 1e-12 );
  }

  void pcaIsReportedInTheResult()
  {
    IndicatorTable table( 5 );
    table.setColumn( "a", { 1, 2, 3, 4, 5 } );
    table.setColumn( "b", { 3, 5, 7, 9, 11 } );
    FlatParameters p;
    p.indicators = { "a", "b" };
    p.aggregation.method = Aggregation::Pca;
    const IndexResult r = computeIndex( buildFlatDefinition( p ), table );
    QVERIFY( r.nodes[ 0 ].pca.has_value() );
    INDEX_COMPARE_NEAR( r.nodes[ 0 ].pca->explainedVariance, 1.0, 1e-12 );
    INDEX_COMPARE_NEAR( r.score[ 4 ], 2.0, 1e-12 );
  }

  void themesAggregateRawOrScaledChildValues()
  {
    // theme t = sum of a and b, scaled to percentile ranks; the root takes the theme's raw sum or its rank
    const char *tree = R"json({
        "root": { "id": "root", "aggregation": "sum", "child_value": "%s",
          "children": [ { "id": "t", "aggregation": "sum", "scaling": "percentile_rank",
                          "children": [ { "id": "a", "field": "a" }, { "id": "b", "field": "b" } ] } ] } })json";
    IndicatorTable table( 4 );
    table.setColumn( "a", { 1, 2, 3, 4 } );
    table.setColumn( "b", { 10, 30, 20, 40 } );
    std::string rawTree = tree, scaledTree = tree;
    rawTree.replace( rawTree.find( "%s" ), 2, "raw" );
    scaledTree.replace( scaledTree.find( "%s" ), 2, "scaled" );
    const IndexResult raw = computeIndex( parseDefinition( rawTree ), table );
    const IndexResult scaled = computeIndex( parseDefinition( scaledTree ), table );
    QCOMPARE( raw.score, ( std::vector<double>{ 11, 32, 23, 44 } ) );
    QCOMPARE( scaled.score, ( std::vector<double>{ 0, 2.0 / 3.0, 1.0 / 3.0, 1 } ) );
  }

  void flagsAndFlagCounts()
  {
    const char *tree = R"json({
        "root": { "id": "root", "aggregation": "sum", "output": { "flag": "F_TOTAL" },
          "children": [
            { "id": "a", "field": "a", "flag": { "operator": ">=", "threshold": 3 }, "output": { "flag": "F_a" } },
            { "id": "b", "field": "b", "flag": { "operator": "<", "threshold": 0 } } ] } })json";
    IndicatorTable table( 4 );
    table.setColumn( "a", { 1, 3, 5, NaN } );
    table.setColumn( "b", { -1, 1, -1, -1 } );
    const IndexResult r = computeIndex( parseDefinition( tree ), table );
    QCOMPARE( r.node( "a" )->flags[ 0 ], 0.0 );
    QCOMPARE( r.node( "a" )->flags[ 1 ], 1.0 );
    QCOMPARE( r.node( "b" )->flags[ 0 ], 1.0 );
    QCOMPARE( r.flags[ 0 ], 1.0 );
    QCOMPARE( r.flags[ 1 ], 1.0 );
    QCOMPARE( r.flags[ 2 ], 2.0 );
    QVERIFY( std::isnan( r.flags[ 3 ] ) );
    const auto columns = r.columns();
    QCOMPARE( columns.size(), std::size_t( 2 ) );
    QCOMPARE( columns[ 0 ].name, std::string( "F_a" ) );
    QCOMPARE( columns[ 0 ].kind, OutputField::Kind::Flag );
    QCOMPARE( columns[ 1 ].name, std::string( "F_TOTAL" ) );
  }
};

QTEST_APPLESS_MAIN( TestCompute )
#include "testcompute.moc"
