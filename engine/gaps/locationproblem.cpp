#include "gaps/locationproblem.h"

#include "gaps/format.h"
#include "gaps/gapserror.h"

#include <cmath>

namespace sozialraum::gaps
{

LocationProblem::LocationProblem( const CostTable &candidateCosts, std::vector<double> weights )
    : mCosts( &candidateCosts ), mWeights( std::move( weights ) )
{
  if ( mWeights.size() != candidateCosts.demandCount() )
    throw GapsError( "There are " + std::to_string( mWeights.size() ) + " demand weights for " +
                     std::to_string( candidateCosts.demandCount() ) + " demand points" );
  for ( std::size_t k = 0; k < mWeights.size(); ++k )
  {
    if ( !std::isfinite( mWeights[ k ] ) || mWeights[ k ] < 0.0 )
      throw GapsError( "Demand point " + std::to_string( k ) + " has a weight of " + formatNumber( mWeights[ k ] ) +
                           "; weights must be zero or positive numbers",
                       static_cast<long long>( k ) );
    mTotalWeight += mWeights[ k ];
  }
}

void LocationProblem::setExistingFacilities( const CostTable &existingCosts )
{
  if ( existingCosts.demandCount() != mWeights.size() )
    throw GapsError( "The existing facilities' cost table has " + std::to_string( existingCosts.demandCount() ) +
                     " demand points, the candidates' " + std::to_string( mWeights.size() ) );
  mExistingCost = existingCosts.nearestCosts();
}

void LocationProblem::setExistingCost( std::vector<double> nearestExistingCost )
{
  if ( !nearestExistingCost.empty() && nearestExistingCost.size() != mWeights.size() )
    throw GapsError( "There are " + std::to_string( nearestExistingCost.size() ) +
                     " costs to existing facilities for " + std::to_string( mWeights.size() ) + " demand points" );
  for ( std::size_t k = 0; k < nearestExistingCost.size(); ++k )
  {
    if ( std::isnan( nearestExistingCost[ k ] ) || nearestExistingCost[ k ] < 0.0 )
      throw GapsError( "Demand point " + std::to_string( k ) + " has a cost to the nearest existing facility of " +
                           formatNumber( nearestExistingCost[ k ] ) + "; costs must be zero or positive",
                       static_cast<long long>( k ) );
  }
  mExistingCost = std::move( nearestExistingCost );
}

void LocationProblem::checkSiteCount( std::size_t sites ) const
{
  if ( sites == 0 )
    throw GapsError( "P must be at least 1: choose how many new sites to suggest" );
  if ( sites > candidateCount() )
    throw GapsError( "P (" + std::to_string( sites ) + ") is larger than the number of candidate sites (" +
                     std::to_string( candidateCount() ) + ")" );
}

void LocationProblem::checkRadius( double radius )
{
  if ( !( radius > 0.0 ) )
    throw GapsError( "The radius must be larger than zero, not " + formatNumber( radius ) );
}

} // namespace sozialraum::gaps
