#include "gaps/pmedian.h"

#include "gaps/coveringtolerance.h"
#include "gaps/localsearch.h"
#include "gaps/maximalcovering.h"
#include "gaps/medianstate.h"

#include <algorithm>

namespace sozialraum::gaps
{

namespace
{

constexpr std::size_t kPollEvery = 256;

/**
 * The p-median as the multi-start search sees it: value = minus the weighted cost.
 *
 * Teitz-Bart pass: for each unchosen candidate c the swap with every chosen site i is priced at
 * once. Swapping i for c changes the objective by  -G_c + loss_i + adj_i(c)  where
 *   G_c    = sum_k w_k max(0, nearest_k - d_kc)                       (what c saves as an addition)
 *   loss_i = sum_{k served by i} w_k (second_k - nearest_k)            (what removing i costs)
 *   adj_i  = sum_{k served by i, reached by c} w_k (min(max(d_kc, nearest_k), second_k) - second_k)
 * (the correction for demand that i serves and c reaches: it goes to c, not to its second).
 * One scan of c's pairs prices all P swaps; the best is made if it lowers the cost.
 */
class MedianSearch final : public LocalSearchModel
{
public:
  MedianSearch( const LocationProblem &problem, double tolerance )
      : mProblem( problem ), mState( problem ), mTolerance( tolerance ), mAdjust( problem.candidateCount(), 0.0 )
  {
  }

  const MedianState &state() const { return mState; }

  std::size_t candidateCount() const override { return mProblem.candidateCount(); }
  double value() const override { return -mState.objective(); }
  const std::vector<Index> &chosen() const override { return mState.chosen(); }
  bool isChosen( Index candidate ) const override { return mState.isChosen( candidate ); }
  void add( Index candidate ) override
  {
    mState.add( candidate );
    // Savings only shrink when a site is added: the cached ones stay upper bounds.
    std::fill( mFresh.begin(), mFresh.end(), 0 );
  }
  void remove( Index candidate ) override
  {
    mState.remove( candidate );
    mBoundsValid = false;
  }
  void settle() override { mState.refresh(); }

  std::vector<double> standAloneValues() const override
  {
    std::vector<double> values( candidateCount() );
    for ( std::size_t j = 0; j < values.size(); ++j )
      values[ j ] = mState.saving( static_cast<Index>( j ) );
    return values;
  }

  /**
   * Lazy greedy (Minoux's accelerated greedy): cached savings are upper bounds while only
   * additions happen, so only the candidate on top is recomputed until it stays on top.
   */
  Index bestAddition( const std::vector<char> &barred, double &gain ) const override
  {
    const std::size_t m = candidateCount();
    if ( !mBoundsValid )
    {
      mBound.resize( m );
      mFresh.assign( m, 1 );
      for ( std::size_t j = 0; j < m; ++j )
        mBound[ j ] = mState.isChosen( static_cast<Index>( j ) ) ? 0.0 : mState.saving( static_cast<Index>( j ) );
      mBoundsValid = true;
    }
    while ( true )
    {
      Index best = kNoIndex;
      for ( std::size_t j = 0; j < m; ++j )
      {
        const Index c = static_cast<Index>( j );
        if ( mState.isChosen( c ) || barred[ j ] )
          continue;
        if ( best == kNoIndex || mBound[ j ] > mBound[ best ] + mTolerance )
          best = c;
      }
      if ( best == kNoIndex || mFresh[ best ] )
      {
        gain = best == kNoIndex ? 0.0 : mBound[ best ];
        return best;
      }
      mBound[ best ] = mState.saving( best );
      mFresh[ best ] = 1;
    }
  }

  bool swapPass( std::size_t &swaps, const RunFeedback &feedback, bool &canceled ) override
  {
    if ( mState.chosen().empty() )
      return false;
    std::vector<double> loss = removalLosses();
    std::vector<Index> chosenSorted = sortedChosen();
    bool improved = false;
    for ( std::size_t j = 0; j < candidateCount(); ++j )
    {
      const Index c = static_cast<Index>( j );
      if ( j % kPollEvery == 0 && feedback.canceled() )
      {
        canceled = true;
        return false;
      }
      if ( mState.isChosen( c ) )
        continue;
      const CostRow column = mProblem.costs().demandOf( c );
      double gain = 0.0;
      for ( std::size_t p = 0; p < column.size(); ++p )
      {
        const MedianState::Service &s = mState.service( column.index( p ) );
        if ( s.weight == 0.0 )
          continue;
        const double d = column.cost( p );
        if ( d < s.nearest )
          gain += s.weight * ( s.nearest - d );
        if ( s.server == kNoIndex )
          continue;
        const double correction = std::min( std::max( d, s.nearest ), s.second ) - s.second;
        if ( correction < 0.0 )
        {
          if ( mAdjust[ s.server ] == 0.0 )
            mTouched.push_back( s.server );
          mAdjust[ s.server ] += s.weight * correction;
        }
      }
      Index out = kNoIndex;
      double bestChange = 0.0;
      for ( Index i : chosenSorted )
      {
        const double change = -gain + loss[ i ] + mAdjust[ i ];
        if ( out == kNoIndex || change < bestChange )
        {
          out = i;
          bestChange = change;
        }
      }
      for ( Index i : mTouched )
        mAdjust[ i ] = 0.0;
      mTouched.clear();
      if ( out == kNoIndex || !( bestChange < -mTolerance ) )
        continue;
      remove( out );
      add( c );
      settle();
      loss = removalLosses();
      chosenSorted = sortedChosen();
      ++swaps;
      improved = true;
    }
    return improved;
  }

private:
  //! Per chosen site the weighted cost its removal adds: sum over its demand of w (second - nearest).
  std::vector<double> removalLosses() const
  {
    std::vector<double> loss( candidateCount(), 0.0 );
    for ( std::size_t k = 0; k < mProblem.demandCount(); ++k )
    {
      const Index demand = static_cast<Index>( k );
      const Index server = mState.server( demand );
      if ( server != kNoIndex )
        loss[ server ] += mProblem.weights()[ k ] * ( mState.secondNearest( demand ) - mState.nearest( demand ) );
    }
    return loss;
  }

  std::vector<Index> sortedChosen() const
  {
    std::vector<Index> sorted = mState.chosen();
    std::sort( sorted.begin(), sorted.end() );
    return sorted;
  }

  const LocationProblem &mProblem;
  MedianState mState;
  double mTolerance = 0.0;
  std::vector<double> mAdjust;
  std::vector<Index> mTouched;
  // Lazy greedy: savings (upper bounds once stale) and whether each is exact.
  mutable std::vector<double> mBound;
  mutable std::vector<char> mFresh;
  mutable bool mBoundsValid = false;
};

} // namespace

MedianSolution solvePMedian( const LocationProblem &problem, std::size_t sites, const RunFeedback &feedback,
                             std::size_t restarts )
{
  problem.checkSiteCount( sites );
  MedianSolution solution;
  const double tolerance = objectiveTolerance( MedianState( problem ).objective() );
  feedback.report( 0.0 );

  MedianSearch search( problem, tolerance );
  const MultiStartResult result = runMultiStart( search, sites, restarts, tolerance, feedback );
  solution.swaps = result.swaps;
  solution.starts = result.starts;
  if ( result.canceled )
  {
    solution.canceled = true;
    return solution;
  }
  MedianState best( problem );
  for ( Index c : result.best )
    best.add( c );
  summarizeMedian( problem, best, tolerance, solution );
  feedback.report( 100.0 );
  return solution;
}

} // namespace sozialraum::gaps
