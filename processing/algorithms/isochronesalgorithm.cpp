#include "isochronesalgorithm.h"
#include "bandparser.h"

#include "network/isochrones.h"
#include "network/networkerror.h"

#include <qgsprocessingparameters.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsfeaturesink.h>
#include <qgsvectorlayer.h>
#include <qgslinestring.h>
#include <qgsmultilinestring.h>

#include <future>
#include <map>

using namespace sozialraum::network;

namespace
{
  //! The reached network of one band as one multi-line geometry, in the output CRS.
  QgsGeometry reachedLines( const std::vector<Segment> &segments, const QgsCoordinateTransform &toOutput )
  {
    auto multi = std::make_unique<QgsMultiLineString>();
    multi->reserve( static_cast<int>( segments.size() ) );
    for ( const Segment &s : segments )
      multi->addGeometry( new QgsLineString( QVector<double> { s.a.x, s.b.x }, QVector<double> { s.a.y, s.b.y } ) );
    QgsGeometry geometry( std::move( multi ) );
    if ( !toOutput.isShortCircuited() )
      geometry.transform( toOutput );
    return geometry;
  }
} // namespace

QString IsochronesAlgorithm::displayName() const
{
  return tr( "Isochrones (reachable areas)" );
}

QStringList IsochronesAlgorithm::tags() const
{
  return tr( "isochrone,service area,catchment,walking,network,reachability,Erreichbarkeit,Einzugsgebiet" ).split( ',' );
}

QString IsochronesAlgorithm::shortHelpString() const
{
  return tr( "<p>Computes the areas that can be reached from each facility within cost bands along the street and path network, "
             "for example 5, 10 and 15 minutes on foot from each youth centre.</p>"
             "<p><b>Method.</b> Every vertex of the network is a node and consecutive vertices form an edge (lines that cross without a shared vertex are not connected; vertices closer than the topology tolerance are joined). "
             "Each facility joins the network at its projection on the nearest edge; the straight way to the network counts as cost if chosen. "
             "One bounded shortest-path search per facility runs on all processor cores. Edges reached only in part are cut where the cost reaches the band.</p>"
             "<p><b>Polygons.</b> <i>Network buffer</i> (default): a buffer of the given width around the reached streets and paths – honest, unreached blocks stay holes. "
             "<i>Concave hull</i>: a compact outline of the reached points, which may bridge rivers or rail lines. Bands nest: the 10-minute polygon contains the 5-minute one.</p>"
             "<p><b>Output.</b> One polygon per facility and band (largest band first, so smaller bands draw on top) with the facility's id, the band, the area in m² and the reached network length in m; "
             "with <i>Dissolve</i> one polygon per band over all facilities (the area within 10 minutes of any facility). "
             "The optional line output holds the reached network per facility and band, the same content as QGIS's service-area lines.</p>"
             "<p>Networks in geographic coordinates (for example OpenStreetMap in EPSG:4326) are measured in the UTM zone of their centre.</p>" );
}

void IsochronesAlgorithm::initAlgorithm( const QVariantMap & )
{
  addNetworkParameters();
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "FACILITIES" ), tr( "Facilities (points)" ), QList<int>() << QgsProcessing::TypeVectorPoint ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "FACILITY_ID" ), tr( "Facility id field" ), QVariant(), QStringLiteral( "FACILITIES" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "BANDS" ), tr( "Bands, ascending, in the cost unit (e.g. 5,10,15)" ), QStringLiteral( "5,10,15" ) ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "POLYGON_METHOD" ), tr( "Polygon method" ), QStringList() << tr( "Network buffer" ) << tr( "Concave hull" ), false, 0 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "BUFFER" ), tr( "Buffer width around reached streets (m)" ), QgsProcessingParameterNumber::Double, 40.0, false, 0.1 ) );
  addParameter( new QgsProcessingParameterBoolean( QStringLiteral( "DISSOLVE" ), tr( "Dissolve: one polygon per band over all facilities" ), false ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Isochrones" ), QgsProcessing::TypeVectorPolygon ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_LINES" ), tr( "Reached network (lines)" ), QgsProcessing::TypeVectorLine, QVariant(), true, false ) );
}

QVariantMap IsochronesAlgorithm::execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  IsochroneOptions options;
  options.bands = Sozialraum::parseBands( parameterAsString( parameters, QStringLiteral( "BANDS" ), context ), QStringLiteral( "BANDS" ) );
  options.method = parameterAsEnum( parameters, QStringLiteral( "POLYGON_METHOD" ), context ) == 1 ? PolygonMethod::ConcaveHull : PolygonMethod::NetworkBuffer;
  options.bufferWidth = parameterAsDouble( parameters, QStringLiteral( "BUFFER" ), context );
  const bool dissolve = parameterAsBoolean( parameters, QStringLiteral( "DISSOLVE" ), context );
  const bool wantLines = parameters.value( QStringLiteral( "OUTPUT_LINES" ) ).isValid() && !parameterAsOutputLayer( parameters, QStringLiteral( "OUTPUT_LINES" ), context ).isEmpty();
  options.withLines = wantLines;

  std::unique_ptr<QgsProcessingFeatureSource> facilitiesSource( parameterAsSource( parameters, QStringLiteral( "FACILITIES" ), context ) );
  if ( !facilitiesSource )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "FACILITIES" ) ) );
  const QString idField = parameterAsString( parameters, QStringLiteral( "FACILITY_ID" ), context );

  if ( !loadNetwork( parameters, context, feedback ) )
    return {};
  const SnappedPoints facilities = snapFeatures( facilitiesSource.get(), tr( "facilities" ), idField, context, feedback );
  if ( feedback->isCanceled() )
    return {};
  if ( facilities.notSnapped == facilities.points.size() )
    throw QgsProcessingException( tr( "None of the facilities lies within %1 m of the network. Check that both layers show the same place (CRS) or raise MAX_SNAP_DISTANCE." ).arg( mMaxSnapDistance ) );

  QgsFields fields;
  const int idIndex = idField.isEmpty() ? -1 : facilitiesSource->fields().lookupField( idField );
  fields.append( idIndex >= 0 ? QgsField( QStringLiteral( "facility_id" ), facilitiesSource->fields().at( idIndex ).type() ) : QgsField( QStringLiteral( "facility_id" ), QVariant::LongLong ) );
  fields.append( QgsField( QStringLiteral( "band" ), QVariant::Double ) );
  fields.append( QgsField( QStringLiteral( "cost_unit" ), QVariant::String ) );
  fields.append( QgsField( QStringLiteral( "area_m2" ), QVariant::Double ) );
  fields.append( QgsField( QStringLiteral( "reached_length_m" ), QVariant::Double ) );
  if ( dissolve )
    fields.append( QgsField( QStringLiteral( "facilities" ), QVariant::Int ) );

  QString polygonDest;
  std::unique_ptr<QgsFeatureSink> polygonSink = outputSink( parameters, QStringLiteral( "OUTPUT" ), context, polygonDest, fields, QgsWkbTypes::MultiPolygon, networkCrs(), feedback );
  QString linesDest;
  std::unique_ptr<QgsFeatureSink> lineSink;
  QgsFields lineFields;
  lineFields.append( fields.at( 0 ) );
  lineFields.append( QgsField( QStringLiteral( "band" ), QVariant::Double ) );
  lineFields.append( QgsField( QStringLiteral( "length_m" ), QVariant::Double ) );
  if ( wantLines )
  {
    lineSink = outputSink( parameters, QStringLiteral( "OUTPUT_LINES" ), context, linesDest, lineFields, QgsWkbTypes::MultiLineString, networkCrs(), feedback );
  }

  const QgsCoordinateTransform toOutput = workingToNetwork( context );
  const auto outputGeometry = [&toOutput]( const std::vector<unsigned char> &wkb ) {
    QgsGeometry geometry;
    QByteArray bytes( reinterpret_cast<const char *>( wkb.data() ), static_cast<int>( wkb.size() ) );
    geometry.fromWkb( bytes );
    if ( !toOutput.isShortCircuited() )
      geometry.transform( toOutput );
    return geometry;
  };

  // Results arrive per facility in completion order; keep them to write in input order
  // (reproducible files) and to dissolve per band.
  std::map<std::size_t, Isochrone> results;
  feedback->setProgressText( tr( "Searching from %1 facilities…" ).arg( facilities.points.size() ) );
  bool completed = false;
  try
  {
    completed = computeIsochrones( graph(), facilities.points, options, runControl( feedback, 30, dissolve ? 80 : 95 ), [&results]( Isochrone &&isochrone ) {
      const std::size_t index = isochrone.facility;
      results.emplace( index, std::move( isochrone ) );
    } );
  }
  catch ( const NetworkError &error )
  {
    throw QgsProcessingException( QString::fromStdString( error.what() ) );
  }
  if ( !completed || feedback->isCanceled() )
    return {};

  // The reached-network lines are built on the second core while the polygons are written: on a
  // city network they are most of the output (every reached street is one part).
  std::future<std::vector<QgsGeometry>> lineGeometries;
  if ( lineSink )
  {
    lineGeometries = std::async( std::launch::async, [&results, toOutput]() {
      std::vector<QgsGeometry> geometries;
      for ( const auto &entry : results )
        for ( auto band = entry.second.bands.rbegin(); band != entry.second.bands.rend(); ++band )
          geometries.push_back( band->lines.empty() ? QgsGeometry() : reachedLines( band->lines, toOutput ) );
      return geometries;
    } );
  }

  const QString unit = costUnit();
  if ( dissolve )
  {
    feedback->setProgressText( tr( "Dissolving the polygons of each band…" ) );
    for ( int b = static_cast<int>( options.bands.size() ) - 1; b >= 0; --b )
    {
      std::vector<std::vector<unsigned char>> wkbs;
      double length = 0;
      int count = 0;
      for ( const auto &entry : results )
      {
        const IsochroneBand &band = entry.second.bands.at( b );
        if ( band.polygon.area <= 0 )
          continue;
        wkbs.push_back( band.polygon.wkb );
        length += band.reachedLength;
        ++count;
      }
      const WkbPolygon merged = dissolvePolygons( wkbs );
      QgsFeature feature( fields );
      feature.setGeometry( outputGeometry( merged.wkb ) );
      feature.setAttributes( QgsAttributes() << QVariant() << options.bands.at( b ) << unit << merged.area << length << count );
      polygonSink->addFeature( feature, QgsFeatureSink::FastInsert );
      feedback->setProgress( 80 + 15.0 * ( options.bands.size() - b ) / options.bands.size() );
      if ( feedback->isCanceled() )
        return {};
    }
  }
  if ( !dissolve )
  {
    for ( const auto &entry : results )
    {
      const QVariant id = facilities.ids.at( static_cast<int>( entry.first ) );
      for ( auto band = entry.second.bands.rbegin(); band != entry.second.bands.rend(); ++band )
      {
        if ( band->polygon.area <= 0 )
          continue;
        QgsFeature feature( fields );
        feature.setGeometry( outputGeometry( band->polygon.wkb ) );
        feature.setAttributes( QgsAttributes() << id << band->band << unit << band->polygon.area << band->reachedLength );
        polygonSink->addFeature( feature, QgsFeatureSink::FastInsert );
      }
      if ( feedback->isCanceled() )
        return {}; // the lines' future is waited for when it goes out of scope
    }
  }
  if ( lineSink )
  {
    const std::vector<QgsGeometry> geometries = lineGeometries.get();
    std::size_t next = 0;
    for ( const auto &entry : results )
    {
      const QVariant id = facilities.ids.at( static_cast<int>( entry.first ) );
      for ( auto band = entry.second.bands.rbegin(); band != entry.second.bands.rend(); ++band )
      {
        const QgsGeometry &geometry = geometries.at( next++ );
        if ( band->lines.empty() )
          continue;
        QgsFeature feature( lineFields );
        feature.setGeometry( geometry );
        feature.setAttributes( QgsAttributes() << id << band->band << band->reachedLength );
        lineSink->addFeature( feature, QgsFeatureSink::FastInsert );
      }
    }
  }
  feedback->setProgress( 100 );
  feedback->pushInfo( tr( "%1 facilities reach the network; bands %2 %3." ).arg( facilities.points.size() - facilities.notSnapped ).arg( parameterAsString( parameters, QStringLiteral( "BANDS" ), context ), unit ) );

  QVariantMap outputs;
  outputs.insert( QStringLiteral( "OUTPUT" ), polygonDest );
  if ( lineSink )
    outputs.insert( QStringLiteral( "OUTPUT_LINES" ), linesDest );
  return outputs;
}
