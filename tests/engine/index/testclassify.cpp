#include "index/classify.h"

#include "indextestutil.h"

#include <QObject>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace sozialraum::index;
using indextest::NaN;

namespace
{
Classification build( ClassificationMethod method, const std::vector<double> &values, int classes = 4 )
{
  ClassificationSpec spec;
  spec.method = method;
  spec.classes = classes;
  return buildClassification( spec, values, std::vector<char>( values.size(), 1 ) );
}

std::vector<double> cutValues( const Classification &c )
{
  std::vector<double> v;
  for ( const CutPoint &cut : c.cuts() )
    v.push_back( cut.value );
  return v;
}

//! Within-class sum of squares of the partition of sorted x that the breaks make (value <= break stays below).
double withinSquares( const std::vector<double> &x, const std::vector<double> &breaks )
{
  double total = 0;
  std::size_t start = 0;
  for ( std::size_t c = 0; c <= breaks.size(); ++c )
  {
    std::size_t end = start;
    while ( end < x.size() && ( c == breaks.size() || x[ end ] <= breaks[ c ] ) )
      ++end;
    double mean = 0;
    for ( std::size_t i = start; i < end; ++i )
      mean += x[ i ] / static_cast<double>( end - start );
    for ( std::size_t i = start; i < end; ++i )
      total += ( x[ i ] - mean ) * ( x[ i ] - mean );
    start = end;
  }
  return total;
}

//! Best within-class sum of squares over every way to cut sorted x into k non-empty runs (brute force).
double bruteForceBest( const std::vector<double> &x, int k, std::size_t start = 0 )
{
  if ( k == 1 )
  {
    double mean = 0;
    for ( std::size_t i = start; i < x.size(); ++i )
      mean += x[ i ] / static_cast<double>( x.size() - start );
    double s = 0;
    for ( std::size_t i = start; i < x.size(); ++i )
      s += ( x[ i ] - mean ) * ( x[ i ] - mean );
    return s;
  }
  double best = std::numeric_limits<double>::infinity();
  for ( std::size_t end = start + 1; end + static_cast<std::size_t>( k - 1 ) <= x.size(); ++end )
  {
    double mean = 0;
    for ( std::size_t i = start; i < end; ++i )
      mean += x[ i ] / static_cast<double>( end - start );
    double s = 0;
    for ( std::size_t i = start; i < end; ++i )
      s += ( x[ i ] - mean ) * ( x[ i ] - mean );
    best = std::min( best, s + bruteForceBest( x, k - 1, end ) );
  }
  return best;
}
} // namespace

class TestClassify : public QObject
{
  Q_OBJECT

private slots:
  void mssStatusBoundariesAreExact()
  {
    const Classification c = build( ClassificationMethod::MssStatus, {} );
    QCOMPARE( c.classCount(), 4 );
    QCOMPARE( c.classOf( -1.0000001 ), 1 );
    QCOMPARE( c.classOf( -1.0 ), 2 ); // -1 <= SI: mittel
    QCOMPARE( c.classOf( 0.0 ), 2 );
    QCOMPARE( c.classOf( 1.0 ), 2 ); // SI <= 1: mittel
    QCOMPARE( c.classOf( 1.0000001 ), 3 );
    QCOMPARE( c.classOf( 1.5 ), 3 ); // SI <= 1.5: niedrig
    QCOMPARE( c.classOf( 1.5000001 ), 4 );
    QCOMPARE( c.classOf( NaN ), 0 );
    QCOMPARE( c.label( 1 ), std::string( "hoch" ) );
    QCOMPARE( c.label( 2 ), std::string( "mittel" ) );
    QCOMPARE( c.label( 3 ), std::string( "niedrig" ) );
    QCOMPARE( c.label( 4 ), std::string( "sehr niedrig" ) );
  }

  void mssDynamicsBoundariesAreExact()
  {
    const Classification c = build( ClassificationMethod::MssDynamics, {} );
    QCOMPARE( c.classCount(), 3 );
    QCOMPARE( c.classOf( -1.0001 ), 1 );
    QCOMPARE( c.classOf( -1.0 ), 2 );
    QCOMPARE( c.classOf( 1.0 ), 2 );
    QCOMPARE( c.classOf( 1.0001 ), 3 );
    QCOMPARE( c.labels(), ( std::vector<std::string>{ "positiv", "stabil", "negativ" } ) );
    QCOMPARE( mssOverallLabel( 2, 3 ), std::string( "Status mittel, Dynamik negativ" ) );
    QCOMPARE( mssOverallLabel( 4, 1 ), std::string( "Status sehr niedrig, Dynamik positiv" ) );
    QCOMPARE( mssOverallLabel( 0, 1 ), std::string() );
  }

  void quantilesInterpolateBetweenOrderStatistics()
  {
    const Classification c = build( ClassificationMethod::Quantile, { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 } );
    QCOMPARE( cutValues( c ), ( std::vector<double>{ 3.25, 5.5, 7.75 } ) );
    QCOMPARE( c.classOf( 3 ), 1 );
    QCOMPARE( c.classOf( 4 ), 2 );
    QCOMPARE( c.classOf( 6 ), 3 );
    QCOMPARE( c.classOf( 8 ), 4 );
    QCOMPARE( c.label( 1 ), std::string( "1.00 – 3.25" ) );
    QCOMPARE( c.label( 4 ), std::string( "7.75 – 10.00" ) );
  }

  void quantileTiesMergeClasses()
  {
    // quartile breaks 1, 1 and 1 + 0.25 (2 - 1): the repeated 1 goes, three classes are left
    const Classification c = build( ClassificationMethod::Quantile, { 1, 1, 1, 1, 1, 1, 2, 3 } );
    QCOMPARE( cutValues( c ), ( std::vector<double>{ 1.0, 1.25 } ) );
    QCOMPARE( c.classCount(), 3 );
    QCOMPARE( c.labels().size(), std::size_t( 3 ) );
    // a break at the maximum would leave the top class empty
    QCOMPARE( cutValues( build( ClassificationMethod::Quantile, { 1, 2, 3, 3, 3, 3, 3, 3 } ) ),
              ( std::vector<double>{ 2.75 } ) );
  }

  void equalIntervalsAndRangeLabels()
  {
    const Classification c = build( ClassificationMethod::EqualInterval, { 0, 1, 5, 7.5, 10 } );
    QCOMPARE( cutValues( c ), ( std::vector<double>{ 2.5, 5, 7.5 } ) );
    QCOMPARE( c.classOf( 5 ), 2 ); // a value on a break belongs to the lower class
    QCOMPARE( c.classOf( 7.5 ), 3 );
    QCOMPARE( c.classOf( 10 ), 4 );
    QCOMPARE( c.labels(), ( std::vector<std::string>{ "0.00 – 2.50", "2.50 – 5.00", "5.00 – 7.50", "7.50 – 10.00" } ) );
  }

  void standardDeviationBreaksAreCentredOnTheMean()
  {
    const double sd = std::sqrt( 1.25 ); // population sd of 1..4
    const auto even = cutValues( build( ClassificationMethod::StdDev, { 1, 2, 3, 4 }, 4 ) );
    QCOMPARE( even.size(), std::size_t( 3 ) );
    INDEX_COMPARE_NEAR( even[ 0 ], 2.5 - sd, 1e-12 );
    INDEX_COMPARE_NEAR( even[ 1 ], 2.5, 1e-12 );
    INDEX_COMPARE_NEAR( even[ 2 ], 2.5 + sd, 1e-12 );
    const auto odd = cutValues( build( ClassificationMethod::StdDev, { 1, 2, 3, 4 }, 3 ) );
    INDEX_COMPARE_NEAR( odd[ 0 ], 2.5 - sd / 2, 1e-12 );
    INDEX_COMPARE_NEAR( odd[ 1 ], 2.5 + sd / 2, 1e-12 );
  }

  void jenksFindsTheObviousGroups()
  {
    const Classification c = build( ClassificationMethod::Jenks, { 22, 1, 11, 2, 20, 3, 10, 21, 12 }, 3 );
    QCOMPARE( cutValues( c ), ( std::vector<double>{ 3, 12 } ) );
    QCOMPARE( c.label( 2 ), std::string( "3.00 – 12.00" ) );
  }

  void jenksIsTheExactOptimum()
  {
    std::vector<double> x{ 4.1, 0.3, 9.7, 2.2, 5.5, 7.9, 1.0, 6.4, 3.3, 8.8, 0.9, 5.0, 2.7, 7.1 };
    std::sort( x.begin(), x.end() );
    for ( int k : { 2, 3, 4, 5 } )
    {
      const auto breaks = jenksBreaks( x, k );
      QCOMPARE( breaks.size(), std::size_t( k - 1 ) );
      INDEX_COMPARE_NEAR( withinSquares( x, breaks ), bruteForceBest( x, k ), 1e-9 );
    }
  }

  void jenksWithFewDistinctValues()
  {
    const Classification c = build( ClassificationMethod::Jenks, { 1, 1, 2, 2, 3 }, 5 );
    QCOMPARE( cutValues( c ), ( std::vector<double>{ 1, 2 } ) );
    QCOMPARE( c.classOf( 3 ), 3 );
  }

  void fixedBreaksPutEqualValuesBelow()
  {
    ClassificationSpec spec;
    spec.method = ClassificationMethod::Fixed;
    spec.breaks = { 0.25, 0.5, 0.75 };
    const Classification c = buildClassification( spec, { 0, 1 }, { 1, 1 } );
    QCOMPARE( c.classOf( 0.25 ), 1 );
    QCOMPARE( c.classOf( 0.2501 ), 2 );
    QCOMPARE( c.classOf( 0.75 ), 3 );
    QCOMPARE( c.classOf( 0.7501 ), 4 );
    spec.labels = { "a", "b" };
    INDEX_VERIFY_CONTAINS( indextest::errorOf( [ &spec ] { buildClassification( spec, {}, {} ); } ),
                           "2 labels were given for 4 classes" );
    spec.labels.clear();
    spec.breaks = { 0.5, 0.25 };
    INDEX_VERIFY_CONTAINS( indextest::errorOf( [ &spec ] { buildClassification( spec, {}, {} ); } ),
                           "increasing order" );
  }

  void excludedRowsDoNotShapeTheBreaks()
  {
    ClassificationSpec spec;
    spec.method = ClassificationMethod::EqualInterval;
    spec.classes = 2;
    const Classification c = buildClassification( spec, { 0, 10, 1000, NaN }, { 1, 1, 0, 1 } );
    QCOMPARE( cutValues( c ), ( std::vector<double>{ 5 } ) );
  }
};

QTEST_APPLESS_MAIN( TestClassify )
#include "testclassify.moc"
