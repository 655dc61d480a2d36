#ifndef SOZIALRAUM_GAPS_PMEDIAN_H
#define SOZIALRAUM_GAPS_PMEDIAN_H

#include "gaps/feedback.h"
#include "gaps/locationproblem.h"
#include "gaps/maximalcovering.h"

namespace sozialraum::gaps
{

/**
 * p-median (Hakimi 1964; ReVelle and Swain 1970): choose up to \a sites candidate sites so that
 * the total weighted cost sum_k w_k · c_k is smallest, c_k being the cost from k to the nearest
 * chosen site or existing facility. Demand reaching neither is charged
 * MedianSolution::penaltyCost (2 × the largest cost of the tables) and reported.
 *
 * Heuristic, each local search being greedy then Teitz and Bart's vertex substitution:
 * - greedy: each step the site saving most (ties: lowest index);
 * - vertex substitution: for every unchosen candidate the best chosen site to replace is found
 *   (with each demand point's nearest and second-nearest service, one scan of the candidate's
 *   pairs prices the swap against every chosen site) and the swap is made if it lowers the
 *   objective; passes repeat until none improves.
 * Restarts and perturbation as in solveMaximalCovering: \a restarts more local searches with
 * each of the candidates saving most on their own forced in first, then each chosen site of the
 * best solution in turn dropped and barred from the refill, until no drop improves.
 *
 * The greedy stops early when no candidate saves anything any more (fewer sites are returned).
 * Throws GapsError for P < 1 or P larger than the number of candidates.
 */
MedianSolution solvePMedian( const LocationProblem &problem, std::size_t sites,
                             const RunFeedback &feedback = RunFeedback(), std::size_t restarts = kDefaultRestarts );

} // namespace sozialraum::gaps

#endif
