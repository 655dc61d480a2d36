// sozialraum_process behaves like qgis_process: list, help, run, models, errors.
#include <QtTest/QtTest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <csignal>
#include <sys/types.h>

class TestRunner : public QObject
{
    Q_OBJECT

  private:
    struct Result
    {
      int exitCode = -1;
      QString out;
      QString err;
    };

    Result runner( const QStringList &args, const QMap<QString, QString> &env = {} )
    {
      QProcess process;
      QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
      for ( auto it = env.constBegin(); it != env.constEnd(); ++it )
        environment.insert( it.key(), it.value() );
      process.setProcessEnvironment( environment );
      process.start( QStringLiteral( SOZIALRAUM_BINARY_DIR "/bin/sozialraum_process" ), args );
      if ( !process.waitForFinished( 120000 ) )
        process.kill();
      Result r;
      r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
      r.out = QString::fromUtf8( process.readAllStandardOutput() );
      r.err = QString::fromUtf8( process.readAllStandardError() );
      return r;
    }

  private slots:
    void listShowsOursNextToNative()
    {
      const Result r = runner( { QStringLiteral( "list" ) } );
      QCOMPARE( r.exitCode, 0 );
      QVERIFY2( r.out.contains( QStringLiteral( "sozialraum:" ) ), qPrintable( r.out.left( 500 ) ) );
      QVERIFY( r.out.contains( QStringLiteral( "native:buffer" ) ) );
      QVERIFY( r.out.contains( QStringLiteral( "native:serviceareafromlayer" ) ) );
    }

    void listAsJson()
    {
      const Result r = runner( { QStringLiteral( "list" ), QStringLiteral( "--json" ) } );
      QCOMPARE( r.exitCode, 0 );
      const QJsonObject root = QJsonDocument::fromJson( r.out.toUtf8() ).object();
      QVERIFY( root.value( QStringLiteral( "providers" ) ).toObject().contains( QStringLiteral( "sozialraum" ) ) );
      QVERIFY( root.value( QStringLiteral( "providers" ) ).toObject().contains( QStringLiteral( "native" ) ) );
    }

    void helpDescribesParameters()
    {
      const Result r = runner( { QStringLiteral( "help" ), QStringLiteral( "sozialraum:socialindex" ) } );
      QCOMPARE( r.exitCode, 0 );
      QVERIFY( r.out.contains( QStringLiteral( "INDICATORS" ) ) );
      QVERIFY( r.out.contains( QStringLiteral( "NORMALIZATION" ) ) );
      QVERIFY( r.out.contains( QStringLiteral( "Arguments" ) ) );
      QVERIFY( !r.out.contains( QStringLiteral( "<p>" ) ) ); // console help is plain text
      // ... with characters, not HTML entities
      QVERIFY2( r.out.contains( QStringLiteral( "class 1 score < −1" ) ), qPrintable( r.out.left( 2000 ) ) );
      QVERIFY( !r.out.contains( QStringLiteral( "&lt;" ) ) && !r.out.contains( QStringLiteral( "&gt;" ) ) && !r.out.contains( QStringLiteral( "&amp;" ) ) );
      // a label says "optional" once: the runner adds "(optional)", the description does not
      for ( const QString &line : r.out.split( '\n' ) )
        QVERIFY2( line.count( QStringLiteral( "optional" ), Qt::CaseInsensitive ) <= 1 || !line.contains( QStringLiteral( ": " ) ), qPrintable( line ) );
    }

    void helpIsGermanUnderAGermanLocale()
    {
      const QMap<QString, QString> german { { QStringLiteral( "LC_ALL" ), QStringLiteral( "de_DE.UTF-8" ) }, { QStringLiteral( "LANG" ), QStringLiteral( "de_DE.UTF-8" ) }, { QStringLiteral( "LANGUAGE" ), QStringLiteral( "de" ) } };
      const Result r = runner( { QStringLiteral( "help" ), QStringLiteral( "sozialraum:socialindex" ) }, german );
      QCOMPARE( r.exitCode, 0 );
      QVERIFY2( r.out.contains( QStringLiteral( "Argumente" ) ), qPrintable( r.out.left( 800 ) ) );
      QVERIFY2( r.out.contains( QStringLiteral( "Indikatoren" ) ), qPrintable( r.out.left( 800 ) ) );
      QVERIFY( !r.out.contains( QStringLiteral( "Available values" ) ) );
    }

    void unknownAlgorithmFailsWithAHint()
    {
      const Result r = runner( { QStringLiteral( "run" ), QStringLiteral( "sozialraum:nosuchthing" ) } );
      QCOMPARE( r.exitCode, 2 );
      QVERIFY( r.err.contains( QStringLiteral( "sozialraum:nosuchthing" ) ) );
      QVERIFY( r.err.contains( QStringLiteral( "list" ) ) );
    }

    void unknownParameterIsNamed()
    {
      const Result r = runner( { QStringLiteral( "run" ), QStringLiteral( "sozialraum:socialindex" ), QStringLiteral( "--INPUTT=x.csv" ) } );
      QCOMPARE( r.exitCode, 2 );
      QVERIFY2( r.err.contains( QStringLiteral( "INPUTT" ) ), qPrintable( r.err ) );
    }

    void malformedArgumentIsRefused()
    {
      const Result r = runner( { QStringLiteral( "run" ), QStringLiteral( "sozialraum:socialindex" ), QStringLiteral( "INPUT" ) } );
      QCOMPARE( r.exitCode, 2 );
      QVERIFY( r.err.contains( QStringLiteral( "--NAME=value" ) ) );
    }

    void missingMandatoryParameterIsNamed()
    {
      const Result r = runner( { QStringLiteral( "run" ), QStringLiteral( "sozialraum:socialindex" ) } );
      QCOMPARE( r.exitCode, 2 );
      QVERIFY2( r.err.contains( QStringLiteral( "--INPUT" ) ), qPrintable( r.err ) );
    }

    void unknownCommandFails()
    {
      const Result r = runner( { QStringLiteral( "frobnicate" ) } );
      QCOMPARE( r.exitCode, 2 );
      QVERIFY( r.err.contains( QStringLiteral( "Usage" ) ) );
    }

    void runsAnAlgorithmOnACsvAndWritesAGeoPackage()
    {
      QTemporaryDir dir;
      const QString out = dir.filePath( QStringLiteral( "index.gpkg" ) );
      const Result r = runner( { QStringLiteral( "run" ), QStringLiteral( "sozialraum:socialindex" ), QStringLiteral( "--json" ),
                                 QStringLiteral( "--INPUT=" SOZIALRAUM_TEST_DATA "/areas.csv" ),
                                 QStringLiteral( "--INDICATORS=unemployed;transfer;child_poverty" ),
                                 QStringLiteral( "--OUTPUT=" ) + out } );
      QVERIFY2( r.exitCode == 0, qPrintable( r.err ) );
      const QJsonObject root = QJsonDocument::fromJson( r.out.toUtf8() ).object();
      QVERIFY2( root.value( QStringLiteral( "ok" ) ).toBool(), qPrintable( r.out ) );
      QCOMPARE( root.value( QStringLiteral( "results" ) ).toObject().value( QStringLiteral( "OUTPUT" ) ).toString(), out );
      QVERIFY( QFile::exists( out ) );
      QVERIFY( r.err.contains( QStringLiteral( "100" ) ) ); // progress went to stderr
    }

    void fastExitLeavesCompleteOutputsAndNoTemporaryFiles()
    {
      // The runner leaves without QGIS's slow shutdown (and starts lean for sozialraum:*): every output
      // must still be complete and closed, and no scratch profile or temporary folder may stay behind.
      QTemporaryDir dir;
      QTemporaryDir tmp;
      const QString out = dir.filePath( QStringLiteral( "index.gpkg" ) );
      for ( const QString &algorithm : { QStringLiteral( "sozialraum:socialindex" ), QStringLiteral( "native:savefeatures" ) } )
      {
        QFile::remove( out );
        const QStringList args = algorithm == QLatin1String( "native:savefeatures" )
                                   ? QStringList { QStringLiteral( "run" ), algorithm, QStringLiteral( "--INPUT=" SOZIALRAUM_TEST_DATA "/areas.csv" ), QStringLiteral( "--OUTPUT=" ) + out }
                                   : QStringList { QStringLiteral( "run" ), algorithm, QStringLiteral( "--INPUT=" SOZIALRAUM_TEST_DATA "/areas.csv" ), QStringLiteral( "--INDICATORS=unemployed;transfer;child_poverty" ), QStringLiteral( "--OUTPUT=" ) + out };
        const Result r = runner( args, { { QStringLiteral( "TMPDIR" ), tmp.path() }, { QStringLiteral( "SOZIALRAUM_TIMINGS" ), QStringLiteral( "1" ) } } );
        QVERIFY2( r.exitCode == 0, qPrintable( r.err ) );
        QVERIFY2( r.err.contains( QStringLiteral( "[timing]" ) ) && r.err.contains( QStringLiteral( "results printed" ) ), qPrintable( r.err ) );
        QVERIFY2( QDir( tmp.path() ).entryList( QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot ).isEmpty(),
                  qPrintable( QDir( tmp.path() ).entryList( QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot ).join( ' ' ) ) );
        QVERIFY2( QDir( dir.path() ).entryList( QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot ) == QStringList { QStringLiteral( "index.gpkg" ) },
                  qPrintable( QDir( dir.path() ).entryList( QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot ).join( ' ' ) ) ); // no -wal, -journal or staging folder
        QSqlDatabase db = QSqlDatabase::addDatabase( QStringLiteral( "QSQLITE" ), QStringLiteral( "fastexit" ) );
        db.setDatabaseName( out );
        QVERIFY( db.open() );
        {
          QSqlQuery integrity( QStringLiteral( "PRAGMA integrity_check" ), db );
          QVERIFY( integrity.next() );
          QCOMPARE( integrity.value( 0 ).toString(), QStringLiteral( "ok" ) );
          QSqlQuery table( QStringLiteral( "SELECT table_name FROM gpkg_contents" ), db );
          QVERIFY( table.next() );
          QSqlQuery count( QStringLiteral( "SELECT COUNT(*) FROM \"%1\"" ).arg( table.value( 0 ).toString() ), db );
          QVERIFY( count.next() );
          QVERIFY2( count.value( 0 ).toInt() > 0, qPrintable( algorithm ) );
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase( QStringLiteral( "fastexit" ) );
      }
    }

    void runsAModelThatChainsSozialraumAndNative()
    {
      QTemporaryDir dir;
      const QString out = dir.filePath( QStringLiteral( "model.gpkg" ) );
      const Result r = runner( { QStringLiteral( "run" ), QStringLiteral( SOZIALRAUM_TEST_DATA "/index_then_filter.model3" ),
                                 QStringLiteral( "--areas=" SOZIALRAUM_TEST_DATA "/areas.csv" ),
                                 QStringLiteral( "--native:extractbyexpression_1:high_need=" ) + out } );
      QVERIFY2( r.exitCode == 0, qPrintable( r.err + r.out ) );
      QVERIFY2( QFile::exists( out ), qPrintable( r.out ) );
    }

    void ctrlCCancelsARunningAlgorithm()
    {
      // Isochrones of 40 minutes from every OSM point of Lauf take minutes; Ctrl+C must stop them.
      const QString pbf = QStringLiteral( SOZIALRAUM_SHARED_DATA "/lauf-an-der-pegnitz-2020-01-15.osm.pbf" );
      QTemporaryDir dir;
      QProcess process;
      process.start( QStringLiteral( SOZIALRAUM_BINARY_DIR "/bin/sozialraum_process" ),
                     { QStringLiteral( "run" ), QStringLiteral( "sozialraum:isochrones" ), QStringLiteral( "--NETWORK=" ) + pbf + QStringLiteral( "|layername=lines|subset=\"highway\" IS NOT NULL" ),
                       QStringLiteral( "--FACILITIES=" ) + pbf + QStringLiteral( "|layername=points" ), QStringLiteral( "--BANDS=20,40" ), QStringLiteral( "--MAX_SNAP_DISTANCE=5000" ),
                       QStringLiteral( "--OUTPUT=" ) + dir.filePath( QStringLiteral( "x.gpkg" ) ) } );
      QVERIFY( process.waitForStarted() );
      QByteArray err;
      QElapsedTimer timer;
      timer.start();
      while ( !err.contains( "Searching from" ) && timer.elapsed() < 60000 )
      {
        process.waitForReadyRead( 500 );
        err += process.readAllStandardError();
      }
      QVERIFY2( err.contains( "Searching from" ), err.constData() );
      ::kill( static_cast<pid_t>( process.processId() ), SIGINT );
      QVERIFY2( process.waitForFinished( 20000 ), "the run did not stop within 20 s of Ctrl+C" );
      err += process.readAllStandardError();
      QCOMPARE( process.exitCode(), 130 );
      QVERIFY( err.contains( "Cancelled" ) );
    }

    void runsTheGapWorkflowModelOnBerlinData()
    {
      // The shipped example chains socialindex → catchmentratio → servicegaps → locationsuggest.
      QTemporaryDir dir;
      const QString data = QStringLiteral( SOZIALRAUM_SHARED_DATA );
      const Result r = runner( { QStringLiteral( "run" ), QStringLiteral( "--json" ), QStringLiteral( SOZIALRAUM_SOURCE_DIR "/models/gap_workflow.model3" ),
                                 QStringLiteral( "--areas=" ) + data + QStringLiteral( "/berlin-planungsraeume-2019-mss.geojson" ),
                                 QStringLiteral( "--indicators=s1_percentage_unemployed;s3_percentage_transfer_payments_recipients;s4_percentage_transfer_payments_recipients_below_15_years" ),
                                 QStringLiteral( "--population=inhabitants" ),
                                 QStringLiteral( "--facilities=" ) + data + QStringLiteral( "/berlin-kindertagesstaetten.geojson" ), QStringLiteral( "--capacity=e_platz" ),
                                 QStringLiteral( "--candidates=" ) + data + QStringLiteral( "/berlin-schulen.geojson" ),
                                 QStringLiteral( "--gaps:gaps=" ) + dir.filePath( QStringLiteral( "gaps.gpkg" ) ),
                                 QStringLiteral( "--sites:sites=" ) + dir.filePath( QStringLiteral( "sites.gpkg" ) ) } );
      QVERIFY2( r.exitCode == 0, qPrintable( r.err.right( 2000 ) ) );
      const QJsonObject results = QJsonDocument::fromJson( r.out.toUtf8() ).object().value( QStringLiteral( "results" ) ).toObject();
      QCOMPARE( results.value( QStringLiteral( "gaps:gaps" ) ).toString(), dir.filePath( QStringLiteral( "gaps.gpkg" ) ) );
      QVERIFY( QFile::exists( dir.filePath( QStringLiteral( "gaps.gpkg" ) ) ) );
      QVERIFY( QFile::exists( dir.filePath( QStringLiteral( "sites.gpkg" ) ) ) );
      QVERIFY( r.err.contains( QStringLiteral( "high need and poor access" ) ) );
    }

    void failedRunExitsNonZeroWithTheReason()
    {
      QTemporaryDir dir;
      const Result r = runner( { QStringLiteral( "run" ), QStringLiteral( "sozialraum:socialindex" ),
                                 QStringLiteral( "--INPUT=" SOZIALRAUM_TEST_DATA "/areas.csv" ),
                                 QStringLiteral( "--INDICATORS=name" ),
                                 QStringLiteral( "--OUTPUT=" ) + dir.filePath( QStringLiteral( "x.gpkg" ) ) } );
      QCOMPARE( r.exitCode, 1 );
      QVERIFY2( r.err.contains( QStringLiteral( "name" ) ), qPrintable( r.err ) );
    }
};

QTEST_MAIN( TestRunner )
#include "test_runner.moc"
