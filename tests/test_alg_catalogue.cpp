// Catalogue algorithms on Berlin's real facility data: import with deduplicated providers and
// re-import by stable id, the HSDS round trip, the offerings layer as facilities, the quarter
// profile, and what happens to a catalogue when an import is killed.

#include "testutils.h"
#include "qgstest.h"

#include "catalogue/catalogue.h"

#include <QtTest/QtTest>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <qgsfeatureiterator.h>
#include <qgsvectorlayer.h>

#include <csignal>

namespace
{
  QVariantMap youthCentreImport( const QString &catalogue )
  {
    return { { QStringLiteral( "INPUT" ), TestUtils::sharedData( QStringLiteral( "berlin-jugendfreizeiteinrichtungen.geojson" ) ) }, { QStringLiteral( "CATALOGUE" ), catalogue },
             { QStringLiteral( "NAME_FIELD" ), QStringLiteral( "e_name" ) }, { QStringLiteral( "EXTERNAL_ID_FIELD" ), QStringLiteral( "e_nr" ) }, { QStringLiteral( "PROVIDER_FIELD" ), QStringLiteral( "t_name" ) },
             { QStringLiteral( "CAPACITY_FIELD" ), QStringLiteral( "e_platz" ) }, { QStringLiteral( "TARGET_GROUPS" ), QStringLiteral( "juvenile" ) }, { QStringLiteral( "THEMES" ), QStringLiteral( "leisure_encounter" ) },
             { QStringLiteral( "ADDRESS" ), QStringLiteral( "\"e_strasse\" || ' ' || \"e_hnr\"" ) }, { QStringLiteral( "POSTCODE_FIELD" ), QStringLiteral( "e_plz" ) }, { QStringLiteral( "CITY_FIELD" ), QStringLiteral( "e_ort" ) },
             { QStringLiteral( "PHONE_FIELD" ), QStringLiteral( "e_tel" ) }, { QStringLiteral( "WEB_FIELD" ), QStringLiteral( "e_web" ) } };
  }

  QVariantMap kitaImport( const QString &catalogue )
  {
    return { { QStringLiteral( "INPUT" ), TestUtils::sharedData( QStringLiteral( "berlin-kindertagesstaetten.geojson" ) ) }, { QStringLiteral( "CATALOGUE" ), catalogue },
             { QStringLiteral( "NAME_FIELD" ), QStringLiteral( "e_name" ) }, { QStringLiteral( "EXTERNAL_ID_FIELD" ), QStringLiteral( "e_nr" ) }, { QStringLiteral( "PROVIDER_FIELD" ), QStringLiteral( "t_name" ) },
             { QStringLiteral( "CAPACITY_FIELD" ), QStringLiteral( "e_platz" ) }, { QStringLiteral( "TARGET_GROUPS" ), QStringLiteral( "child" ) }, { QStringLiteral( "THEMES" ), QStringLiteral( "education" ) } };
  }

  long long geojsonFeatureCount( const QString &file )
  {
    QgsVectorLayer layer( TestUtils::sharedData( file ), QStringLiteral( "x" ), QStringLiteral( "ogr" ) );
    return layer.featureCount();
  }

  QMap<QString, QByteArray> folderContents( const QString &folder )
  {
    QMap<QString, QByteArray> files;
    QDirIterator it( folder, QDir::Files );
    while ( it.hasNext() )
    {
      QFile f( it.next() );
      f.open( QIODevice::ReadOnly );
      files.insert( QFileInfo( f ).fileName(), f.readAll() );
    }
    return files;
  }
} // namespace

class TestCatalogueAlgorithms : public QObject
{
    Q_OBJECT

  private:
    QTemporaryDir mDir;
    QString mCatalogue;
    QString out( const QString &name ) { return mDir.filePath( name ); }

  private slots:
    void initTestCase()
    {
      TestUtils::initQgis();
      mCatalogue = out( QStringLiteral( "berlin.sqlite" ) );
    }
    void cleanupTestCase() { TestUtils::exitQgis(); }

    void importsBerlinYouthCentresAndKitas()
    {
      TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:importofferings" ), youthCentreImport( mCatalogue ) );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      const long long youth = geojsonFeatureCount( QStringLiteral( "berlin-jugendfreizeiteinrichtungen.geojson" ) );
      QCOMPARE( run.results.value( QStringLiteral( "IMPORTED" ) ).toLongLong(), youth );
      // Providers are stakeholders, once each: far fewer than offerings.
      const long long stakeholders = run.results.value( QStringLiteral( "STAKEHOLDERS" ) ).toLongLong();
      QVERIFY( stakeholders > 50 && stakeholders < youth );

      run = TestUtils::run( QStringLiteral( "sozialraum:importofferings" ), kitaImport( mCatalogue ) );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      const long long kitas = geojsonFeatureCount( QStringLiteral( "berlin-kindertagesstaetten.geojson" ) );
      // Kita and youth-centre numbers overlap in Berlin's data; ids are kept per source, so nothing merges.
      QCOMPARE( run.results.value( QStringLiteral( "IMPORTED" ) ).toLongLong(), kitas );
      QCOMPARE( run.results.value( QStringLiteral( "UPDATED" ) ).toLongLong(), 0LL );

      const sozialraum::catalogue::Catalogue store = sozialraum::catalogue::Catalogue::open( mCatalogue.toStdString() );
      QCOMPARE( store.recordCount( "service" ), youth + kitas );
      QCOMPARE( store.recordCount( "location" ), youth + kitas );
    }

    void reimportUpdatesInsteadOfDuplicating()
    {
      const long long before = sozialraum::catalogue::Catalogue::open( mCatalogue.toStdString() ).recordCount( "service" );
      const long long organizations = sozialraum::catalogue::Catalogue::open( mCatalogue.toStdString() ).recordCount( "organization" );
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:importofferings" ), youthCentreImport( mCatalogue ) );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      QCOMPARE( run.results.value( QStringLiteral( "IMPORTED" ) ).toLongLong(), 0LL );
      QCOMPARE( run.results.value( QStringLiteral( "STAKEHOLDERS" ) ).toLongLong(), 0LL );
      const sozialraum::catalogue::Catalogue store = sozialraum::catalogue::Catalogue::open( mCatalogue.toStdString() );
      QCOMPARE( store.recordCount( "service" ), before );
      QCOMPARE( store.recordCount( "organization" ), organizations );
    }

    void offeringsComeBackAsFacilitiesWithNumericCapacity()
    {
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:offeringslayer" ), { { QStringLiteral( "CATALOGUE" ), mCatalogue }, { QStringLiteral( "TARGET_GROUP" ), QStringLiteral( "child" ) }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "kitas.gpkg" ) ) } } );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      auto layer = TestUtils::layer( run.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      QCOMPARE( layer->featureCount(), geojsonFeatureCount( QStringLiteral( "berlin-kindertagesstaetten.geojson" ) ) );
      QCOMPARE( layer->fields().field( QStringLiteral( "capacity" ) ).type(), QVariant::Double );
      double places = 0;
      QgsFeatureIterator it = layer->getFeatures();
      QgsFeature f;
      while ( it.nextFeature( f ) )
        places += f.attribute( QStringLiteral( "capacity" ) ).toDouble();
      QVERIFY( places > 150000 ); // Berlin has roughly 190,000 Kita places

      // ... and feed the catchment ratio directly.
      const TestUtils::Run ratio = TestUtils::run( QStringLiteral( "sozialraum:catchmentratio" ), { { QStringLiteral( "DEMAND" ), TestUtils::sharedData( QStringLiteral( "berlin-planungsraeume-2019-mss.geojson" ) ) }, { QStringLiteral( "DEMAND_FIELD" ), QStringLiteral( "inhabitants" ) }, { QStringLiteral( "SUPPLY" ), run.results.value( QStringLiteral( "OUTPUT" ) ) }, { QStringLiteral( "SUPPLY_FIELD" ), QStringLiteral( "capacity" ) }, { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "CATCHMENT" ), 1500 }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "ratio.gpkg" ) ) } } );
      QVERIFY2( ratio.ok, qPrintable( ratio.error ) );
    }

    void hsdsRoundTripLosesNothing()
    {
      TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:exporthsds" ), { { QStringLiteral( "CATALOGUE" ), mCatalogue }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "hsds1" ) ) } } );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      QVERIFY( QFile::exists( out( QStringLiteral( "hsds1/datapackage.json" ) ) ) );
      QVERIFY( QFile::exists( out( QStringLiteral( "hsds1/service.csv" ) ) ) );
      run = TestUtils::run( QStringLiteral( "sozialraum:importhsds" ), { { QStringLiteral( "INPUT" ), out( QStringLiteral( "hsds1" ) ) }, { QStringLiteral( "CATALOGUE" ), out( QStringLiteral( "copy.sqlite" ) ) } } );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      run = TestUtils::run( QStringLiteral( "sozialraum:exporthsds" ), { { QStringLiteral( "CATALOGUE" ), out( QStringLiteral( "copy.sqlite" ) ) }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "hsds2" ) ) } } );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      const QMap<QString, QByteArray> first = folderContents( out( QStringLiteral( "hsds1" ) ) );
      const QMap<QString, QByteArray> second = folderContents( out( QStringLiteral( "hsds2" ) ) );
      QCOMPARE( first.keys(), second.keys() );
      for ( const QString &file : first.keys() )
        QVERIFY2( first.value( file ) == second.value( file ), qPrintable( file ) );
      // Personal contacts stay out by default: no contact names in the package.
      QVERIFY( !first.value( QStringLiteral( "contact.csv" ) ).contains( "@" ) );
    }

    void quarterProfileCountsOfferingsPerPlanningArea()
    {
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:quarterprofile" ), { { QStringLiteral( "CATALOGUE" ), mCatalogue }, { QStringLiteral( "AREAS" ), TestUtils::sharedData( QStringLiteral( "berlin-planungsraeume-2019-mss.geojson" ) ) }, { QStringLiteral( "VALID_ON" ), QString() }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "profile.gpkg" ) ) } } );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      auto layer = TestUtils::layer( run.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      QCOMPARE( layer->featureCount(), 448LL );
      long long offerings = 0, children = 0, youth = 0;
      QgsFeatureIterator it = layer->getFeatures();
      QgsFeature f;
      while ( it.nextFeature( f ) )
      {
        offerings += f.attribute( QStringLiteral( "offerings" ) ).toLongLong();
        children += f.attribute( QStringLiteral( "target_child" ) ).toLongLong();
        youth += f.attribute( QStringLiteral( "target_juvenile" ) ).toLongLong();
        QVERIFY( f.attribute( QStringLiteral( "stakeholders" ) ).toInt() <= f.attribute( QStringLiteral( "offerings" ) ).toInt() );
      }
      const long long kitas = geojsonFeatureCount( QStringLiteral( "berlin-kindertagesstaetten.geojson" ) );
      const long long centres = geojsonFeatureCount( QStringLiteral( "berlin-jugendfreizeiteinrichtungen.geojson" ) );
      // Planning areas tile Berlin: (almost) every site lies in exactly one of them.
      QVERIFY2( offerings >= 0.99 * ( kitas + centres ) && offerings <= kitas + centres, qPrintable( QString::number( offerings ) ) );
      QVERIFY( children >= 0.99 * kitas && children <= kitas );
      QVERIFY( youth >= 0.99 * centres && youth <= centres );
    }

    void notACatalogueIsRefusedClearly()
    {
      QFile file( out( QStringLiteral( "notes.sqlite" ) ) );
      QVERIFY( file.open( QIODevice::WriteOnly ) );
      file.write( "this is not a database" );
      file.close();
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:offeringslayer" ), { { QStringLiteral( "CATALOGUE" ), file.fileName() }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "x.gpkg" ) ) } } );
      QVERIFY( !run.ok );
      QVERIFY2( run.error.contains( QStringLiteral( "notes.sqlite" ) ), qPrintable( run.error ) );
      const TestUtils::Run missing = TestUtils::run( QStringLiteral( "sozialraum:offeringslayer" ), { { QStringLiteral( "CATALOGUE" ), out( QStringLiteral( "nowhere.sqlite" ) ) }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "y.gpkg" ) ) } } );
      QVERIFY( !missing.ok );
      QVERIFY2( missing.error.contains( QStringLiteral( "does not exist" ) ), qPrintable( missing.error ) );
    }

    void killedImportLeavesTheCatalogueAsItWas()
    {
      // A fresh catalogue with the youth centres; then a Kita import through the runner is killed midway.
      const QString catalogue = out( QStringLiteral( "killed.sqlite" ) );
      QVERIFY( TestUtils::run( QStringLiteral( "sozialraum:importofferings" ), youthCentreImport( catalogue ) ).ok );
      const long long before = sozialraum::catalogue::Catalogue::open( catalogue.toStdString() ).recordCount( "service" );
      QStringList args { QStringLiteral( "run" ), QStringLiteral( "sozialraum:importofferings" ) };
      const QVariantMap p = kitaImport( catalogue );
      for ( auto it = p.constBegin(); it != p.constEnd(); ++it )
        args << QStringLiteral( "--%1=%2" ).arg( it.key(), it.value().toString() );
      QProcess process;
      process.start( QStringLiteral( SOZIALRAUM_BINARY_DIR "/bin/sozialraum_process" ), args );
      QVERIFY( process.waitForStarted() );
      QByteArray err;
      QElapsedTimer timer;
      timer.start();
      // Wait until the import is well under way (progress past 20 %), then kill without warning.
      while ( !err.contains( "20..." ) && timer.elapsed() < 60000 && process.state() == QProcess::Running )
      {
        process.waitForReadyRead( 50 );
        err += process.readAllStandardError();
      }
      QVERIFY2( err.contains( "20..." ), err.constData() );
      ::kill( static_cast<pid_t>( process.processId() ), SIGKILL );
      process.waitForFinished( 10000 );
      const sozialraum::catalogue::Catalogue store = sozialraum::catalogue::Catalogue::open( catalogue.toStdString() );
      QCOMPARE( store.recordCount( "service" ), before );
      // The catalogue still works: a complete import goes through afterwards.
      QVERIFY( TestUtils::run( QStringLiteral( "sozialraum:importofferings" ), kitaImport( catalogue ) ).ok );
    }
};

QTEST_MAIN( TestCatalogueAlgorithms )
#include "test_alg_catalogue.moc"
