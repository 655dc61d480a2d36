#include "gaps/budget.h"

#include "gaps/format.h"
#include "gaps/gapserror.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sozialraum::gaps
{

namespace
{

//! Rounding unit and the budget in units; throws unless the budget is a whole number of units.
long long budgetUnits( double budget, double roundTo )
{
  if ( !std::isfinite( roundTo ) || !( roundTo > 0.0 ) )
    throw GapsError( "Amounts must be rounded to a unit larger than zero, not " + formatNumber( roundTo ) );
  if ( !std::isfinite( budget ) || budget < 0.0 )
    throw GapsError( "The budget must be zero or a positive number, not " + formatNumber( budget ) );
  const double units = budget / roundTo;
  const double whole = std::round( units );
  if ( std::fabs( units - whole ) > 1e-9 * std::max( 1.0, units ) )
    throw GapsError( "The budget (" + formatNumber( budget ) + ") is not a multiple of the rounding unit (" +
                     formatNumber( roundTo ) + ")" );
  if ( whole > 9e15 )
    throw GapsError( "The budget is too large for the rounding unit" );
  return static_cast<long long>( whole );
}

/**
 * Largest remainder: \a exact in units, each within [lower, upper] (whole units), summing to
 * \a total. Returns whole units.
 */
std::vector<long long> largestRemainder( const std::vector<double> &exact, long long total, long long lower,
                                         long long upper )
{
  const std::size_t n = exact.size();
  std::vector<long long> units( n );
  std::vector<double> remainder( n );
  long long sum = 0;
  for ( std::size_t i = 0; i < n; ++i )
  {
    // A value a hair below a whole number is that number: rounding noise, not a remainder.
    const double floored = std::floor( exact[ i ] + 1e-9 );
    units[ i ] = std::clamp( static_cast<long long>( floored ), lower, upper );
    remainder[ i ] = std::max( 0.0, exact[ i ] - static_cast<double>( units[ i ] ) );
    sum += units[ i ];
  }
  std::vector<std::size_t> order( n );
  std::iota( order.begin(), order.end(), 0 );
  long long left = total - sum;
  if ( left > 0 )
  {
    std::stable_sort( order.begin(), order.end(),
                      [ & ]( std::size_t a, std::size_t b ) { return remainder[ a ] > remainder[ b ]; } );
    // More than one round only when rounding noise took more than a unit (never in practice).
    while ( left > 0 )
    {
      const long long before = left;
      for ( std::size_t i : order )
      {
        if ( left == 0 )
          break;
        if ( units[ i ] < upper )
        {
          ++units[ i ];
          --left;
        }
      }
      if ( left == before )
        throw GapsError( "Internal error: the budget cannot be rounded within the maximum per area" );
    }
  }
  else if ( left < 0 )
  {
    std::stable_sort( order.begin(), order.end(),
                      [ & ]( std::size_t a, std::size_t b ) { return remainder[ a ] < remainder[ b ]; } );
    while ( left < 0 )
    {
      const long long before = left;
      for ( std::size_t i : order )
      {
        if ( left == 0 )
          break;
        if ( units[ i ] > lower )
        {
          --units[ i ];
          ++left;
        }
      }
      if ( left == before )
        throw GapsError( "Internal error: the budget cannot be rounded within the minimum per area" );
    }
  }
  return units;
}

} // namespace

BudgetAllocation allocateBudget( const std::vector<double> &weights, const BudgetOptions &options )
{
  const std::size_t n = weights.size();
  if ( n == 0 )
    throw GapsError( "There are no areas to share the budget" );
  for ( std::size_t i = 0; i < n; ++i )
  {
    if ( !std::isfinite( weights[ i ] ) || weights[ i ] < 0.0 )
      throw GapsError( "Area " + std::to_string( i ) + " has a weight of " + formatNumber( weights[ i ] ) +
                           "; weights must be zero or positive numbers",
                       static_cast<long long>( i ) );
  }
  const double unit = options.roundTo;
  const long long totalUnits = budgetUnits( options.budget, unit );
  if ( std::isnan( options.minPerArea ) || options.minPerArea < 0.0 )
    throw GapsError( "The minimum per area must be zero or positive, not " + formatNumber( options.minPerArea ) );
  if ( std::isnan( options.maxPerArea ) || options.maxPerArea < 0.0 )
    throw GapsError( "The maximum per area must be zero or positive, not " + formatNumber( options.maxPerArea ) );
  if ( options.minPerArea > options.maxPerArea )
    throw GapsError( "The minimum per area (" + formatNumber( options.minPerArea ) + ") is larger than the maximum (" +
                     formatNumber( options.maxPerArea ) + ")" );

  // Bounds in whole units, so that rounded amounts stay within them.
  const long long minUnits = static_cast<long long>( std::ceil( options.minPerArea / unit - 1e-9 ) );
  const bool capped = std::isfinite( options.maxPerArea );
  const long long maxUnits =
      capped ? static_cast<long long>( std::floor( options.maxPerArea / unit + 1e-9 ) ) : totalUnits;
  const double count = static_cast<double>( n );
  if ( static_cast<double>( minUnits ) * count > static_cast<double>( totalUnits ) )
    throw GapsError( "The minimum per area (" + formatNumber( static_cast<double>( minUnits ) * unit ) + ") times " +
                     std::to_string( n ) + " areas is " +
                     formatNumber( static_cast<double>( minUnits ) * unit * count ) + ", more than the budget (" +
                     formatNumber( options.budget ) + "): lower the minimum or raise the budget" );
  if ( capped && static_cast<double>( maxUnits ) * count < static_cast<double>( totalUnits ) )
    throw GapsError( "The maximum per area (" + formatNumber( static_cast<double>( maxUnits ) * unit ) + ") times " +
                     std::to_string( n ) + " areas is " +
                     formatNumber( static_cast<double>( maxUnits ) * unit * count ) + ", less than the budget (" +
                     formatNumber( options.budget ) + "): raise the maximum or lower the budget" );
  if ( minUnits > maxUnits )
    throw GapsError( "No whole multiple of " + formatNumber( unit ) + " lies between the minimum (" +
                     formatNumber( options.minPerArea ) + ") and the maximum (" + formatNumber( options.maxPerArea ) +
                     ") per area" );

  // Work in units: lambda · w within [lo, hi].
  const double lo = static_cast<double>( minUnits );
  const double hi = capped ? static_cast<double>( maxUnits ) : std::numeric_limits<double>::infinity();
  BudgetAllocation result;
  result.atMinimum.assign( n, 0 );
  result.atMaximum.assign( n, 0 );
  std::vector<double> amount( n, 0.0 );
  std::vector<char> fixed( n, 0 );
  std::size_t freeCount = n;
  double remaining = static_cast<double>( totalUnits );
  while ( freeCount > 0 )
  {
    ++result.rounds;
    double weightSum = 0.0;
    for ( std::size_t i = 0; i < n; ++i )
    {
      if ( !fixed[ i ] )
        weightSum += weights[ i ];
    }
    const bool equal = !( weightSum > 0.0 );
    const double lambda = equal ? remaining / static_cast<double>( freeCount ) : remaining / weightSum;
    double shortfall = 0.0;
    double excess = 0.0;
    const double tolerance = 1e-12 * std::max( 1.0, static_cast<double>( totalUnits ) );
    for ( std::size_t i = 0; i < n; ++i )
    {
      if ( fixed[ i ] )
        continue;
      amount[ i ] = lambda * ( equal ? 1.0 : weights[ i ] );
      if ( amount[ i ] < lo - tolerance )
        shortfall += lo - amount[ i ];
      else if ( amount[ i ] > hi + tolerance )
        excess += amount[ i ] - hi;
    }
    if ( shortfall == 0.0 && excess == 0.0 )
      break;
    // Fixing the side with the larger violation is safe: the final lambda moves away from it.
    const bool fixLow = shortfall >= excess;
    for ( std::size_t i = 0; i < n; ++i )
    {
      if ( fixed[ i ] )
        continue;
      if ( fixLow && amount[ i ] < lo - tolerance )
      {
        amount[ i ] = lo;
        result.atMinimum[ i ] = 1;
      }
      else if ( !fixLow && amount[ i ] > hi + tolerance )
      {
        amount[ i ] = hi;
        result.atMaximum[ i ] = 1;
      }
      else
        continue;
      fixed[ i ] = 1;
      --freeCount;
      remaining -= amount[ i ];
    }
  }

  const std::vector<long long> units = largestRemainder( amount, totalUnits, minUnits, maxUnits );
  result.amounts.resize( n );
  result.unrounded.resize( n );
  for ( std::size_t i = 0; i < n; ++i )
  {
    result.amounts[ i ] = static_cast<double>( units[ i ] ) * unit;
    result.unrounded[ i ] = amount[ i ] * unit;
  }
  return result;
}

std::vector<double> splitByShares( double budget, const std::vector<double> &shares, double roundTo )
{
  const long long totalUnits = budgetUnits( budget, roundTo );
  if ( shares.empty() )
    throw GapsError( "No shares given to split the budget" );
  double sum = 0.0;
  for ( std::size_t i = 0; i < shares.size(); ++i )
  {
    if ( !std::isfinite( shares[ i ] ) || shares[ i ] < 0.0 )
      throw GapsError( "Share " + std::to_string( i + 1 ) + " is " + formatNumber( shares[ i ] ) +
                           "; shares must be zero or positive",
                       static_cast<long long>( i ) );
    sum += shares[ i ];
  }
  if ( std::fabs( sum - 1.0 ) > 1e-9 )
    throw GapsError( "The shares must add up to 1, but they add up to " + formatNumber( sum ) );
  std::vector<double> exact( shares.size() );
  for ( std::size_t i = 0; i < shares.size(); ++i )
    exact[ i ] = shares[ i ] * static_cast<double>( totalUnits );
  const std::vector<long long> units = largestRemainder( exact, totalUnits, 0, totalUnits );
  std::vector<double> amounts( shares.size() );
  for ( std::size_t i = 0; i < shares.size(); ++i )
    amounts[ i ] = static_cast<double>( units[ i ] ) * roundTo;
  return amounts;
}

BudgetAllocation allocateBudgetByGroup( const std::vector<double> &weights, const std::vector<Index> &groupOfArea,
                                        const std::vector<double> &groupShares, const BudgetOptions &options,
                                        const std::vector<std::string> &groupNames )
{
  const auto groupLabel = [&groupNames]( std::size_t g ) {
    return g < groupNames.size() ? "Group '" + groupNames[ g ] + "'" : "Group " + std::to_string( g + 1 );
  };
  if ( groupOfArea.size() != weights.size() )
    throw GapsError( "There are " + std::to_string( groupOfArea.size() ) + " group values for " +
                     std::to_string( weights.size() ) + " areas" );
  const std::vector<double> groupBudgets = splitByShares( options.budget, groupShares, options.roundTo );
  std::vector<std::vector<std::size_t>> members( groupShares.size() );
  for ( std::size_t i = 0; i < groupOfArea.size(); ++i )
  {
    if ( groupOfArea[ i ] >= groupShares.size() )
      throw GapsError( "Area " + std::to_string( i ) + " belongs to group " + std::to_string( groupOfArea[ i ] ) +
                           ", but there are only " + std::to_string( groupShares.size() ) + " group shares",
                       static_cast<long long>( i ) );
    members[ groupOfArea[ i ] ].push_back( i );
  }

  BudgetAllocation result;
  result.amounts.assign( weights.size(), 0.0 );
  result.unrounded.assign( weights.size(), 0.0 );
  result.atMinimum.assign( weights.size(), 0 );
  result.atMaximum.assign( weights.size(), 0 );
  for ( std::size_t g = 0; g < members.size(); ++g )
  {
    if ( members[ g ].empty() )
    {
      if ( groupBudgets[ g ] > 0.0 )
        throw GapsError( groupLabel( g ) + " has a share of the budget but no areas",
                         static_cast<long long>( g ) );
      continue;
    }
    std::vector<double> groupWeights;
    for ( std::size_t i : members[ g ] )
      groupWeights.push_back( weights[ i ] );
    BudgetOptions groupOptions = options;
    groupOptions.budget = groupBudgets[ g ];
    BudgetAllocation part;
    try
    {
      part = allocateBudget( groupWeights, groupOptions );
    }
    catch ( const GapsError &e )
    {
      throw GapsError( groupLabel( g ) + ": " + e.what(), static_cast<long long>( g ) );
    }
    for ( std::size_t m = 0; m < members[ g ].size(); ++m )
    {
      const std::size_t i = members[ g ][ m ];
      result.amounts[ i ] = part.amounts[ m ];
      result.unrounded[ i ] = part.unrounded[ m ];
      result.atMinimum[ i ] = part.atMinimum[ m ];
      result.atMaximum[ i ] = part.atMaximum[ m ];
    }
    result.rounds = std::max( result.rounds, part.rounds );
  }
  return result;
}

} // namespace sozialraum::gaps
