// The shipped example models (models/*.model3): QGIS's Model Builder accepts them (every
// parameter set, steps described and laid out), they run through QGIS's processing registry on
// Berlin's data, and the plugin installs them into a profile without replacing a user's copy.

#include "examplemodels.h"
#include "testutils.h"

#include <QtTest/QtTest>
#include <QTemporaryDir>
#include <qgsapplication.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingmodelalgorithm.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgsfeatureiterator.h>
#include <qgsvectorlayer.h>

class TestModels : public QObject
{
    Q_OBJECT

  private:
    QTemporaryDir mDir;

    static QStringList shippedModels()
    {
      QStringList paths;
      const QDir folder( QStringLiteral( SOZIALRAUM_SOURCE_DIR "/models" ) );
      for ( const QString &name : folder.entryList( { QStringLiteral( "*.model3" ) }, QDir::Files ) )
        paths << folder.filePath( name );
      return paths;
    }

  private slots:
    void initTestCase() { TestUtils::initQgis(); }
    void cleanupTestCase() { TestUtils::exitQgis(); }

    void everyShippedModelIsValidInTheModelBuilder()
    {
      const QStringList models = shippedModels();
      QVERIFY( models.contains( QStringLiteral( SOZIALRAUM_SOURCE_DIR "/models/gap_workflow.model3" ) ) );
      // the resources the plugin installs are these files
      QCOMPARE( ExampleModels::names().size(), models.size() );
      for ( const QString &path : models )
      {
        QgsProcessingModelAlgorithm model;
        QVERIFY2( model.fromFile( path ), qPrintable( path ) );
        QVERIFY( !model.name().isEmpty() && !model.group().isEmpty() );
        // What the Model Builder's Run button checks ("Model is invalid" otherwise).
        QStringList issues;
        QVERIFY2( model.validate( issues ), qPrintable( path + ": " + issues.join( QStringLiteral( "; " ) ) ) );
        QVERIFY2( issues.isEmpty(), qPrintable( issues.join( QStringLiteral( "; " ) ) ) );
        // Laid out: every step titled, no two components at one spot, steps from left to right in order.
        QSet<QString> spots;
        QMap<QString, double> stepX;
        const QMap<QString, QgsProcessingModelChildAlgorithm> children = model.childAlgorithms();
        for ( const QgsProcessingModelChildAlgorithm &child : children )
        {
          QVERIFY2( child.algorithm(), qPrintable( child.algorithmId() ) );
          QVERIFY2( !child.description().isEmpty(), qPrintable( child.childId() ) );
          QVERIFY2( !spots.contains( QStringLiteral( "%1,%2" ).arg( child.position().x() ).arg( child.position().y() ) ), qPrintable( child.childId() ) );
          spots << QStringLiteral( "%1,%2" ).arg( child.position().x() ).arg( child.position().y() );
          stepX.insert( child.description(), child.position().x() );
          // every parameter the algorithm has is set (outputs aside)
          for ( const QgsProcessingParameterDefinition *definition : child.algorithm()->parameterDefinitions() )
          {
            if ( definition->isDestination() || definition->defaultValue().isNull() )
              continue;
            QVERIFY2( child.parameterSources().contains( definition->name() ), qPrintable( child.childId() + ": " + definition->name() ) );
          }
        }
        const QList<double> xs = stepX.values(); // sorted by description, which starts with the step's number
        for ( int i = 1; i < xs.size(); ++i )
          QVERIFY( xs.at( i ) > xs.at( i - 1 ) );
        for ( const QgsProcessingModelParameter &input : model.parameterComponents() )
        {
          QVERIFY2( !spots.contains( QStringLiteral( "%1,%2" ).arg( input.position().x() ).arg( input.position().y() ) ), qPrintable( input.parameterName() ) );
          spots << QStringLiteral( "%1,%2" ).arg( input.position().x() ).arg( input.position().y() );
        }
      }
    }

    void theGapWorkflowRunsThroughTheRegistryOnBerlinData()
    {
      QgsProcessingModelAlgorithm model;
      QVERIFY( model.fromFile( QStringLiteral( SOZIALRAUM_SOURCE_DIR "/models/gap_workflow.model3" ) ) );
      const QVariantMap parameters {
        { QStringLiteral( "areas" ), TestUtils::sharedData( QStringLiteral( "berlin-planungsraeume-2019-mss.geojson" ) ) },
        { QStringLiteral( "indicators" ), QStringList { QStringLiteral( "s1_percentage_unemployed" ), QStringLiteral( "s3_percentage_transfer_payments_recipients" ), QStringLiteral( "s4_percentage_transfer_payments_recipients_below_15_years" ) } },
        { QStringLiteral( "population" ), QStringLiteral( "inhabitants" ) },
        { QStringLiteral( "facilities" ), TestUtils::sharedData( QStringLiteral( "berlin-kindertagesstaetten.geojson" ) ) },
        { QStringLiteral( "capacity" ), QStringLiteral( "e_platz" ) },
        { QStringLiteral( "candidates" ), TestUtils::sharedData( QStringLiteral( "berlin-schulen.geojson" ) ) },
        { QStringLiteral( "gaps:gaps" ), mDir.filePath( QStringLiteral( "gaps.gpkg" ) ) },
        { QStringLiteral( "sites:sites" ), mDir.filePath( QStringLiteral( "sites.gpkg" ) ) },
        { QStringLiteral( "index:index" ), QStringLiteral( "TEMPORARY_OUTPUT" ) },
        { QStringLiteral( "catchment:access" ), QStringLiteral( "TEMPORARY_OUTPUT" ) },
      };
      QString message;
      QgsProcessingContext context;
      context.setProject( QgsProject::instance() );
      QVERIFY2( model.checkParameterValues( parameters, context, &message ), qPrintable( message ) );
      QgsProcessingFeedback feedback;
      bool ok = false;
      const QVariantMap results = model.run( parameters, context, &feedback, &ok );
      QVERIFY( ok );
      QgsVectorLayer gaps( results.value( QStringLiteral( "gaps:gaps" ) ).toString(), QStringLiteral( "gaps" ), QStringLiteral( "ogr" ) );
      QVERIFY( gaps.isValid() );
      QCOMPARE( gaps.featureCount(), 448LL ); // every planning area keeps its row
      QVERIFY( gaps.fields().lookupField( QStringLiteral( "gap_class" ) ) >= 0 );
      QVERIFY( gaps.fields().lookupField( QStringLiteral( "si_score" ) ) >= 0 );
      QgsVectorLayer sites( results.value( QStringLiteral( "sites:sites" ) ).toString(), QStringLiteral( "sites" ), QStringLiteral( "ogr" ) );
      QVERIFY( sites.isValid() );
      // At most P = 5; Berlin's 2,880 Kitas already cover 97 % of the weighted demand within 1 km,
      // so fewer sites add coverage, and each one chosen adds some.
      QVERIFY( sites.featureCount() >= 1 && sites.featureCount() <= 5 );
      QgsFeature site;
      for ( QgsFeatureIterator it = sites.getFeatures(); it.nextFeature( site ); )
        QVERIFY( site.attribute( QStringLiteral( "marginal_gain" ) ).toDouble() > 0 );
    }

    void installingKeepsTheUsersCopy()
    {
      const QString folder = mDir.filePath( QStringLiteral( "profile/processing/models" ) );
      QString error;
      const QStringList first = ExampleModels::install( folder, &error );
      QVERIFY2( error.isEmpty(), qPrintable( error ) );
      QCOMPARE( first, ExampleModels::names() );
      QgsProcessingModelAlgorithm installed;
      QVERIFY( installed.fromFile( QDir( folder ).filePath( QStringLiteral( "gap_workflow.model3" ) ) ) );
      QVERIFY( QFileInfo( QDir( folder ).filePath( QStringLiteral( "gap_workflow.model3" ) ) ).isWritable() );
      // The user edits the model; the next start of the plugin leaves it alone.
      QFile edited( QDir( folder ).filePath( QStringLiteral( "gap_workflow.model3" ) ) );
      QVERIFY( edited.open( QIODevice::Append ) );
      edited.write( "<!-- edited -->\n" );
      edited.close();
      const QByteArray before = [&] { QFile f( edited.fileName() ); f.open( QIODevice::ReadOnly ); return f.readAll(); }();
      QVERIFY( ExampleModels::install( folder, &error ).isEmpty() );
      QFile after( edited.fileName() );
      QVERIFY( after.open( QIODevice::ReadOnly ) );
      QCOMPARE( after.readAll(), before );
      // An unusable folder is said, not ignored.
      QVERIFY( ExampleModels::install( QStringLiteral( "/proc/sozialraum-models" ), &error ).isEmpty() );
      QVERIFY2( error.contains( QStringLiteral( "/proc/sozialraum-models" ) ), qPrintable( error ) );
    }
};

QTEST_MAIN( TestModels )
#include "test_models.moc"
