// Bad input across all algorithms, as a careful but unlucky planner would give it, through the
// runner: each case must end with a clear message (naming what to change), the right exit code,
// no output file left behind, and never a crash or a hang.

#include "testutils.h"

#include <QtTest/QtTest>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <csignal>
#include <sys/types.h>

namespace
{
  struct Exit
  {
    int code = -1;
    QString err;
  };

  Exit runner( const QStringList &args, int timeoutMs = 120000 )
  {
    QProcess process;
    process.start( QStringLiteral( SOZIALRAUM_BINARY_DIR "/bin/sozialraum_process" ), args );
    if ( !process.waitForFinished( timeoutMs ) )
    {
      process.kill();
      process.waitForFinished();
      return Exit { -2, QStringLiteral( "hung: no answer within %1 s" ).arg( timeoutMs / 1000 ) };
    }
    Exit e;
    e.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    e.err = QString::fromUtf8( process.readAllStandardError() );
    return e;
  }

  void writeText( const QString &path, const QByteArray &text )
  {
    QFile file( path );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write( text );
  }
} // namespace

class TestProbes : public QObject
{
    Q_OBJECT

  private:
    QTemporaryDir mDir;
    QString out( const QString &name ) const { return mDir.filePath( name ); }
    static QString data( const QString &name ) { return TestUtils::sharedData( name ); }

    QString makeLayer( const QString &algorithm, QVariantMap parameters, const QString &name )
    {
      parameters.insert( QStringLiteral( "OUTPUT" ), out( name ) );
      const TestUtils::Run r = TestUtils::run( algorithm, parameters );
      if ( !r.ok )
        qWarning() << algorithm << r.error;
      return r.ok ? out( name ) : QString();
    }

  private slots:
    void initTestCase()
    {
      TestUtils::initQgis();
      const QString areas = data( QStringLiteral( "berlin-planungsraeume-2019-mss.geojson" ) );
      const QString kitas = data( QStringLiteral( "berlin-kindertagesstaetten.geojson" ) );
      QVERIFY( !makeLayer( QStringLiteral( "native:extractbyexpression" ), { { QStringLiteral( "INPUT" ), areas }, { QStringLiteral( "EXPRESSION" ), QStringLiteral( "FALSE" ) } }, QStringLiteral( "areas_empty.gpkg" ) ).isEmpty() );
      QVERIFY( !makeLayer( QStringLiteral( "native:extractbyexpression" ), { { QStringLiteral( "INPUT" ), kitas }, { QStringLiteral( "EXPRESSION" ), QStringLiteral( "FALSE" ) } }, QStringLiteral( "kitas_empty.gpkg" ) ).isEmpty() );
      QVERIFY( !makeLayer( QStringLiteral( "native:fieldcalculator" ),
                           { { QStringLiteral( "INPUT" ), areas }, { QStringLiteral( "FIELD_NAME" ), QStringLiteral( "s1_text" ) }, { QStringLiteral( "FIELD_TYPE" ), 2 }, { QStringLiteral( "FIELD_LENGTH" ), 20 },
                             { QStringLiteral( "FORMULA" ), QStringLiteral( "CASE WHEN \"id\" = '01011101' THEN 'k.A.' ELSE to_string(\"s1_percentage_unemployed\") END" ) } },
                           QStringLiteral( "areas_text.gpkg" ) )
                  .isEmpty() );
      QVERIFY( !makeLayer( QStringLiteral( "native:assignprojection" ), { { QStringLiteral( "INPUT" ), kitas }, { QStringLiteral( "CRS" ), QStringLiteral( "EPSG:4326" ) } }, QStringLiteral( "kitas_mislabelled.gpkg" ) ).isEmpty() );
      QVERIFY( !makeLayer( QStringLiteral( "native:fieldcalculator" ),
                           { { QStringLiteral( "INPUT" ), kitas }, { QStringLiteral( "FIELD_NAME" ), QStringLiteral( "e_name" ) }, { QStringLiteral( "FIELD_TYPE" ), 2 }, { QStringLiteral( "FIELD_LENGTH" ), 80 },
                             { QStringLiteral( "FORMULA" ), QStringLiteral( "CASE WHEN $id = 5 THEN NULL ELSE \"e_name\" END" ) } },
                           QStringLiteral( "kitas_noname.gpkg" ) )
                  .isEmpty() );
      writeText( out( QStringLiteral( "huge.json" ) ), "{ \"root\": { \"id\": \"a\", \"field\": \"s1_percentage_unemployed\", \"weight\": 1e999 } }" );
      writeText( out( QStringLiteral( "deep.json" ) ), "{ \"root\": " + QByteArray( 50000, '[' ) + QByteArray( 50000, ']' ) + " }" );
      writeText( out( QStringLiteral( "not_a_catalogue.sqlite" ) ), "just text\n" );
      QVERIFY( QDir().mkpath( out( QStringLiteral( "busy_folder" ) ) ) );
      writeText( out( QStringLiteral( "busy_folder/notes.txt" ) ), "keep\n" );
      QVERIFY( QDir().mkpath( out( QStringLiteral( "endless" ) ) ) );
      QVERIFY( QFile::link( QStringLiteral( "/dev/zero" ), out( QStringLiteral( "endless/services.csv" ) ) ) );
      // A small catalogue for the catalogue algorithms.
      const Exit e = runner( { QStringLiteral( "run" ), QStringLiteral( "sozialraum:importofferings" ), QStringLiteral( "--INPUT=" ) + data( QStringLiteral( "berlin-jugendfreizeiteinrichtungen.geojson" ) ),
                               QStringLiteral( "--CATALOGUE=" ) + out( QStringLiteral( "youth.sqlite" ) ), QStringLiteral( "--NAME_FIELD=e_name" ), QStringLiteral( "--EXTERNAL_ID_FIELD=e_nr" ),
                               QStringLiteral( "--TARGET_GROUPS=juvenile" ) } );
      QVERIFY2( e.code == 0, qPrintable( e.err ) );
    }

    void cleanupTestCase() { TestUtils::exitQgis(); }

    void badInputGivesAClearMessage_data()
    {
      QTest::addColumn<QStringList>( "args" );
      QTest::addColumn<int>( "exitCode" );
      QTest::addColumn<QString>( "message" );

      const QString areas = data( QStringLiteral( "berlin-planungsraeume-2019-mss.geojson" ) );
      const QString kitas = data( QStringLiteral( "berlin-kindertagesstaetten.geojson" ) );
      const QString lauf = data( QStringLiteral( "lauf-an-der-pegnitz-2020-01-15.osm.pbf" ) );
      const QString network = QStringLiteral( "--NETWORK=" ) + lauf + QStringLiteral( "|layername=lines|subset=\"highway\" IS NOT NULL" );
      const QString laufPoints = lauf + QStringLiteral( "|layername=points|subset=\"other_tags\" LIKE '%kindergarten%'" );
      const QString youth = out( QStringLiteral( "youth.sqlite" ) );
      const QString s1 = QStringLiteral( "s1_percentage_unemployed" );
      const QString output = QStringLiteral( "--OUTPUT=" ) + out( QStringLiteral( "result.gpkg" ) );
      const auto run = []( const QString &id ) { return QStringList { QStringLiteral( "run" ), QStringLiteral( "sozialraum:" ) + id }; };
      const QString indicators = QStringLiteral( "--INDICATORS=s1_percentage_unemployed;s3_percentage_transfer_payments_recipients" );

      // Social indices
      QTest::newRow( "socialindex: empty layer" ) << ( run( "socialindex" ) << "--INPUT=" + out( "areas_empty.gpkg" ) << indicators << output ) << 1 << QStringLiteral( "has no rows" );
      QTest::newRow( "socialindex: text in an indicator" ) << ( run( "socialindex" ) << "--INPUT=" + out( "areas_text.gpkg" ) << "--INDICATORS=s1_text;" + s1 << output ) << 1 << QStringLiteral( "k.A." );
      QTest::newRow( "socialindex: unknown indicator" ) << ( run( "socialindex" ) << "--INPUT=" + areas << "--INDICATORS=s9_missing" << output ) << 1 << QStringLiteral( "has no field 's9_missing'. Its fields are" );
      QTest::newRow( "socialindex: weights do not fit" ) << ( run( "socialindex" ) << "--INPUT=" + areas << indicators << "--WEIGHTS=1,2,3" << output ) << 1 << QStringLiteral( "3 weights were given for 2 indicators" );
      QTest::newRow( "socialindex: unknown preset" ) << ( run( "socialindex" ) << "--INPUT=" + areas << "--DEFINITION=berlin-mss-2099" << output ) << 2 << QStringLiteral( "berlin-mss-status" );
      QTest::newRow( "socialindex: weight 1e999" ) << ( run( "socialindex" ) << "--INPUT=" + areas << "--DEFINITION=" + out( "huge.json" ) << output ) << 1 << QStringLiteral( "too large" );
      QTest::newRow( "socialindex: definition nested 50,000 deep" ) << ( run( "socialindex" ) << "--INPUT=" + areas << "--DEFINITION=" + out( "deep.json" ) << output ) << 1 << QStringLiteral( "nests deeper than 64 levels" );
      QTest::newRow( "socialindex: missing-value code is text" ) << ( run( "socialindex" ) << "--INPUT=" + areas << indicators << "--MISSING_VALUES=keine" << output ) << 1 << QStringLiteral( "MISSING_VALUES" );
      QTest::newRow( "socialindex: exclusion on a missing field" ) << ( run( "socialindex" ) << "--INPUT=" + areas << indicators << "--EXCLUDE=\"bezirk\" = 'Mitte'" << output ) << 1 << QStringLiteral( "uses bezirk" );
      QTest::newRow( "monitoring: empty layer" ) << ( run( "monitoring" ) << "--INPUT=" + out( "areas_empty.gpkg" ) << "--STATUS_INDICATORS=" + s1 << "--DYNAMICS_INDICATORS=d1_percentage_unemployed" << output ) << 1 << QStringLiteral( "has no rows" );
      QTest::newRow( "monitoring: population field is text" ) << ( run( "monitoring" ) << "--INPUT=" + out( "areas_text.gpkg" ) << "--STATUS_INDICATORS=" + s1 << "--DYNAMICS_INDICATORS=d1_percentage_unemployed" << "--POPULATION_FIELD=s1_text" << output ) << 1 << QStringLiteral( "k.A." );

      // Accessibility
      QTest::newRow( "isochrones: band is a word" ) << ( run( "isochrones" ) << network << "--FACILITIES=" + laufPoints << "--BANDS=5,zehn" << output ) << 1 << QStringLiteral( "zehn" );
      QTest::newRow( "isochrones: bands descending" ) << ( run( "isochrones" ) << network << "--FACILITIES=" + laufPoints << "--BANDS=10,5" << output ) << 1 << QStringLiteral( "ascending" );
      QTest::newRow( "isochrones: no facilities" ) << ( run( "isochrones" ) << network << "--FACILITIES=" + out( "kitas_empty.gpkg" ) << "--BANDS=5" << output ) << 1 << QStringLiteral( "no features" );
      QTest::newRow( "isochrones: metres labelled as degrees" ) << ( run( "isochrones" ) << network << "--FACILITIES=" + out( "kitas_mislabelled.gpkg" ) << "--BANDS=5" << output ) << 1 << QStringLiteral( "not a place on Earth" );
      QTest::newRow( "isochrones: facilities far from the network" ) << ( run( "isochrones" ) << network << "--FACILITIES=" + kitas << "--BANDS=5" << output ) << 1 << QStringLiteral( "MAX_SNAP_DISTANCE" );
      QTest::newRow( "isochrones: a point layer as network" ) << ( run( "isochrones" ) << "--NETWORK=" + laufPoints << "--FACILITIES=" + laufPoints << "--BANDS=5" << output ) << 1 << QStringLiteral( "holds points, but NETWORK needs lines" );
      QTest::newRow( "isochrones: speed 0" ) << ( run( "isochrones" ) << network << "--FACILITIES=" + laufPoints << "--BANDS=5" << "--COST_TYPE=1" << "--SPEED=0" << output ) << 1 << QStringLiteral( "greater than 0" );
      QTest::newRow( "isochrones: tolerance joins everything" ) << ( run( "isochrones" ) << network << "--FACILITIES=" + laufPoints << "--BANDS=5" << "--TOLERANCE=100000" << output ) << 1 << QStringLiteral( "shrank every line" );
      QTest::newRow( "nearestfacility: neither network nor table" ) << ( run( "nearestfacility" ) << "--ORIGINS=" + laufPoints << "--FACILITIES=" + laufPoints << output ) << 1 << QStringLiteral( "COST_TABLE" );
      QTest::newRow( "nearestfacility: cost table without the fields" ) << ( run( "nearestfacility" ) << "--ORIGINS=" + laufPoints << "--FACILITIES=" + laufPoints << "--COST_TABLE=" + areas << output ) << 1 << QStringLiteral( "has no field 'origin_id'" );
      QTest::newRow( "odmatrix: no maximum cost" ) << ( run( "odmatrix" ) << network << "--ORIGINS=" + laufPoints << "--DESTINATIONS=" + laufPoints << "--MAX_COST=0" << "--OUTPUT=" + out( "od.csv" ) ) << 1 << QStringLiteral( "MAX_COST" );
      QTest::newRow( "odmatrix: no origins" ) << ( run( "odmatrix" ) << network << "--ORIGINS=" + out( "kitas_empty.gpkg" ) << "--DESTINATIONS=" + laufPoints << "--MAX_COST=5" << "--OUTPUT=" + out( "od.csv" ) ) << 1 << QStringLiteral( "no features" );

      // Service gaps
      QTest::newRow( "catchmentratio: catchment 0" ) << ( run( "catchmentratio" ) << "--DEMAND=" + areas << "--DEMAND_FIELD=inhabitants" << "--SUPPLY=" + kitas << "--SUPPLY_FIELD=e_platz" << "--CATCHMENT=0" << output ) << 1 << QStringLiteral( "CATCHMENT" );
      QTest::newRow( "catchmentratio: steps malformed" ) << ( run( "catchmentratio" ) << "--DEMAND=" + areas << "--DEMAND_FIELD=inhabitants" << "--SUPPLY=" + kitas << "--SUPPLY_FIELD=e_platz" << "--METHOD=1" << "--STEPS=10:1,abc" << output ) << 1 << QStringLiteral( "abc" );
      QTest::newRow( "catchmentratio: demand field is text" ) << ( run( "catchmentratio" ) << "--DEMAND=" + kitas << "--DEMAND_FIELD=e_name" << "--SUPPLY=" + kitas << "--SUPPLY_FIELD=e_platz" << output ) << 0 << QStringLiteral( "count as 0" );
      QTest::newRow( "servicegaps: need field is text" ) << ( run( "servicegaps" ) << "--AREAS=" + out( "areas_text.gpkg" ) << "--POPULATION_FIELD=inhabitants" << "--NEED_FIELD=s1_text" << "--SUPPLY=" + kitas << "--SUPPLY_FIELD=e_platz" << output ) << 1 << QStringLiteral( "k.A." );
      QTest::newRow( "servicegaps: no demand at all" ) << ( run( "servicegaps" ) << "--AREAS=" + areas << "--NEED_FIELD=" + s1 << "--SUPPLY=" + kitas << output ) << 1 << QStringLiteral( "POPULATION_FIELD" );
      QTest::newRow( "locationsuggest: more sites than candidates" ) << ( run( "locationsuggest" ) << "--CANDIDATES=" + laufPoints << "--DEMAND=" + laufPoints << "--P=500" << output ) << 1 << QStringLiteral( "larger than the number of candidate sites" );
      QTest::newRow( "locationsuggest: weight gives text" ) << ( run( "locationsuggest" ) << "--CANDIDATES=" + kitas << "--DEMAND=" + kitas << "--WEIGHT=\"e_name\"" << "--P=1" << output ) << 1 << QStringLiteral( "gives no number" );
      QTest::newRow( "programmetargeting: no programme areas" ) << ( run( "programmetargeting" ) << "--AREAS=" + areas << "--HIGH_NEED=\"inhabitants\" > 10000" << "--PROGRAMME_AREAS=" + out( "areas_empty.gpkg" ) << output ) << 1 << QStringLiteral( "no polygons" );
      QTest::newRow( "budgetallocation: budget not a multiple" ) << ( run( "budgetallocation" ) << "--AREAS=" + areas << "--WEIGHT=coalesce(\"inhabitants\", 0)" << "--BUDGET=1000.5" << "--ROUND_TO=10" << output ) << 1 << QStringLiteral( "multiple" );
      QTest::newRow( "budgetallocation: minimum above maximum" ) << ( run( "budgetallocation" ) << "--AREAS=" + areas << "--WEIGHT=coalesce(\"inhabitants\", 0)" << "--MIN_PER_AREA=100" << "--MAX_PER_AREA=50" << output ) << 1 << QStringLiteral( "larger than the maximum" );
      QTest::newRow( "budgetallocation: shares do not add up" ) << ( run( "budgetallocation" ) << "--AREAS=" + kitas << "--WEIGHT=1" << "--GROUP_FIELD=e_bez" << "--GROUP_SHARES=Mitte:0.5" << output ) << 1 << QStringLiteral( "GROUP_SHARES" );
      QTest::newRow( "budgetallocation: weight is null" ) << ( run( "budgetallocation" ) << "--AREAS=" + areas << "--WEIGHT=\"inhabitants\"" << output ) << 1 << QStringLiteral( "coalesce" );

      // Catalogue
      QTest::newRow( "importofferings: a name is missing" ) << ( run( "importofferings" ) << "--INPUT=" + out( "kitas_noname.gpkg" ) << "--CATALOGUE=" + out( "noname.sqlite" ) << "--NAME_FIELD=e_name" ) << 1 << QStringLiteral( "has no name" );
      QTest::newRow( "importofferings: polygons instead of points" ) << ( run( "importofferings" ) << "--INPUT=" + areas << "--CATALOGUE=" + out( "polygons.sqlite" ) << "--NAME_FIELD=name" ) << 1 << QStringLiteral( "needs points" );
      QTest::newRow( "importofferings: folder does not exist" ) << ( run( "importofferings" ) << "--INPUT=" + kitas << "--CATALOGUE=" + out( "no/such/folder/k.sqlite" ) << "--NAME_FIELD=e_name" ) << 1 << QStringLiteral( "k.sqlite" );
      QTest::newRow( "importofferings: not a catalogue" ) << ( run( "importofferings" ) << "--INPUT=" + kitas << "--CATALOGUE=" + out( "not_a_catalogue.sqlite" ) << "--NAME_FIELD=e_name" ) << 1 << QStringLiteral( "not_a_catalogue.sqlite" );
      QTest::newRow( "offeringslayer: catalogue missing" ) << ( run( "offeringslayer" ) << "--CATALOGUE=" + out( "missing.sqlite" ) << output ) << 1 << QStringLiteral( "does not exist" );
      QTest::newRow( "offeringslayer: unknown theme" ) << ( run( "offeringslayer" ) << "--CATALOGUE=" + youth << "--THEME=astronomy" << output ) << 1 << QStringLiteral( "Known codes" );
      QTest::newRow( "offeringslayer: 31 February" ) << ( run( "offeringslayer" ) << "--CATALOGUE=" + youth << "--VALID_ON=2024-02-31" << output ) << 1 << QStringLiteral( "2024-02-31" );
      QTest::newRow( "exporthsds: folder with other files" ) << ( run( "exporthsds" ) << "--CATALOGUE=" + youth << "--OUTPUT=" + out( "busy_folder" ) ) << 1 << QStringLiteral( "not an HSDS package" );
      QTest::newRow( "importhsds: no such folder" ) << ( run( "importhsds" ) << "--INPUT=" + out( "no_package" ) << "--CATALOGUE=" + out( "fromhsds.sqlite" ) ) << 1 << QStringLiteral( "no_package" );
      QTest::newRow( "importhsds: a table that never ends" ) << ( run( "importhsds" ) << "--INPUT=" + out( "endless" ) << "--CATALOGUE=" + out( "fromhsds.sqlite" ) ) << 1 << QStringLiteral( "not an ordinary file" );
      QTest::newRow( "quarterprofile: points as areas" ) << ( run( "quarterprofile" ) << "--CATALOGUE=" + youth << "--AREAS=" + kitas << output ) << 1 << QStringLiteral( "needs polygons" );

      // The runner itself
      QTest::newRow( "runner: unknown parameter" ) << ( run( "socialindex" ) << "--INPUT=" + areas << "--INDIKATOREN=" + s1 ) << 2 << QStringLiteral( "INDICATORS" );
      QTest::newRow( "runner: unknown algorithm" ) << ( run( "sozialindex" ) ) << 2 << QStringLiteral( "sozialraum_process list" );
      QTest::newRow( "runner: output folder missing" ) << ( run( "socialindex" ) << "--INPUT=" + areas << indicators << "--OUTPUT=" + out( "nowhere/x.gpkg" ) ) << 1 << QStringLiteral( "does not exist" );
    }

    void badInputGivesAClearMessage()
    {
      QFETCH( QStringList, args );
      QFETCH( int, exitCode );
      QFETCH( QString, message );
      QFile::remove( out( QStringLiteral( "result.gpkg" ) ) );
      QFile::remove( out( QStringLiteral( "od.csv" ) ) );
      const Exit e = runner( args );
      QVERIFY2( e.code == exitCode, qPrintable( QStringLiteral( "exit %1, expected %2: %3" ).arg( e.code ).arg( exitCode ).arg( e.err.right( 1500 ) ) ) );
      QVERIFY2( e.err.contains( message ), qPrintable( QStringLiteral( "expected '%1' in: %2" ).arg( message, e.err.right( 1500 ) ) ) );
      QVERIFY2( !e.err.contains( QStringLiteral( "terminate called" ) ) && !e.err.contains( QStringLiteral( "Segmentation" ) ), qPrintable( e.err ) );
      if ( exitCode != 0 )
      {
        QVERIFY( !QFile::exists( out( QStringLiteral( "result.gpkg" ) ) ) );
        QVERIFY( !QFile::exists( out( QStringLiteral( "od.csv" ) ) ) );
        for ( const QString &created : { QStringLiteral( "noname.sqlite" ), QStringLiteral( "polygons.sqlite" ), QStringLiteral( "fromhsds.sqlite" ) } )
          QVERIFY2( !QFile::exists( out( created ) ), qPrintable( created ) );
        QVERIFY( QDir( mDir.path() ).entryList( { QStringLiteral( ".sozialraum-partial-*" ) }, QDir::AllEntries | QDir::Hidden ).isEmpty() );
      }
    }

    void ctrlCDuringAnImportLeavesTheCatalogueAsItWas()
    {
      const QString catalogue = out( QStringLiteral( "youth.sqlite" ) );
      QFile original( catalogue );
      QVERIFY( original.open( QIODevice::ReadOnly ) );
      const QByteArray before = original.readAll();
      original.close();
      QProcess process;
      process.start( QStringLiteral( SOZIALRAUM_BINARY_DIR "/bin/sozialraum_process" ),
                     { QStringLiteral( "run" ), QStringLiteral( "sozialraum:importofferings" ), QStringLiteral( "--INPUT=" ) + data( QStringLiteral( "berlin-kindertagesstaetten.geojson" ) ),
                       QStringLiteral( "--CATALOGUE=" ) + catalogue, QStringLiteral( "--NAME_FIELD=e_name" ), QStringLiteral( "--EXTERNAL_ID_FIELD=e_nr" ) } );
      QVERIFY( process.waitForStarted() );
      QByteArray err;
      QElapsedTimer timer;
      timer.start();
      while ( !err.contains( "10..." ) && timer.elapsed() < 60000 && process.state() == QProcess::Running )
      {
        process.waitForReadyRead( 100 );
        err += process.readAllStandardError();
      }
      QVERIFY2( err.contains( "10..." ), err.constData() );
      ::kill( static_cast<pid_t>( process.processId() ), SIGINT );
      QVERIFY( process.waitForFinished( 10000 ) );
      QCOMPARE( process.exitCode(), 130 );
      QVERIFY( original.open( QIODevice::ReadOnly ) );
      QVERIFY2( original.readAll() == before, "the cancelled import changed the catalogue file" );
    }
};

QTEST_MAIN( TestProbes )
#include "test_alg_probes.moc"
