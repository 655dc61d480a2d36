#include "costtableinput.h"
#include "layerutils.h"

#include <QCoreApplication>
#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>

#include <cmath>
#include <memory>

namespace
{
  QString listed( const std::vector<std::string> &ids )
  {
    QStringList names;
    for ( std::size_t i = 0; i < ids.size() && i < 10; ++i )
      names << QString::fromStdString( ids[i] );
    return names.join( QLatin1String( ", " ) ) + ( ids.size() > 10 ? QStringLiteral( ", …" ) : QString() );
  }
} // namespace

QString Sozialraum::costTableHelp()
{
  return QCoreApplication::translate( "CostTableInput", "<p><b>Cost table.</b> Instead of a network or straight lines, <i>COST_TABLE</i> can give the costs: a table with an origin id, a destination id and a cost per row, "
                                                        "such as the output of <i>OD matrix</i>, of a public-transport tool or of a spreadsheet, in the unit of the catchment. Origins are matched with the demand side's ids "
                                                        "(its id field, or else the feature ids, which is what <i>OD matrix</i> writes without an id field), destinations with the facilities'. "
                                                        "Pairs missing from the table are unreachable; ids that match nothing, and points the table does not name, are listed in the log.</p>" );
}

QList<QgsProcessingParameterDefinition *> Sozialraum::costTableParameters()
{
  return {
    new QgsProcessingParameterFeatureSource( QStringLiteral( "COST_TABLE" ), QCoreApplication::translate( "CostTableInput", "Cost table (origin id, destination id, cost) instead of network or straight-line costs" ),
                                             QList<int>() << QgsProcessing::TypeVector, QVariant(), true ),
    new QgsProcessingParameterField( QStringLiteral( "COST_ORIGIN_FIELD" ), QCoreApplication::translate( "CostTableInput", "Cost table: origin id field (demand side)" ), QStringLiteral( "origin_id" ), QStringLiteral( "COST_TABLE" ), QgsProcessingParameterField::Any, false, true ),
    new QgsProcessingParameterField( QStringLiteral( "COST_DESTINATION_FIELD" ), QCoreApplication::translate( "CostTableInput", "Cost table: destination id field (facility side)" ), QStringLiteral( "destination_id" ), QStringLiteral( "COST_TABLE" ), QgsProcessingParameterField::Any, false, true ),
    new QgsProcessingParameterField( QStringLiteral( "COST_FIELD" ), QCoreApplication::translate( "CostTableInput", "Cost table: cost field (same unit as the catchment)" ), QStringLiteral( "cost" ), QStringLiteral( "COST_TABLE" ), QgsProcessingParameterField::Any, false, true ),
  };
}

std::optional<std::vector<sozialraum::gaps::CostRecord>> Sozialraum::readCostTable( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                                                                                    QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const QgsProcessingParameterDefinition *definition = algorithm.parameterDefinition( QStringLiteral( "COST_TABLE" ) );
  const QVariant value = parameters.value( QStringLiteral( "COST_TABLE" ) );
  if ( !definition || !value.isValid() || value.isNull() || ( value.type() == QVariant::String && value.toString().isEmpty() ) )
    return std::nullopt;
  std::unique_ptr<QgsProcessingFeatureSource> source( QgsProcessingParameters::parameterAsSource( definition, parameters, context ) );
  if ( !source )
    throw QgsProcessingException( QCoreApplication::translate( "CostTableInput", "COST_TABLE cannot be read as a table: %1" ).arg( parameters.value( QStringLiteral( "COST_TABLE" ) ).toString() ) );
  const auto field = [&]( const QString &name, const QString &fallback ) {
    QString value = QgsProcessingParameters::parameterAsString( algorithm.parameterDefinition( name ), parameters, context );
    if ( value.isEmpty() )
      value = fallback;
    const int index = source->fields().lookupField( value );
    if ( index < 0 )
      throw QgsProcessingException( QCoreApplication::translate( "CostTableInput", "%1: the cost table '%2' has no field '%3'. Its fields are: %4." ).arg( name, source->sourceName(), value, source->fields().names().join( QLatin1String( ", " ) ) ) );
    return index;
  };
  const int originIndex = field( QStringLiteral( "COST_ORIGIN_FIELD" ), QStringLiteral( "origin_id" ) );
  const int destinationIndex = field( QStringLiteral( "COST_DESTINATION_FIELD" ), QStringLiteral( "destination_id" ) );
  const int costIndex = field( QStringLiteral( "COST_FIELD" ), QStringLiteral( "cost" ) );

  std::vector<sozialraum::gaps::CostRecord> rows;
  QgsFeatureRequest request;
  request.setFlags( QgsFeatureRequest::NoGeometry );
  request.setSubsetOfAttributes( QgsAttributeList() << originIndex << destinationIndex << costIndex );
  QgsFeatureIterator it = source->getFeatures( request );
  QgsFeature feature;
  long long row = 0;
  while ( it.nextFeature( feature ) )
  {
    ++row;
    if ( row % 100000 == 0 && feedback && feedback->isCanceled() )
      return rows;
    const QVariant origin = feature.attribute( originIndex );
    const QVariant destination = feature.attribute( destinationIndex );
    if ( origin.isNull() || destination.isNull() || origin.toString().isEmpty() || destination.toString().isEmpty() )
      throw QgsProcessingException( QCoreApplication::translate( "CostTableInput", "Row %1 of the cost table '%2' has no origin or destination id. Every row needs both." ).arg( row ).arg( source->sourceName() ) );
    const NumberReading cost = readNumber( feature.attribute( costIndex ) );
    if ( cost.isText || std::isnan( cost.value ) )
      throw QgsProcessingException( QCoreApplication::translate( "CostTableInput", "Row %1 of the cost table '%2' has no number as its cost ('%3')." ).arg( row ).arg( source->sourceName(), feature.attribute( costIndex ).toString() ) );
    rows.push_back( { origin.toString().toStdString(), destination.toString().toStdString(), cost.value, row } );
  }
  if ( rows.empty() )
    throw QgsProcessingException( QCoreApplication::translate( "CostTableInput", "The cost table '%1' has no rows." ).arg( source->sourceName() ) );
  if ( feedback )
    feedback->pushInfo( QCoreApplication::translate( "CostTableInput", "Costs come from the table '%1' (%2 rows); NETWORK and straight lines are not used." ).arg( source->sourceName() ).arg( rows.size() ) );
  return rows;
}

void Sozialraum::reportCostMatch( const sozialraum::gaps::MatchedCosts &match, const QString &demandDescription, const QString &supplyDescription, QgsProcessingFeedback *feedback )
{
  if ( !feedback )
    return;
  if ( !match.unknownOrigins.empty() )
    feedback->pushWarning( QCoreApplication::translate( "CostTableInput", "%1 origin ids of the cost table are none of the %2: %3. Their rows are not used; check that the table's origins are the %2 and that the id fields match." )
                             .arg( match.unknownOrigins.size() ).arg( demandDescription, listed( match.unknownOrigins ) ) );
  if ( !match.unknownDestinations.empty() )
    feedback->pushWarning( QCoreApplication::translate( "CostTableInput", "%1 destination ids of the cost table are none of the %2: %3. Their rows are not used here." )
                             .arg( match.unknownDestinations.size() ).arg( supplyDescription, listed( match.unknownDestinations ) ) );
  if ( !match.demandWithoutRows.empty() )
    feedback->pushWarning( QCoreApplication::translate( "CostTableInput", "%1 %2 have no row in the cost table and reach nothing: %3" ).arg( match.demandWithoutRows.size() ).arg( demandDescription, listed( match.demandWithoutRows ) ) );
  if ( !match.supplyWithoutRows.empty() )
    feedback->pushWarning( QCoreApplication::translate( "CostTableInput", "%1 %2 have no row in the cost table and serve nobody: %3" ).arg( match.supplyWithoutRows.size() ).arg( supplyDescription, listed( match.supplyWithoutRows ) ) );
}
