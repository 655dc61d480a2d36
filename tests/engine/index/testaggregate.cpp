#include "index/aggregate.h"

#include "indextestutil.h"

#include <QObject>
#include <QtTest>

#include <cmath>
#include <vector>

using namespace sozialraum::index;
using indextest::NaN;

namespace
{
std::vector<double> agg( const std::vector<std::vector<double>> &children, const std::vector<double> &weights,
                         Aggregation method, PcaResult *pca = nullptr, std::vector<char> included = {} )
{
  if ( included.empty() )
    included.assign( children.front().size(), 1 );
  AggregationSpec spec;
  spec.method = method;
  return aggregate( children, weights, included, spec, pca, "theme1", { "a", "b", "c" } );
}

//! Pearson correlation, written out plainly as the reference for the PCA tests.
double correlation( const std::vector<double> &x, const std::vector<double> &y )
{
  const double n = static_cast<double>( x.size() );
  double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
  for ( std::size_t i = 0; i < x.size(); ++i )
  {
    sx += x[ i ];
    sy += y[ i ];
    sxx += x[ i ] * x[ i ];
    syy += y[ i ] * y[ i ];
    sxy += x[ i ] * y[ i ];
  }
  return ( n * sxy - sx * sy ) / std::sqrt( ( n * sxx - sx * sx ) * ( n * syy - sy * sy ) );
}
} // namespace

class TestAggregate : public QObject
{
  Q_OBJECT

private slots:
  void sumAndWeightedSum()
  {
    const std::vector<std::vector<double>> c{ { 1, 2, 3 }, { 10, 20, 30 } };
    QCOMPARE( agg( c, { 1, 1 }, Aggregation::Sum ), ( std::vector<double>{ 11, 22, 33 } ) );
    QCOMPARE( agg( c, { 2, 0.5 }, Aggregation::Sum ), ( std::vector<double>{ 7, 14, 21 } ) );
  }

  void weightedMean()
  {
    const auto v = agg( { { 1, 2, 3 }, { 10, 20, 30 } }, { 3, 1 }, Aggregation::WeightedMean );
    INDEX_COMPARE_NEAR( v[ 0 ], 13.0 / 4.0, 1e-15 );
    INDEX_COMPARE_NEAR( v[ 2 ], 39.0 / 4.0, 1e-15 );
  }

  void geometricMean()
  {
    const auto v = agg( { { 2, 1, 4 }, { 8, 9, 1 } }, { 1, 1 }, Aggregation::GeometricMean );
    INDEX_COMPARE_NEAR( v[ 0 ], 4.0, 1e-12 );
    INDEX_COMPARE_NEAR( v[ 1 ], 3.0, 1e-12 );
    INDEX_COMPARE_NEAR( v[ 2 ], 2.0, 1e-12 );
    // weighted: (2 * 8^3)^(1/4) = 1024^(1/4)
    const auto w = agg( { { 2, 1, 4 }, { 8, 9, 1 } }, { 1, 3 }, Aggregation::GeometricMean );
    INDEX_COMPARE_NEAR( w[ 0 ], std::pow( 1024.0, 0.25 ), 1e-12 );
  }

  void geometricMeanRejectsValuesNotAboveZero()
  {
    long long row = -2;
    std::string message;
    try
    {
      agg( { { 2, 1, 4 }, { 8, 0, 1 } }, { 1, 1 }, Aggregation::GeometricMean );
    }
    catch ( const IndexError &e )
    {
      row = e.row();
      message = e.what();
    }
    QCOMPARE( row, 1LL );
    QCOMPARE( message, std::string( "node \"theme1\": the geometric mean needs values above 0, but \"b\" is 0 in row "
                                    "1; use another aggregation, or a normalization whose values are all above 0" ) );
    // an excluded row with a bad value is no error
    const auto v = agg( { { 2, 1, 4 }, { 8, -1, 1 } }, { 1, 1 }, Aggregation::GeometricMean, nullptr, { 1, 0, 1 } );
    QVERIFY( std::isnan( v[ 1 ] ) );
  }

  void missingChildMakesTheRowMissing()
  {
    const auto v = agg( { { 1, NaN, 3, 4 }, { 1, 1, 1, 1 } }, { 1, 1 }, Aggregation::Sum, nullptr, { 1, 1, 1, 0 } );
    INDEX_COMPARE_NEAR( v[ 0 ], 2, 0 );
    QVERIFY( std::isnan( v[ 1 ] ) );
    INDEX_COMPARE_NEAR( v[ 2 ], 4, 0 );
    QVERIFY( std::isnan( v[ 3 ] ) ); // excluded
  }

  void sumIsRoundedWhenAsked()
  {
    AggregationSpec spec;
    spec.round = 4;
    const auto v = aggregate( { { 0.1, 0.12345 }, { 0.2, 0.00001 } }, { 1, 1 }, { 1, 1 }, spec );
    QVERIFY( 0.1 + 0.2 != 0.3 );
    QVERIFY( v[ 0 ] == 0.3 ); // exactly the double 0.3 (QCOMPARE on doubles is fuzzy)
    QVERIFY( v[ 1 ] == 0.1235 );
  }

  void pcaOfPerfectlyCorrelatedIndicators()
  {
    PcaResult pca;
    const std::vector<double> a{ 1, 2, 3, 4, 5 }, b{ 3, 5, 7, 9, 11 }; // b = 2a + 1
    const auto v = agg( { a, b }, { 1, 1 }, Aggregation::Pca, &pca );
    INDEX_COMPARE_NEAR( pca.explainedVariance, 1.0, 1e-12 );
    INDEX_COMPARE_NEAR( pca.eigenvalue, 2.0, 1e-12 );
    QCOMPARE( pca.loadings.size(), std::size_t( 2 ) );
    INDEX_COMPARE_NEAR( pca.loadings[ 0 ], 1.0 / std::sqrt( 2.0 ), 1e-12 );
    INDEX_COMPARE_NEAR( pca.loadings[ 1 ], 1.0 / std::sqrt( 2.0 ), 1e-12 );
    // score = (z_a + z_b) / sqrt(2) = sqrt(2) z_a; z_a(5) = 2 / sqrt(2)
    INDEX_COMPARE_NEAR( v[ 4 ], 2.0, 1e-12 );
    INDEX_COMPARE_NEAR( v[ 0 ], -2.0, 1e-12 );
    QCOMPARE( pca.rowCount, std::size_t( 5 ) );
  }

  void pcaOfTwoIndicatorsExplainsHalfOfOnePlusR()
  {
    // two standardized variables with correlation r: eigenvalues 1 + r and 1 - r
    const std::vector<double> a{ 1, 2, 3, 4, 5, 6 }, b{ 2, 1, 4, 3, 6, 5 };
    PcaResult pca;
    agg( { a, b }, { 1, 1 }, Aggregation::Pca, &pca );
    const double r = correlation( a, b );
    INDEX_COMPARE_NEAR( pca.explainedVariance, ( 1.0 + r ) / 2.0, 1e-12 );
    INDEX_COMPARE_NEAR( pca.loadings[ 0 ], 1.0 / std::sqrt( 2.0 ), 1e-12 );
    INDEX_COMPARE_NEAR( pca.loadings[ 1 ], 1.0 / std::sqrt( 2.0 ), 1e-12 );
  }

  void pcaLoadingsAreAnOrientedEigenvectorOfTheCorrelationMatrix()
  {
    const std::vector<std::vector<double>> c{
        { 1, 4, 2, 8, 5, 7, 3 }, { 2, 5, 2, 9, 4, 8, 1 }, { 9, 3, 7, 2, 4, 1, 6 } };
    PcaResult pca;
    const auto scores = agg( c, { 1, 1, 1 }, Aggregation::Pca, &pca );
    double sum = 0, norm = 0;
    for ( double l : pca.loadings )
    {
      sum += l;
      norm += l * l;
    }
    QVERIFY( sum > 0 );
    INDEX_COMPARE_NEAR( norm, 1.0, 1e-12 );
    // R v = lambda v with R computed independently
    for ( std::size_t i = 0; i < 3; ++i )
    {
      double rv = 0;
      for ( std::size_t j = 0; j < 3; ++j )
        rv += correlation( c[ i ], c[ j ] ) * pca.loadings[ j ];
      INDEX_COMPARE_NEAR( rv, pca.eigenvalue * pca.loadings[ i ], 1e-10 );
    }
    QVERIFY( pca.eigenvalue > 1.0 && pca.eigenvalue <= 3.0 );
    INDEX_COMPARE_NEAR( pca.explainedVariance, pca.eigenvalue / 3.0, 1e-12 );
    // scores are centred, with variance lambda (population)
    double mean = 0, var = 0;
    for ( double s : scores )
      mean += s / 7.0;
    for ( double s : scores )
      var += ( s - mean ) * ( s - mean ) / 7.0;
    INDEX_COMPARE_NEAR( mean, 0.0, 1e-12 );
    INDEX_COMPARE_NEAR( var, pca.eigenvalue, 1e-10 );
  }

  void pcaSkipsIncompleteRowsAndRejectsConstantIndicators()
  {
    PcaResult pca;
    const auto v = agg( { { 1, 2, NaN, 4, 5 }, { 3, 5, 7, 9, 11 } }, { 1, 1 }, Aggregation::Pca, &pca );
    QVERIFY( std::isnan( v[ 2 ] ) );
    QCOMPARE( pca.rowCount, std::size_t( 4 ) );
    const std::string error = indextest::errorOf(
        [] {
          agg( { { 1, 2, 3, 4 }, { 2, 2, 2, 2 } }, { 1, 1 }, Aggregation::Pca );
        } );
    INDEX_VERIFY_CONTAINS( error, "\"b\" has the same value in every included area" );
  }

  void weightCountMustMatchChildren()
  {
    const std::string error = indextest::errorOf(
        [] {
          agg( { { 1, 2, 3 }, { 1, 2, 3 } }, { 1 }, Aggregation::Sum );
        } );
    QCOMPARE( error, std::string( "node \"theme1\" has 2 indicators but 1 weights; give one weight per indicator" ) );
  }
};

QTEST_APPLESS_MAIN( TestAggregate )
#include "testaggregate.moc"
