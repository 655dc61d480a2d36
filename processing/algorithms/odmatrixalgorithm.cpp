#include "odmatrixalgorithm.h"

#include "network/odmatrix.h"
#include "network/networkerror.h"

#include <qgsprocessingparameters.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsfeaturesink.h>

using namespace sozialraum::network;

QString OdMatrixAlgorithm::displayName() const
{
  return tr( "Origin-destination matrix (sparse)" );
}

QStringList OdMatrixAlgorithm::tags() const
{
  return tr( "od,matrix,origin,destination,cost,distance matrix,network" ).split( ',' );
}

QString OdMatrixAlgorithm::shortHelpString() const
{
  return tr( "<p>Writes a table of network costs between origins and destinations: one row per pair whose cost is within the maximum cost (a sparse matrix). "
             "This is the cost table that catchment-ratio methods (2SFCA) and location models need.</p>"
             "<p><b>Method.</b> One bounded shortest-path search per origin, on all processor cores; rows are written while the searches run, "
             "so tens of millions of rows stream to the output file and never sit in memory. Points join the network at their projection on the nearest edge; "
             "polygons use a point on their surface. Costs include the straight way to the network at both ends if chosen.</p>"
             "<p><b>Output.</b> A table without geometry: <i>origin_id</i>, <i>destination_id</i>, <i>cost</i> (metres or minutes). "
             "Rows of one origin come together; origins appear in the order their searches finish. Write to a GeoPackage or CSV for large matrices.</p>" );
}

void OdMatrixAlgorithm::initAlgorithm( const QVariantMap & )
{
  addNetworkParameters();
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "ORIGINS" ), tr( "Origins (points or polygons)" ), QList<int>() << QgsProcessing::TypeVectorPoint << QgsProcessing::TypeVectorPolygon ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "ORIGIN_ID" ), tr( "Origin id field" ), QVariant(), QStringLiteral( "ORIGINS" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "DESTINATIONS" ), tr( "Destinations (points or polygons)" ), QList<int>() << QgsProcessing::TypeVectorPoint << QgsProcessing::TypeVectorPolygon ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "DESTINATION_ID" ), tr( "Destination id field" ), QVariant(), QStringLiteral( "DESTINATIONS" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "MAX_COST" ), tr( "Maximum cost (pairs beyond are not written)" ), QgsProcessingParameterNumber::Double, 30.0, false, 0.0 ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "OD matrix" ), QgsProcessing::TypeVector ) );
}

QVariantMap OdMatrixAlgorithm::execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> originsSource( parameterAsSource( parameters, QStringLiteral( "ORIGINS" ), context ) );
  if ( !originsSource )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "ORIGINS" ) ) );
  std::unique_ptr<QgsProcessingFeatureSource> destinationsSource( parameterAsSource( parameters, QStringLiteral( "DESTINATIONS" ), context ) );
  if ( !destinationsSource )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "DESTINATIONS" ) ) );
  const QString originIdField = parameterAsString( parameters, QStringLiteral( "ORIGIN_ID" ), context );
  const QString destinationIdField = parameterAsString( parameters, QStringLiteral( "DESTINATION_ID" ), context );
  const double maxCost = parameterAsDouble( parameters, QStringLiteral( "MAX_COST" ), context );
  if ( !( maxCost > 0 ) )
    throw QgsProcessingException( tr( "MAX_COST must be greater than 0; a full matrix of every pair is rarely what is wanted and can be huge." ) );

  if ( !loadNetwork( parameters, context, feedback ) )
    return {};
  feedback->setProgressText( tr( "Joining origins and destinations to the network…" ) );
  const SnappedPoints origins = snapFeatures( originsSource.get(), tr( "origins" ), originIdField, context, feedback );
  const SnappedPoints destinations = snapFeatures( destinationsSource.get(), tr( "destinations" ), destinationIdField, context, feedback );
  if ( feedback->isCanceled() )
    return {};

  QgsFields fields;
  const int oIndex = originIdField.isEmpty() ? -1 : originsSource->fields().lookupField( originIdField );
  const int dIndex = destinationIdField.isEmpty() ? -1 : destinationsSource->fields().lookupField( destinationIdField );
  fields.append( oIndex >= 0 ? QgsField( QStringLiteral( "origin_id" ), originsSource->fields().at( oIndex ).type() ) : QgsField( QStringLiteral( "origin_id" ), QVariant::LongLong ) );
  fields.append( dIndex >= 0 ? QgsField( QStringLiteral( "destination_id" ), destinationsSource->fields().at( dIndex ).type() ) : QgsField( QStringLiteral( "destination_id" ), QVariant::LongLong ) );
  fields.append( QgsField( QStringLiteral( "cost" ), QVariant::Double ) );
  QString dest;
  std::unique_ptr<QgsFeatureSink> sink = outputSink( parameters, QStringLiteral( "OUTPUT" ), context, dest, fields, QgsWkbTypes::NoGeometry, QgsCoordinateReferenceSystem(), feedback );

  feedback->setProgressText( tr( "Searching from %1 origins (up to %2 %3)…" ).arg( origins.points.size() ).arg( maxCost ).arg( costUnit() ) );
  long long rows = 0;
  QgsFeature feature( fields );
  bool completed = false;
  try
  {
    completed = enumerateOd( graph(), origins.points, destinations.points, maxCost, runControl( feedback, 35, 100 ),
                             [&]( std::uint32_t origin, std::uint32_t destination, double cost ) {
                               feature.setAttributes( QgsAttributes() << origins.ids.at( static_cast<int>( origin ) ) << destinations.ids.at( static_cast<int>( destination ) ) << cost );
                               sink->addFeature( feature, QgsFeatureSink::FastInsert );
                               ++rows;
                             } );
  }
  catch ( const NetworkError &error )
  {
    throw QgsProcessingException( QString::fromStdString( error.what() ) );
  }
  if ( !completed || feedback->isCanceled() )
    return {};
  feedback->pushInfo( tr( "%1 origin-destination pairs within %2 %3." ).arg( rows ).arg( maxCost ).arg( costUnit() ) );
  return { { QStringLiteral( "OUTPUT" ), dest } };
}
