#include "gaps/gapserror.h"
#include "gaps/weightfunction.h"

#include <QtTest/QtTest>

#include <clocale>
#include <cmath>

using namespace sozialraum::gaps;

class TestWeightFunction : public QObject
{
  Q_OBJECT

private slots:
  void stepBoundsBelongToTheirStep();
  void stepsAsInPySalsExample();
  void badStepsAreExplained();
  void stepsIgnoreTheLocale();
  void gaussianAsPySal();
  void normalizedGaussianIsZeroAtTheCatchment();
  void gravityAsPySal();
};

void TestWeightFunction::stepBoundsBelongToTheirStep()
{
  // PySAL access weights.step_fn: the weight of the first step with d <= bound, 0 beyond the last.
  const WeightFunction w = WeightFunction::parseSteps( "10:1,20:0.68,30:0.22" );
  QCOMPARE( w.kind(), WeightFunction::Kind::Steps );
  QCOMPARE( w( 0.0 ), 1.0 );
  QCOMPARE( w( 10.0 ), 1.0 );
  QCOMPARE( w( 10.000001 ), 0.68 );
  QCOMPARE( w( 20.0 ), 0.68 );
  QCOMPARE( w( 25.0 ), 0.22 );
  QCOMPARE( w( 30.0 ), 0.22 );
  QCOMPARE( w( 30.000001 ), 0.0 );
  QCOMPARE( w.reach(), 30.0 );
  QCOMPARE( QString::fromStdString( w.description() ), QStringLiteral( "steps 10:1,20:0.68,30:0.22" ) );
  // Spaces are fine.
  QCOMPARE( WeightFunction::parseSteps( " 10 : 1 , 20:0.5 " )( 15.0 ), 0.5 );
}

void TestWeightFunction::stepsAsInPySalsExample()
{
  // weights.step_fn({20: 1, 40: 0.68, 60: 0.22}) at 0, 10, ..., 70:
  // {0: 1, 10: 1, 20: 1, 30: 0.68, 40: 0.68, 50: 0.22, 60: 0.22, 70: 0}
  const WeightFunction w = WeightFunction::steps( { { 20, 1 }, { 40, 0.68 }, { 60, 0.22 } } );
  const double expected[] = { 1, 1, 1, 0.68, 0.68, 0.22, 0.22, 0 };
  for ( int i = 0; i < 8; ++i )
    QCOMPARE( w( 10.0 * i ), expected[ i ] );
}

void TestWeightFunction::badStepsAreExplained()
{
  const auto message = []( const std::string &text ) -> QString
  {
    try
    {
      WeightFunction::parseSteps( text );
    }
    catch ( const GapsError &e )
    {
      return QString( e.what() );
    }
    return QString();
  };
  QCOMPARE( message( "10:1,5:0.5" ), QStringLiteral( "Steps must be ascending: '10:1,5:0.5'" ) );
  QCOMPARE( message( "10:1,10:0.5" ), QStringLiteral( "Steps must be ascending: '10:1,10:0.5'" ) );
  QVERIFY( message( "10" ).startsWith( QStringLiteral( "Step '10' lacks a weight" ) ) );
  QVERIFY( message( "10:-1" ).startsWith( QStringLiteral( "Step weights must be zero or positive: '10:-1'" ) ) );
  QVERIFY( message( "" ).startsWith( QStringLiteral( "No steps given" ) ) );
  QVERIFY( message( "ten:1" ).startsWith( QStringLiteral( "Step 'ten:1' is not a pair of numbers" ) ) );
  QVERIFY( message( "10:1," ).startsWith( QStringLiteral( "Empty step" ) ) );
  QVERIFY( message( "10:0,5" ).startsWith( QStringLiteral( "Step '5' lacks a weight" ) ) );
  QVERIFY_EXCEPTION_THROWN( WeightFunction::steps( { { 10, 1 }, { 5, 1 } } ), GapsError );
  QVERIFY_EXCEPTION_THROWN( WeightFunction::steps( {} ), GapsError );
}

void TestWeightFunction::stepsIgnoreTheLocale()
{
  // QGIS in German runs with a decimal comma in LC_NUMERIC; "0.68" must still read as 0.68.
  const char *previous = std::setlocale( LC_NUMERIC, nullptr );
  const std::string saved = previous ? previous : "C";
  if ( !std::setlocale( LC_NUMERIC, "de_DE.UTF-8" ) )
    QSKIP( "de_DE.UTF-8 locale not installed" );
  const WeightFunction w = WeightFunction::parseSteps( "10:1,20:0.68" );
  const std::string description = w.description();
  std::setlocale( LC_NUMERIC, saved.c_str() );
  QCOMPARE( w( 15.0 ), 0.68 );
  QCOMPARE( QString::fromStdString( description ), QStringLiteral( "steps 10:1,20:0.68" ) );
}

void TestWeightFunction::gaussianAsPySal()
{
  // PySAL access docstring: gaussian(sigma = 20) at 0, 20, 40, 60:
  // {0: 1.0, 20: 0.6065306597126334, 40: 0.1353352832366127, 60: 0.011108996538242306}
  const WeightFunction w = WeightFunction::gaussian( 20.0 );
  QCOMPARE( w( 0.0 ), 1.0 );
  QCOMPARE( w( 20.0 ), 0.6065306597126334 );
  QCOMPARE( w( 40.0 ), 0.1353352832366127 );
  QCOMPARE( w( 60.0 ), 0.011108996538242306 );
  QVERIFY( std::isinf( w.reach() ) );
  QVERIFY_EXCEPTION_THROWN( WeightFunction::gaussian( 0.0 ), GapsError );
}

void TestWeightFunction::normalizedGaussianIsZeroAtTheCatchment()
{
  // Dai (2010): (exp(-1/2 (d/d0)^2) - exp(-1/2)) / (1 - exp(-1/2)), d0 = 20.
  const WeightFunction w = WeightFunction::gaussianNormalized( 20.0 );
  QCOMPARE( w( 0.0 ), 1.0 );
  // d = 10: (e^-0.125 - e^-0.5) / (1 - e^-0.5) = (0.882497 - 0.606531) / 0.393469 = 0.7013665732390044
  QVERIFY( std::fabs( w( 10.0 ) - 0.7013665732390044 ) < 1e-15 );
  QVERIFY( std::fabs( w( 20.0 ) ) < 1e-15 );
  QCOMPARE( w( 20.5 ), 0.0 );
  QCOMPARE( w.reach(), 20.0 );
}

void TestWeightFunction::gravityAsPySal()
{
  // PySAL access docstring: gravity(scale = 20, alpha = -2, min_dist = 1) at 0, 1, 2, 20, 40, 60:
  // {0: 400.0, 1: 400.0, 2: 100.0, 20: 1.0, 40: 0.25, 60: 0.11}
  const WeightFunction w = WeightFunction::gravity( 20.0, -2.0, 1.0 );
  QCOMPARE( w( 0.0 ), 400.0 );
  QCOMPARE( w( 1.0 ), 400.0 );
  QCOMPARE( w( 2.0 ), 100.0 );
  QCOMPARE( w( 20.0 ), 1.0 );
  QCOMPARE( w( 40.0 ), 0.25 );
  QVERIFY( std::fabs( w( 60.0 ) - 1.0 / 9.0 ) < 1e-15 );
  QVERIFY_EXCEPTION_THROWN( WeightFunction::gravity( 20.0, -2.0, 0.0 ), GapsError );
}

QTEST_GUILESS_MAIN( TestWeightFunction )
#include "testweightfunction.moc"
