#include "gaps/setcovering.h"

#include "gaps/coveringtolerance.h"
#include "gaps/coverstate.h"

namespace sozialraum::gaps
{

CoveringSolution solveSetCovering( const LocationProblem &problem, double radius, const RunFeedback &feedback )
{
  LocationProblem::checkRadius( radius );
  CoveringSolution solution;
  feedback.report( 0.0 );

  // Count demand points, not weight: every point that needs cover counts once.
  std::vector<double> ones( problem.demandCount(), 0.0 );
  std::size_t needed = 0;
  for ( std::size_t k = 0; k < ones.size(); ++k )
  {
    if ( problem.weights()[ k ] > 0.0 )
      ones[ k ] = 1.0;
  }
  CoverState state( problem, radius, ones );
  const std::size_t m = problem.candidateCount();
  {
    // Points some candidate covers: what the greedy must reach.
    std::vector<char> coverable( problem.demandCount(), 0 );
    for ( std::size_t j = 0; j < m; ++j )
    {
      const CostRow column = problem.costs().demandOf( static_cast<Index>( j ) );
      for ( std::size_t p = 0; p < column.size(); ++p )
      {
        if ( column.cost( p ) <= radius && state.value( column.index( p ) ) > 0.0 )
          coverable[ column.index( p ) ] = 1;
      }
    }
    for ( char c : coverable )
      needed += c ? 1 : 0;
  }
  if ( feedback.canceled() )
  {
    solution.canceled = true;
    return solution;
  }

  std::vector<Index> order;
  while ( state.coveredValue() < static_cast<double>( needed ) - 0.5 )
  {
    Index best = kNoIndex;
    for ( std::size_t j = 0; j < m; ++j )
    {
      const Index c = static_cast<Index>( j );
      if ( !state.isChosen( c ) && ( best == kNoIndex || state.gain( c ) > state.gain( best ) + 0.5 ) )
        best = c;
    }
    if ( best == kNoIndex || state.gain( best ) < 0.5 )
      break;
    state.add( best );
    order.push_back( best );
    if ( feedback.canceled() )
    {
      solution.canceled = true;
      return solution;
    }
    feedback.report( 80.0 * state.coveredValue() / static_cast<double>( needed ) );
  }

  // Redundancy removal, the last chosen (least useful) first.
  for ( std::size_t i = order.size(); i-- > 0; )
  {
    const Index site = order[ i ];
    const CostRow column = problem.costs().demandOf( site );
    bool redundant = true;
    for ( std::size_t p = 0; p < column.size() && redundant; ++p )
    {
      const Index k = column.index( p );
      if ( column.cost( p ) <= radius && state.value( k ) > 0.0 && state.coverCount( k ) < 2 )
        redundant = false;
    }
    if ( redundant )
      state.remove( site );
  }

  solution.sites = CoverState::rank( problem, radius, state.chosen(), objectiveTolerance( problem.totalWeight() ) );
  summarizeCovering( problem, radius, solution );
  feedback.report( 100.0 );
  return solution;
}

} // namespace sozialraum::gaps
