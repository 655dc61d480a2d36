#include "nearestfacilityalgorithm.h"
#include "costtableinput.h"
#include "gaps/gapserror.h"
#include "layerutils.h"

#include "network/nearestfacility.h"
#include "network/networkerror.h"

#include <qgsprocessingparameters.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsfeaturesink.h>

#include <cmath>
#include <optional>

using namespace sozialraum::network;
namespace gaps = sozialraum::gaps;

std::vector<Arrival> NearestFacilityAlgorithm::nearestFromTable( const std::vector<gaps::CostRecord> &rows, const SnappedPoints &origins, const SnappedPoints &facilities,
                                                                double maxCost, QgsProcessingFeedback *feedback )
{
  const gaps::MatchedCosts match = gaps::matchCostRecords( rows, idsOf( origins ), idsOf( facilities ), maxCost );
  Sozialraum::reportCostMatch( match, tr( "origins" ), tr( "facilities" ), feedback );
  std::vector<double> costs;
  std::vector<gaps::Index> nearest;
  gaps::nearestInTable( match.table, costs, nearest );
  std::vector<Arrival> arrivals( costs.size() );
  for ( std::size_t k = 0; k < costs.size(); ++k )
  {
    if ( nearest[k] == gaps::kNoIndex )
      continue;
    arrivals[k].cost = costs[k];
    arrivals[k].source = nearest[k];
  }
  return arrivals;
}

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
             "Where no facility lies within the maximum cost, or the origin is too far from the network, the values are empty and <i>nearest_note</i> says why.</p>" ) + Sozialraum::costTableHelp();
}

void NearestFacilityAlgorithm::initAlgorithm( const QVariantMap & )
{
  // NETWORK is needed unless a COST_TABLE gives the costs.
  addNetworkParameters( true );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "ORIGINS" ), tr( "Origins (points or polygons)" ), QList<int>() << QgsProcessing::TypeVectorPoint << QgsProcessing::TypeVectorPolygon ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "ORIGIN_ID" ), tr( "Origin id field (matches a cost table's origin ids)" ), QVariant(), QStringLiteral( "ORIGINS" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "FACILITIES" ), tr( "Facilities (points)" ), QList<int>() << QgsProcessing::TypeVectorPoint ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "FACILITY_ID" ), tr( "Facility id field" ), QVariant(), QStringLiteral( "FACILITIES" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "MAX_COST" ), tr( "Maximum cost (0 = no limit)" ), QgsProcessingParameterNumber::Double, 0.0, false, 0.0 ) );
  for ( QgsProcessingParameterDefinition *definition : Sozialraum::costTableParameters() )
    addParameter( definition );
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

  const std::optional<std::vector<gaps::CostRecord>> costRows = Sozialraum::readCostTable( *this, parameters, context, feedback );
  if ( costRows )
    useStraightLineCosts( parameters, originsSource.get(), context, feedback, false ); // positions only; the table gives the costs
  else if ( !loadNetwork( parameters, context, feedback ) )
  {
    if ( feedback->isCanceled() )
      return {};
    throw QgsProcessingException( tr( "Give a street network (NETWORK) or a cost table (COST_TABLE) to measure the way to the facilities." ) );
  }
  feedback->setProgressText( costRows ? tr( "Reading facilities and origins…" ) : tr( "Joining facilities and origins to the network…" ) );
  const SnappedPoints facilities = snapFeatures( facilitiesSource.get(), tr( "facilities" ), idField, context, feedback );
  const SnappedPoints origins = snapFeatures( originsSource.get(), tr( "origins" ), parameterAsString( parameters, QStringLiteral( "ORIGIN_ID" ), context ), context, feedback );
  if ( feedback->isCanceled() )
    return {};
  if ( !costRows && facilities.notSnapped == facilities.points.size() )
    throw QgsProcessingException( tr( "None of the facilities lies within %1 m of the network. Check that the layers show the same place (CRS) or raise MAX_SNAP_DISTANCE." ).arg( mMaxSnapDistance ) );
  feedback->setProgress( 50 );

  feedback->setProgressText( tr( "Searching the nearest facility from all %1 facilities at once…" ).arg( facilities.points.size() ) );
  std::vector<Arrival> arrivals;
  try
  {
    if ( costRows )
      arrivals = nearestFromTable( *costRows, origins, facilities, maxCost, feedback );
    else
      arrivals = nearestFacilities( graph(), facilities.points, origins.points, maxCost );
  }
  catch ( const gaps::GapsError &error )
  {
    throw QgsProcessingException( QString::fromStdString( error.what() ) );
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
    else if ( !costRows && origins.points.at( i ).edge == kInvalidId )
      note = tr( "farther than %1 m from the network" ).arg( mMaxSnapDistance );
    else if ( arrival.source == kInvalidId )
      note = std::isfinite( maxCost ) ? tr( "no facility within %1 %2" ).arg( maxCost ).arg( costUnit() )
                                      : ( costRows ? tr( "no facility in the cost table" ) : tr( "no facility reachable on the network" ) );
    if ( note.isEmpty() )
      attributes << facilities.ids.at( static_cast<int>( arrival.source ) ) << arrival.cost;
    else
    {
      attributes << QVariant() << QVariant();
      ++unreachable;
    }
    attributes << ( std::isnan( snapDistance ) || costRows ? QVariant() : QVariant( snapDistance ) ) << ( note.isEmpty() ? QVariant() : QVariant( note ) );
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
