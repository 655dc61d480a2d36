// make bench: Sozialraum's algorithms against QGIS's own on the same data, in one process.
// Prints wall-clock seconds and the ratio; not a test (timings depend on the machine).

#include "sozialraumprovider.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <qgsapplication.h>
#include <qgsfeatureiterator.h>
#include <qgsnativealgorithms.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <cstdio>
#include <iostream>

namespace
{
  double runTimed( const QString &id, const QVariantMap &parameters, QVariantMap *results = nullptr )
  {
    std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( id ) );
    QgsProcessingContext context;
    context.setProject( QgsProject::instance() );
    QgsProcessingFeedback feedback;
    QElapsedTimer timer;
    timer.start();
    bool ok = false;
    const QVariantMap out = algorithm->run( parameters, context, &feedback, &ok );
    const double seconds = timer.nsecsElapsed() / 1e9;
    if ( !ok )
    {
      std::cerr << id.toStdString() << " failed\n";
      std::exit( 1 );
    }
    if ( results )
      *results = out;
    return seconds;
  }
} // namespace

//! Lauf's streets and paths in UTM (QGIS's network tools measure in the layer's CRS units).
static QString laufNetwork( const QTemporaryDir &dir )
{
  QVariantMap results;
  runTimed( QStringLiteral( "native:reprojectlayer" ), { { QStringLiteral( "INPUT" ), QStringLiteral( SOZIALRAUM_SHARED_DATA "/lauf-an-der-pegnitz-2020-01-15.osm.pbf|layername=lines|subset=\"highway\" IS NOT NULL" ) }, { QStringLiteral( "TARGET_CRS" ), QStringLiteral( "EPSG:32632" ) }, { QStringLiteral( "OUTPUT" ), dir.filePath( QStringLiteral( "lauf.gpkg" ) ) } }, &results );
  return results.value( QStringLiteral( "OUTPUT" ) ).toString();
}

/**
 * A city-sized street grid (QGIS's own tools are slow mainly on big networks): size × size
 * intersections 100 m apart, each block side a line with a vertex in the middle.
 */
static QString cityGrid( const QString &path, int size )
{
  QgsVectorLayer grid( QStringLiteral( "LineString?crs=EPSG:25832&field=id:integer" ), QStringLiteral( "city" ), QStringLiteral( "memory" ) );
  QgsFeatureList list;
  const double x0 = 600000, y0 = 5400000, step = 100;
  for ( int i = 0; i < size; ++i )
    for ( int j = 0; j < size; ++j )
    {
      const QgsPointXY p( x0 + i * step, y0 + j * step );
      if ( i + 1 < size )
      {
        QgsFeature f( grid.fields() );
        f.setAttributes( QgsAttributes() << list.size() );
        f.setGeometry( QgsGeometry::fromPolylineXY( { p, QgsPointXY( p.x() + step / 2, p.y() + 3 ), QgsPointXY( p.x() + step, p.y() ) } ) );
        list << f;
      }
      if ( j + 1 < size )
      {
        QgsFeature f( grid.fields() );
        f.setAttributes( QgsAttributes() << list.size() );
        f.setGeometry( QgsGeometry::fromPolylineXY( { p, QgsPointXY( p.x() - 3, p.y() + step / 2 ), QgsPointXY( p.x(), p.y() + step ) } ) );
        list << f;
      }
    }
  grid.dataProvider()->addFeatures( list );
  QVariantMap results;
  runTimed( QStringLiteral( "native:savefeatures" ), { { QStringLiteral( "INPUT" ), QVariant::fromValue( &grid ) }, { QStringLiteral( "OUTPUT" ), path } }, &results );
  return path;
}

//! Facilities: the first vertex of every k-th network line, deterministic.
static void addFacilities( QgsVectorLayer &networkLayer, QgsVectorLayer &facilities, int facilityCount )
{
  facilities.setCrs( networkLayer.crs() );
  const long long lines = networkLayer.featureCount();
  const long long step = std::max<long long>( 1, lines / facilityCount );
  QgsFeatureIterator it = networkLayer.getFeatures();
  QgsFeature f;
  QgsFeatureList list;
  long long i = 0;
  while ( it.nextFeature( f ) && list.size() < facilityCount )
  {
    if ( i++ % step )
      continue;
    QgsFeature point( facilities.fields() );
    point.setAttributes( QgsAttributes() << list.size() );
    point.setGeometry( QgsGeometry::fromPointXY( f.geometry().vertexAt( 0 ) ) );
    list << point;
  }
  facilities.dataProvider()->addFeatures( list );
}

/**
 * For the whole-process comparison in run_bench.sh: writes the city grid of size × size
 * intersections and its facilities as GeoPackages into \a folder, once (kept between runs).
 * Prints the two paths, one a line.
 */
static int prepareCity( const QString &folder, int size, int facilityCount )
{
  QDir().mkpath( folder );
  const QString network = QDir( folder ).filePath( QStringLiteral( "city-%1.gpkg" ).arg( size ) );
  const QString points = QDir( folder ).filePath( QStringLiteral( "city-%1-facilities-%2.gpkg" ).arg( size ).arg( facilityCount ) );
  if ( !QFileInfo::exists( network ) )
  {
    const QString partial = network + QStringLiteral( ".part.gpkg" );
    QFile::remove( partial );
    cityGrid( partial, size );
    if ( !QFile::rename( partial, network ) )
      return 1;
  }
  if ( !QFileInfo::exists( points ) )
  {
    QgsVectorLayer networkLayer( network, QStringLiteral( "n" ), QStringLiteral( "ogr" ) );
    QgsVectorLayer facilities( QStringLiteral( "Point?field=id:integer" ), QStringLiteral( "facilities" ), QStringLiteral( "memory" ) );
    addFacilities( networkLayer, facilities, facilityCount );
    const QString partial = points + QStringLiteral( ".part.gpkg" );
    QFile::remove( partial );
    runTimed( QStringLiteral( "native:savefeatures" ), { { QStringLiteral( "INPUT" ), QVariant::fromValue( &facilities ) }, { QStringLiteral( "OUTPUT" ), partial } } );
    if ( !QFile::rename( partial, points ) )
      return 1;
  }
  std::printf( "%s\n%s\n", network.toUtf8().constData(), points.toUtf8().constData() );
  return 0;
}

//! Layers live in here so that they are gone before QGIS (and GDAL) shut down.
static void benchmarkIsochrones( const QTemporaryDir &dir, const QString &label, const QString &network, int facilityCount )
{
  const double cost = 1000; // metres, about 13 minutes on foot

  // Facilities: every k-th network vertex, deterministic.
  QgsVectorLayer networkLayer( network, QStringLiteral( "n" ), QStringLiteral( "ogr" ) );
  QgsVectorLayer facilities( QStringLiteral( "Point?field=id:integer" ), QStringLiteral( "facilities" ), QStringLiteral( "memory" ) );
  addFacilities( networkLayer, facilities, facilityCount );
  QgsProject::instance()->addMapLayer( &facilities, false, false );

  std::printf( "%s: %lld network lines, %d facilities, %.0f m\n", label.toUtf8().constData(), networkLayer.featureCount(), facilityCount, cost );
  const double native = runTimed( QStringLiteral( "native:serviceareafromlayer" ), { { QStringLiteral( "INPUT" ), network }, { QStringLiteral( "STRATEGY" ), 0 }, { QStringLiteral( "START_POINTS" ), facilities.id() }, { QStringLiteral( "TRAVEL_COST2" ), cost }, { QStringLiteral( "OUTPUT_LINES" ), dir.filePath( label.left( 4 ) + QStringLiteral( "native.gpkg" ) ) } } );
  std::printf( "  native:serviceareafromlayer (lines only)        %8.3f s\n", native );
  const double oursLines = runTimed( QStringLiteral( "sozialraum:isochrones" ), { { QStringLiteral( "NETWORK" ), network }, { QStringLiteral( "FACILITIES" ), facilities.id() }, { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "BANDS" ), QString::number( cost ) }, { QStringLiteral( "ACCESS_COST" ), false }, { QStringLiteral( "OUTPUT" ), dir.filePath( label.left( 4 ) + QStringLiteral( "ours.gpkg" ) ) }, { QStringLiteral( "OUTPUT_LINES" ), dir.filePath( label.left( 4 ) + QStringLiteral( "ours_lines.gpkg" ) ) } } );
  std::printf( "  sozialraum:isochrones (polygons + lines)         %8.3f s   ratio %.1fx\n", oursLines, native / oursLines );
  const double ours = runTimed( QStringLiteral( "sozialraum:isochrones" ), { { QStringLiteral( "NETWORK" ), network }, { QStringLiteral( "FACILITIES" ), facilities.id() }, { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "BANDS" ), QString::number( cost ) }, { QStringLiteral( "ACCESS_COST" ), false }, { QStringLiteral( "OUTPUT" ), dir.filePath( label.left( 4 ) + QStringLiteral( "ours2.gpkg" ) ) } } );
  std::printf( "  sozialraum:isochrones (polygons)                 %8.3f s   ratio %.1fx\n", ours, native / ours );

  QgsProject::instance()->takeMapLayer( &facilities );
}

int main( int argc, char *argv[] )
{
  qputenv( "QT_QPA_PLATFORM", "offscreen" );
  QTemporaryDir dir;
  qputenv( "XDG_RUNTIME_DIR", dir.path().toLocal8Bit() );
  QgsApplication app( argc, argv, false, dir.path() );
  QgsApplication::setPrefixPath( QStringLiteral( "/usr" ), true );
  QgsApplication::initQgis();
  QgsApplication::processingRegistry()->addProvider( new QgsNativeAlgorithms( QgsApplication::processingRegistry() ) );
  QgsApplication::processingRegistry()->addProvider( new SozialraumProvider( QgsApplication::processingRegistry() ) );
  if ( argc == 5 && QString( argv[1] ) == QLatin1String( "--prepare-city" ) )
  {
    // sozialraum_bench --prepare-city FOLDER SIZE FACILITIES
    const int code = prepareCity( QString::fromLocal8Bit( argv[2] ), QString( argv[3] ).toInt(), QString( argv[4] ).toInt() );
    std::fflush( stdout );
    QgsApplication::exitQgis();
    return code;
  }
  const int facilities = argc > 1 ? QString( argv[1] ).toInt() : 100;
  benchmarkIsochrones( dir, QStringLiteral( "Lauf an der Pegnitz (OSM, real)" ), laufNetwork( dir ), facilities );
  const QString city = cityGrid( dir.filePath( QStringLiteral( "city.gpkg" ) ), 160 );
  benchmarkIsochrones( dir, QStringLiteral( "City-sized grid (synthetic, 160 x 160 intersections)" ), city, facilities );
  // A city's Kitas number in the hundreds: the fixed cost of reading the network counts less.
  benchmarkIsochrones( dir, QStringLiteral( "City-sized grid, 3x the facilities" ), city, 3 * facilities );
  std::fflush( stdout );
  QgsApplication::exitQgis();
  return 0;
}
