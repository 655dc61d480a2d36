#include "index/normalize.h"
#include "index/scale.h"

#include "indextestutil.h"

#include <QObject>
#include <QtTest>

#include <cmath>
#include <vector>

using namespace sozialraum::index;
using indextest::NaN;

namespace
{
std::vector<double> run( const std::vector<double> &values, Normalization method, bool invert = false,
                         std::vector<char> included = {}, RankTies ties = RankTies::Average, int round = -1 )
{
  if ( included.empty() )
    included.assign( values.size(), 1 );
  NormalizationSpec spec;
  spec.method = method;
  spec.ties = ties;
  spec.round = round;
  return normalize( values, included, spec, invert, "indicator \"x\"" );
}
} // namespace

class TestNormalize : public QObject
{
  Q_OBJECT

private slots:
  void zScoreUsesPopulationStandardDeviation()
  {
    // 1,2,3,4: mean 2.5, population sd sqrt(1.25) (the sample sd would be sqrt(5/3))
    const std::vector<char> all( 4, 1 );
    const Moments m = populationMoments( { 1, 2, 3, 4 }, all );
    INDEX_COMPARE_NEAR( m.mean, 2.5, 1e-15 );
    INDEX_COMPARE_NEAR( m.sd, std::sqrt( 1.25 ), 1e-15 );
    const auto z = run( { 1, 2, 3, 4 }, Normalization::ZScore );
    INDEX_COMPARE_NEAR( z[ 0 ], -1.5 / std::sqrt( 1.25 ), 1e-12 );
    INDEX_COMPARE_NEAR( z[ 1 ], -0.5 / std::sqrt( 1.25 ), 1e-12 );
    INDEX_COMPARE_NEAR( z[ 3 ], 1.5 / std::sqrt( 1.25 ), 1e-12 );
    INDEX_COMPARE_NEAR( z[ 0 ], -1.3416407864998738, 1e-12 );
  }

  void zScoreIgnoresExcludedAndMissingRows()
  {
    // row 4 is excluded and row 5 missing: neither may move the mean or the sd
    const auto z = run( { 1, 2, 3, 4, 1000, NaN }, Normalization::ZScore, false, { 1, 1, 1, 1, 0, 1 } );
    INDEX_COMPARE_NEAR( z[ 0 ], -1.5 / std::sqrt( 1.25 ), 1e-12 );
    INDEX_COMPARE_NEAR( z[ 2 ], 0.5 / std::sqrt( 1.25 ), 1e-12 );
    QVERIFY( std::isnan( z[ 4 ] ) );
    QVERIFY( std::isnan( z[ 5 ] ) );
  }

  void invertedIndicatorsMirrorTheNormalization()
  {
    const std::vector<double> x{ 3, 7, 1, 9, 4 };
    const auto z = run( x, Normalization::ZScore );
    const auto zi = run( x, Normalization::ZScore, true );
    const auto mm = run( x, Normalization::MinMax );
    const auto mmi = run( x, Normalization::MinMax, true );
    for ( std::size_t i = 0; i < x.size(); ++i )
    {
      INDEX_COMPARE_NEAR( zi[ i ], -z[ i ], 1e-12 );
      INDEX_COMPARE_NEAR( mmi[ i ], 1.0 - mm[ i ], 1e-12 );
    }
    // inverted percentile rank counts the values strictly above: 9 -> 0, 1 -> 1
    const auto pri = run( x, Normalization::PercentileRank, true );
    INDEX_COMPARE_NEAR( pri[ 3 ], 0.0, 0 );
    INDEX_COMPARE_NEAR( pri[ 2 ], 1.0, 0 );
    INDEX_COMPARE_NEAR( pri[ 0 ], 0.75, 1e-15 ); // 7, 9, 4 above 3 -> 3 of 4
  }

  void minMaxScalesToZeroOne()
  {
    const auto v = run( { 2, 4, 6, 10, NaN }, Normalization::MinMax );
    INDEX_COMPARE_NEAR( v[ 0 ], 0.0, 0 );
    INDEX_COMPARE_NEAR( v[ 1 ], 0.25, 1e-15 );
    INDEX_COMPARE_NEAR( v[ 2 ], 0.5, 1e-15 );
    INDEX_COMPARE_NEAR( v[ 3 ], 1.0, 0 );
    QVERIFY( std::isnan( v[ 4 ] ) );
  }

  void percentileRankTiesGetTheLowestRank()
  {
    // (values strictly below) / (n - 1), n = 5 valid values
    const auto v = run( { 10, 20, 20, 30, 40, NaN }, Normalization::PercentileRank );
    INDEX_COMPARE_NEAR( v[ 0 ], 0.0, 0 );
    INDEX_COMPARE_NEAR( v[ 1 ], 0.25, 0 );
    INDEX_COMPARE_NEAR( v[ 2 ], 0.25, 0 );
    INDEX_COMPARE_NEAR( v[ 3 ], 0.75, 0 );
    INDEX_COMPARE_NEAR( v[ 4 ], 1.0, 0 );
    QVERIFY( std::isnan( v[ 5 ] ) );
  }

  void percentileRankExcludedRowsDoNotCount()
  {
    // with row 1 excluded: 10, 20, 30, 40 -> n - 1 = 3
    const auto v = run( { 10, 15, 20, 30, 40 }, Normalization::PercentileRank, false, { 1, 0, 1, 1, 1 } );
    INDEX_COMPARE_NEAR( v[ 2 ], 1.0 / 3.0, 1e-15 );
    QVERIFY( std::isnan( v[ 1 ] ) );
  }

  void percentileRankRoundsToFourDecimals()
  {
    const auto v = run( { 1, 2, 3, 4, 5, 6, 7, 8 }, Normalization::PercentileRank, false, {}, RankTies::Average, 4 );
    INDEX_COMPARE_NEAR( v[ 1 ], 0.1429, 0 ); // 1/7 = 0.142857...
    INDEX_COMPARE_NEAR( v[ 2 ], 0.2857, 0 ); // 2/7 = 0.285714...
    INDEX_COMPARE_NEAR( v[ 3 ], 0.4286, 0 ); // 3/7 = 0.428571...
    INDEX_COMPARE_NEAR( v[ 6 ], 0.8571, 0 );
  }

  void rankTieMethods()
  {
    // sorted: 1 (row 1), 2 (row 3), 3 (rows 0, 2, 4 at positions 3..5)
    const std::vector<double> x{ 3, 1, 3, 2, 3 };
    const auto avg = run( x, Normalization::Rank, false, {}, RankTies::Average );
    const auto mn = run( x, Normalization::Rank, false, {}, RankTies::Min );
    const auto mx = run( x, Normalization::Rank, false, {}, RankTies::Max );
    const auto dense = run( x, Normalization::Rank, false, {}, RankTies::Dense );
    const auto ordinal = run( x, Normalization::Rank, false, {}, RankTies::Ordinal );
    QCOMPARE( avg, ( std::vector<double>{ 4, 1, 4, 2, 4 } ) );
    QCOMPARE( mn, ( std::vector<double>{ 3, 1, 3, 2, 3 } ) );
    QCOMPARE( mx, ( std::vector<double>{ 5, 1, 5, 2, 5 } ) );
    QCOMPARE( dense, ( std::vector<double>{ 3, 1, 3, 2, 3 } ) );
    QCOMPARE( ordinal, ( std::vector<double>{ 3, 1, 4, 2, 5 } ) );
    // ties on 2: dense differs from min
    const auto dense2 = run( { 5, 5, 7, 9, 9, 11 }, Normalization::Rank, false, {}, RankTies::Dense );
    QCOMPARE( dense2, ( std::vector<double>{ 1, 1, 2, 3, 3, 4 } ) );
  }

  void rankSkipsMissingAndExcludedRows()
  {
    const auto r = run( { 4, NaN, 2, 8, 6 }, Normalization::Rank, false, { 1, 1, 1, 0, 1 } );
    INDEX_COMPARE_NEAR( r[ 0 ], 2, 0 );
    INDEX_COMPARE_NEAR( r[ 2 ], 1, 0 );
    INDEX_COMPARE_NEAR( r[ 4 ], 3, 0 );
    QVERIFY( std::isnan( r[ 1 ] ) );
    QVERIFY( std::isnan( r[ 3 ] ) );
  }

  void robustZUsesMedianAndScaledMad()
  {
    // median 3; absolute deviations 2,1,0,1,97 -> MAD 1
    const auto v = run( { 1, 2, 3, 4, 100 }, Normalization::RobustZ );
    INDEX_COMPARE_NEAR( v[ 0 ], -2.0 / 1.4826, 1e-12 );
    INDEX_COMPARE_NEAR( v[ 2 ], 0.0, 0 );
    INDEX_COMPARE_NEAR( v[ 4 ], 97.0 / 1.4826, 1e-9 );
    // even count: median of 1,2,3,10 is 2.5; deviations 1.5,0.5,0.5,7.5 -> MAD 1
    const auto w = run( { 1, 2, 3, 10 }, Normalization::RobustZ );
    INDEX_COMPARE_NEAR( w[ 3 ], 7.5 / 1.4826, 1e-12 );
    const std::string error = indextest::errorOf( [] { run( { 5, 5, 5, 1, 9 }, Normalization::RobustZ ); } );
    INDEX_VERIFY_CONTAINS( error, "median absolute deviation 0" );
  }

  void imdExponentialTransform()
  {
    // ranks 1, 4, 2, 3 of 4 -> R = 0.25, 1, 0.5, 0.75
    const auto v = run( { 10, 40, 20, 30 }, Normalization::ImdExponential );
    const double c = 1.0 - std::exp( -100.0 / 23.0 );
    INDEX_COMPARE_NEAR( v[ 1 ], 100.0, 1e-9 ); // the most deprived area scores 100
    INDEX_COMPARE_NEAR( v[ 0 ], -23.0 * std::log1p( -0.25 * c ), 1e-12 );
    INDEX_COMPARE_NEAR( v[ 0 ], 6.5177, 1e-4 );
    INDEX_COMPARE_NEAR( v[ 2 ], -23.0 * std::log1p( -0.5 * c ), 1e-12 );
    INDEX_COMPARE_NEAR( v[ 3 ], -23.0 * std::log1p( -0.75 * c ), 1e-12 );
    // published property: about the most deprived tenth scores above 50
    std::vector<double> many;
    for ( int i = 0; i < 1000; ++i )
      many.push_back( ( i * 7919 ) % 1000 );
    const auto x = run( many, Normalization::ImdExponential );
    int above = 0;
    for ( double e : x )
      above += e > 50 ? 1 : 0;
    QVERIFY2( above >= 95 && above <= 110, qPrintable( QString::number( above ) ) );
  }

  void log10AndSigmoid()
  {
    const auto l = run( { 1, 10, 100, 0, -5 }, Normalization::Log10 );
    INDEX_COMPARE_NEAR( l[ 0 ], 0.0, 0 );
    INDEX_COMPARE_NEAR( l[ 1 ], 1.0, 1e-15 );
    INDEX_COMPARE_NEAR( l[ 2 ], 2.0, 1e-15 );
    QVERIFY( std::isnan( l[ 3 ] ) );
    QVERIFY( std::isnan( l[ 4 ] ) );
    NormalizationSpec addOne;
    addOne.method = Normalization::Log10;
    addOne.log10AddOne = true;
    const auto a = normalize( { 0, 9, 99 }, { 1, 1, 1 }, addOne );
    INDEX_COMPARE_NEAR( a[ 0 ], 0.0, 0 );
    INDEX_COMPARE_NEAR( a[ 2 ], 2.0, 1e-15 );
    const auto li = run( { 10, 100 }, Normalization::Log10, true );
    INDEX_COMPARE_NEAR( li[ 1 ], -2.0, 1e-15 );

    const auto s = run( { 0, 2, -2 }, Normalization::Sigmoid );
    INDEX_COMPARE_NEAR( s[ 0 ], 0.5, 0 );
    INDEX_COMPARE_NEAR( s[ 1 ], 1.0 / ( 1.0 + std::exp( -2.0 ) ), 1e-15 );
    INDEX_COMPARE_NEAR( s[ 1 ] + s[ 2 ], 1.0, 1e-15 );
  }

  void noneKeepsValuesOfIncludedRowsOnly()
  {
    const auto v = run( { 1.5, 2.5 }, Normalization::None, false, { 1, 0 } );
    INDEX_COMPARE_NEAR( v[ 0 ], 1.5, 0 );
    QVERIFY( std::isnan( v[ 1 ] ) );
  }

  void zeroVarianceIsAnErrorThatNamesTheIndicator()
  {
    const std::string expected = "indicator \"x\" has the same value in every included area; it cannot be standardized "
                                 "— remove it from the index";
    QCOMPARE( indextest::errorOf( [] { run( { 5, 5, 5, 5 }, Normalization::ZScore ); } ), expected );
    QCOMPARE( indextest::errorOf( [] { run( { 5, 5, 5, 5 }, Normalization::MinMax ); } ), expected );
    // constant among the included rows only
    QCOMPARE( indextest::errorOf(
                  [] {
                    run( { 5, 5, 5, 9 }, Normalization::ZScore, false, { 1, 1, 1, 0 } );
                  } ),
              expected );
    // 0.1 three times: the mean is not exactly 0.1, but the variance is still zero
    QCOMPARE( indextest::errorOf( [] { run( { 0.1, 0.1, 0.1 }, Normalization::ZScore ); } ), expected );
  }

  void fewerThanThreeValuesIsAnError()
  {
    const std::string error = indextest::errorOf(
        [] {
          run( { 1, 2, NaN, 4 }, Normalization::PercentileRank, false, { 1, 1, 1, 0 } );
        } );
    QCOMPARE( error, std::string( "indicator \"x\" has a value in only 2 included area(s); at least 3 are needed" ) );
  }

  void scalingZeroToHundredAndRounding()
  {
    ScalingSpec spec;
    spec.method = Scaling::ZeroToHundred;
    spec.round = 1;
    const auto v = scale( { 0, 1, 3 }, { 1, 1, 1 }, spec );
    INDEX_COMPARE_NEAR( v[ 1 ], 33.3, 1e-12 );
    INDEX_COMPARE_NEAR( v[ 2 ], 100.0, 0 );
    spec.method = Scaling::None;
    spec.round = 2;
    const auto r = scale( { 0.125, -0.125, 2.0 / 3.0 }, { 1, 1, 1 }, spec );
    INDEX_COMPARE_NEAR( r[ 0 ], 0.13, 0 ); // half away from zero
    INDEX_COMPARE_NEAR( r[ 1 ], -0.13, 0 );
    INDEX_COMPARE_NEAR( r[ 2 ], 0.67, 0 );
  }
};

QTEST_APPLESS_MAIN( TestNormalize )
#include "testnormalize.moc"
