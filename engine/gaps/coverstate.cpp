#include "gaps/coverstate.h"

#include "gaps/gapserror.h"

#include <algorithm>

namespace sozialraum::gaps
{

CoverState::CoverState( const LocationProblem &problem, double radius, std::vector<double> values )
    : mProblem( problem ), mCosts( problem.costs() ), mRadius( radius ), mValue( std::move( values ) )
{
  const std::size_t n = problem.demandCount();
  const std::size_t m = problem.candidateCount();
  if ( mValue.empty() )
    mValue = problem.weights();
  if ( mValue.size() != n )
    throw GapsError( "Internal error: cover values do not match the demand points" );
  for ( std::size_t k = 0; k < n; ++k )
  {
    if ( problem.existingCost( static_cast<Index>( k ) ) <= radius )
      mValue[ k ] = 0.0;
  }
  mCount.assign( n, 0 );
  mGain.assign( m, 0.0 );
  mChosen.assign( m, 0 );
  mExtra.assign( m, 0.0 );
  for ( std::size_t j = 0; j < m; ++j )
  {
    const CostRow column = mCosts.demandOf( static_cast<Index>( j ) );
    double gain = 0.0;
    for ( std::size_t p = 0; p < column.size(); ++p )
    {
      if ( column.cost( p ) <= radius )
        gain += mValue[ column.index( p ) ];
    }
    mGain[ j ] = gain;
  }
}

void CoverState::add( Index candidate )
{
  mChosen[ candidate ] = 1;
  mChosenList.push_back( candidate );
  const CostRow column = mCosts.demandOf( candidate );
  for ( std::size_t p = 0; p < column.size(); ++p )
  {
    const Index k = column.index( p );
    const double v = mValue[ k ];
    if ( column.cost( p ) > mRadius || v <= 0.0 )
      continue;
    if ( mCount[ k ]++ > 0 )
      continue;
    mCoveredValue += v;
    const CostRow row = mCosts.facilitiesOf( k );
    for ( std::size_t q = 0; q < row.size(); ++q )
    {
      if ( row.cost( q ) <= mRadius )
        mGain[ row.index( q ) ] -= v;
    }
  }
}

void CoverState::remove( Index candidate )
{
  mChosen[ candidate ] = 0;
  mChosenList.erase( std::find( mChosenList.begin(), mChosenList.end(), candidate ) );
  const CostRow column = mCosts.demandOf( candidate );
  for ( std::size_t p = 0; p < column.size(); ++p )
  {
    const Index k = column.index( p );
    const double v = mValue[ k ];
    if ( column.cost( p ) > mRadius || v <= 0.0 )
      continue;
    if ( --mCount[ k ] > 0 )
      continue;
    mCoveredValue -= v;
    const CostRow row = mCosts.facilitiesOf( k );
    for ( std::size_t q = 0; q < row.size(); ++q )
    {
      if ( row.cost( q ) <= mRadius )
        mGain[ row.index( q ) ] += v;
    }
  }
}

Index CoverState::bestSwapFor( Index out, double &delta )
{
  // Removing `out` loses what only it covers; a candidate c then gains its own gain plus what it
  // covers of that lost part (extra[c]).
  double loss = 0.0;
  const CostRow column = mCosts.demandOf( out );
  for ( std::size_t p = 0; p < column.size(); ++p )
  {
    const Index k = column.index( p );
    const double v = mValue[ k ];
    if ( column.cost( p ) > mRadius || v <= 0.0 || mCount[ k ] != 1 )
      continue;
    loss += v;
    const CostRow row = mCosts.facilitiesOf( k );
    for ( std::size_t q = 0; q < row.size(); ++q )
    {
      if ( row.cost( q ) > mRadius )
        continue;
      const Index c = row.index( q );
      if ( mExtra[ c ] == 0.0 )
        mTouched.push_back( c );
      mExtra[ c ] += v;
    }
  }
  Index best = kNoIndex;
  double bestDelta = 0.0;
  for ( std::size_t c = 0; c < mGain.size(); ++c )
  {
    if ( mChosen[ c ] )
      continue;
    const double d = mGain[ c ] + mExtra[ c ] - loss;
    if ( best == kNoIndex || d > bestDelta )
    {
      best = static_cast<Index>( c );
      bestDelta = d;
    }
  }
  for ( Index c : mTouched )
    mExtra[ c ] = 0.0;
  mTouched.clear();
  delta = bestDelta;
  return best;
}

std::vector<ChosenSite> CoverState::rank( const LocationProblem &problem, double radius,
                                          const std::vector<Index> &sites, double tolerance )
{
  CoverState state( problem, radius );
  std::vector<Index> left = sites;
  std::sort( left.begin(), left.end() );
  std::vector<ChosenSite> ranked;
  while ( !left.empty() )
  {
    std::size_t bestAt = 0;
    for ( std::size_t i = 1; i < left.size(); ++i )
    {
      if ( state.gain( left[ i ] ) > state.gain( left[ bestAt ] ) + tolerance )
        bestAt = i;
    }
    const Index site = left[ bestAt ];
    const double before = state.coveredValue();
    state.add( site );
    ranked.push_back( { site, state.coveredValue() - before } );
    left.erase( left.begin() + static_cast<std::ptrdiff_t>( bestAt ) );
  }
  return ranked;
}

void summarizeCovering( const LocationProblem &problem, double radius, CoveringSolution &solution )
{
  const CostTable &costs = problem.costs();
  solution.totalWeight = problem.totalWeight();
  solution.coveredBefore = 0.0;
  solution.uncoverableWeight = 0.0;
  solution.uncoverable.clear();
  for ( std::size_t k = 0; k < problem.demandCount(); ++k )
  {
    const Index demand = static_cast<Index>( k );
    const double w = problem.weights()[ k ];
    if ( problem.existingCost( demand ) <= radius )
    {
      solution.coveredBefore += w;
      continue;
    }
    if ( w <= 0.0 )
      continue;
    const CostRow row = costs.facilitiesOf( demand );
    bool coverable = false;
    for ( std::size_t q = 0; q < row.size() && !coverable; ++q )
      coverable = row.cost( q ) <= radius;
    if ( !coverable )
    {
      solution.uncoverableWeight += w;
      solution.uncoverable.push_back( demand );
    }
  }
  solution.coveredAfter = solution.coveredBefore;
  for ( const ChosenSite &site : solution.sites )
    solution.coveredAfter += site.gain;
}

} // namespace sozialraum::gaps
