#include "gaps/medianstate.h"

#include <algorithm>
#include <cmath>

namespace sozialraum::gaps
{

MedianState::MedianState( const LocationProblem &problem ) : mProblem( problem ), mCosts( problem.costs() )
{
  const std::size_t n = problem.demandCount();
  double maxCost = mCosts.maxCost();
  for ( std::size_t k = 0; k < n; ++k )
  {
    const double e = problem.existingCost( static_cast<Index>( k ) );
    if ( std::isfinite( e ) )
      maxCost = std::max( maxCost, e );
  }
  mPenalty = 2.0 * maxCost;
  mBase.resize( n );
  for ( std::size_t k = 0; k < n; ++k )
  {
    const double e = problem.existingCost( static_cast<Index>( k ) );
    mBase[ k ] = std::isfinite( e ) ? e : mPenalty;
  }
  mChosen.assign( problem.candidateCount(), 0 );
  mService.resize( n );
  for ( std::size_t k = 0; k < n; ++k )
  {
    mService[ k ].nearest = mBase[ k ];
    mService[ k ].second = kNoCost;
    mService[ k ].weight = problem.weights()[ k ];
  }
}

double MedianState::objective() const
{
  double total = 0.0;
  for ( const Service &s : mService )
    total += s.weight * s.nearest;
  return total;
}

double MedianState::saving( Index candidate ) const
{
  const CostRow column = mCosts.demandOf( candidate );
  double saving = 0.0;
  for ( std::size_t p = 0; p < column.size(); ++p )
  {
    const Service &s = mService[ column.index( p ) ];
    const double d = column.cost( p );
    if ( d < s.nearest )
      saving += s.weight * ( s.nearest - d );
  }
  return saving;
}

void MedianState::add( Index candidate )
{
  mChosen[ candidate ] = 1;
  mChosenList.push_back( candidate );
  const CostRow column = mCosts.demandOf( candidate );
  for ( std::size_t p = 0; p < column.size(); ++p )
  {
    Service &s = mService[ column.index( p ) ];
    const double d = column.cost( p );
    if ( d < s.nearest )
    {
      s.second = s.nearest;
      s.nearest = d;
      s.server = candidate;
    }
    else if ( d < s.second )
      s.second = d;
  }
}

void MedianState::remove( Index candidate )
{
  mChosen[ candidate ] = 0;
  mChosenList.erase( std::find( mChosenList.begin(), mChosenList.end(), candidate ) );
}

void MedianState::refresh()
{
  for ( std::size_t k = 0; k < mService.size(); ++k )
  {
    double best1 = mBase[ k ];
    double best2 = kNoCost;
    Index server = kNoIndex;
    const CostRow row = mCosts.facilitiesOf( static_cast<Index>( k ) );
    for ( std::size_t q = 0; q < row.size(); ++q )
    {
      if ( !mChosen[ row.index( q ) ] )
        continue;
      const double d = row.cost( q );
      if ( d < best1 )
      {
        best2 = best1;
        best1 = d;
        server = row.index( q );
      }
      else if ( d < best2 )
        best2 = d;
    }
    mService[ k ].nearest = best1;
    mService[ k ].second = best2;
    mService[ k ].server = server;
  }
}

std::vector<ChosenSite> MedianState::rank( const LocationProblem &problem, const std::vector<Index> &sites,
                                           double tolerance )
{
  MedianState state( problem );
  std::vector<Index> left = sites;
  std::sort( left.begin(), left.end() );
  std::vector<ChosenSite> ranked;
  while ( !left.empty() )
  {
    std::size_t bestAt = 0;
    double bestSaving = state.saving( left[ 0 ] );
    for ( std::size_t i = 1; i < left.size(); ++i )
    {
      const double s = state.saving( left[ i ] );
      if ( s > bestSaving + tolerance )
      {
        bestAt = i;
        bestSaving = s;
      }
    }
    ranked.push_back( { left[ bestAt ], bestSaving } );
    state.add( left[ bestAt ] );
    left.erase( left.begin() + static_cast<std::ptrdiff_t>( bestAt ) );
  }
  return ranked;
}

void summarizeMedian( const LocationProblem &problem, const MedianState &state, double tolerance,
                      MedianSolution &solution )
{
  solution.sites = MedianState::rank( problem, state.chosen(), tolerance );
  const MedianState before( problem );
  solution.penaltyCost = before.penaltyCost();
  solution.costBefore = before.objective();
  solution.costAfter = state.objective();
  solution.assignedSite.resize( problem.demandCount() );
  solution.unreachedWeight = 0.0;
  for ( std::size_t k = 0; k < problem.demandCount(); ++k )
  {
    const Index demand = static_cast<Index>( k );
    solution.assignedSite[ k ] = state.server( demand );
    if ( state.server( demand ) == kNoIndex && !std::isfinite( problem.existingCost( demand ) ) )
      solution.unreachedWeight += problem.weights()[ k ];
  }
}

} // namespace sozialraum::gaps
