#include "index/builder.h"
#include "index/compute.h"
#include "index/sensitivity.h"

#include "indextestutil.h"

#include <QElapsedTimer>
#include <QObject>
#include <QtTest>

#include <cmath>
#include <random>
#include <vector>

using namespace sozialraum::index;
using indextest::NaN;

namespace
{
//! rows x indicators of reproducible pseudo-random data (a common factor plus noise, so that weights matter but not
//! entirely).
IndicatorTable randomTable( std::size_t rows, std::size_t indicators, std::uint64_t seed = 7 )
{
  std::mt19937_64 rng( seed );
  auto uniform = [ &rng ]() { return static_cast<double>( rng() >> 11 ) / 9007199254740992.0; };
  std::vector<double> factor( rows );
  for ( double &f : factor )
    f = uniform();
  IndicatorTable table( rows );
  for ( std::size_t k = 0; k < indicators; ++k )
  {
    std::vector<double> column( rows );
    for ( std::size_t i = 0; i < rows; ++i )
      column[ i ] = factor[ i ] + 0.8 * uniform();
    table.setColumn( "x" + std::to_string( k ), column );
  }
  return table;
}

FlatParameters parameters( std::size_t indicators )
{
  FlatParameters p;
  for ( std::size_t k = 0; k < indicators; ++k )
    p.indicators.push_back( "x" + std::to_string( k ) );
  p.normalization.method = Normalization::ZScore;
  p.finalScaling.method = Scaling::ZScore;
  p.classification.method = ClassificationMethod::MssStatus;
  return p;
}
} // namespace

class TestSensitivity : public QObject
{
  Q_OBJECT

private slots:
  void singleIndicatorKeepsEveryClassAndRank()
  {
    const IndicatorTable table = randomTable( 60, 1 );
    RowSelection selection( 60 );
    selection.exclude( 3, "by hand" );
    const IndexDefinition d = buildFlatDefinition( parameters( 1 ) );
    const IndexResult baseline = computeIndex( d, table, selection );
    SensitivitySpec spec;
    spec.runs = 200;
    const SensitivityResult s = runSensitivity( d, table, selection, baseline, spec );
    QCOMPARE( s.runs, 200 );
    for ( std::size_t i = 0; i < 60; ++i )
    {
      if ( i == 3 )
      {
        QVERIFY( std::isnan( s.classStability[ i ] ) && std::isnan( s.rankP05[ i ] ) && std::isnan( s.rankP95[ i ] ) );
        continue;
      }
      QCOMPARE( s.classStability[ i ], 1.0 );
      QCOMPARE( s.rankP05[ i ], static_cast<double>( baseline.rank[ i ] ) );
      QCOMPARE( s.rankP95[ i ], static_cast<double>( baseline.rank[ i ] ) );
    }
  }

  void singleIndicatorRanksSurviveOtherNormalizations()
  {
    // z-score, min–max and percentile rank are all increasing: one indicator's order never changes
    const IndicatorTable table = randomTable( 40, 1 );
    FlatParameters p = parameters( 1 );
    p.classification.method = ClassificationMethod::Quantile;
    p.classification.classes = 4;
    const IndexDefinition d = buildFlatDefinition( p );
    const IndexResult baseline = computeIndex( d, table );
    SensitivitySpec spec;
    spec.runs = 100;
    spec.perturbNormalization = true;
    const SensitivityResult s = runSensitivity( d, table, RowSelection(), baseline, spec );
    for ( std::size_t i = 0; i < 40; ++i )
    {
      QCOMPARE( s.rankP05[ i ], static_cast<double>( baseline.rank[ i ] ) );
      QCOMPARE( s.rankP95[ i ], static_cast<double>( baseline.rank[ i ] ) );
      QCOMPARE( s.classStability[ i ], 1.0 );
    }
  }

  void weightsMatterWithSeveralIndicators()
  {
    const IndicatorTable table = randomTable( 300, 4 );
    const IndexDefinition d = buildFlatDefinition( parameters( 4 ) );
    const IndexResult baseline = computeIndex( d, table );
    SensitivitySpec spec;
    spec.runs = 300;
    const SensitivityResult s = runSensitivity( d, table, RowSelection(), baseline, spec );
    int unstable = 0;
    for ( std::size_t i = 0; i < 300; ++i )
    {
      QVERIFY( s.classStability[ i ] >= 0.0 && s.classStability[ i ] <= 1.0 );
      QVERIFY( s.rankP05[ i ] <= s.rankP95[ i ] );
      QVERIFY( s.rankP05[ i ] >= 1 && s.rankP95[ i ] <= 300 );
      if ( s.classStability[ i ] < 1.0 )
        ++unstable;
    }
    QVERIFY2( unstable > 0 && unstable < 300, qPrintable( QString::number( unstable ) ) );
  }

  void sameSeedSameResult()
  {
    const IndicatorTable table = randomTable( 120, 3 );
    const IndexDefinition d = buildFlatDefinition( parameters( 3 ) );
    const IndexResult baseline = computeIndex( d, table );
    SensitivitySpec spec;
    spec.runs = 150;
    spec.perturbNormalization = true;
    const SensitivityResult a = runSensitivity( d, table, RowSelection(), baseline, spec );
    const SensitivityResult b = runSensitivity( d, table, RowSelection(), baseline, spec );
    QCOMPARE( a.classStability, b.classStability );
    QCOMPARE( a.rankP05, b.rankP05 );
    QCOMPARE( a.rankP95, b.rankP95 );
    spec.seed += 1;
    const SensitivityResult c = runSensitivity( d, table, RowSelection(), baseline, spec );
    QVERIFY( a.classStability != c.classStability || a.rankP05 != c.rankP05 || a.rankP95 != c.rankP95 );
  }

  void geometricMeanCannotVaryTheNormalization()
  {
    const IndicatorTable table = randomTable( 20, 2 );
    FlatParameters p = parameters( 2 );
    p.normalization.method = Normalization::None;
    p.aggregation.method = Aggregation::GeometricMean;
    const IndexDefinition d = buildFlatDefinition( p );
    const IndexResult baseline = computeIndex( d, table );
    SensitivitySpec spec;
    spec.runs = 10;
    spec.perturbNormalization = true;
    INDEX_VERIFY_CONTAINS( indextest::errorOf( [ & ] { runSensitivity( d, table, RowSelection(), baseline, spec ); } ),
                           "geometric mean" );
    spec.perturbNormalization = false;
    QCOMPARE( runSensitivity( d, table, RowSelection(), baseline, spec ).runs, 10 );
  }

  void benchmark500AreasTenIndicatorsThousandRuns()
  {
    const IndicatorTable table = randomTable( 500, 10 );
    FlatParameters p = parameters( 10 );
    p.finalScaling.method = Scaling::PercentileRank;
    p.classification.method = ClassificationMethod::Quantile;
    p.classification.classes = 5;
    const IndexDefinition d = buildFlatDefinition( p );
    const IndexResult baseline = computeIndex( d, table );
    SensitivitySpec spec;
    spec.runs = 1000;
    spec.perturbNormalization = true;
    QElapsedTimer timer;
    timer.start();
    const SensitivityResult s = runSensitivity( d, table, RowSelection(), baseline, spec );
    const qint64 ms = timer.elapsed();
    qInfo( "sensitivity: 500 areas x 10 indicators x 1000 runs in %lld ms", static_cast<long long>( ms ) );
    QCOMPARE( s.runs, 1000 );
    QVERIFY( std::isfinite( s.classStability[ 0 ] ) );
    QVERIFY2( ms < 10000, "far slower than intended (target: well under 1 s)" );
  }
};

QTEST_APPLESS_MAIN( TestSensitivity )
#include "testsensitivity.moc"
