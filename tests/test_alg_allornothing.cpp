// A run succeeds completely or fails loudly and leaves things as they were (issue 16): outputs
// that would destroy data are refused, failed and cancelled runs leave earlier files untouched
// and no partial ones, wrong expressions and layers are refused before any work. Each case was
// seen to end with exit 0 or a damaged file before the shared output guard existed.

#include "testutils.h"

#include <QtTest/QtTest>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <csignal>
#include <sys/types.h>

#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsprocessing.h>
#include <qgsprovidersublayerdetails.h>
#include <qgsproviderregistry.h>
#include <qgsvectorlayer.h>

namespace
{
  struct Exit
  {
    int code = -1;
    QString out;
    QString err;
  };

  Exit runner( const QStringList &args )
  {
    QProcess process;
    process.start( QStringLiteral( SOZIALRAUM_BINARY_DIR "/bin/sozialraum_process" ), args );
    if ( !process.waitForFinished( 180000 ) )
      process.kill();
    Exit e;
    e.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    e.out = QString::fromUtf8( process.readAllStandardOutput() );
    e.err = QString::fromUtf8( process.readAllStandardError() );
    return e;
  }

  QStringList layerNames( const QString &path )
  {
    QStringList names;
    for ( const QgsProviderSublayerDetails &sublayer : QgsProviderRegistry::instance()->querySublayers( path ) )
      names << sublayer.name();
    names.sort();
    return names;
  }

  QByteArray checksum( const QString &path )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      return QByteArray();
    return QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 );
  }

  //! Hidden staging folders or files a run left behind in \a folder.
  QStringList leftovers( const QString &folder )
  {
    return QDir( folder ).entryList( { QStringLiteral( ".sozialraum-partial-*" ) }, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot );
  }

  //! A GeoPackage holding \a sources as layers named by the map keys (QGIS's own "Package layers").
  bool writeGeoPackage( const QString &path, const QMap<QString, QString> &sources )
  {
    std::vector<std::unique_ptr<QgsVectorLayer>> layers;
    QVariantList list;
    for ( auto it = sources.constBegin(); it != sources.constEnd(); ++it )
    {
      layers.push_back( std::make_unique<QgsVectorLayer>( it.value(), it.key(), QStringLiteral( "ogr" ) ) );
      if ( !layers.back()->isValid() )
        return false;
      list << QVariant::fromValue( layers.back().get() );
    }
    return TestUtils::run( QStringLiteral( "native:package" ), { { QStringLiteral( "LAYERS" ), list }, { QStringLiteral( "OUTPUT" ), path }, { QStringLiteral( "OVERWRITE" ), true } } ).ok;
  }

  //! Sends Ctrl+C once \a marker appeared and \a delayMs passed; returns the milliseconds until the runner ended.
  qint64 interrupt( QProcess &process, const QByteArray &marker, int delayMs, QByteArray &err )
  {
    QElapsedTimer timer;
    timer.start();
    while ( !err.contains( marker ) && timer.elapsed() < 90000 && process.state() == QProcess::Running )
    {
      process.waitForReadyRead( 200 );
      err += process.readAllStandardError();
    }
    if ( !err.contains( marker ) )
      return -1;
    QTest::qWait( delayMs );
    QElapsedTimer stop;
    stop.start();
    ::kill( static_cast<pid_t>( process.processId() ), SIGINT );
    process.waitForFinished( 30000 );
    err += process.readAllStandardError();
    return stop.elapsed();
  }
} // namespace

class TestAllOrNothing : public QObject
{
    Q_OBJECT

  private:
    QTemporaryDir mDir;
    QString mAreas;      // Berlin's planning areas (GeoJSON)
    QString mKitas;      // Berlin's Kitas (GeoJSON)
    QString mTwoLayers;  // a GeoPackage with the layers areas and kitas
    QString mLauf;       // Lauf's OSM extract
    QString mIndicators = QStringLiteral( "s1_percentage_unemployed;s3_percentage_transfer_payments_recipients;s4_percentage_transfer_payments_recipients_below_15_years" );

    QString out( const QString &name ) { return mDir.filePath( name ); }

    //! \a layer as a Shapefile without its .prj: a layer without a CRS as planners meet them.
    QString shapefileWithoutCrs( QgsVectorLayer *layer, const QString &name )
    {
      const QString path = out( name + QStringLiteral( ".shp" ) );
      const TestUtils::Run r = TestUtils::run( QStringLiteral( "native:fixgeometries" ), { { QStringLiteral( "INPUT" ), QVariant::fromValue( layer ) }, { QStringLiteral( "OUTPUT" ), path } } );
      if ( !r.ok )
        return QString();
      QFile::remove( out( name + QStringLiteral( ".prj" ) ) );
      QFile::remove( out( name + QStringLiteral( ".qpj" ) ) );
      return path;
    }

    QString network() const { return mLauf + QStringLiteral( "|layername=lines|subset=\"highway\" IS NOT NULL" ); }

    Exit socialIndex( const QString &input, const QString &output )
    {
      return runner( { QStringLiteral( "run" ), QStringLiteral( "sozialraum:socialindex" ), QStringLiteral( "--INPUT=" ) + input, QStringLiteral( "--INDICATORS=" ) + mIndicators,
                       QStringLiteral( "--OUTPUT=" ) + output } );
    }

  private slots:
    void initTestCase()
    {
      TestUtils::initQgis();
      mAreas = TestUtils::sharedData( QStringLiteral( "berlin-planungsraeume-2019-mss.geojson" ) );
      mKitas = TestUtils::sharedData( QStringLiteral( "berlin-kindertagesstaetten.geojson" ) );
      mLauf = TestUtils::sharedData( QStringLiteral( "lauf-an-der-pegnitz-2020-01-15.osm.pbf" ) );
      mTwoLayers = out( QStringLiteral( "s.gpkg" ) );
      QVERIFY( writeGeoPackage( mTwoLayers, { { QStringLiteral( "areas" ), mAreas }, { QStringLiteral( "kitas" ), mKitas } } ) );
      QCOMPARE( layerNames( mTwoLayers ), QStringList( { QStringLiteral( "areas" ), QStringLiteral( "kitas" ) } ) );
    }

    void cleanupTestCase() { TestUtils::exitQgis(); }

    // ---- outputs ----

    void outputOverItsInputIsRefused()
    {
      const QByteArray before = checksum( mTwoLayers );
      const Exit e = socialIndex( mTwoLayers + QStringLiteral( "|layername=areas" ), mTwoLayers );
      QCOMPARE( e.code, 1 );
      QVERIFY2( e.err.contains( QStringLiteral( "would write over" ) ) && e.err.contains( QStringLiteral( "INPUT" ) ), qPrintable( e.err ) );
      QCOMPARE( checksum( mTwoLayers ), before );
      QCOMPARE( layerNames( mTwoLayers ).size(), 2 );
    }

    void outputIntoAGeoPackageWithOtherLayersIsRefused()
    {
      const QString other = out( QStringLiteral( "other.gpkg" ) );
      QVERIFY( QFile::copy( mTwoLayers, other ) );
      const Exit e = socialIndex( mAreas, other );
      QCOMPARE( e.code, 1 );
      QVERIFY2( e.err.contains( QStringLiteral( "already holds other layers (areas, kitas)" ) ), qPrintable( e.err ) );
      QVERIFY2( e.err.contains( QStringLiteral( "ogr:dbname=" ) ), qPrintable( e.err ) );
      QCOMPARE( layerNames( other ).size(), 2 );
    }

    void aReRunReplacesItsOwnEarlierResult()
    {
      const QString result = out( QStringLiteral( "index.gpkg" ) );
      Exit e = socialIndex( mAreas, result );
      QVERIFY2( e.code == 0, qPrintable( e.err ) );
      e = socialIndex( mAreas, result );
      QVERIFY2( e.code == 0, qPrintable( e.err ) );
      QVERIFY2( e.err.contains( QStringLiteral( "replaces the earlier file" ) ), qPrintable( e.err ) );
      QCOMPARE( layerNames( result ), QStringList( { QStringLiteral( "index" ) } ) );
      auto layer = TestUtils::layer( result );
      QVERIFY( layer );
      QCOMPARE( layer->featureCount(), 448LL );
      QVERIFY2( leftovers( mDir.path() ).isEmpty(), qPrintable( leftovers( mDir.path() ).join( ' ' ) ) );
    }

    void anUnwritableOutputFailsTheRun()
    {
      // odmatrix into /proc: was "Feature could not be written", listed under Results, exit 0.
      Exit e = runner( { QStringLiteral( "run" ), QStringLiteral( "sozialraum:odmatrix" ), QStringLiteral( "--NETWORK=" ) + network(),
                         QStringLiteral( "--ORIGINS=" ) + mLauf + QStringLiteral( "|layername=points" ), QStringLiteral( "--DESTINATIONS=" ) + mLauf + QStringLiteral( "|layername=points" ),
                         QStringLiteral( "--MAX_COST=5" ), QStringLiteral( "--OUTPUT=/proc/od.csv" ) } );
      QCOMPARE( e.code, 1 );
      QVERIFY2( e.err.contains( QStringLiteral( "/proc" ) ), qPrintable( e.err ) );
      QVERIFY( !e.out.contains( QStringLiteral( "Results" ) ) );

      // An unwritable secondary output fails the run, and the main output does not appear either.
      const QString allocation = out( QStringLiteral( "allocation.gpkg" ) );
      e = runner( { QStringLiteral( "run" ), QStringLiteral( "sozialraum:budgetallocation" ), QStringLiteral( "--AREAS=" ) + mAreas,
                    QStringLiteral( "--WEIGHT=coalesce(\"inhabitants\", 0)" ), QStringLiteral( "--BUDGET=1000000" ),
                    QStringLiteral( "--OUTPUT=" ) + allocation, QStringLiteral( "--OUTPUT_SUMMARY=/proc/x.csv" ) } );
      QCOMPARE( e.code, 1 );
      QVERIFY( !QFile::exists( allocation ) );
    }

    void aFailedSecondOutputLeavesTheFirstUntouched()
    {
      const QString polygons = out( QStringLiteral( "iso.gpkg" ) );
      const QStringList common { QStringLiteral( "run" ), QStringLiteral( "sozialraum:isochrones" ), QStringLiteral( "--NETWORK=" ) + network(),
                                 QStringLiteral( "--FACILITIES=" ) + mLauf + QStringLiteral( "|layername=points|subset=\"other_tags\" LIKE '%kindergarten%'" ),
                                 QStringLiteral( "--BANDS=5,10" ), QStringLiteral( "--OUTPUT=" ) + polygons };
      Exit e = runner( common );
      QVERIFY2( e.code == 0, qPrintable( e.err ) );
      const QByteArray good = checksum( polygons );
      QVERIFY( !good.isEmpty() );
      e = runner( QStringList( common ) << QStringLiteral( "--OUTPUT_LINES=/proc/lines.gpkg" ) );
      QCOMPARE( e.code, 1 );
      QCOMPARE( checksum( polygons ), good );
      QVERIFY( leftovers( mDir.path() ).isEmpty() );
    }

    void quarterProfileFailuresLeaveNoFile()
    {
      const QString catalogue = out( QStringLiteral( "profile.sqlite" ) );
      Exit e = runner( { QStringLiteral( "run" ), QStringLiteral( "sozialraum:importofferings" ), QStringLiteral( "--INPUT=" ) + mKitas, QStringLiteral( "--CATALOGUE=" ) + catalogue,
                         QStringLiteral( "--NAME_FIELD=e_name" ), QStringLiteral( "--EXTERNAL_ID_FIELD=e_nr" ), QStringLiteral( "--TARGET_GROUPS=child" ) } );
      QVERIFY2( e.code == 0, qPrintable( e.err ) );
      const QString profile = out( QStringLiteral( "profile.gpkg" ) );
      e = runner( { QStringLiteral( "run" ), QStringLiteral( "sozialraum:quarterprofile" ), QStringLiteral( "--CATALOGUE=" ) + catalogue, QStringLiteral( "--AREAS=" ) + mAreas,
                    QStringLiteral( "--VALID_ON=2024-13-45" ), QStringLiteral( "--OUTPUT=" ) + profile } );
      QCOMPARE( e.code, 1 );
      QVERIFY( !QFile::exists( profile ) );
      e = runner( { QStringLiteral( "run" ), QStringLiteral( "sozialraum:quarterprofile" ), QStringLiteral( "--CATALOGUE=" ) + catalogue, QStringLiteral( "--AREAS=" ) + mKitas,
                    QStringLiteral( "--OUTPUT=" ) + profile } );
      QCOMPARE( e.code, 1 );
      QVERIFY2( e.err.contains( QStringLiteral( "holds points, but AREAS needs polygons" ) ), qPrintable( e.err ) );
      QVERIFY( !QFile::exists( profile ) );
    }

    void aFailedImportLeavesNoNewCatalogue()
    {
      // Fails after the catalogue was created (an unknown target group is found only then).
      const QString catalogue = out( QStringLiteral( "new.sqlite" ) );
      Exit e = runner( { QStringLiteral( "run" ), QStringLiteral( "sozialraum:importofferings" ), QStringLiteral( "--INPUT=" ) + mKitas, QStringLiteral( "--CATALOGUE=" ) + catalogue,
                         QStringLiteral( "--NAME_FIELD=e_name" ), QStringLiteral( "--EXTERNAL_ID_FIELD=e_nr" ), QStringLiteral( "--TARGET_GROUPS=martians" ) } );
      QCOMPARE( e.code, 1 );
      QVERIFY2( e.err.contains( QStringLiteral( "martians" ) ), qPrintable( e.err ) );
      QVERIFY( !QFile::exists( catalogue ) );

      // An HSDS package that is not one.
      const QString package = out( QStringLiteral( "notapackage" ) );
      QVERIFY( QDir().mkpath( package ) );
      QFile junk( package + QStringLiteral( "/services.csv" ) );
      QVERIFY( junk.open( QIODevice::WriteOnly ) );
      junk.write( "this,is\nnot,hsds\n" );
      junk.close();
      e = runner( { QStringLiteral( "run" ), QStringLiteral( "sozialraum:importhsds" ), QStringLiteral( "--INPUT=" ) + package, QStringLiteral( "--CATALOGUE=" ) + catalogue } );
      QCOMPARE( e.code, 1 );
      QVERIFY( !QFile::exists( catalogue ) );
    }

    // ---- cancellation ----

    void cancelledIsochronesLeaveEarlierFilesUntouched()
    {
      const QString polygons = out( QStringLiteral( "cancel.gpkg" ) );
      const QString lines = out( QStringLiteral( "cancel_lines.gpkg" ) );
      QVERIFY( QFile::copy( out( QStringLiteral( "iso.gpkg" ) ), polygons ) || QFile::exists( polygons ) );
      QVERIFY( QFile::copy( out( QStringLiteral( "iso.gpkg" ) ), lines ) || QFile::exists( lines ) );
      const QByteArray polygonsBefore = checksum( polygons );
      const QByteArray linesBefore = checksum( lines );
      for ( int delay : { 300, 3000 } )
      {
        QProcess process;
        process.start( QStringLiteral( SOZIALRAUM_BINARY_DIR "/bin/sozialraum_process" ),
                       { QStringLiteral( "run" ), QStringLiteral( "sozialraum:isochrones" ), QStringLiteral( "--NETWORK=" ) + network(),
                         QStringLiteral( "--FACILITIES=" ) + mLauf + QStringLiteral( "|layername=points" ), QStringLiteral( "--BANDS=20,40" ), QStringLiteral( "--MAX_SNAP_DISTANCE=5000" ),
                         QStringLiteral( "--OUTPUT=" ) + polygons, QStringLiteral( "--OUTPUT_LINES=" ) + lines } );
        QVERIFY( process.waitForStarted() );
        QByteArray err;
        const qint64 ms = interrupt( process, "Searching from", delay, err );
        QVERIFY2( ms >= 0, err.constData() );
        QCOMPARE( process.exitCode(), 130 );
        QVERIFY2( ms < 1500, qPrintable( QStringLiteral( "stopped %1 ms after Ctrl+C" ).arg( ms ) ) );
        QCOMPARE( checksum( polygons ), polygonsBefore );
        QCOMPARE( checksum( lines ), linesBefore );
        QVERIFY( leftovers( mDir.path() ).isEmpty() );
      }
    }

    void cancelledOdMatrixWritesNoRows()
    {
      // Millions of rows: cancelled while writing, the file must not appear.
      const QString od = out( QStringLiteral( "od.csv" ) );
      QProcess process;
      process.start( QStringLiteral( SOZIALRAUM_BINARY_DIR "/bin/sozialraum_process" ),
                     { QStringLiteral( "run" ), QStringLiteral( "sozialraum:odmatrix" ), QStringLiteral( "--NETWORK=" ) + network(),
                       QStringLiteral( "--ORIGINS=" ) + mLauf + QStringLiteral( "|layername=points" ), QStringLiteral( "--DESTINATIONS=" ) + mLauf + QStringLiteral( "|layername=points" ),
                       QStringLiteral( "--MAX_SNAP_DISTANCE=5000" ), QStringLiteral( "--MAX_COST=100" ), QStringLiteral( "--OUTPUT=" ) + od } );
      QVERIFY( process.waitForStarted() );
      QByteArray err;
      const qint64 ms = interrupt( process, "Searching from", 1500, err );
      QVERIFY2( ms >= 0, err.constData() );
      QCOMPARE( process.exitCode(), 130 );
      QVERIFY2( ms < 1500, qPrintable( QStringLiteral( "stopped %1 ms after Ctrl+C" ).arg( ms ) ) );
      QVERIFY( !QFile::exists( od ) );
      QVERIFY( leftovers( mDir.path() ).isEmpty() );
    }

    // ---- expressions ----

    void wrongExpressionsAreRefusedBeforeAnyWork_data()
    {
      QTest::addColumn<QString>( "algorithm" );
      QTest::addColumn<QString>( "parameter" );
      QTest::addColumn<QString>( "expression" );
      QTest::addColumn<QString>( "expected" );
      QTest::newRow( "socialindex unknown field" ) << "socialindex" << "EXCLUDE" << "\"nosuchfield\" = 1" << "uses nosuchfield";
      QTest::newRow( "socialindex syntax error" ) << "socialindex" << "EXCLUDE" << "\"inhabitants\" < (" << "cannot be read";
      QTest::newRow( "socialindex free text" ) << "socialindex" << "EXCLUDE" << "Mitte" << "uses Mitte";
      QTest::newRow( "monitoring unknown field" ) << "monitoring" << "EXCLUDE" << "\"bezrik\" = 'Mitte'" << "uses bezrik";
      QTest::newRow( "monitoring syntax error" ) << "monitoring" << "EXCLUDE" << "inhabitants <" << "cannot be read";
    }

    void wrongExpressionsAreRefusedBeforeAnyWork()
    {
      QFETCH( QString, algorithm );
      QFETCH( QString, parameter );
      QFETCH( QString, expression );
      QFETCH( QString, expected );
      const QString output = out( QStringLiteral( "expr_%1.gpkg" ).arg( QTest::currentDataTag() ).replace( ' ', '_' ) );
      QVariantMap p { { QStringLiteral( "INPUT" ), mAreas }, { parameter, expression }, { QStringLiteral( "OUTPUT" ), output } };
      if ( algorithm == QLatin1String( "socialindex" ) )
        p.insert( QStringLiteral( "INDICATORS" ), mIndicators.split( ';' ) );
      else
      {
        p.insert( QStringLiteral( "STATUS_INDICATORS" ), mIndicators.split( ';' ) );
        p.insert( QStringLiteral( "DYNAMICS_INDICATORS" ), QStringLiteral( "d1_percentage_unemployed;d3_percentage_transfer_payments_recipients;d4_percentage_transfer_payments_recipients_below_15_years" ).split( ';' ) );
        p.insert( QStringLiteral( "POPULATION_FIELD" ), QStringLiteral( "inhabitants" ) );
      }
      const TestUtils::Run r = TestUtils::run( QStringLiteral( "sozialraum:" ) + algorithm, p );
      QVERIFY( !r.ok );
      QVERIFY2( r.error.contains( expected ) && r.error.startsWith( parameter ), qPrintable( r.error ) );
      QVERIFY( !QFile::exists( output ) );
    }

    void wrongExpressionsOnTheGapAndCatalogueAlgorithms()
    {
      QgsVectorLayer areas( QStringLiteral( "Polygon?crs=EPSG:25832&field=id:string&field=cls:integer&field=pop_u18:double" ), QStringLiteral( "areas" ), QStringLiteral( "memory" ) );
      QgsFeature a( areas.fields() );
      a.setAttributes( QgsAttributes() << QStringLiteral( "A" ) << 3 << 100.0 );
      a.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "Polygon((0 0, 1000 0, 1000 1000, 0 1000, 0 0))" ) ) );
      areas.dataProvider()->addFeatures( QgsFeatureList() << a );
      QgsVectorLayer programme( QStringLiteral( "Polygon?crs=EPSG:25832&field=name:string" ), QStringLiteral( "programme" ), QStringLiteral( "memory" ) );
      QgsFeature pa( programme.fields() );
      pa.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "Polygon((0 0, 500 0, 500 1000, 0 1000, 0 0))" ) ) );
      programme.dataProvider()->addFeatures( QgsFeatureList() << pa );

      QVariantMap p { { QStringLiteral( "AREAS" ), QVariant::fromValue( &areas ) }, { QStringLiteral( "PROGRAMME_AREAS" ), QVariant::fromValue( &programme ) }, { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } };
      p.insert( QStringLiteral( "HIGH_NEED" ), QStringLiteral( "\"status_class\" >= 3" ) ); // the default, but this layer has "cls"
      TestUtils::Run r = TestUtils::run( QStringLiteral( "sozialraum:programmetargeting" ), p );
      QVERIFY2( !r.ok && r.error.contains( QStringLiteral( "uses status_class" ) ) && r.error.contains( QStringLiteral( "cls" ) ), qPrintable( r.error ) );
      p.insert( QStringLiteral( "HIGH_NEED" ), QStringLiteral( "\"cls\" >= " ) );
      r = TestUtils::run( QStringLiteral( "sozialraum:programmetargeting" ), p );
      QVERIFY2( !r.ok && r.error.contains( QStringLiteral( "cannot be read" ) ), qPrintable( r.error ) );
      p.insert( QStringLiteral( "HIGH_NEED" ), QStringLiteral( "\"cls\" >= 3" ) );
      r = TestUtils::run( QStringLiteral( "sozialraum:programmetargeting" ), p );
      QVERIFY2( r.ok, qPrintable( r.error ) );

      // A point layer as programme areas: every share would be 0.
      QgsVectorLayer points( QStringLiteral( "Point?crs=EPSG:25832" ), QStringLiteral( "pts" ), QStringLiteral( "memory" ) );
      QgsFeature pt( points.fields() );
      pt.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "Point(10 10)" ) ) );
      points.dataProvider()->addFeatures( QgsFeatureList() << pt );
      p.insert( QStringLiteral( "PROGRAMME_AREAS" ), QVariant::fromValue( &points ) );
      r = TestUtils::run( QStringLiteral( "sozialraum:programmetargeting" ), p );
      QVERIFY2( !r.ok && r.error.contains( QStringLiteral( "holds points, but PROGRAMME_AREAS needs polygons" ) ), qPrintable( r.error ) );

      // Programme areas without a CRS: they were silently outside every area (0 instead of 1 inside).
      const QString noCrs = shapefileWithoutCrs( &programme, QStringLiteral( "programme_without_crs" ) );
      QVERIFY( !noCrs.isEmpty() );
      p.insert( QStringLiteral( "PROGRAMME_AREAS" ), noCrs );
      r = TestUtils::run( QStringLiteral( "sozialraum:programmetargeting" ), p );
      QVERIFY2( !r.ok && r.error.contains( QStringLiteral( "PROGRAMME_AREAS: the layer" ) ) && r.error.contains( QStringLiteral( "has no coordinate reference system" ) ), qPrintable( r.error ) );

      // locationsuggest's WEIGHT.
      QgsVectorLayer candidates( QStringLiteral( "Point?crs=EPSG:25832&field=id:string" ), QStringLiteral( "candidates" ), QStringLiteral( "memory" ) );
      QgsFeature c( candidates.fields() );
      c.setAttributes( QgsAttributes() << QStringLiteral( "C" ) );
      c.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "Point(500 500)" ) ) );
      candidates.dataProvider()->addFeatures( QgsFeatureList() << c );
      r = TestUtils::run( QStringLiteral( "sozialraum:locationsuggest" ), { { QStringLiteral( "CANDIDATES" ), QVariant::fromValue( &candidates ) }, { QStringLiteral( "DEMAND" ), QVariant::fromValue( &areas ) },
                                                                          { QStringLiteral( "WEIGHT" ), QStringLiteral( "\"pop_u18\" * (" ) }, { QStringLiteral( "P" ), 1 }, { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } } );
      QVERIFY2( !r.ok && r.error.startsWith( QStringLiteral( "WEIGHT" ) ) && r.error.contains( QStringLiteral( "cannot be read" ) ), qPrintable( r.error ) );

      // importofferings' ADDRESS: was 300 offerings imported without addresses.
      const QString catalogue = out( QStringLiteral( "address.sqlite" ) );
      r = TestUtils::run( QStringLiteral( "sozialraum:importofferings" ), { { QStringLiteral( "INPUT" ), mKitas }, { QStringLiteral( "CATALOGUE" ), catalogue }, { QStringLiteral( "NAME_FIELD" ), QStringLiteral( "e_name" ) },
                                                                          { QStringLiteral( "ADDRESS" ), QStringLiteral( "\"e_strasse\" || (" ) } } );
      QVERIFY2( !r.ok && r.error.startsWith( QStringLiteral( "ADDRESS" ) ), qPrintable( r.error ) );
      QVERIFY( !QFile::exists( catalogue ) );
    }

    // ---- inputs that changed the answer silently ----

    void emptyOrRepeatedExternalIdsAreRefused()
    {
      QgsVectorLayer sites( QStringLiteral( "Point?crs=EPSG:25833&field=name:string&field=nr:string" ), QStringLiteral( "sites" ), QStringLiteral( "memory" ) );
      QgsFeatureList list;
      const QStringList ids { QStringLiteral( "1" ), QString(), QStringLiteral( "3" ), QStringLiteral( " " ) };
      for ( int i = 0; i < ids.size(); ++i )
      {
        QgsFeature f( sites.fields() );
        f.setAttributes( QgsAttributes() << QStringLiteral( "Kita %1" ).arg( i ) << ( ids.at( i ).isNull() ? QVariant() : QVariant( ids.at( i ) ) ) );
        f.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( 390000 + i * 10, 5820000 ) ) );
        list << f;
      }
      sites.dataProvider()->addFeatures( list );
      const QString catalogue = out( QStringLiteral( "ids.sqlite" ) );
      const QVariantMap p { { QStringLiteral( "INPUT" ), QVariant::fromValue( &sites ) }, { QStringLiteral( "CATALOGUE" ), catalogue }, { QStringLiteral( "NAME_FIELD" ), QStringLiteral( "name" ) }, { QStringLiteral( "EXTERNAL_ID_FIELD" ), QStringLiteral( "nr" ) } };
      TestUtils::Run r = TestUtils::run( QStringLiteral( "sozialraum:importofferings" ), p );
      QVERIFY2( !r.ok && r.error.contains( QStringLiteral( "is empty for 2 of 4 features" ) ), qPrintable( r.error ) );
      QVERIFY( !QFile::exists( catalogue ) );

      // 300 features with one id kept 1 offering and reported 299 "updated".
      sites.dataProvider()->truncate();
      list.clear();
      for ( int i = 0; i < 300; ++i )
      {
        QgsFeature f( sites.fields() );
        f.setAttributes( QgsAttributes() << QStringLiteral( "Kita %1" ).arg( i ) << QStringLiteral( "same" ) );
        f.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( 390000 + i, 5820000 ) ) );
        list << f;
      }
      sites.dataProvider()->addFeatures( list );
      r = TestUtils::run( QStringLiteral( "sozialraum:importofferings" ), p );
      QVERIFY2( !r.ok && r.error.contains( QStringLiteral( "repeats 1 ids: 'same' in feature" ) ), qPrintable( r.error ) );
      QVERIFY( !QFile::exists( catalogue ) );
    }

    void serviceGapsRefusesAreasWithoutAnyGeometry()
    {
      QgsVectorLayer areas( QStringLiteral( "Polygon?crs=EPSG:25832&field=id:string&field=pop:double&field=need:double" ), QStringLiteral( "areas" ), QStringLiteral( "memory" ) );
      QgsFeatureList list;
      for ( int i = 0; i < 5; ++i )
      {
        QgsFeature f( areas.fields() );
        f.setAttributes( QgsAttributes() << QStringLiteral( "A%1" ).arg( i ) << 100.0 << double( i ) );
        list << f;
      }
      areas.dataProvider()->addFeatures( list );
      QgsVectorLayer supply( QStringLiteral( "Point?crs=EPSG:25832&field=cap:double" ), QStringLiteral( "supply" ), QStringLiteral( "memory" ) );
      QgsFeature s( supply.fields() );
      s.setAttributes( QgsAttributes() << 50.0 );
      s.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "Point(0 0)" ) ) );
      supply.dataProvider()->addFeatures( QgsFeatureList() << s );
      const TestUtils::Run r = TestUtils::run( QStringLiteral( "sozialraum:servicegaps" ), { { QStringLiteral( "AREAS" ), QVariant::fromValue( &areas ) }, { QStringLiteral( "POPULATION_FIELD" ), QStringLiteral( "pop" ) }, { QStringLiteral( "NEED_FIELD" ), QStringLiteral( "need" ) },
                                                                                            { QStringLiteral( "SUPPLY" ), QVariant::fromValue( &supply ) }, { QStringLiteral( "SUPPLY_FIELD" ), QStringLiteral( "cap" ) }, { QStringLiteral( "COST_TYPE" ), 0 },
                                                                                            { QStringLiteral( "CATCHMENT" ), 1000 }, { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } } );
      QVERIFY2( !r.ok && r.error.contains( QStringLiteral( "None of the 5 areas" ) ), qPrintable( r.error ) );
    }

    void hugeIndicatorValuesAreNotSilentlyDropped()
    {
      QgsVectorLayer table( QStringLiteral( "None?field=id:string&field=a:double&field=b:double" ), QStringLiteral( "t" ), QStringLiteral( "memory" ) );
      QgsFeatureList list;
      const double b[] = { 1, 2, 1e308, 4, -1e308 };
      for ( int i = 0; i < 5; ++i )
      {
        QgsFeature f( table.fields() );
        f.setAttributes( QgsAttributes() << QString::number( i ) << double( i ) << b[i] );
        list << f;
      }
      table.dataProvider()->addFeatures( list );
      const TestUtils::Run r = TestUtils::run( QStringLiteral( "sozialraum:socialindex" ), { { QStringLiteral( "INPUT" ), QVariant::fromValue( &table ) }, { QStringLiteral( "INDICATORS" ), QStringList { QStringLiteral( "a" ), QStringLiteral( "b" ) } }, { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } } );
      QVERIFY2( !r.ok && r.error.contains( QStringLiteral( "too large to compute with" ) ) && r.error.contains( QStringLiteral( "b" ) ), qPrintable( r.error ) );
    }

    void networkCrsAndToleranceMistakesSayWhatIsWrong()
    {
      QgsVectorLayer facilities( QStringLiteral( "Point?crs=EPSG:25832" ), QStringLiteral( "f" ), QStringLiteral( "memory" ) );
      QgsFeature f( facilities.fields() );
      f.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "Point(650000 5480000)" ) ) );
      facilities.dataProvider()->addFeatures( QgsFeatureList() << f );
      const QString lines = QStringLiteral( "LineString(650000 5480000, 650100 5480000, 650200 5480050)" );

      // UTM metres labelled as degrees.
      QgsVectorLayer mislabelled( QStringLiteral( "LineString?crs=EPSG:4326" ), QStringLiteral( "streets" ), QStringLiteral( "memory" ) );
      QgsFeature l( mislabelled.fields() );
      l.setGeometry( QgsGeometry::fromWkt( lines ) );
      mislabelled.dataProvider()->addFeatures( QgsFeatureList() << l );
      QVariantMap p { { QStringLiteral( "NETWORK" ), QVariant::fromValue( &mislabelled ) }, { QStringLiteral( "FACILITIES" ), QVariant::fromValue( &facilities ) }, { QStringLiteral( "BANDS" ), QStringLiteral( "5" ) }, { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } };
      TestUtils::Run r = TestUtils::run( QStringLiteral( "sozialraum:isochrones" ), p );
      QVERIFY2( !r.ok && r.error.contains( QStringLiteral( "not a place on Earth in degrees" ) ) && r.error.startsWith( QStringLiteral( "NETWORK" ) ), qPrintable( r.error ) );

      // No CRS at all.
      QgsVectorLayer streetsUtm( QStringLiteral( "LineString?crs=EPSG:25832" ), QStringLiteral( "streets" ), QStringLiteral( "memory" ) );
      streetsUtm.dataProvider()->addFeatures( QgsFeatureList() << l );
      p.insert( QStringLiteral( "NETWORK" ), shapefileWithoutCrs( &streetsUtm, QStringLiteral( "streets_without_crs" ) ) );
      r = TestUtils::run( QStringLiteral( "sozialraum:isochrones" ), p );
      QVERIFY2( !r.ok && r.error.contains( QStringLiteral( "has no coordinate reference system" ) ), qPrintable( r.error ) );

      // A tolerance that joins everything.
      p.insert( QStringLiteral( "NETWORK" ), QVariant::fromValue( &streetsUtm ) );
      p.insert( QStringLiteral( "TOLERANCE" ), 1e6 );
      r = TestUtils::run( QStringLiteral( "sozialraum:isochrones" ), p );
      QVERIFY2( !r.ok && r.error.contains( QStringLiteral( "shrank every line of the network to a point" ) ), qPrintable( r.error ) );
      p.insert( QStringLiteral( "TOLERANCE" ), 0.0 );
      r = TestUtils::run( QStringLiteral( "sozialraum:isochrones" ), p );
      QVERIFY2( r.ok, qPrintable( r.error ) );
    }

    void groupSharesAreNamedByName()
    {
      QgsVectorLayer areas( QStringLiteral( "None?field=id:string&field=w:double&field=city:string" ), QStringLiteral( "areas" ), QStringLiteral( "memory" ) );
      QgsFeatureList list;
      for ( int i = 0; i < 4; ++i )
      {
        QgsFeature f( areas.fields() );
        f.setAttributes( QgsAttributes() << QString::number( i ) << 1.0 << ( i < 3 ? QStringLiteral( "Bremen" ) : QStringLiteral( "Bremerhaven" ) ) );
        list << f;
      }
      areas.dataProvider()->addFeatures( list );
      QVariantMap p { { QStringLiteral( "AREAS" ), QVariant::fromValue( &areas ) }, { QStringLiteral( "WEIGHT" ), QStringLiteral( "\"w\"" ) }, { QStringLiteral( "BUDGET" ), 1000 }, { QStringLiteral( "GROUP_FIELD" ), QStringLiteral( "city" ) },
                      { QStringLiteral( "GROUP_SHARES" ), QStringLiteral( "Bremen:0.7,Bremerhaven:0.2,Cuxhaven:0.1" ) }, { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } };
      TestUtils::Run r = TestUtils::run( QStringLiteral( "sozialraum:budgetallocation" ), p );
      QVERIFY2( !r.ok && r.error.contains( QStringLiteral( "Group 'Cuxhaven' has a share of the budget but no areas" ) ), qPrintable( r.error ) );
      p.insert( QStringLiteral( "GROUP_SHARES" ), QStringLiteral( "Bremen:1.1,Bremerhaven:-0.1" ) );
      r = TestUtils::run( QStringLiteral( "sozialraum:budgetallocation" ), p );
      QVERIFY2( !r.ok && r.error.contains( QStringLiteral( "the share of 'Bremerhaven' is -0.1" ) ), qPrintable( r.error ) );
    }
};

QTEST_MAIN( TestAllOrNothing )
#include "test_alg_allornothing.moc"
