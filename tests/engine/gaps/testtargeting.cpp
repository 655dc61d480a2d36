#include "gaps/gapserror.h"
#include "gaps/targeting.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace sozialraum::gaps;

class TestTargeting : public QObject
{
  Q_OBJECT

private slots:
  void halfInsideCountsAsInside();
  void labels();
  void classifiesAndCounts();
};

void TestTargeting::halfInsideCountsAsInside()
{
  QCOMPARE( kInsideProgrammeShare, 0.5 );
  QVERIFY( isInsideProgramme( 0.5 ) );
  QVERIFY( isInsideProgramme( 1.0 ) );
  QVERIFY( !isInsideProgramme( 0.4999 ) );
  QVERIFY( !isInsideProgramme( std::nan( "" ) ) );
  QCOMPARE( classifyTargeting( true, 0.2 ), Targeting::HighNeedOutsideProgramme );
  QCOMPARE( classifyTargeting( true, 0.5 ), Targeting::HighNeedInsideProgramme );
  QCOMPARE( classifyTargeting( false, 0.9 ), Targeting::ProgrammeWithoutHighNeed );
  QCOMPARE( classifyTargeting( false, 0.0 ), Targeting::Neither );
}

void TestTargeting::labels()
{
  QCOMPARE( QString::fromStdString( targetingLabel( Targeting::HighNeedOutsideProgramme ) ),
            QStringLiteral( "high need outside programme" ) );
  QCOMPARE( QString::fromStdString( targetingLabel( Targeting::HighNeedInsideProgramme ) ),
            QStringLiteral( "high need inside" ) );
  QCOMPARE( QString::fromStdString( targetingLabel( Targeting::ProgrammeWithoutHighNeed ) ),
            QStringLiteral( "programme without high need" ) );
  QCOMPARE( QString::fromStdString( targetingLabel( Targeting::Neither ) ), QStringLiteral( "neither" ) );
}

void TestTargeting::classifiesAndCounts()
{
  TargetingCounts counts;
  const std::vector<Targeting> classes = classifyTargeting( { 1, 1, 0, 0, 1 }, { 0.0, 0.7, 0.6, 0.1, 0.3 }, &counts );
  QCOMPARE( classes[ 0 ], Targeting::HighNeedOutsideProgramme );
  QCOMPARE( classes[ 1 ], Targeting::HighNeedInsideProgramme );
  QCOMPARE( classes[ 2 ], Targeting::ProgrammeWithoutHighNeed );
  QCOMPARE( classes[ 3 ], Targeting::Neither );
  QCOMPARE( counts[ 0 ], std::size_t( 2 ) );
  QCOMPARE( counts[ 1 ], std::size_t( 1 ) );
  QCOMPARE( counts[ 2 ], std::size_t( 1 ) );
  QCOMPARE( counts[ 3 ], std::size_t( 1 ) );
  QVERIFY_EXCEPTION_THROWN( classifyTargeting( { 1 }, { 0.1, 0.2 } ), GapsError );
}

QTEST_GUILESS_MAIN( TestTargeting )
#include "testtargeting.moc"
