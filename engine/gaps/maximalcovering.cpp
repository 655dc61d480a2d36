#include "gaps/maximalcovering.h"

#include "gaps/coveringtolerance.h"
#include "gaps/coverstate.h"
#include "gaps/localsearch.h"

namespace sozialraum::gaps
{

namespace
{

//! The MCLP as the multi-start search sees it: value = covered weight.
class CoverSearch final : public LocalSearchModel
{
public:
  CoverSearch( const LocationProblem &problem, double radius, double tolerance )
      : mState( problem, radius ), mCandidates( problem.candidateCount() ), mTolerance( tolerance )
  {
  }

  std::size_t candidateCount() const override { return mCandidates; }
  double value() const override { return mState.coveredValue(); }
  const std::vector<Index> &chosen() const override { return mState.chosen(); }
  bool isChosen( Index candidate ) const override { return mState.isChosen( candidate ); }
  void add( Index candidate ) override { mState.add( candidate ); }
  void remove( Index candidate ) override { mState.remove( candidate ); }
  void settle() override {}

  std::vector<double> standAloneValues() const override
  {
    std::vector<double> values( mCandidates );
    for ( std::size_t j = 0; j < mCandidates; ++j )
      values[ j ] = mState.gain( static_cast<Index>( j ) );
    return values;
  }

  Index bestAddition( const std::vector<char> &barred, double &gain ) const override
  {
    Index best = kNoIndex;
    for ( std::size_t j = 0; j < mCandidates; ++j )
    {
      const Index c = static_cast<Index>( j );
      if ( mState.isChosen( c ) || barred[ j ] )
        continue;
      if ( best == kNoIndex || mState.gain( c ) > mState.gain( best ) + mTolerance )
        best = c;
    }
    gain = best == kNoIndex ? 0.0 : mState.gain( best );
    return best;
  }

  bool swapPass( std::size_t &swaps, const RunFeedback &feedback, bool &canceled ) override
  {
    const std::vector<Index> current = mState.chosen();
    bool improved = false;
    for ( Index out : current )
    {
      if ( feedback.canceled() )
      {
        canceled = true;
        return false;
      }
      double delta = 0.0;
      const Index in = mState.bestSwapFor( out, delta );
      if ( in == kNoIndex || !( delta > mTolerance ) )
        continue;
      mState.remove( out );
      mState.add( in );
      ++swaps;
      improved = true;
    }
    return improved;
  }

private:
  CoverState mState;
  std::size_t mCandidates = 0;
  double mTolerance = 0.0;
};

} // namespace

CoveringSolution solveMaximalCovering( const LocationProblem &problem, std::size_t sites, double radius,
                                       const RunFeedback &feedback, std::size_t restarts )
{
  problem.checkSiteCount( sites );
  LocationProblem::checkRadius( radius );
  const double tolerance = objectiveTolerance( problem.totalWeight() );
  CoveringSolution solution;

  feedback.report( 0.0 );
  CoverSearch search( problem, radius, tolerance );
  const MultiStartResult result = runMultiStart( search, sites, restarts, tolerance, feedback );
  solution.swaps = result.swaps;
  solution.starts = result.starts;
  if ( result.canceled )
  {
    solution.canceled = true;
    return solution;
  }
  solution.sites = CoverState::rank( problem, radius, result.best, tolerance );
  summarizeCovering( problem, radius, solution );
  feedback.report( 100.0 );
  return solution;
}

} // namespace sozialraum::gaps
