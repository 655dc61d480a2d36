#ifndef SOZIALRAUM_GAPS_EXACTLOCATION_H
#define SOZIALRAUM_GAPS_EXACTLOCATION_H

#include "gaps/locationproblem.h"

namespace sozialraum::gaps
{

/**
 * Exact solutions of the location models for small cases by enumerating every subset of
 * candidate sites (at most kExactMaxCandidates candidates). Meant for tests and for checking
 * the heuristics, not for production use. The optimal set found first in lexicographic order
 * wins ties; its sites are ranked as in the heuristics' solutions. Throw GapsError when there are
 * too many candidates, and as the heuristics for bad P or radius.
 */
constexpr std::size_t kExactMaxCandidates = 25;

//! Exactly \a sites sites (all C(n, P) subsets) maximizing the covered weight.
CoveringSolution solveMaximalCoveringExact( const LocationProblem &problem, std::size_t sites, double radius );

//! The fewest sites covering every coverable demand point with weight > 0 (P = 1, 2, ... until one covers all).
CoveringSolution solveSetCoveringExact( const LocationProblem &problem, double radius );

//! Exactly \a sites sites minimizing the weighted cost (same penalty for unreached demand as solvePMedian).
MedianSolution solvePMedianExact( const LocationProblem &problem, std::size_t sites );

} // namespace sozialraum::gaps

#endif
