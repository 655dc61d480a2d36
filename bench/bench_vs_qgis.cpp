// make bench: Sozialraum's algorithms against QGIS's own on the same data, in one process.
// Prints wall-clock seconds and the ratio; not a test (timings depend on the machine).

#include "sozialraumprovider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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

//! Layers live in here so that they are gone before QGIS (and GDAL) shut down.
static void benchmarkIsochrones( const QTemporaryDir &dir, int facilityCount )
{
  const QString data = QStringLiteral( SOZIALRAUM_SHARED_DATA );
  const double cost = 1000; // metres, about 13 minutes on foot

  // Lauf's streets and paths in UTM (QGIS's network tools measure in the layer's CRS units).
  QVariantMap results;
  runTimed( QStringLiteral( "native:reprojectlayer" ), { { QStringLiteral( "INPUT" ), data + QStringLiteral( "/lauf-an-der-pegnitz-2020-01-15.osm.pbf|layername=lines|subset=\"highway\" IS NOT NULL" ) }, { QStringLiteral( "TARGET_CRS" ), QStringLiteral( "EPSG:32632" ) }, { QStringLiteral( "OUTPUT" ), dir.filePath( QStringLiteral( "network.gpkg" ) ) } }, &results );
  const QString network = results.value( QStringLiteral( "OUTPUT" ) ).toString();

  // Facilities: every k-th network vertex, deterministic.
  QgsVectorLayer networkLayer( network, QStringLiteral( "n" ), QStringLiteral( "ogr" ) );
  QgsVectorLayer facilities( QStringLiteral( "Point?crs=EPSG:32632&field=id:integer" ), QStringLiteral( "facilities" ), QStringLiteral( "memory" ) );
  {
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
  QgsProject::instance()->addMapLayer( &facilities, false, false );

  std::printf( "Lauf an der Pegnitz (OSM), %lld network lines, %d facilities, %.0f m\n", networkLayer.featureCount(), facilityCount, cost );
  const double native = runTimed( QStringLiteral( "native:serviceareafromlayer" ), { { QStringLiteral( "INPUT" ), network }, { QStringLiteral( "STRATEGY" ), 0 }, { QStringLiteral( "START_POINTS" ), facilities.id() }, { QStringLiteral( "TRAVEL_COST2" ), cost }, { QStringLiteral( "OUTPUT_LINES" ), dir.filePath( QStringLiteral( "native.gpkg" ) ) } } );
  std::printf( "  native:serviceareafromlayer (lines only)        %8.3f s\n", native );
  const double oursLines = runTimed( QStringLiteral( "sozialraum:isochrones" ), { { QStringLiteral( "NETWORK" ), network }, { QStringLiteral( "FACILITIES" ), facilities.id() }, { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "BANDS" ), QString::number( cost ) }, { QStringLiteral( "ACCESS_COST" ), false }, { QStringLiteral( "OUTPUT" ), dir.filePath( QStringLiteral( "ours.gpkg" ) ) }, { QStringLiteral( "OUTPUT_LINES" ), dir.filePath( QStringLiteral( "ours_lines.gpkg" ) ) } } );
  std::printf( "  sozialraum:isochrones (polygons + lines)         %8.3f s   ratio %.1fx\n", oursLines, native / oursLines );
  const double ours = runTimed( QStringLiteral( "sozialraum:isochrones" ), { { QStringLiteral( "NETWORK" ), network }, { QStringLiteral( "FACILITIES" ), facilities.id() }, { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "BANDS" ), QString::number( cost ) }, { QStringLiteral( "ACCESS_COST" ), false }, { QStringLiteral( "OUTPUT" ), dir.filePath( QStringLiteral( "ours2.gpkg" ) ) } } );
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
  benchmarkIsochrones( dir, argc > 1 ? QString( argv[1] ).toInt() : 100 );
  std::fflush( stdout );
  QgsApplication::exitQgis();
  return 0;
}
