#ifndef SOZIALRAUM_GAPS_SETCOVERING_H
#define SOZIALRAUM_GAPS_SETCOVERING_H

#include "gaps/feedback.h"
#include "gaps/locationproblem.h"

namespace sozialraum::gaps
{

/**
 * Location set covering problem (LSCP, Toregas et al. 1971): the fewest candidate sites such
 * that every demand point with weight > 0 that any candidate can cover lies within \a radius of
 * a chosen site or an existing facility.
 *
 * Heuristic: greedy by the number of demand points newly covered (Chvátal; ties: lowest index)
 * until everything coverable is covered, then redundancy removal: sites are dropped, the last
 * chosen first, while everything they cover is also covered by another chosen site. Not
 * guaranteed minimal (set covering is NP-hard); solveSetCoveringExact gives the minimum for small
 * cases. Demand that no candidate can cover is listed in CoveringSolution::uncoverable.
 * Throws GapsError for a radius that is not larger than zero.
 */
CoveringSolution solveSetCovering( const LocationProblem &problem, double radius,
                                   const RunFeedback &feedback = RunFeedback() );

} // namespace sozialraum::gaps

#endif
