#ifndef SOZIALRAUM_GAPS_MAXIMALCOVERING_H
#define SOZIALRAUM_GAPS_MAXIMALCOVERING_H

#include "gaps/feedback.h"
#include "gaps/locationproblem.h"

namespace sozialraum::gaps
{

//! Extra starts of the location heuristics: the candidates with the largest stand-alone value forced in first.
constexpr std::size_t kDefaultRestarts = 8;

/**
 * Maximal covering location problem (MCLP, Church and ReVelle 1974): choose up to \a sites
 * candidate sites so that the weight of demand within \a radius (cost <= radius) of a chosen
 * site or an existing facility is largest.
 *
 * Heuristic, each local search being greedy then vertex substitution:
 * - greedy: each step the site with the largest marginal gain (ties: lowest index);
 * - vertex substitution: for every chosen site in turn, the best swap with an unchosen
 *   candidate is made if it covers more, until a full pass finds no improving swap.
 * Coverage counts per demand point and marginal gains per candidate are kept up to date
 * incrementally, never recomputed. One local search from the empty set, then \a restarts more
 * with each of the candidates of largest stand-alone coverage forced in first, then
 * perturbation: each chosen site of the best solution in turn is dropped and barred from the
 * greedy refill (the swaps may bring it back); a better result replaces the best and the round
 * starts again, until no drop improves. The best solution wins (ties: the earlier one).
 * With restarts = 0 and no perturbation this would be the plain greedy + swap, which on small
 * random cases can stop at 90 % of the optimum; with them the tests find >= 98 %.
 *
 * The greedy stops early when no candidate adds coverage any more: fewer than \a sites are then
 * returned (further sites would cover nothing new). Throws GapsError for P < 1, P larger than the
 * number of candidates, or a radius that is not larger than zero.
 */
CoveringSolution solveMaximalCovering( const LocationProblem &problem, std::size_t sites, double radius,
                                       const RunFeedback &feedback = RunFeedback(),
                                       std::size_t restarts = kDefaultRestarts );

} // namespace sozialraum::gaps

#endif
