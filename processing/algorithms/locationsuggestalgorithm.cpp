#include "locationsuggestalgorithm.h"
#include "costtableinput.h"
#include "expressionvalues.h"

#include "gaps/gapserror.h"
#include "gaps/locationproblem.h"
#include "gaps/maximalcovering.h"
#include "gaps/pmedian.h"
#include "gaps/setcovering.h"

#include <qgsprocessingparameters.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsfeaturesink.h>

using namespace sozialraum;

QString LocationSuggestAlgorithm::displayName() const
{
  return tr( "Locations for new offerings" );
}

QStringList LocationSuggestAlgorithm::tags() const
{
  return tr( "location,site selection,maximal covering,MCLP,set covering,LSCP,p-median,Standortplanung,Standort" ).split( ',' );
}

QString LocationSuggestAlgorithm::shortHelpString() const
{
  return tr( "<p>Which of the candidate sites (vacant shops, school buildings, community rooms) should the next offerings go to? "
             "Chooses sites so that as much (need-weighted) demand as possible gets an offering within reach.</p>"
             "<p><b>Methods.</b> <i>Maximal covering</i> (MCLP): choose P sites that maximize the demand weight within the radius of at least one chosen or existing facility; "
             "greedy choice by the largest marginal gain, then swap improvement (vertex substitution) with restarts – on city-sized problems within a few percent of the optimum, in tests at least 98 %. "
             "<i>Set covering</i> (LSCP): the fewest sites that cover all demand that any candidate can cover (P is not used). "
             "<i>p-median</i>: P sites that minimize the total weighted cost to the nearest facility; costs beyond the radius are not considered (such demand is charged a penalty of twice the radius).</p>"
             "<p><b>Weight</b> is an expression on the demand layer, e.g. <i>\"inhabitants\" * \"si_score_pct\"</i> (population × need). Existing facilities count as already covering.</p>"
             "<p><b>Output.</b> The chosen sites in the order of choice with <i>rank</i> and <i>marginal_gain</i> (weight newly covered, or cost saved for p-median); "
             "the summary table and the log report the covered demand before and after.</p>" ) + Sozialraum::costTableHelp();
}

void LocationSuggestAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "CANDIDATES" ), tr( "Candidate sites (points)" ), QList<int>() << QgsProcessing::TypeVectorPoint ) );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "EXISTING" ), tr( "Existing facilities" ), QList<int>() << QgsProcessing::TypeVectorPoint, QVariant(), true ) );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "DEMAND" ), tr( "Demand (points or polygons)" ), QList<int>() << QgsProcessing::TypeVectorPoint << QgsProcessing::TypeVectorPolygon ) );
  addParameter( new QgsProcessingParameterExpression( QStringLiteral( "WEIGHT" ), tr( "Demand weight (expression, e.g. population × need)" ), QStringLiteral( "1" ), QStringLiteral( "DEMAND" ) ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "P" ), tr( "Number of new sites (P)" ), QgsProcessingParameterNumber::Integer, 3, false, 1 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "RADIUS" ), tr( "Radius: demand within this cost counts as covered" ), QgsProcessingParameterNumber::Double, 10.0, false, 0.0 ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "METHOD" ), tr( "Method" ), QStringList() << tr( "maximal covering (greedy + swap)" ) << tr( "set covering" ) << tr( "p-median" ), false, 0 ) );
  addCostParameters();
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Suggested sites" ), QgsProcessing::TypeVectorPoint ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_SUMMARY" ), tr( "Coverage before and after" ), QgsProcessing::TypeVector, QVariant(), true ) );
}

QVariantMap LocationSuggestAlgorithm::execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> candidateSource( parameterAsSource( parameters, QStringLiteral( "CANDIDATES" ), context ) );
  if ( !candidateSource )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "CANDIDATES" ) ) );
  std::unique_ptr<QgsProcessingFeatureSource> demandSource( parameterAsSource( parameters, QStringLiteral( "DEMAND" ), context ) );
  if ( !demandSource )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "DEMAND" ) ) );
  std::unique_ptr<QgsProcessingFeatureSource> existingSource( parameterAsSource( parameters, QStringLiteral( "EXISTING" ), context ) );
  const int p = parameterAsInt( parameters, QStringLiteral( "P" ), context );
  const double radius = parameterAsDouble( parameters, QStringLiteral( "RADIUS" ), context );
  const int method = parameterAsEnum( parameters, QStringLiteral( "METHOD" ), context );
  if ( !( radius > 0 ) )
    throw QgsProcessingException( tr( "The radius is 0: give the cost within which demand counts as covered, e.g. 10 (minutes) or 800 (metres)." ) );
  if ( method != 1 && p > candidateSource->featureCount() && candidateSource->featureCount() >= 0 )
    throw QgsProcessingException( tr( "P (%1) is larger than the number of candidate sites (%2). Choose P ≤ %2 or add candidates." ).arg( p ).arg( candidateSource->featureCount() ) );

  prepareCosts( parameters, demandSource.get(), context, feedback );
  const SnappedPoints candidates = snapFeatures( candidateSource.get(), tr( "candidates" ), QString(), context, feedback );
  const SnappedPoints demand = snapFeatures( demandSource.get(), tr( "demand" ), QString(), context, feedback );
  std::vector<double> weights = Sozialraum::evaluateNumbers( parameterAsExpression( parameters, QStringLiteral( "WEIGHT" ), context ), demand.features, demandSource->fields(), context, QStringLiteral( "WEIGHT" ) );
  if ( feedback->isCanceled() )
    return {};
  feedback->setProgressText( tr( "Costs between %1 demand points and %2 candidates (up to %3 %4)…" ).arg( demand.points.size() ).arg( candidates.points.size() ).arg( radius ).arg( costUnit() ) );
  const gaps::CostTable candidateCosts = costTable( demand, candidates, radius, feedback );
  gaps::CostTable existingCosts;
  if ( existingSource )
  {
    const SnappedPoints existing = snapFeatures( existingSource.get(), tr( "existing facilities" ), QString(), context, feedback );
    existingCosts = costTable( demand, existing, radius, feedback );
  }
  if ( feedback->isCanceled() )
    return {};

  gaps::RunFeedback run;
  run.isCanceled = [feedback] { return feedback->isCanceled(); };
  run.progress = [feedback]( double percent ) { feedback->setProgress( 70 + 0.25 * percent ); };
  feedback->setProgressText( tr( "Choosing sites…" ) );
  std::vector<gaps::ChosenSite> chosen;
  QList<QPair<QString, double>> summary;
  try
  {
    gaps::LocationProblem problem( candidateCosts, weights );
    if ( existingSource )
      problem.setExistingFacilities( existingCosts );
    if ( method == 2 )
    {
      const gaps::MedianSolution solution = gaps::solvePMedian( problem, static_cast<std::size_t>( p ), run );
      if ( solution.canceled )
        return {};
      chosen = solution.sites;
      summary << qMakePair( tr( "total weight" ), problem.totalWeight() ) << qMakePair( tr( "weighted cost before" ), solution.costBefore ) << qMakePair( tr( "weighted cost after" ), solution.costAfter )
              << qMakePair( tr( "weight beyond the radius after" ), solution.unreachedWeight );
      feedback->pushInfo( tr( "p-median: weighted cost %1 before, %2 after (%3 sites)." ).arg( solution.costBefore, 0, 'f', 1 ).arg( solution.costAfter, 0, 'f', 1 ).arg( chosen.size() ) );
    }
    else
    {
      const gaps::CoveringSolution solution = method == 1 ? gaps::solveSetCovering( problem, radius, run ) : gaps::solveMaximalCovering( problem, static_cast<std::size_t>( p ), radius, run );
      if ( solution.canceled )
        return {};
      chosen = solution.sites;
      const double total = solution.totalWeight > 0 ? solution.totalWeight : 1.0;
      summary << qMakePair( tr( "total weight" ), solution.totalWeight ) << qMakePair( tr( "covered before" ), solution.coveredBefore ) << qMakePair( tr( "covered after" ), solution.coveredAfter )
              << qMakePair( tr( "share covered before" ), solution.coveredBefore / total ) << qMakePair( tr( "share covered after" ), solution.coveredAfter / total )
              << qMakePair( tr( "weight no candidate can cover" ), solution.uncoverableWeight );
      feedback->pushInfo( tr( "Covered demand: %1 (%2 %) before, %3 (%4 %) after %5 new sites; %6 cannot be covered by any candidate." )
                            .arg( solution.coveredBefore, 0, 'f', 0 )
                            .arg( 100.0 * solution.coveredBefore / total, 0, 'f', 1 )
                            .arg( solution.coveredAfter, 0, 'f', 0 )
                            .arg( 100.0 * solution.coveredAfter / total, 0, 'f', 1 )
                            .arg( chosen.size() )
                            .arg( solution.uncoverableWeight, 0, 'f', 0 ) );
    }
  }
  catch ( const gaps::GapsError &error )
  {
    throw QgsProcessingException( QString::fromStdString( error.what() ) );
  }

  if ( method != 1 && chosen.size() < static_cast<std::size_t>( p ) )
    feedback->pushInfo( tr( "Only %1 of %2 sites were chosen: further candidates would cover no additional demand within the radius." ).arg( chosen.size() ).arg( p ) );
  QgsFields fields = candidateSource->fields();
  fields.append( QgsField( QStringLiteral( "rank" ), QVariant::Int ) );
  fields.append( QgsField( QStringLiteral( "marginal_gain" ), QVariant::Double ) );
  QString dest;
  std::unique_ptr<QgsFeatureSink> sink = outputSink( parameters, QStringLiteral( "OUTPUT" ), context, dest, fields, candidateSource->wkbType(), candidateSource->sourceCrs(), feedback );
  int rank = 0;
  for ( const gaps::ChosenSite &site : chosen )
  {
    QgsFeature feature = candidates.features.at( static_cast<int>( site.candidate ) );
    QgsAttributes attributes = feature.attributes();
    attributes << ++rank << site.gain;
    feature.setAttributes( attributes );
    sink->addFeature( feature, QgsFeatureSink::FastInsert );
  }
  QVariantMap outputs { { QStringLiteral( "OUTPUT" ), dest } };
  if ( parameters.value( QStringLiteral( "OUTPUT_SUMMARY" ) ).isValid() && !parameterAsOutputLayer( parameters, QStringLiteral( "OUTPUT_SUMMARY" ), context ).isEmpty() )
  {
    QgsFields summaryFields;
    summaryFields.append( QgsField( QStringLiteral( "measure" ), QVariant::String ) );
    summaryFields.append( QgsField( QStringLiteral( "value" ), QVariant::Double ) );
    QString summaryDest;
    std::unique_ptr<QgsFeatureSink> summarySink = outputSink( parameters, QStringLiteral( "OUTPUT_SUMMARY" ), context, summaryDest, summaryFields, QgsWkbTypes::NoGeometry, QgsCoordinateReferenceSystem(), feedback );
    for ( const auto &row : summary )
    {
      QgsFeature feature( summaryFields );
      feature.setAttributes( QgsAttributes() << row.first << row.second );
      summarySink->addFeature( feature, QgsFeatureSink::FastInsert );
    }
    outputs.insert( QStringLiteral( "OUTPUT_SUMMARY" ), summaryDest );
  }
  feedback->setProgress( 100 );
  return outputs;
}
