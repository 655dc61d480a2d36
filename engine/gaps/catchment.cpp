#include "gaps/catchment.h"

#include "gaps/format.h"
#include "gaps/gapserror.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sozialraum::gaps
{

namespace
{

constexpr std::size_t kPollEvery = 4096;
const double kNaN = std::numeric_limits<double>::quiet_NaN();

void checkValues( const std::vector<double> &values, std::size_t expected, const char *what, const char *item,
                  const char *items )
{
  if ( values.size() != expected )
    throw GapsError( "There are " + std::to_string( values.size() ) + " " + what + " values for " +
                     std::to_string( expected ) + " " + items );
  for ( std::size_t i = 0; i < values.size(); ++i )
  {
    if ( !std::isfinite( values[ i ] ) || values[ i ] < 0.0 )
      throw GapsError( std::string( item ) + " " + std::to_string( i ) + " has a " + what + " of " +
                           formatNumber( values[ i ] ) + "; it must be zero or a positive number",
                       static_cast<long long>( i ) );
  }
}

//! Maps a sub-computation's 0..100 % onto [from, to] of the caller's progress.
RunFeedback subFeedback( const RunFeedback &feedback, double from, double to )
{
  RunFeedback sub;
  sub.isCanceled = feedback.isCanceled;
  if ( feedback.progress )
    sub.progress = [ &feedback, from, to ]( double percent )
    { feedback.report( from + ( to - from ) * percent / 100.0 ); };
  return sub;
}

/**
 * The three passes of every method. \a active (empty = all) switches facilities off for a
 * baseline: an inactive facility is treated as if it were not in the table.
 */
class CatchmentRun
{
public:
  CatchmentRun( const CostTable &costs, const std::vector<double> &demand, const std::vector<double> &capacity,
                const CatchmentOptions &options, const std::vector<char> &active, const RunFeedback &feedback )
      : mCosts( costs ), mDemand( demand ), mCapacity( capacity ), mOptions( options ), mActive( active ),
        mFeedback( feedback ), mThreeStep( options.method == CatchmentMethod::ThreeStep ),
        mInclusive( options.cutoff == CutoffRule::Inclusive )
  {
  }

  CatchmentResult run()
  {
    mResult.catchment = mOptions.effectiveCatchment();
    mD0 = mResult.catchment;
    if ( !scanDemand() || !computeRatios() || !computeAccess() )
    {
      mResult.canceled = true;
      return mResult;
    }
    normalize();
    mFeedback.report( 100.0 );
    return mResult;
  }

private:
  bool isActive( Index j ) const { return mActive.empty() || mActive[ j ]; }
  bool within( double cost ) const { return mInclusive ? cost <= mD0 : cost < mD0; }

  //! G_kj W_kj for 3SFCA, W_kj otherwise.
  double pairWeight( Index k, double cost ) const
  {
    const double w = mOptions.weight.weight( cost );
    if ( !mThreeStep )
      return w;
    return mSelectionSum[ k ] > 0.0 ? w * w / mSelectionSum[ k ] : 0.0;
  }

  bool poll( std::size_t i, std::size_t count, double from, double to ) const
  {
    if ( i % kPollEvery != 0 )
      return true;
    if ( mFeedback.canceled() )
      return false;
    if ( count > 0 )
      mFeedback.report( from + ( to - from ) * static_cast<double>( i ) / static_cast<double>( count ) );
    return true;
  }

  //! Nearest cost, coverage and (3SFCA) the sums of the selection weights.
  bool scanDemand()
  {
    const std::size_t n = mCosts.demandCount();
    mResult.nearestCost.assign( n, kNoCost );
    mResult.covered.assign( n, 0 );
    if ( mThreeStep )
      mSelectionSum.assign( n, 0.0 );
    const bool allPairs = mOptions.selection == SelectionScope::AllPairs;
    for ( std::size_t k = 0; k < n; ++k )
    {
      if ( !poll( k, n, 0.0, 30.0 ) )
        return false;
      const CostRow row = mCosts.facilitiesOf( static_cast<Index>( k ) );
      double nearest = kNoCost;
      bool covered = false;
      double selectionSum = 0.0;
      for ( std::size_t p = 0; p < row.size(); ++p )
      {
        if ( !isActive( row.index( p ) ) )
          continue;
        const double d = row.cost( p );
        nearest = std::min( nearest, d );
        const bool in = within( d );
        covered = covered || in;
        if ( mThreeStep && ( allPairs || in ) )
          selectionSum += mOptions.weight.weight( d );
      }
      mResult.nearestCost[ k ] = nearest;
      mResult.covered[ k ] = covered ? 1 : 0;
      if ( mThreeStep )
        mSelectionSum[ k ] = selectionSum;
      mResult.totalDemand += mDemand[ k ];
      if ( covered )
        mResult.coveredDemand += mDemand[ k ];
      else
        ++mResult.demandUncovered;
    }
    return true;
  }

  //! R_j = S_j / D_j.
  bool computeRatios()
  {
    const std::size_t m = mCosts.supplyCount();
    mResult.supplyRatio.assign( m, kNaN );
    mResult.demandInCatchment.assign( m, 0.0 );
    for ( std::size_t j = 0; j < m; ++j )
    {
      if ( !poll( j, m, 30.0, 60.0 ) )
        return false;
      if ( !isActive( static_cast<Index>( j ) ) )
        continue;
      mResult.totalSupply += mCapacity[ j ];
      const CostRow column = mCosts.demandOf( static_cast<Index>( j ) );
      double demandIn = 0.0;
      bool reached = false;
      for ( std::size_t p = 0; p < column.size(); ++p )
      {
        const double d = column.cost( p );
        if ( !within( d ) )
          continue;
        reached = true;
        const Index k = column.index( p );
        demandIn += mDemand[ k ] * pairWeight( k, d );
      }
      mResult.demandInCatchment[ j ] = demandIn;
      if ( demandIn > 0.0 )
      {
        mResult.supplyRatio[ j ] = mCapacity[ j ] / demandIn;
        mResult.supplyWithDemand += mCapacity[ j ];
      }
      else
      {
        ++mResult.facilitiesWithoutDemand;
        if ( !reached )
          ++mResult.facilitiesUnreached;
      }
    }
    return true;
  }

  //! A_k = sum_j R_j W_kj (G_kj).
  bool computeAccess()
  {
    const std::size_t n = mCosts.demandCount();
    mResult.access.assign( n, 0.0 );
    for ( std::size_t k = 0; k < n; ++k )
    {
      if ( !poll( k, n, 60.0, 95.0 ) )
        return false;
      if ( !mResult.covered[ k ] )
        continue;
      const CostRow row = mCosts.facilitiesOf( static_cast<Index>( k ) );
      double access = 0.0;
      for ( std::size_t p = 0; p < row.size(); ++p )
      {
        const Index j = row.index( p );
        const double d = row.cost( p );
        if ( !isActive( j ) || !within( d ) || std::isnan( mResult.supplyRatio[ j ] ) )
          continue;
        access += mResult.supplyRatio[ j ] * pairWeight( static_cast<Index>( k ), d );
      }
      mResult.access[ k ] = access;
    }
    return true;
  }

  void normalize()
  {
    double weighted = 0.0;
    for ( std::size_t k = 0; k < mResult.access.size(); ++k )
      weighted += mDemand[ k ] * mResult.access[ k ];
    mResult.weightedMeanAccess = mResult.totalDemand > 0.0 ? weighted / mResult.totalDemand : 0.0;
    mResult.accessNorm.assign( mResult.access.size(), kNaN );
    if ( !( mResult.weightedMeanAccess > 0.0 ) )
      return;
    for ( std::size_t k = 0; k < mResult.access.size(); ++k )
      mResult.accessNorm[ k ] = mResult.access[ k ] / mResult.weightedMeanAccess;
  }

  const CostTable &mCosts;
  const std::vector<double> &mDemand;
  const std::vector<double> &mCapacity;
  const CatchmentOptions &mOptions;
  const std::vector<char> &mActive;
  const RunFeedback &mFeedback;
  const bool mThreeStep;
  const bool mInclusive;
  double mD0 = 0.0;
  std::vector<double> mSelectionSum;
  CatchmentResult mResult;
};

void checkInput( const CostTable &costs, const std::vector<double> &demand, const std::vector<double> &capacity )
{
  checkValues( demand, costs.demandCount(), "demand", "Demand point", "demand points" );
  checkValues( capacity, costs.supplyCount(), "capacity", "Facility", "facilities" );
}

} // namespace

CatchmentOptions CatchmentOptions::twoStep( double catchment )
{
  CatchmentOptions options;
  options.catchment = catchment;
  return options;
}

CatchmentOptions CatchmentOptions::enhancedTwoStep( const std::string &steps )
{
  CatchmentOptions options;
  options.weight = WeightFunction::parseSteps( steps );
  return options;
}

CatchmentOptions CatchmentOptions::gaussianTwoStep( double catchment, double sigma )
{
  CatchmentOptions options;
  options.weight = WeightFunction::gaussian( sigma );
  options.catchment = catchment;
  return options;
}

CatchmentOptions CatchmentOptions::normalizedGaussianTwoStep( double catchment )
{
  CatchmentOptions options;
  options.weight = WeightFunction::gaussianNormalized( catchment );
  options.catchment = catchment;
  return options;
}

CatchmentOptions CatchmentOptions::threeStep( const WeightFunction &weight, double catchment )
{
  CatchmentOptions options;
  options.method = CatchmentMethod::ThreeStep;
  options.weight = weight;
  options.catchment = catchment;
  return options;
}

double CatchmentOptions::effectiveCatchment() const
{
  if ( std::isnan( catchment ) || catchment < 0.0 )
    throw GapsError( "The catchment must be larger than zero, not " + formatNumber( catchment ) );
  const double d0 = catchment > 0.0 ? catchment : weight.reach();
  if ( !( d0 > 0.0 ) )
    throw GapsError( "The catchment must be larger than zero" );
  if ( std::isinf( d0 ) && catchment == 0.0 )
    throw GapsError( "The catchment must be larger than zero: give the largest cost up to which a facility is "
                     "used (the catchment d0)" );
  return d0;
}

std::string CatchmentOptions::description() const
{
  std::string text = method == CatchmentMethod::ThreeStep ? "3SFCA" : "2SFCA";
  text += ", " + weight.description();
  const double d0 = catchment > 0.0 ? catchment : weight.reach();
  text += ", catchment " + formatNumber( d0 );
  text += cutoff == CutoffRule::Inclusive ? " (d <= d0)" : " (d < d0)";
  if ( method == CatchmentMethod::ThreeStep )
    text += selection == SelectionScope::AllPairs ? ", selection over all pairs" : ", selection within d0";
  return text;
}

CatchmentResult computeCatchment( const CostTable &costs, const std::vector<double> &demand,
                                  const std::vector<double> &capacity, const CatchmentOptions &options,
                                  const RunFeedback &feedback )
{
  checkInput( costs, demand, capacity );
  const std::vector<char> allActive;
  return CatchmentRun( costs, demand, capacity, options, allActive, feedback ).run();
}

CatchmentScenario computeCatchmentScenario( const CostTable &costs, const std::vector<double> &demand,
                                            const std::vector<double> &capacity, const std::vector<char> &planned,
                                            const CatchmentOptions &options, const RunFeedback &feedback )
{
  checkInput( costs, demand, capacity );
  if ( planned.size() != costs.supplyCount() )
    throw GapsError( "There are " + std::to_string( planned.size() ) + " planned flags for " +
                     std::to_string( costs.supplyCount() ) + " facilities" );
  std::vector<char> existing( planned.size() );
  for ( std::size_t j = 0; j < planned.size(); ++j )
    existing[ j ] = planned[ j ] ? 0 : 1;

  CatchmentScenario result;
  const RunFeedback first = subFeedback( feedback, 0.0, 50.0 );
  result.baseline = CatchmentRun( costs, demand, capacity, options, existing, first ).run();
  if ( result.baseline.canceled )
  {
    result.canceled = true;
    return result;
  }
  const std::vector<char> allActive;
  const RunFeedback second = subFeedback( feedback, 50.0, 100.0 );
  result.scenario = CatchmentRun( costs, demand, capacity, options, allActive, second ).run();
  if ( result.scenario.canceled )
  {
    result.canceled = true;
    return result;
  }
  result.accessChange.resize( demand.size() );
  for ( std::size_t k = 0; k < demand.size(); ++k )
    result.accessChange[ k ] = result.scenario.access[ k ] - result.baseline.access[ k ];
  return result;
}

} // namespace sozialraum::gaps
