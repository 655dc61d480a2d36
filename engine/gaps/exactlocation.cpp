#include "gaps/exactlocation.h"

#include "gaps/coveringtolerance.h"
#include "gaps/coverstate.h"
#include "gaps/gapserror.h"
#include "gaps/medianstate.h"

#include <cmath>
#include <functional>

namespace sozialraum::gaps
{

namespace
{

void checkSize( const LocationProblem &problem )
{
  if ( problem.candidateCount() > kExactMaxCandidates )
    throw GapsError( "The exact solver handles at most " + std::to_string( kExactMaxCandidates ) +
                     " candidate sites (got " + std::to_string( problem.candidateCount() ) + ")" );
}

/**
 * Visits every subset of exactly \a size candidates in lexicographic order: enter(c) when c joins
 * the subset, leave(c) when it leaves, leaf() for each complete subset.
 */
void enumerateSubsets( std::size_t count, std::size_t size, const std::function<void( Index )> &enter,
                       const std::function<void( Index )> &leave, const std::function<void()> &leaf )
{
  std::function<void( std::size_t, std::size_t )> visit = [ & ]( std::size_t first, std::size_t left )
  {
    if ( left == 0 )
    {
      leaf();
      return;
    }
    for ( std::size_t c = first; c + left <= count; ++c )
    {
      enter( static_cast<Index>( c ) );
      visit( c + 1, left - 1 );
      leave( static_cast<Index>( c ) );
    }
  };
  visit( 0, size );
}

//! The subset of \a size sites with the largest covered value (first in lexicographic order among equals).
std::vector<Index> bestCover( const LocationProblem &problem, double radius, std::size_t size,
                              const std::vector<double> &values, double &bestValue )
{
  CoverState state( problem, radius, values );
  const double tolerance = objectiveTolerance( problem.totalWeight() + static_cast<double>( problem.demandCount() ) );
  std::vector<Index> best;
  bestValue = -1.0;
  enumerateSubsets(
      problem.candidateCount(), size, [ & ]( Index c ) { state.add( c ); }, [ & ]( Index c ) { state.remove( c ); },
      [ & ]()
      {
        if ( state.coveredValue() > bestValue + tolerance )
        {
          bestValue = state.coveredValue();
          best = state.chosen();
        }
      } );
  return best;
}

} // namespace

CoveringSolution solveMaximalCoveringExact( const LocationProblem &problem, std::size_t sites, double radius )
{
  problem.checkSiteCount( sites );
  LocationProblem::checkRadius( radius );
  checkSize( problem );
  double covered = 0.0;
  const std::vector<Index> best = bestCover( problem, radius, sites, std::vector<double>(), covered );
  CoveringSolution solution;
  solution.sites = CoverState::rank( problem, radius, best, objectiveTolerance( problem.totalWeight() ) );
  summarizeCovering( problem, radius, solution );
  return solution;
}

CoveringSolution solveSetCoveringExact( const LocationProblem &problem, double radius )
{
  LocationProblem::checkRadius( radius );
  checkSize( problem );
  std::vector<double> ones( problem.demandCount(), 0.0 );
  for ( std::size_t k = 0; k < ones.size(); ++k )
    ones[ k ] = problem.weights()[ k ] > 0.0 ? 1.0 : 0.0;

  // What all candidates together cover is what a solution must cover.
  std::vector<Index> best;
  if ( problem.candidateCount() > 0 )
  {
    CoverState all( problem, radius, ones );
    for ( std::size_t c = 0; c < problem.candidateCount(); ++c )
      all.add( static_cast<Index>( c ) );
    const double needed = all.coveredValue();
    if ( needed > 0.5 )
    {
      for ( std::size_t size = 1; size <= problem.candidateCount(); ++size )
      {
        double covered = 0.0;
        best = bestCover( problem, radius, size, ones, covered );
        if ( covered > needed - 0.5 )
          break;
      }
    }
  }
  CoveringSolution solution;
  solution.sites = CoverState::rank( problem, radius, best, objectiveTolerance( problem.totalWeight() ) );
  summarizeCovering( problem, radius, solution );
  return solution;
}

MedianSolution solvePMedianExact( const LocationProblem &problem, std::size_t sites )
{
  problem.checkSiteCount( sites );
  checkSize( problem );
  const MedianState empty( problem );
  const double tolerance = objectiveTolerance( empty.objective() );

  // Per depth the nearest cost of every demand point given the sites entered so far.
  std::vector<std::vector<double>> nearest( sites + 1 );
  nearest[ 0 ].resize( problem.demandCount() );
  for ( std::size_t k = 0; k < problem.demandCount(); ++k )
    nearest[ 0 ][ k ] = empty.base( static_cast<Index>( k ) );
  std::vector<Index> current;
  std::vector<Index> best;
  double bestCost = kNoCost;
  enumerateSubsets(
      problem.candidateCount(), sites,
      [ & ]( Index c )
      {
        const std::size_t depth = current.size();
        nearest[ depth + 1 ] = nearest[ depth ];
        const CostRow column = problem.costs().demandOf( c );
        for ( std::size_t p = 0; p < column.size(); ++p )
        {
          double &n = nearest[ depth + 1 ][ column.index( p ) ];
          n = std::min( n, column.cost( p ) );
        }
        current.push_back( c );
      },
      [ & ]( Index ) { current.pop_back(); },
      [ & ]()
      {
        double cost = 0.0;
        const std::vector<double> &n = nearest[ current.size() ];
        for ( std::size_t k = 0; k < n.size(); ++k )
          cost += problem.weights()[ k ] * n[ k ];
        if ( cost < bestCost - tolerance )
        {
          bestCost = cost;
          best = current;
        }
      } );

  MedianState state( problem );
  for ( Index c : best )
    state.add( c );
  MedianSolution solution;
  summarizeMedian( problem, state, tolerance, solution );
  return solution;
}

} // namespace sozialraum::gaps
