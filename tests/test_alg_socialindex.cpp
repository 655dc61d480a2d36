// sozialraum:socialindex and sozialraum:monitoring through the processing framework:
// hand-computed MSS and SVI values, Berlin's real MSS data, and the messages for bad input.

#include "testutils.h"
#include "qgstest.h"
#include "sozialraumalgorithm.h"
#include "sozialraumtranslator.h"
#include "index/presets.h"

#include <qgsprocessingregistry.h>
#include <qgsapplication.h>

#include <QtTest/QtTest>
#include <QTemporaryDir>
#include <qgsfeatureiterator.h>
#include <qgsvectorlayer.h>

#include <cmath>
#include <map>

namespace
{
  // Independent reference implementations, written plainly and differently from the engine.
  std::vector<double> zScoresPopulation( const std::vector<double> &x )
  {
    double mean = 0;
    for ( double v : x )
      mean += v;
    mean /= x.size();
    double ss = 0;
    for ( double v : x )
      ss += ( v - mean ) * ( v - mean );
    const double sd = std::sqrt( ss / x.size() ); // population sd: divide by n
    std::vector<double> z;
    for ( double v : x )
      z.push_back( ( v - mean ) / sd );
    return z;
  }

  double round4( double v )
  {
    return std::round( v * 10000.0 ) / 10000.0;
  }

  //! CDC: (number of values strictly below) / (n - 1), rounded to 4 decimals; NaN stays NaN.
  std::vector<double> percentRank( const std::vector<double> &x )
  {
    int n = 0;
    for ( double v : x )
      n += std::isnan( v ) ? 0 : 1;
    std::vector<double> out;
    for ( double v : x )
    {
      if ( std::isnan( v ) )
      {
        out.push_back( NAN );
        continue;
      }
      int below = 0;
      for ( double w : x )
        below += ( !std::isnan( w ) && w < v ) ? 1 : 0;
      out.push_back( round4( double( below ) / ( n - 1 ) ) );
    }
    return out;
  }

  std::map<QString, QgsFeature> byKey( QgsVectorLayer *layer, const QString &key )
  {
    std::map<QString, QgsFeature> out;
    QgsFeatureIterator it = layer->getFeatures();
    QgsFeature f;
    while ( it.nextFeature( f ) )
      out[f.attribute( key ).toString()] = f;
    return out;
  }

  const QString kAreas = QStringLiteral( SOZIALRAUM_TEST_DATA "/areas.csv" );
} // namespace

class TestSocialIndex : public QObject
{
    Q_OBJECT

  private:
    QTemporaryDir mDir;

    QString out( const QString &name ) { return mDir.filePath( name ); }

  private slots:
    void initTestCase() { TestUtils::initQgis(); }
    void cleanupTestCase() { TestUtils::exitQgis(); }

    void reproducesTheMssStatusRecipeByHand()
    {
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:socialindex" ), { { QStringLiteral( "INPUT" ), kAreas }, { QStringLiteral( "INDICATORS" ), QStringLiteral( "unemployed;transfer;child_poverty" ) }, { QStringLiteral( "POPULATION_FIELD" ), QStringLiteral( "inhabitants" ) }, { QStringLiteral( "MIN_POPULATION" ), 300 }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "mss.gpkg" ) ) } } );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      auto layer = TestUtils::layer( run.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      QVERIFY( layer );
      QCOMPARE( layer->featureCount(), 10LL ); // the excluded area keeps its row
      auto rows = byKey( layer.get(), QStringLiteral( "area_id" ) );

      // Reference: z (population sd) of each indicator over the 9 included areas, summed, z again.
      const QStringList ids { "A01", "A02", "A03", "A04", "A05", "A07", "A08", "A09", "A10" };
      std::vector<double> sum( ids.size(), 0.0 );
      for ( const QString &field : { QStringLiteral( "unemployed" ), QStringLiteral( "transfer" ), QStringLiteral( "child_poverty" ) } )
      {
        std::vector<double> x;
        for ( const QString &id : ids )
          x.push_back( rows[id].attribute( field ).toDouble() );
        const std::vector<double> z = zScoresPopulation( x );
        for ( int i = 0; i < ids.size(); ++i )
        {
          const double actual = rows[ids[i]].attribute( QStringLiteral( "n_" ) + field ).toDouble();
          QVERIFY2( std::fabs( actual - z[i] ) < 1e-12, qPrintable( QStringLiteral( "%1 %2: %3 vs %4" ).arg( ids[i], field ).arg( actual, 0, 'g', 17 ).arg( z[i], 0, 'g', 17 ) ) );
          sum[i] += z[i];
        }
      }
      const std::vector<double> si = zScoresPopulation( sum );
      for ( int i = 0; i < ids.size(); ++i )
      {
        const QgsFeature &f = rows[ids[i]];
        QGSCOMPARENEAR( f.attribute( QStringLiteral( "si_raw" ) ).toDouble(), sum[i], 1e-12 );
        QGSCOMPARENEAR( f.attribute( QStringLiteral( "si_score" ) ).toDouble(), si[i], 1e-12 );
        const int expectedClass = si[i] < -1 ? 1 : si[i] <= 1 ? 2 : si[i] <= 1.5 ? 3 : 4;
        QCOMPARE( f.attribute( QStringLiteral( "si_class" ) ).toInt(), expectedClass );
      }
      QCOMPARE( rows["A05"].attribute( QStringLiteral( "si_rank" ) ).toInt(), 1 );
      // English interface (no translator): Berlin's class 4 "sehr niedrig" reads "very low".
      QCOMPARE( rows["A05"].attribute( QStringLiteral( "si_label" ) ).toString(), QStringLiteral( "very low" ) );
      QVERIFY( rows["A06"].attribute( QStringLiteral( "si_score" ) ).isNull() );
      QVERIFY( rows["A06"].attribute( QStringLiteral( "si_note" ) ).toString().contains( QStringLiteral( "300" ) ) );
    }

    void invertTurnsAnIndicatorRound()
    {
      const QVariantMap base { { QStringLiteral( "INPUT" ), kAreas }, { QStringLiteral( "INDICATORS" ), QStringLiteral( "unemployed;d_child" ) }, { QStringLiteral( "FINAL_SCALING" ), 0 } };
      QVariantMap inverted = base;
      inverted.insert( QStringLiteral( "INVERT" ), QStringLiteral( "d_child" ) );
      inverted.insert( QStringLiteral( "OUTPUT" ), out( QStringLiteral( "inv.gpkg" ) ) );
      QVariantMap plain = base;
      plain.insert( QStringLiteral( "OUTPUT" ), out( QStringLiteral( "plain.gpkg" ) ) );
      const TestUtils::Run a = TestUtils::run( QStringLiteral( "sozialraum:socialindex" ), plain );
      const TestUtils::Run b = TestUtils::run( QStringLiteral( "sozialraum:socialindex" ), inverted );
      QVERIFY2( a.ok && b.ok, qPrintable( a.error + b.error ) );
      auto ra = byKey( TestUtils::layer( a.results.value( QStringLiteral( "OUTPUT" ) ).toString() ).get(), QStringLiteral( "area_id" ) );
      auto rb = byKey( TestUtils::layer( b.results.value( QStringLiteral( "OUTPUT" ) ).toString() ).get(), QStringLiteral( "area_id" ) );
      for ( const auto &entry : ra )
        QGSCOMPARENEAR( rb[entry.first].attribute( QStringLiteral( "n_d_child" ) ).toDouble(), -entry.second.attribute( QStringLiteral( "n_d_child" ) ).toDouble(), 1e-12 );
    }

    void reproducesCdcSviConventions()
    {
      // Six counties, 16 EP_ columns; one -999 (missing) and deliberate ties.
      const QStringList columns { "EP_POV150", "EP_UNEMP", "EP_HBURD", "EP_NOHSDP", "EP_UNINSUR", "EP_AGE65", "EP_AGE17", "EP_DISABL", "EP_SNGPNT", "EP_LIMENG", "EP_MINRTY", "EP_MUNIT", "EP_MOBILE", "EP_CROWD", "EP_NOVEH", "EP_GROUPQ" };
      const QString csv = out( QStringLiteral( "svi.csv" ) );
      QFile file( csv );
      QVERIFY( file.open( QIODevice::WriteOnly ) );
      QTextStream stream( &file );
      stream << "FIPS," << columns.join( ',' ) << '\n';
      std::vector<std::vector<double>> values( columns.size() );
      for ( int county = 0; county < 6; ++county )
      {
        stream << QStringLiteral( "010%1" ).arg( county );
        for ( int c = 0; c < columns.size(); ++c )
        {
          double v = ( ( county * 7 + c * 3 ) % 11 ) * 1.5 + ( c % 4 == 0 ? 0.0 : county * 0.1 );
          if ( c == 2 && county == 3 )
            v = 3.0; // tie with county 1 below
          if ( c == 2 && county == 1 )
            v = 3.0;
          if ( c == 14 && county == 4 )
            v = -999; // CDC's missing code
          values[c].push_back( v == -999 ? NAN : v );
          stream << ',' << v;
        }
        stream << '\n';
      }
      file.close();

      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:socialindex" ), { { QStringLiteral( "INPUT" ), csv }, { QStringLiteral( "DEFINITION" ), QStringLiteral( "cdc-svi-2022" ) }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "svi.gpkg" ) ) } } );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      auto layer = TestUtils::layer( run.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      QVERIFY( layer );
      for ( const QString &name : { "EPL_POV150", "F_POV150", "SPL_THEME1", "RPL_THEME1", "F_THEME1", "SPL_THEME4", "RPL_THEME4", "SPL_THEMES", "RPL_THEMES", "F_TOTAL" } )
        QVERIFY2( layer->fields().lookupField( name ) >= 0, qPrintable( name ) );
      auto rows = byKey( layer.get(), QStringLiteral( "FIPS" ) );

      // Reference computation of EPL, SPL, RPL and flags.
      std::vector<std::vector<double>> epl;
      for ( const auto &column : values )
        epl.push_back( percentRank( column ) );
      const std::vector<std::vector<int>> themes { { 0, 1, 2, 3, 4 }, { 5, 6, 7, 8, 9 }, { 10 }, { 11, 12, 13, 14, 15 } };
      std::vector<std::vector<double>> spl( 4, std::vector<double>( 6 ) );
      std::vector<double> spls( 6, 0.0 );
      std::vector<int> flags( 6, 0 );
      for ( int t = 0; t < 4; ++t )
        for ( int county = 0; county < 6; ++county )
        {
          double s = 0;
          for ( int c : themes[t] )
          {
            s += epl[c][county];
            flags[county] += ( !std::isnan( epl[c][county] ) && epl[c][county] >= 0.9 ) ? 1 : 0;
          }
          spl[t][county] = round4( s );
        }
      for ( int county = 0; county < 6; ++county )
        spls[county] = round4( spl[0][county] + spl[1][county] + spl[2][county] + spl[3][county] );
      const std::vector<double> rpls = percentRank( spls );
      for ( int county = 0; county < 6; ++county )
      {
        const QgsFeature &f = rows[QStringLiteral( "010%1" ).arg( county )];
        for ( int c = 0; c < columns.size(); ++c )
        {
          const QVariant v = f.attribute( QString( columns[c] ).replace( QStringLiteral( "EP_" ), QStringLiteral( "EPL_" ) ) );
          if ( std::isnan( epl[c][county] ) )
            QVERIFY( v.isNull() );
          else
            QGSCOMPARENEAR( v.toDouble(), epl[c][county], 1e-12 );
        }
        if ( county == 4 )
        {
          // The county with a missing estimate has no theme-4 or overall value, and says why.
          QVERIFY( f.attribute( QStringLiteral( "SPL_THEME4" ) ).isNull() );
          QVERIFY( f.attribute( QStringLiteral( "RPL_THEMES" ) ).isNull() );
          QVERIFY( !f.attribute( QStringLiteral( "si_note" ) ).toString().isEmpty() );
          continue;
        }
        QGSCOMPARENEAR( f.attribute( QStringLiteral( "SPL_THEME1" ) ).toDouble(), spl[0][county], 1e-12 );
        QGSCOMPARENEAR( f.attribute( QStringLiteral( "SPL_THEMES" ) ).toDouble(), spls[county], 1e-12 );
        QCOMPARE( f.attribute( QStringLiteral( "F_TOTAL" ) ).toInt(), flags[county] );
      }
      // Ties share the lowest rank: counties 1 and 3 have the same EP_HBURD.
      QCOMPARE( rows["0101"].attribute( QStringLiteral( "EPL_HBURD" ) ).toDouble(), rows["0103"].attribute( QStringLiteral( "EPL_HBURD" ) ).toDouble() );
      // RPL_THEMES over the five complete counties.
      std::vector<double> complete;
      for ( int county = 0; county < 6; ++county )
        complete.push_back( county == 4 ? NAN : spls[county] );
      const std::vector<double> expectedRpl = percentRank( complete );
      for ( int county = 0; county < 6; ++county )
        if ( county != 4 )
          QGSCOMPARENEAR( rows[QStringLiteral( "010%1" ).arg( county )].attribute( QStringLiteral( "RPL_THEMES" ) ).toDouble(), expectedRpl[county], 1e-12 );
      Q_UNUSED( rpls )

      // The same published method chosen as PRESET gives the same numbers as DEFINITION=cdc-svi-2022.
      const std::vector<std::string> presets = sozialraum::index::presetNames();
      const int cdc = static_cast<int>( std::find( presets.begin(), presets.end(), "cdc-svi-2022" ) - presets.begin() ) + 1;
      const TestUtils::Run chosen = TestUtils::run( QStringLiteral( "sozialraum:socialindex" ), { { QStringLiteral( "INPUT" ), csv }, { QStringLiteral( "PRESET" ), cdc }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "svi-preset.gpkg" ) ) } } );
      QVERIFY2( chosen.ok, qPrintable( chosen.error ) );
      QVERIFY2( chosen.log.contains( QStringLiteral( "Definition: CDC/ATSDR Social Vulnerability Index 2022" ) ), qPrintable( chosen.log ) );
      auto presetRows = byKey( TestUtils::layer( chosen.results.value( QStringLiteral( "OUTPUT" ) ).toString() ).get(), QStringLiteral( "FIPS" ) );
      for ( int county = 0; county < 6; ++county )
      {
        const QString fips = QStringLiteral( "010%1" ).arg( county );
        QCOMPARE( presetRows[fips].attribute( QStringLiteral( "RPL_THEMES" ) ), rows[fips].attribute( QStringLiteral( "RPL_THEMES" ) ) );
        QCOMPARE( presetRows[fips].attribute( QStringLiteral( "SPL_THEME2" ) ), rows[fips].attribute( QStringLiteral( "SPL_THEME2" ) ) );
      }
    }

    void presetAndDefinitionAreCheckedBeforeTheRun()
    {
      std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( QStringLiteral( "sozialraum:socialindex" ) ) );
      QVERIFY( algorithm );
      // The published methods are the first choice after the layer, "none" is the default.
      const QgsProcessingParameterDefinitions definitions = algorithm->parameterDefinitions();
      QCOMPARE( definitions.at( 1 )->name(), QStringLiteral( "PRESET" ) );
      QCOMPARE( definitions.at( 2 )->name(), QStringLiteral( "DEFINITION" ) );
      const auto *preset = dynamic_cast<const QgsProcessingParameterEnum *>( definitions.at( 1 ) );
      QVERIFY( preset );
      QCOMPARE( preset->options().size(), static_cast<int>( sozialraum::index::presetNames().size() ) + 1 );
      QVERIFY( preset->options().at( 1 ).contains( QString::fromStdString( sozialraum::index::presetNames().front() ) ) );
      QgsProcessingContext context;
      QString message;
      // Nothing to compute: the dialog says so before the run, naming the three ways.
      QVERIFY( !algorithm->checkParameterValues( { { QStringLiteral( "INPUT" ), kAreas }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "x.gpkg" ) ) } }, context, &message ) );
      QVERIFY2( message.contains( QStringLiteral( "INDICATORS" ) ) && message.contains( QStringLiteral( "PRESET" ) ) && message.contains( QStringLiteral( "DEFINITION" ) ), qPrintable( message ) );
      // Two different definitions contradict each other.
      QVERIFY( !algorithm->checkParameterValues( { { QStringLiteral( "INPUT" ), kAreas }, { QStringLiteral( "PRESET" ), 1 }, { QStringLiteral( "DEFINITION" ), QStringLiteral( "cdc-svi-2022" ) }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "x.gpkg" ) ) } }, context, &message ) );
      QVERIFY2( message.contains( QStringLiteral( "not both" ) ), qPrintable( message ) );
      QVERIFY( algorithm->checkParameterValues( { { QStringLiteral( "INPUT" ), kAreas }, { QStringLiteral( "INDICATORS" ), QStringLiteral( "unemployed" ) }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "x.gpkg" ) ) } }, context, &message ) );
    }

    void decimalNumbersShowANaturalPrecision()
    {
      // QGIS shows 6 decimals ("15.000000") unless the parameter says otherwise.
      for ( const QString &id : { QStringLiteral( "sozialraum:servicegaps" ), QStringLiteral( "sozialraum:socialindex" ), QStringLiteral( "sozialraum:isochrones" ) } )
      {
        std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( id ) );
        QVERIFY( algorithm );
        for ( const QgsProcessingParameterDefinition *definition : algorithm->parameterDefinitions() )
        {
          const auto *number = dynamic_cast<const QgsProcessingParameterNumber *>( definition );
          if ( !number || number->dataType() != QgsProcessingParameterNumber::Double )
            continue;
          const int decimals = number->metadata().value( QStringLiteral( "widget_wrapper" ) ).toMap().value( QStringLiteral( "decimals" ), 6 ).toInt();
          QVERIFY2( decimals == 2, qPrintable( QStringLiteral( "%1 %2: %3 decimals" ).arg( id, number->name() ).arg( decimals ) ) );
        }
      }
    }

    void labelsAndNotesFollowTheInterfaceLanguage()
    {
      const QVariantMap parameters { { QStringLiteral( "INPUT" ), kAreas }, { QStringLiteral( "INDICATORS" ), QStringLiteral( "unemployed;transfer;child_poverty" ) }, { QStringLiteral( "POPULATION_FIELD" ), QStringLiteral( "inhabitants" ) }, { QStringLiteral( "MIN_POPULATION" ), 300 }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "de.gpkg" ) ) } };
      TestUtils::Run run;
      {
        SozialraumTranslator german( QStringLiteral( "de" ) );
        QVERIFY( german.isInstalled() );
        run = TestUtils::run( QStringLiteral( "sozialraum:socialindex" ), parameters );
      }
      QVERIFY2( run.ok, qPrintable( run.error ) );
      auto rows = byKey( TestUtils::layer( run.results.value( QStringLiteral( "OUTPUT" ) ).toString() ).get(), QStringLiteral( "area_id" ) );
      // Berlin's published class name, and a note in German, as the interface.
      QCOMPARE( rows["A05"].attribute( QStringLiteral( "si_label" ) ).toString(), QStringLiteral( "sehr niedrig" ) );
      const QString note = rows["A06"].attribute( QStringLiteral( "si_note" ) ).toString();
      QVERIFY2( note.startsWith( QStringLiteral( "ausgeschlossen: " ) ) && note.contains( QStringLiteral( "300" ) ), qPrintable( note ) );
      QVERIFY2( run.log.contains( QStringLiteral( "Klasse 4 (sehr niedrig)" ) ), qPrintable( run.log ) );
    }

    void sensitivityReportsStabilityAndRankSpread()
    {
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:socialindex" ), { { QStringLiteral( "INPUT" ), kAreas }, { QStringLiteral( "INDICATORS" ), QStringLiteral( "unemployed;transfer;child_poverty" ) }, { QStringLiteral( "SENSITIVITY" ), 200 }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "sens.gpkg" ) ) } } );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      auto layer = TestUtils::layer( run.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      QgsFeatureIterator it = layer->getFeatures();
      QgsFeature f;
      while ( it.nextFeature( f ) )
      {
        const double stability = f.attribute( QStringLiteral( "si_class_stability" ) ).toDouble();
        QVERIFY( stability >= 0 && stability <= 1 );
        QVERIFY( f.attribute( QStringLiteral( "si_rank_p05" ) ).toDouble() <= f.attribute( QStringLiteral( "si_rank" ) ).toDouble() + 1e-9 || f.attribute( QStringLiteral( "si_rank_p95" ) ).toDouble() >= f.attribute( QStringLiteral( "si_rank" ) ).toDouble() );
        QVERIFY( f.attribute( QStringLiteral( "si_rank_p05" ) ).toDouble() <= f.attribute( QStringLiteral( "si_rank_p95" ) ).toDouble() );
      }
    }

    void principalComponentGoesToLogAndTable()
    {
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:socialindex" ), { { QStringLiteral( "INPUT" ), kAreas }, { QStringLiteral( "INDICATORS" ), QStringLiteral( "unemployed;transfer;child_poverty" ) }, { QStringLiteral( "AGGREGATION" ), 3 }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "pca.gpkg" ) ) }, { QStringLiteral( "OUTPUT_PCA" ), out( QStringLiteral( "loadings.csv" ) ) } } );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      QVERIFY( run.log.contains( QStringLiteral( "principal component" ) ) );
      auto table = TestUtils::layer( run.results.value( QStringLiteral( "OUTPUT_PCA" ) ).toString() );
      QVERIFY( table );
      QCOMPARE( table->featureCount(), 3LL );
      QgsFeature f;
      table->getFeatures().nextFeature( f );
      QVERIFY( f.attribute( QStringLiteral( "explained_variance" ) ).toDouble() > 0.9 ); // the three indicators move together
    }

    void monitoringOnBerlinMss2019()
    {
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:monitoring" ), { { QStringLiteral( "INPUT" ), TestUtils::sharedData( QStringLiteral( "berlin-planungsraeume-2019-mss.geojson" ) ) }, { QStringLiteral( "STATUS_INDICATORS" ), QStringLiteral( "s1_percentage_unemployed;s3_percentage_transfer_payments_recipients;s4_percentage_transfer_payments_recipients_below_15_years" ) }, { QStringLiteral( "DYNAMICS_INDICATORS" ), QStringLiteral( "d1_percentage_unemployed;d3_percentage_transfer_payments_recipients;d4_percentage_transfer_payments_recipients_below_15_years" ) }, { QStringLiteral( "POPULATION_FIELD" ), QStringLiteral( "inhabitants" ) }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "berlin.gpkg" ) ) } } );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      auto layer = TestUtils::layer( run.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      QCOMPARE( layer->featureCount(), 448LL );
      std::map<int, int> status;
      int excluded = 0;
      QgsFeatureIterator it = layer->getFeatures();
      QgsFeature f;
      while ( it.nextFeature( f ) )
      {
        if ( f.attribute( QStringLiteral( "status_class" ) ).isNull() )
        {
          ++excluded;
          QCOMPARE( f.attribute( QStringLiteral( "overall_label" ) ).toString(), QStringLiteral( "not assigned" ) );
          QVERIFY( !f.attribute( QStringLiteral( "monitoring_note" ) ).toString().isEmpty() );
          continue;
        }
        const int s = f.attribute( QStringLiteral( "status_class" ) ).toInt();
        const int d = f.attribute( QStringLiteral( "dynamics_class" ) ).toInt();
        ++status[s];
        QCOMPARE( f.attribute( QStringLiteral( "overall_code" ) ).toInt(), 10 * s + d );
        QVERIFY( f.attribute( QStringLiteral( "overall_label" ) ).toString().startsWith( QStringLiteral( "Status " ) ) );
        const double si = f.attribute( QStringLiteral( "status_index" ) ).toDouble();
        QCOMPARE( s, si < -1 ? 1 : si <= 1 ? 2 : si <= 1.5 ? 3 : 4 );
      }
      // The 12 areas without inhabitants (parks, industry) are excluded and reported.
      QCOMPARE( excluded, 12 );
      QVERIFY( run.log.contains( QStringLiteral( "12 of 448" ) ) );
      // Plausible MSS distribution: most areas "mittel", every class present, more low than high status areas at the tail.
      QVERIFY( status[2] > 0.55 * 436 );
      QVERIFY( status[1] > 20 && status[3] > 20 && status[4] > 20 );
      QCOMPARE( status[1] + status[2] + status[3] + status[4], 436 );
    }

    void textInANumericFieldNamesFieldAndRow()
    {
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:socialindex" ), { { QStringLiteral( "INPUT" ), kAreas }, { QStringLiteral( "INDICATORS" ), QStringLiteral( "unemployed;name" ) }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "bad1.gpkg" ) ) } } );
      QVERIFY( !run.ok );
      QVERIFY2( run.error.contains( QStringLiteral( "'name'" ) ) && run.error.contains( QStringLiteral( "row 1" ) ) && run.error.contains( QStringLiteral( "Altstadt" ) ), qPrintable( run.error ) );
    }

    void zeroVarianceIsRefused()
    {
      const QString csv = out( QStringLiteral( "flat.csv" ) );
      QFile file( csv );
      QVERIFY( file.open( QIODevice::WriteOnly ) );
      file.write( "id,a,b\n1,1,5\n2,2,5\n3,3,5\n4,4,5\n" );
      file.close();
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:socialindex" ), { { QStringLiteral( "INPUT" ), csv }, { QStringLiteral( "INDICATORS" ), QStringLiteral( "a;b" ) }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "bad2.gpkg" ) ) } } );
      QVERIFY( !run.ok );
      QVERIFY2( run.error.contains( QStringLiteral( "b" ) ) && run.error.contains( QStringLiteral( "same value" ) ), qPrintable( run.error ) );
    }

    void fewerThanThreeAreasIsRefused()
    {
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:socialindex" ), { { QStringLiteral( "INPUT" ), kAreas }, { QStringLiteral( "INDICATORS" ), QStringLiteral( "unemployed" ) }, { QStringLiteral( "POPULATION_FIELD" ), QStringLiteral( "inhabitants" ) }, { QStringLiteral( "MIN_POPULATION" ), 4500 }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "bad3.gpkg" ) ) } } );
      QVERIFY( !run.ok );
      QVERIFY2( run.error.contains( QStringLiteral( "3" ) ), qPrintable( run.error ) );
    }

    void weightsMustMatchIndicators()
    {
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:socialindex" ), { { QStringLiteral( "INPUT" ), kAreas }, { QStringLiteral( "INDICATORS" ), QStringLiteral( "unemployed;transfer" ) }, { QStringLiteral( "WEIGHTS" ), QStringLiteral( "1,2,3" ) }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "bad4.gpkg" ) ) } } );
      QVERIFY( !run.ok );
      QVERIFY2( run.error.contains( QStringLiteral( "3" ) ) && run.error.contains( QStringLiteral( "2" ) ), qPrintable( run.error ) );
    }

    void geometricMeanNeedsPositiveValues()
    {
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:socialindex" ), { { QStringLiteral( "INPUT" ), kAreas }, { QStringLiteral( "INDICATORS" ), QStringLiteral( "unemployed;transfer" ) }, { QStringLiteral( "AGGREGATION" ), 2 }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "bad5.gpkg" ) ) } } );
      QVERIFY( !run.ok ); // z-scores are negative for half the areas
      QVERIFY2( run.error.contains( QStringLiteral( "geometric" ), Qt::CaseInsensitive ), qPrintable( run.error ) );
    }

    void malformedDefinitionNamesKeyAndNode()
    {
      const QString path = out( QStringLiteral( "bad.json" ) );
      QFile file( path );
      QVERIFY( file.open( QIODevice::WriteOnly ) );
      file.write( R"({"format_version": 1, "name": "x", "root": {"id": "idx", "aggregation": "avg", "children": [{"id": "u", "field": "unemployed", "normalization": "zscore"}]}})" );
      file.close();
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:socialindex" ), { { QStringLiteral( "INPUT" ), kAreas }, { QStringLiteral( "DEFINITION" ), path }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "bad6.gpkg" ) ) } } );
      QVERIFY( !run.ok );
      QVERIFY2( run.error.contains( QStringLiteral( "aggregation" ) ) && run.error.contains( QStringLiteral( "idx" ) ) && run.error.contains( QStringLiteral( "avg" ) ), qPrintable( run.error ) );
    }

    void unknownPresetListsThePresets()
    {
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:socialindex" ), { { QStringLiteral( "INPUT" ), kAreas }, { QStringLiteral( "DEFINITION" ), QStringLiteral( "berlin-mss" ) }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "bad7.gpkg" ) ) } } );
      QVERIFY( !run.ok );
      QVERIFY2( run.error.contains( QStringLiteral( "berlin-mss-status" ) ), qPrintable( run.error ) );
    }
};

QTEST_MAIN( TestSocialIndex )
#include "test_alg_socialindex.moc"
