#include "catchmentratioalgorithm.h"
#include "costtableinput.h"
#include "layerutils.h"

#include "gaps/catchment.h"
#include "gaps/gapserror.h"

#include <qgsprocessingparameters.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsfeaturesink.h>

#include <cmath>

using namespace sozialraum;

QString CatchmentRatioAlgorithm::displayName() const
{
  return tr( "Catchment ratio (2SFCA family)" );
}

QStringList CatchmentRatioAlgorithm::tags() const
{
  return tr( "2SFCA,E2SFCA,3SFCA,floating catchment,supply,demand,ratio,places per child,Versorgungsgrad,Erreichbarkeit" ).split( ',' );
}

QString CatchmentRatioAlgorithm::shortHelpString() const
{
  return tr( "<p>How many places (capacity) does each resident reach, taking into account how many others compete for the same places? "
             "The two-step floating catchment method (2SFCA) and its variants answer it for every demand point or area.</p>"
             "<p><b>Method</b> (as PySAL's <i>access</i>): with demand P<sub>k</sub>, capacity S<sub>j</sub>, cost d<sub>kj</sub> and weight W(d): "
             "step 1, each facility's ratio R<sub>j</sub> = S<sub>j</sub> / Σ<sub>k</sub> P<sub>k</sub> W(d<sub>kj</sub>); step 2, each demand point's access A<sub>k</sub> = Σ<sub>j</sub> R<sub>j</sub> W(d<sub>kj</sub>). "
             "<i>2SFCA</i>: W = 1 within the catchment d0 (cost ≤ d0), 0 beyond. <i>E2SFCA</i>: step weights from <i>Steps</i> (default 10:1, 20:0.68, 30:0.22 – weight 1 up to 10, 0.68 up to 20, 0.22 up to 30, 0 beyond; the last step is the catchment). "
             "<i>Gaussian 2SFCA</i>: W = (e<sup>−½(d/d0)²</sup> − e<sup>−½</sup>) / (1 − e<sup>−½</sup>), 1 at the facility and 0 at d0. "
             "<i>3SFCA</i>: the step weights plus selection weights G<sub>kj</sub> = W<sub>kj</sub> / Σ<sub>j'</sub> W<sub>kj'</sub> in both steps, so that a resident's demand is split among the facilities within reach.</p>"
             "<p><b>Costs</b> come from the network when one is given (all network parameters apply), else from straight-line distance × detour factor.</p>"
             "<p><b>Output.</b> Demand features with <i>access</i> (places per person), <i>access_norm</i> (access divided by the demand-weighted mean: 1.0 = city average), "
             "<i>nearest_cost</i> and <i>covered</i> (a facility within d0). With planned facilities under <i>Additional supply</i> (a scenario) also <i>access_scenario</i> and <i>access_change</i>. "
             "The supply output adds <i>supply_ratio</i> (R<sub>j</sub>) and <i>demand_in_catchment</i>. Capacities may be text with numbers; empty or unreadable capacities count as 0 and are listed in the log.</p>" ) + Sozialraum::costTableHelp();
}

void CatchmentRatioAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "DEMAND" ), tr( "Demand (points or polygons)" ), QList<int>() << QgsProcessing::TypeVectorPoint << QgsProcessing::TypeVectorPolygon ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "DEMAND_ID" ), tr( "Demand id field" ), QVariant(), QStringLiteral( "DEMAND" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "DEMAND_FIELD" ), tr( "Demand field (population or target group)" ), QVariant(), QStringLiteral( "DEMAND" ), QgsProcessingParameterField::Any ) );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "SUPPLY" ), tr( "Supply (facilities)" ), QList<int>() << QgsProcessing::TypeVectorPoint << QgsProcessing::TypeVectorPolygon ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "SUPPLY_ID" ), tr( "Supply id field" ), QVariant(), QStringLiteral( "SUPPLY" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "SUPPLY_FIELD" ), tr( "Capacity field" ), QVariant(), QStringLiteral( "SUPPLY" ), QgsProcessingParameterField::Any ) );
  addCatchmentParameters();
  addParameter( new QgsProcessingParameterBoolean( QStringLiteral( "NORMALIZE" ), tr( "Normalize: divide by the demand-weighted mean (1.0 = average)" ), true ) );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "ADDITIONAL_SUPPLY" ), tr( "Additional supply: planned facilities (scenario)" ), QList<int>() << QgsProcessing::TypeVectorPoint, QVariant(), true ) );
  addCostParameters();
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Access per demand point" ), QgsProcessing::TypeVectorAnyGeometry ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_SUPPLY" ), tr( "Supply ratios per facility" ), QgsProcessing::TypeVectorAnyGeometry, QVariant(), true ) );
}

QVariantMap CatchmentRatioAlgorithm::execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> demandSource( parameterAsSource( parameters, QStringLiteral( "DEMAND" ), context ) );
  if ( !demandSource )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "DEMAND" ) ) );
  std::unique_ptr<QgsProcessingFeatureSource> supplySource( parameterAsSource( parameters, QStringLiteral( "SUPPLY" ), context ) );
  if ( !supplySource )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "SUPPLY" ) ) );
  std::unique_ptr<QgsProcessingFeatureSource> extraSource( parameterAsSource( parameters, QStringLiteral( "ADDITIONAL_SUPPLY" ), context ) );

  prepareCosts( parameters, demandSource.get(), context, feedback );
  const gaps::CatchmentOptions options = catchmentOptions( parameters, context, feedback );
  const bool normalize = parameterAsBoolean( parameters, QStringLiteral( "NORMALIZE" ), context );

  feedback->setProgressText( tr( "Reading demand and supply…" ) );
  const SnappedPoints demand = snapFeatures( demandSource.get(), tr( "demand" ), parameterAsString( parameters, QStringLiteral( "DEMAND_ID" ), context ), context, feedback );
  SnappedPoints supply = snapFeatures( supplySource.get(), tr( "supply" ), parameterAsString( parameters, QStringLiteral( "SUPPLY_ID" ), context ), context, feedback );
  int missing = 0;
  const std::vector<double> population = readWeights( demand, parameterAsString( parameters, QStringLiteral( "DEMAND_FIELD" ), context ), demandSource->sourceName(), feedback, missing );
  const QString capacityField = parameterAsString( parameters, QStringLiteral( "SUPPLY_FIELD" ), context );
  std::vector<double> capacity = readWeights( supply, capacityField, supplySource->sourceName(), feedback, missing );
  if ( missing == supply.features.size() )
    throw QgsProcessingException( tr( "No facility of '%1' has a capacity in field '%2'. Choose the field with the places (e.g. e_platz) or fill it in." ).arg( supplySource->sourceName(), capacityField ) );
  if ( feedback->isCanceled() )
    return {};

  feedback->setProgressText( tr( "Costs between %1 demand points and %2 facilities (up to %3 %4)…" ).arg( demand.points.size() ).arg( supply.points.size() ).arg( options.effectiveCatchment() ).arg( costUnit() ) );
  const gaps::CostTable costs = costTable( demand, supply, options.effectiveCatchment(), feedback );
  if ( feedback->isCanceled() )
    return {};
  gaps::CatchmentResult result;
  gaps::CatchmentResult scenario;
  const std::vector<double> nearest = nearestCosts( demand, supply );
  try
  {
    result = gaps::computeCatchment( costs, population, capacity, options );
    if ( extraSource )
    {
      // The scenario: the same computation with the planned facilities added to the supply.
      const SnappedPoints extra = snapFeatures( extraSource.get(), tr( "additional supply" ), QString(), context, feedback );
      int extraMissing = 0;
      const std::vector<double> extraCapacity = readWeights( extra, capacityField, extraSource->sourceName(), feedback, extraMissing );
      for ( int i = 0; i < extra.features.size(); ++i )
      {
        supply.features.append( extra.features.at( i ) );
        supply.ids.append( extra.ids.at( i ) );
        supply.points.push_back( extra.points[static_cast<std::size_t>( i )] );
        supply.snapDistances.push_back( extra.snapDistances[static_cast<std::size_t>( i )] );
        supply.workingPoints.push_back( extra.workingPoints[static_cast<std::size_t>( i )] );
        capacity.push_back( extraCapacity[static_cast<std::size_t>( i )] );
      }
      const gaps::CostTable scenarioCosts = costTable( demand, supply, options.effectiveCatchment(), feedback );
      scenario = gaps::computeCatchment( scenarioCosts, population, capacity, options );
    }
  }
  catch ( const gaps::GapsError &error )
  {
    throw QgsProcessingException( QString::fromStdString( error.what() ) );
  }
  if ( feedback->isCanceled() )
    return {};
  feedback->setProgress( 85 );

  QList<QgsField> added { QgsField( QStringLiteral( "access" ), QVariant::Double ), QgsField( QStringLiteral( "access_norm" ), QVariant::Double ),
                          QgsField( QStringLiteral( "nearest_cost" ), QVariant::Double ), QgsField( QStringLiteral( "covered" ), QVariant::Bool ) };
  if ( extraSource )
    added << QgsField( QStringLiteral( "access_scenario" ), QVariant::Double ) << QgsField( QStringLiteral( "access_change" ), QVariant::Double );
  QVector<int> kept;
  const QgsFields fields = Sozialraum::fieldsReplacing( demandSource->fields(), added, kept );
  QString dest;
  std::unique_ptr<QgsFeatureSink> sink = outputSink( parameters, QStringLiteral( "OUTPUT" ), context, dest, fields, demandSource->wkbType(), demandSource->sourceCrs(), feedback );
  const auto value = []( double v ) { return std::isfinite( v ) ? QVariant( v ) : QVariant( QVariant::Double ); };
  for ( int k = 0; k < demand.features.size(); ++k )
  {
    const std::size_t i = static_cast<std::size_t>( k );
    QgsFeature feature = demand.features.at( k );
    QgsAttributes attributes = Sozialraum::keptAttributes( feature, kept );
    const double access = result.access[i];
    attributes << value( access ) << value( normalize ? result.accessNorm[i] : access ) << value( nearest[i] ) << QVariant( result.covered[i] != 0 );
    if ( extraSource )
      attributes << value( scenario.access[i] ) << value( scenario.access[i] - access );
    feature.setAttributes( attributes );
    sink->addFeature( feature, QgsFeatureSink::FastInsert );
  }

  QVariantMap outputs { { QStringLiteral( "OUTPUT" ), dest } };
  if ( parameters.value( QStringLiteral( "OUTPUT_SUPPLY" ) ).isValid() && !parameterAsOutputLayer( parameters, QStringLiteral( "OUTPUT_SUPPLY" ), context ).isEmpty() )
  {
    QVector<int> supplyKept;
    const QgsFields supplyFields = Sozialraum::fieldsReplacing( supplySource->fields(), { QgsField( QStringLiteral( "supply_ratio" ), QVariant::Double ), QgsField( QStringLiteral( "demand_in_catchment" ), QVariant::Double ) }, supplyKept );
    QString supplyDest;
    std::unique_ptr<QgsFeatureSink> supplySink = outputSink( parameters, QStringLiteral( "OUTPUT_SUPPLY" ), context, supplyDest, supplyFields, supplySource->wkbType(), supplySource->sourceCrs(), feedback );
    for ( std::size_t j = 0; j < result.supplyRatio.size(); ++j )
    {
      QgsFeature feature = supply.features.at( static_cast<int>( j ) );
      QgsAttributes attributes = Sozialraum::keptAttributes( feature, supplyKept );
      attributes << value( result.supplyRatio[j] ) << value( result.demandInCatchment[j] );
      feature.setAttributes( attributes );
      supplySink->addFeature( feature, QgsFeatureSink::FastInsert );
    }
    outputs.insert( QStringLiteral( "OUTPUT_SUPPLY" ), supplyDest );
  }

  feedback->pushInfo( tr( "%1: demand %2, of which %3 % within the catchment; capacity %4; demand-weighted mean access %5 per person." )
                        .arg( QString::fromStdString( options.description() ) )
                        .arg( result.totalDemand, 0, 'f', 0 )
                        .arg( result.totalDemand > 0 ? 100.0 * result.coveredDemand / result.totalDemand : 0.0, 0, 'f', 1 )
                        .arg( result.totalSupply, 0, 'f', 0 )
                        .arg( result.weightedMeanAccess, 0, 'g', 4 ) );
  if ( result.facilitiesWithoutDemand > 0 )
    feedback->pushWarning( tr( "%1 facilities have no demand within their catchment (no ratio)." ).arg( result.facilitiesWithoutDemand ) );
  if ( result.demandUncovered > 0 )
    feedback->pushInfo( tr( "%1 demand points reach no facility within the catchment (access 0)." ).arg( result.demandUncovered ) );
  feedback->setProgress( 100 );
  return outputs;
}
