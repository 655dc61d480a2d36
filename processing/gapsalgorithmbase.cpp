#include "gapsalgorithmbase.h"

#include "costtableinput.h"
#include "gaps/straightline.h"
#include "layerutils.h"

#include "gaps/gapserror.h"
#include "network/nearestfacility.h"
#include "network/odmatrix.h"
#include "network/networkerror.h"

#include <qgsprocessingparameters.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsexception.h>

#include <cmath>
#include <unordered_map>

using namespace sozialraum;

void GapsAlgorithmBase::addCostParameters()
{
  addNetworkParameters( true );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "DETOUR_FACTOR" ), tr( "Detour factor for straight-line costs (without a network)" ), QgsProcessingParameterNumber::Double, 1.0, false, 1.0, 5.0 ) );
  for ( QgsProcessingParameterDefinition *definition : Sozialraum::costTableParameters() )
    addParameter( definition );
}

void GapsAlgorithmBase::addCatchmentParameters()
{
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "METHOD" ), tr( "Method" ), QStringList() << tr( "2SFCA" ) << tr( "E2SFCA (step weights)" ) << tr( "Gaussian 2SFCA" ) << tr( "3SFCA (selection weights)" ), false, 0 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "CATCHMENT" ), tr( "Catchment d0 for 2SFCA and Gaussian 2SFCA (minutes or metres; E2SFCA and 3SFCA use the last step)" ), QgsProcessingParameterNumber::Double, 15.0, false, 0.0 ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "STEPS" ), tr( "Steps for E2SFCA/3SFCA (upper cost:weight, …; the last step is their catchment)" ), QString::fromLatin1( gaps::kEnhancedTwoStepSteps ) ) );
}

gaps::CatchmentOptions GapsAlgorithmBase::catchmentOptions( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const
{
  const int method = parameterAsEnum( parameters, QStringLiteral( "METHOD" ), context );
  const double catchment = parameterAsDouble( parameters, QStringLiteral( "CATCHMENT" ), context );
  const QString steps = parameterAsString( parameters, QStringLiteral( "STEPS" ), context ).trimmed();
  const std::string stepText = steps.isEmpty() ? std::string( gaps::kEnhancedTwoStepSteps ) : steps.toStdString();
  try
  {
    switch ( method )
    {
      case 0:
        if ( !( catchment > 0 ) )
          throw QgsProcessingException( tr( "The catchment (CATCHMENT) is 0: give the largest cost at which a facility still counts, e.g. 15 (minutes) or 1000 (metres)." ) );
        return gaps::CatchmentOptions::twoStep( catchment );
      case 1:
        feedback->pushInfo( tr( "E2SFCA: the catchment is the last step of STEPS (%1); CATCHMENT is not used." ).arg( QString::fromStdString( stepText ) ) );
        return gaps::CatchmentOptions::enhancedTwoStep( stepText );
      case 2:
        if ( !( catchment > 0 ) )
          throw QgsProcessingException( tr( "The catchment (CATCHMENT) is 0: the Gaussian weight falls to 0 at the catchment, so it must be greater than 0." ) );
        return gaps::CatchmentOptions::normalizedGaussianTwoStep( catchment );
      default:
        feedback->pushInfo( tr( "3SFCA: weights and catchment from STEPS (%1)." ).arg( QString::fromStdString( stepText ) ) );
        return gaps::CatchmentOptions::threeStep( gaps::WeightFunction::parseSteps( stepText ) );
    }
  }
  catch ( const gaps::GapsError &error )
  {
    throw QgsProcessingException( tr( "STEPS: %1" ).arg( QString::fromStdString( error.what() ) ) );
  }
}

void GapsAlgorithmBase::prepareCosts( const QVariantMap &parameters, QgsFeatureSource *reference, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  mDetourFactor = parameterAsDouble( parameters, QStringLiteral( "DETOUR_FACTOR" ), context );
  mCostRows = Sozialraum::readCostTable( *this, parameters, context, feedback );
  if ( mCostRows )
  {
    // The points still need a working CRS (areas, coverage), but no network and no straight lines.
    useStraightLineCosts( parameters, reference, context, feedback, false );
    return;
  }
  if ( !loadNetwork( parameters, context, feedback ) )
  {
    useStraightLineCosts( parameters, reference, context, feedback );
    if ( mDetourFactor != 1.0 )
      feedback->pushInfo( tr( "Straight-line distances are multiplied by the detour factor %1." ).arg( mDetourFactor ) );
  }
}

gaps::CostTable GapsAlgorithmBase::costTable( const SnappedPoints &demand, const SnappedPoints &supply, double maxCost, QgsProcessingFeedback *feedback ) const
{
  if ( mCostRows )
  {
    gaps::MatchedCosts match;
    try
    {
      match = gaps::matchCostRecords( *mCostRows, idsOf( demand ), idsOf( supply ), maxCost );
    }
    catch ( const gaps::GapsError &error )
    {
      throw QgsProcessingException( QString::fromStdString( error.what() ) );
    }
    Sozialraum::reportCostMatch( match, demand.description, supply.description, feedback );
    return std::move( match.table );
  }
  std::vector<gaps::CostTriplet> triplets;
  if ( usesNetwork() )
  {
    // One bounded search per facility (usually far fewer than demand points), rows streamed into triplets.
    bool completed = false;
    try
    {
      completed = network::enumerateOd( graph(), supply.points, demand.points, maxCost, runControl( feedback, 35, 70 ),
                                        [&triplets]( std::uint32_t facility, std::uint32_t demandPoint, double cost ) {
                                          triplets.push_back( gaps::CostTriplet { demandPoint, facility, cost } );
                                        } );
    }
    catch ( const network::NetworkError &error )
    {
      throw QgsProcessingException( QString::fromStdString( error.what() ) );
    }
    if ( !completed )
      return gaps::CostTable();
  }
  else
  {
    // Straight lines: the engine's grid finds the pairs within the catchment without comparing all of them.
    gaps::RunFeedback control;
    control.isCanceled = [feedback] { return feedback && feedback->isCanceled(); };
    control.progress = [feedback]( double percent ) {
      if ( feedback )
        feedback->setProgress( 35 + 0.35 * percent );
    };
    try
    {
      return gaps::straightLineCostTable( planePoints( demand ), planePoints( supply ), maxCost, straightLineCost(), control );
    }
    catch ( const gaps::GapsError &error )
    {
      throw QgsProcessingException( QString::fromStdString( error.what() ) );
    }
  }
  return gaps::CostTable( demand.points.size(), supply.points.size(), std::move( triplets ) );
}

std::vector<double> GapsAlgorithmBase::readWeights( const SnappedPoints &points, const QString &field, const QString &layerName, QgsProcessingFeedback *feedback, int &missing )
{
  std::vector<double> weights( static_cast<std::size_t>( points.features.size() ), 1.0 );
  missing = 0;
  if ( field.isEmpty() )
    return weights;
  QStringList unreadable;
  for ( int i = 0; i < points.features.size(); ++i )
  {
    const QgsFeature &feature = points.features.at( i );
    const int index = feature.fields().lookupField( field );
    if ( index < 0 )
      throw QgsProcessingException( tr( "The layer '%1' has no field '%2'." ).arg( layerName, field ) );
    const Sozialraum::NumberReading reading = Sozialraum::readNumber( feature.attribute( index ) );
    if ( reading.isText || std::isnan( reading.value ) )
    {
      // Municipal tables write "ca. 40" or leave places empty: such rows count as 0 and are listed.
      ++missing;
      weights[static_cast<std::size_t>( i )] = 0.0;
      if ( reading.isText )
        unreadable << QStringLiteral( "%1 ('%2')" ).arg( points.ids.at( i ).toString(), feature.attribute( index ).toString() );
    }
    else if ( reading.value < 0 )
      throw QgsProcessingException( tr( "Field '%1' of layer '%2' is negative in %3 (%4). Capacities and populations must be 0 or more." ).arg( field, layerName, Sozialraum::describeFeature( feature ) ).arg( reading.value ) );
    else
      weights[static_cast<std::size_t>( i )] = reading.value;
  }
  if ( feedback && missing > 0 )
    feedback->pushWarning( tr( "%1 features of '%2' have no number in '%3' and count as 0%4" )
                             .arg( missing )
                             .arg( layerName, field )
                             .arg( unreadable.isEmpty() ? QStringLiteral( "." ) : tr( "; text that is not a number: %1" ).arg( unreadable.mid( 0, 20 ).join( QLatin1String( ", " ) ) ) ) );
  return weights;
}

std::vector<double> GapsAlgorithmBase::nearestCosts( const SnappedPoints &demand, const SnappedPoints &supply ) const
{
  std::vector<double> costs( demand.points.size(), std::numeric_limits<double>::infinity() );
  if ( mCostRows )
  {
    std::vector<gaps::Index> nearest;
    gaps::nearestInTable( gaps::matchCostRecords( *mCostRows, idsOf( demand ), idsOf( supply ), std::numeric_limits<double>::infinity() ).table, costs, nearest );
    return costs;
  }
  if ( usesNetwork() )
  {
    const std::vector<network::Arrival> arrivals = network::nearestFacilities( graph(), supply.points, demand.points );
    for ( std::size_t k = 0; k < arrivals.size(); ++k )
      if ( arrivals[k].source != network::kInvalidId )
        costs[k] = arrivals[k].cost;
    return costs;
  }
  return gaps::nearestStraightLineCosts( planePoints( demand ), planePoints( supply ), straightLineCost() );
}

std::vector<gaps::PlanePoint> GapsAlgorithmBase::planePoints( const SnappedPoints &points )
{
  std::vector<gaps::PlanePoint> plane( points.workingPoints.size() );
  for ( std::size_t k = 0; k < plane.size(); ++k )
    plane[k] = gaps::PlanePoint { points.workingPoints[k].x(), points.workingPoints[k].y(), !std::isnan( points.snapDistances[k] ) };
  return plane;
}

gaps::StraightLineCost GapsAlgorithmBase::straightLineCost() const
{
  gaps::StraightLineCost conversion;
  conversion.metresPerCost = mCostType == network::CostType::Time ? mSpeedKmh * 1000.0 / 60.0 : 1.0;
  conversion.detourFactor = mDetourFactor;
  return conversion;
}

