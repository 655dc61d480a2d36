#include "nearestfacilityalgorithm.h"
#include "layerutils.h"

#include "network/nearestfacility.h"
#include "network/networkerror.h"

#include <qgsprocessingparameters.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsfeaturesink.h>

#include <cmath>

using namespace sozialraum::network;

QString NearestFacilityAlgorithm::displayName() const
{
  return tr( "Nearest facility (network cost)" );
}

QStringList NearestFacilityAlgorithm::tags() const
{
  return tr( "nearest,closest,facility,distance,travel time,network,Voronoi,Erreichbarkeit" ).split( ',' );
}

QString NearestFacilityAlgorithm::shortHelpString() const
{
  return tr( "<p>For every origin (address points, buildings, statistical areas) finds the nearest facility along the street and path network and its cost (metres or minutes).</p>"
             "<p><b>Method.</b> One shortest-path search starts from all facilities at once; it gives every point of the network its nearest facility in a single pass (a network Voronoi partition), "
             "so the time grows with the size of the network, not with origins × facilities. Origins and facilities join the network at their projection on the nearest edge; "
             "polygons use a point inside them (point on surface). With <i>Add the straight way</i> the distance from each point to the network is added at both ends. "
             "Costs are measured from the facility outwards, as in QGIS's service area.</p>"
             "<p><b>Output.</b> The origins with <i>nearest_id</i>, <i>nearest_cost</i> and <i>snap_distance</i> (metres from the origin to the network). "
             "Where no facility lies within the maximum cost, or the origin is too far from the network, the values are empty and <i>nearest_note</i> says why.</p>" );
}

void NearestFacilityAlgorithm::initAlgorithm( const QVariantMap & )
{
  addNetworkParameters();
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "ORIGINS" ), tr( "Origins (points or polygons)" ), QList<int>() << QgsProcessing::TypeVectorPoint << QgsProcessing::TypeVectorPolygon ) );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "FACILITIES" ), tr( "Facilities (points)" ), QList<int>() << QgsProcessing::TypeVectorPoint ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "FACILITY_ID" ), tr( "Facility id field" ), QVariant(), QStringLiteral( "FACILITIES" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "MAX_COST" ), tr( "Maximum cost (0 = no limit)" ), QgsProcessingParameterNumber::Double, 0.0, false, 0.0 ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Origins with nearest facility" ), QgsProcessing::TypeVectorAnyGeometry ) );
}

QVariantMap NearestFacilityAlgorithm::execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> originsSource( parameterAsSource( parameters, QStringLiteral( "ORIGINS" ), context ) );
  if ( !originsSource )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "ORIGINS" ) ) );
  std::unique_ptr<QgsProcessingFeatureSource> facilitiesSource( parameterAsSource( parameters, QStringLiteral( "FACILITIES" ), context ) );
  if ( !facilitiesSource )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "FACILITIES" ) ) );
  const QString idField = parameterAsString( parameters, QStringLiteral( "FACILITY_ID" ), context );
  const double maxCostParameter = parameterAsDouble( parameters, QStringLiteral( "MAX_COST" ), context );
  const double maxCost = maxCostParameter > 0 ? maxCostParameter : kUnreachable;

  if ( !loadNetwork( parameters, context, feedback ) )
    return {};
  feedback->setProgressText( tr( "Joining facilities and origins to the network…" ) );
  const SnappedPoints facilities = snapFeatures( facilitiesSource.get(), tr( "facilities" ), idField, context, feedback );
  const SnappedPoints origins = snapFeatures( originsSource.get(), tr( "origins" ), QString(), context, feedback );
  if ( feedback->isCanceled() )
    return {};
  if ( facilities.notSnapped == facilities.points.size() )
    throw QgsProcessingException( tr( "None of the facilities lies within %1 m of the network. Check that the layers show the same place (CRS) or raise MAX_SNAP_DISTANCE." ).arg( mMaxSnapDistance ) );
  feedback->setProgress( 50 );

  feedback->setProgressText( tr( "Searching the nearest facility from all %1 facilities at once…" ).arg( facilities.points.size() ) );
  std::vector<Arrival> arrivals;
  try
  {
    arrivals = nearestFacilities( graph(), facilities.points, origins.points, maxCost );
  }
  catch ( const NetworkError &error )
  {
    throw QgsProcessingException( QString::fromStdString( error.what() ) );
  }
  feedback->setProgress( 80 );

  const int idIndex = idField.isEmpty() ? -1 : facilitiesSource->fields().lookupField( idField );
  QVector<int> kept;
  const QgsFields fields = Sozialraum::fieldsReplacing( originsSource->fields(),
                                                        { idIndex >= 0 ? QgsField( QStringLiteral( "nearest_id" ), facilitiesSource->fields().at( idIndex ).type() ) : QgsField( QStringLiteral( "nearest_id" ), QVariant::LongLong ),
                                                          QgsField( QStringLiteral( "nearest_cost" ), QVariant::Double ), QgsField( QStringLiteral( "snap_distance" ), QVariant::Double ), QgsField( QStringLiteral( "nearest_note" ), QVariant::String ) },
                                                        kept );

  QString dest;
  std::unique_ptr<QgsFeatureSink> sink = outputSink( parameters, QStringLiteral( "OUTPUT" ), context, dest, fields, originsSource->wkbType(), originsSource->sourceCrs(), feedback );

  int unreachable = 0;
  for ( int i = 0; i < origins.features.size(); ++i )
  {
    QgsFeature feature = origins.features.at( i );
    QgsAttributes attributes = Sozialraum::keptAttributes( feature, kept );
    const Arrival &arrival = arrivals.at( i );
    const double snapDistance = origins.snapDistances.at( i );
    QString note;
    if ( std::isnan( snapDistance ) )
      note = tr( "no geometry" );
    else if ( origins.points.at( i ).edge == kInvalidId )
      note = tr( "farther than %1 m from the network" ).arg( mMaxSnapDistance );
    else if ( arrival.source == kInvalidId )
      note = std::isfinite( maxCost ) ? tr( "no facility within %1 %2" ).arg( maxCost ).arg( costUnit() ) : tr( "no facility reachable on the network" );
    if ( note.isEmpty() )
      attributes << facilities.ids.at( static_cast<int>( arrival.source ) ) << arrival.cost;
    else
    {
      attributes << QVariant() << QVariant();
      ++unreachable;
    }
    attributes << ( std::isnan( snapDistance ) ? QVariant() : QVariant( snapDistance ) ) << ( note.isEmpty() ? QVariant() : QVariant( note ) );
    feature.setAttributes( attributes );
    sink->addFeature( feature, QgsFeatureSink::FastInsert );
    if ( i % 1000 == 0 )
    {
      feedback->setProgress( 80 + 20.0 * i / std::max( 1, origins.features.size() ) );
      if ( feedback->isCanceled() )
        return {};
    }
  }
  if ( unreachable > 0 )
    feedback->pushWarning( tr( "%1 of %2 origins have no nearest facility (see nearest_note)." ).arg( unreachable ).arg( origins.features.size() ) );
  feedback->setProgress( 100 );
  return { { QStringLiteral( "OUTPUT" ), dest } };
}
