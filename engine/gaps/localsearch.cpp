#include "gaps/localsearch.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sozialraum::gaps
{

namespace
{

class MultiStart
{
public:
  MultiStart( LocalSearchModel &model, std::size_t sites, double tolerance, const RunFeedback &feedback )
      : mModel( model ), mSites( sites ), mTolerance( tolerance ), mFeedback( feedback ),
        mBarred( model.candidateCount(), 0 )
  {
  }

  MultiStartResult &result() { return mResult; }

  //! Greedy fill up to P sites (barred ones excluded), then swap passes until none improves.
  bool search()
  {
    ++mResult.starts;
    while ( mModel.chosen().size() < mSites )
    {
      if ( mFeedback.canceled() )
        return false;
      double gain = 0.0;
      const Index best = mModel.bestAddition( mBarred, gain );
      if ( best == kNoIndex || !( gain > mTolerance ) )
        break;
      mModel.add( best );
    }
    bool canceled = false;
    while ( mModel.swapPass( mResult.swaps, mFeedback, canceled ) )
    {
      if ( canceled )
        return false;
    }
    if ( canceled )
      return false;
    const double value = mModel.value();
    if ( !mHasBest || value > mResult.value + mTolerance )
    {
      mResult.best = mModel.chosen();
      mResult.value = value;
      mHasBest = true;
    }
    return true;
  }

  bool improvedLastSearch( double before ) const { return mResult.value > before + mTolerance; }

  void resetTo( const std::vector<Index> &target )
  {
    std::vector<char> wanted( mModel.candidateCount(), 0 );
    for ( Index c : target )
      wanted[ c ] = 1;
    const std::vector<Index> current = mModel.chosen();
    for ( Index c : current )
    {
      if ( !wanted[ c ] )
        mModel.remove( c );
    }
    mModel.settle();
    for ( Index c : target )
    {
      if ( !mModel.isChosen( c ) )
        mModel.add( c );
    }
  }

  void bar( Index candidate, bool barred ) { mBarred[ candidate ] = barred ? 1 : 0; }

private:
  LocalSearchModel &mModel;
  std::size_t mSites = 0;
  double mTolerance = 0.0;
  const RunFeedback &mFeedback;
  std::vector<char> mBarred;
  MultiStartResult mResult;
  bool mHasBest = false;
};

} // namespace

MultiStartResult runMultiStart( LocalSearchModel &model, std::size_t sites, std::size_t restarts, double tolerance,
                                const RunFeedback &feedback )
{
  MultiStart run( model, sites, tolerance, feedback );
  MultiStartResult &result = run.result();
  const auto stop = [ & ]() -> MultiStartResult
  {
    result.canceled = true;
    return result;
  };

  // Seeds: by stand-alone value, ties by index. The first is the plain greedy's own first pick.
  const std::vector<double> alone = model.standAloneValues();
  std::vector<Index> order( alone.size() );
  std::iota( order.begin(), order.end(), 0 );
  std::stable_sort( order.begin(), order.end(), [ & ]( Index a, Index b ) { return alone[ a ] > alone[ b ]; } );

  if ( !run.search() )
    return stop();
  feedback.report( 30.0 );

  const std::size_t seeds = std::min( restarts, order.size() > 0 ? order.size() - 1 : 0 );
  for ( std::size_t s = 0; s < seeds; ++s )
  {
    const Index seed = order[ s + 1 ];
    if ( !( alone[ seed ] > tolerance ) )
      break;
    run.resetTo( { seed } );
    if ( !run.search() )
      return stop();
    feedback.report( 30.0 + 30.0 * static_cast<double>( s + 1 ) / static_cast<double>( seeds ) );
  }

  // Perturbation: drop one site of the best, bar it from the refill, search again.
  const std::size_t maxRounds = 10 * sites + 100;
  bool improved = true;
  for ( std::size_t round = 0; improved && round < maxRounds; ++round )
  {
    improved = false;
    std::vector<Index> best = result.best;
    std::sort( best.begin(), best.end() );
    for ( Index drop : best )
    {
      std::vector<Index> rest;
      for ( Index c : best )
      {
        if ( c != drop )
          rest.push_back( c );
      }
      const double before = result.value;
      run.resetTo( rest );
      run.bar( drop, true );
      const bool finished = run.search();
      run.bar( drop, false );
      if ( !finished )
        return stop();
      if ( run.improvedLastSearch( before ) )
      {
        improved = true;
        break;
      }
    }
    feedback.report( 100.0 - 40.0 * std::pow( 0.5, static_cast<double>( round + 1 ) ) );
  }
  return result;
}

} // namespace sozialraum::gaps
