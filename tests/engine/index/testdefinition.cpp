#include "index/builder.h"
#include "index/definition.h"
#include "index/presets.h"

#include "indextestutil.h"

#include <QObject>
#include <QtTest>

#include <string>

using namespace sozialraum::index;

namespace
{
const char *kTree = R"json(
{
  "name": "test",
  "missing_values": [-999, -888],
  // comments are allowed
  "root": {
    "id": "index",
    "aggregation": "weighted_mean",
    "scaling": { "method": "zscore", "round": 3 },
    "output": { "raw": "raw_index" },
    "children": [
      {
        "id": "theme1",
        "weight": 2,
        "aggregation": { "method": "sum", "round": 4 },
        "child_value": "raw",
        "scaling": "percentile_rank",
        "output": { "scaled": "RPL1", "flag": "F1" },
        "children": [
          { "id": "a", "field": "A", "normalization": { "method": "percentile_rank", "round": 4 },
            "flag": { "operator": ">=", "threshold": 0.9 }, "output": { "raw": "EPL_A", "flag": "F_A" } },
          { "id": "b", "field": "B", "invert": true, "normalization": { "method": "rank", "ties": "min" } }
        ]
      },
      { "id": "c", "field": "C", "weight": 0.5, "normalization": "zscore" }
    ]
  },
  "classification": { "method": "quantile", "classes": 5, "no_value_label": "none" }
}
)json";

//! kTree with one text replaced, for the error cases.
std::string treeWith( const std::string &from, const std::string &to )
{
  std::string text = kTree;
  const auto pos = text.find( from );
  if ( pos == std::string::npos )
    throw std::logic_error( "test data lacks " + from );
  return text.replace( pos, from.size(), to );
}

std::string parseError( const std::string &text )
{
  return indextest::errorOf( [ &text ] { parseDefinition( text ); } );
}
} // namespace

class TestDefinition : public QObject
{
  Q_OBJECT

private slots:
  void parsesATree()
  {
    const IndexDefinition d = parseDefinition( kTree );
    QCOMPARE( d.name, std::string( "test" ) );
    QCOMPARE( d.missingValues, ( std::vector<double>{ -999, -888 } ) );
    QCOMPARE( d.root.aggregation.method, Aggregation::WeightedMean );
    QCOMPARE( d.root.scaling.method, Scaling::ZScore );
    QCOMPARE( d.root.scaling.round, 3 );
    QCOMPARE( d.root.children.size(), std::size_t( 2 ) );
    const IndexNode &theme = d.root.children[ 0 ];
    QCOMPARE( theme.weight, 2.0 );
    QCOMPARE( theme.childValue, ChildValue::Raw );
    QCOMPARE( theme.aggregation.round, 4 );
    const IndexNode &a = theme.children[ 0 ];
    QVERIFY( a.isLeaf() );
    QCOMPARE( a.normalization.method, Normalization::PercentileRank );
    QCOMPARE( a.normalization.round, 4 );
    QVERIFY( a.flag.enabled );
    QCOMPARE( a.flag.threshold, 0.9 );
    QCOMPARE( theme.children[ 1 ].invert, true );
    QCOMPARE( theme.children[ 1 ].normalization.ties, RankTies::Min );
    QCOMPARE( d.classification.method, ClassificationMethod::Quantile );
    QCOMPARE( d.classification.classes, 5 );
    QCOMPARE( d.inputFields(), ( std::vector<std::string>{ "A", "B", "C" } ) );

    std::vector<std::string> names;
    for ( const OutputField &f : d.outputFields() )
      names.push_back( f.name );
    // children before parents
    QCOMPARE( names, ( std::vector<std::string>{ "EPL_A", "F_A", "RPL1", "F1", "raw_index" } ) );
    QCOMPARE( d.outputFields()[ 2 ].node, 1 ); // theme1 is node 1 in pre-order
  }

  void unknownValueNamesNodePathAndKey()
  {
    QCOMPARE(
        parseError( treeWith( "\"aggregation\": { \"method\": \"sum\", \"round\": 4 }", "\"aggregation\": \"avg\"" ) ),
        std::string( "node \"theme1\" (path index/theme1): key \"aggregation\" has unknown value \"avg\"; expected one "
                     "of sum, weighted_mean, geometric_mean, pca" ) );
    QCOMPARE( parseError( treeWith( "\"normalization\": \"zscore\"", "\"normalization\": \"z\"" ) ),
              std::string( "node \"c\" (path index/c): key \"normalization\" has unknown value \"z\"; expected one of "
                           "none, zscore, minmax, percentile_rank, rank, robust_z, imd_exponential, log10, sigmoid" ) );
    QCOMPARE( parseError( treeWith( "\"ties\": \"min\"", "\"ties\": \"lowest\"" ) ),
              std::string( "node \"b\" (path index/theme1/b), normalization: key \"ties\" has unknown value "
                           "\"lowest\"; expected one of average, min, max, dense, ordinal" ) );
    QCOMPARE( parseError( treeWith( "\"method\": \"quantile\"", "\"method\": \"kmeans\"" ) ),
              std::string( "classification: key \"method\" has unknown value \"kmeans\"; expected one of none, fixed, "
                           "mss_status, mss_dynamics, stddev, quantile, equal_interval, jenks" ) );
  }

  void misspelledKeyIsNamed()
  {
    const std::string error =
        parseError( treeWith( "\"normalization\": \"zscore\"", "\"normalisation\": \"zscore\"" ) );
    INDEX_VERIFY_CONTAINS( error, "node \"c\" (path index/c): unknown key \"normalisation\"; expected one of" );
  }

  void wrongTypesAndValues()
  {
    QCOMPARE( parseError( treeWith( "\"weight\": 0.5", "\"weight\": \"half\"" ) ),
              std::string( "node \"c\" (path index/c): key \"weight\" must be a number, not \"half\"" ) );
    INDEX_VERIFY_CONTAINS( parseError( treeWith( "\"weight\": 0.5", "\"weight\": 0" ) ),
                           "node \"c\" (path index/c): key \"weight\" must be above 0" );
    QCOMPARE( parseError( treeWith( "\"invert\": true", "\"invert\": \"yes\"" ) ),
              std::string( "node \"b\" (path index/theme1/b): key \"invert\" must be true or false, not \"yes\"" ) );
    INDEX_VERIFY_CONTAINS(
        parseError( treeWith( "\"round\": 3", "\"round\": 30" ) ),
        "node \"index\" (path index), scaling: key \"round\" must be a whole number of decimals from 0 to 15, not 30" );
    INDEX_VERIFY_CONTAINS( parseError( treeWith( "\"classes\": 5", "\"classes\": 1" ) ),
                           "classification: key \"classes\" must be a whole number from 2 to 32" );
  }

  void structuralErrors()
  {
    QCOMPARE( parseError( treeWith( "\"field\": \"C\", ", "" ) ),
              std::string( "node \"c\" (path index/c): key \"field\" is missing: an indicator (a node without "
                           "\"children\") reads an input field" ) );
    INDEX_VERIFY_CONTAINS(
        parseError( treeWith( "\"id\": \"theme1\",", "\"id\": \"theme1\", \"normalization\": \"zscore\"," ) ),
        "node \"theme1\" (path index/theme1): key \"normalization\" is only for indicators (nodes without "
        "\"children\"); use \"scaling\" for themes and the index" );
    QCOMPARE( parseError( treeWith( "\"id\": \"c\"", "\"id\": \"a\"" ) ),
              std::string(
                  "node \"a\" (path index/a): key \"id\" is used by another node too; every node needs its own id" ) );
    QCOMPARE( parseError( treeWith( "\"raw\": \"raw_index\"", "\"raw\": \"EPL_A\"" ) ),
              std::string( "node \"a\" (path index/theme1/a): output field \"EPL_A\" is written twice (or is one of "
                           "the standard fields si_*); give it another name" ) );
    INDEX_VERIFY_CONTAINS( parseError( treeWith( "\"raw\": \"raw_index\"", "\"raw\": \"si_score\"" ) ),
                           "is written twice" );
    QCOMPARE( parseError( treeWith( "{ \"id\": \"c\",", "{ \"ID\": \"c\"," ) ),
              std::string( "node #2 under index: key \"id\" is missing" ) );
    QCOMPARE( parseError( treeWith( "\"output\": { \"raw\": \"raw_index\" }",
                                    "\"output\": { \"raw\": \"raw_index\", \"flag\": \"F_ALL\" }" ) )
                  .empty(),
              true );
    INDEX_VERIFY_CONTAINS( parseError( treeWith( "\"normalization\": \"zscore\"",
                                                 "\"normalization\": \"zscore\", \"output\": { \"flag\": \"F_C\" }" ) ),
                           "node \"c\" (path index/c): key \"output\" names a flag field, but the node has no flag "
                           "rule and no child with flags" );
    QCOMPARE(
        parseError( "{ \"name\": \"x\" }" ),
        std::string( "definition: key \"root\" is missing: the definition needs the index tree under \"root\"" ) );
  }

  void invalidJsonSaysWhere()
  {
    const std::string error = parseError( "{\n  \"root\": { \"id\": \"x\", }\n}" );
    INDEX_VERIFY_CONTAINS( error, "the definition is not valid JSON: parse error at line 2" );
  }

  void hugeNumbersAndDeepNestingAreMessagesNotCrashes()
  {
    // A weight of 1e999 aborted the process with an uncaught JSON range exception.
    std::string error = parseError( "{ \"root\": { \"id\": \"a\", \"field\": \"A\", \"weight\": 1e999 } }" );
    INDEX_VERIFY_CONTAINS( error, "too large" );
    INDEX_VERIFY_CONTAINS( error, "1e999" );
    // A definition nested thousands of levels deep overflowed the stack.
    const std::string deep = "{ \"root\": " + std::string( 100000, '[' ) + std::string( 100000, ']' ) + " }";
    error = parseError( deep );
    INDEX_VERIFY_CONTAINS( error, "nests deeper than 64 levels" );
    // Brackets inside names do not count.
    const std::string quoted = "{ \"root\": { \"id\": \"" + std::string( 200, '[' ) + "\", \"field\": \"A\" } }";
    QVERIFY( parseError( quoted ).find( "nests deeper" ) == std::string::npos );
  }

  void flatBuilderMakesAOneLevelTree()
  {
    FlatParameters p;
    p.indicators = { "unemployment", "income" };
    p.inverted = { "income" };
    p.weights = { 2, 1 };
    p.aggregation.method = Aggregation::WeightedMean;
    p.finalScaling.method = Scaling::ZeroToHundred;
    p.classification.method = ClassificationMethod::Jenks;
    p.classification.classes = 4;
    const IndexDefinition d = buildFlatDefinition( p );
    QCOMPARE( d.root.id, std::string( "index" ) );
    QCOMPARE( d.root.children.size(), std::size_t( 2 ) );
    QCOMPARE( d.root.children[ 0 ].output.raw, std::string( "n_unemployment" ) );
    QCOMPARE( d.root.children[ 1 ].output.raw, std::string( "n_income" ) );
    QCOMPARE( d.root.children[ 0 ].invert, false );
    QCOMPARE( d.root.children[ 1 ].invert, true );
    QCOMPARE( d.root.children[ 0 ].weight, 2.0 );
    QCOMPARE( d.root.children[ 1 ].normalization.method, Normalization::ZScore );
    QCOMPARE( d.root.scaling.method, Scaling::ZeroToHundred );
    QCOMPARE( d.classification.classes, 4 );

    p.weights = { 1, 2, 3 };
    QCOMPARE( indextest::errorOf( [ &p ] { buildFlatDefinition( p ); } ),
              std::string( "3 weights were given for 2 indicators; give one weight per indicator, in the order of the "
                           "indicators, or none for equal weights" ) );
    p.weights = { 1, -1 };
    QCOMPARE( indextest::errorOf( [ &p ] { buildFlatDefinition( p ); } ),
              std::string( "the weight of indicator \"income\" is -1; weights must be numbers above 0" ) );
    p.weights.clear();
    p.inverted = { "rent" };
    QCOMPARE( indextest::errorOf( [ &p ] { buildFlatDefinition( p ); } ),
              std::string( "field \"rent\" is marked as inverted but is not one of the indicators" ) );
    p.inverted.clear();
    p.indicators = { "index", "b" }; // a field called like the root
    QCOMPARE( buildFlatDefinition( p ).root.id, std::string( "si_index" ) );
  }

  void presetsAreEmbeddedAndValid()
  {
    QCOMPARE( presetNames(), ( std::vector<std::string>{ "berlin-mss-dynamics", "berlin-mss-status", "cdc-svi-2022",
                                                         "imd-exponential" } ) );
    for ( const std::string &name : presetNames() )
    {
      const IndexDefinition d = presetDefinition( name );
      QCOMPARE( d.name, name );
    }
    QCOMPARE( indextest::errorOf( [] { presetJson( "berlin" ); } ),
              std::string( "there is no preset \"berlin\"; the presets are berlin-mss-dynamics, berlin-mss-status, "
                           "cdc-svi-2022, imd-exponential" ) );

    const IndexDefinition status = resolveDefinition( "berlin-mss-status" );
    QCOMPARE( status.inputFields(),
              ( std::vector<std::string>{ "s1_percentage_unemployed", "s3_percentage_transfer_payments_recipients",
                                          "s4_percentage_transfer_payments_recipients_below_15_years" } ) );
    QCOMPARE( status.classification.method, ClassificationMethod::MssStatus );
    QCOMPARE( status.root.scaling.method, Scaling::ZScore );

    const IndexDefinition imd = presetDefinition( "imd-exponential" );
    double weightSum = 0;
    for ( const IndexNode &domain : imd.root.children )
    {
      weightSum += domain.weight;
      QCOMPARE( domain.normalization.method, Normalization::ImdExponential );
    }
    QCOMPARE( imd.root.children.size(), std::size_t( 7 ) );
    INDEX_COMPARE_NEAR( weightSum, 0.999, 1e-12 ); // England's published weights add up to 99.9 %
    QCOMPARE( imd.root.children[ 0 ].weight, 0.225 );
    QCOMPARE( imd.root.children[ 6 ].weight, 0.093 );
  }

  void sviPresetWritesCdcColumnNames()
  {
    const IndexDefinition d = presetDefinition( "cdc-svi-2022" );
    QCOMPARE( d.missingValues, ( std::vector<double>{ -999 } ) );
    QCOMPARE( d.inputFields().size(), std::size_t( 16 ) );
    QCOMPARE( d.inputFields().front(), std::string( "EP_POV150" ) );
    QCOMPARE( d.inputFields().back(), std::string( "EP_GROUPQ" ) );
    std::vector<std::string> names;
    for ( const OutputField &f : d.outputFields() )
      names.push_back( f.name );
    QCOMPARE( names.size(), std::size_t( 16 * 2 + 4 * 3 + 3 ) );
    const std::vector<std::string> theme3{ "EPL_MINRTY", "F_MINRTY", "SPL_THEME3", "RPL_THEME3", "F_THEME3" };
    const auto at = std::find( names.begin(), names.end(), "EPL_MINRTY" );
    QVERIFY( at != names.end() );
    QCOMPARE( std::vector<std::string>( at, at + 5 ), theme3 );
    QCOMPARE( std::vector<std::string>( names.end() - 3, names.end() ),
              ( std::vector<std::string>{ "SPL_THEMES", "RPL_THEMES", "F_TOTAL" } ) );
    // the overall sum adds the theme sums, not their ranks
    QCOMPARE( d.root.childValue, ChildValue::Raw );
    QCOMPARE( d.root.aggregation.round, 4 );
    QCOMPARE( d.root.children[ 0 ].aggregation.round, 4 );
    QCOMPARE( d.root.children[ 0 ].children[ 0 ].normalization.round, 4 );
  }
};

QTEST_APPLESS_MAIN( TestDefinition )
#include "testdefinition.moc"
