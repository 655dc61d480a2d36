#ifndef SOZIALRAUM_GAPS_COVERINGTOLERANCE_H
#define SOZIALRAUM_GAPS_COVERINGTOLERANCE_H

// Internal to the location models; not part of the public API.

#include "gaps/locationproblem.h"

namespace sozialraum::gaps
{

/**
 * Smallest change of the objective the heuristics act on: gains below it count as zero and swaps
 * must improve by more, so rounding noise of incremental sums neither creates swaps nor breaks
 * "ties: lowest index".
 */
inline double objectiveTolerance( double scale )
{
  return 1e-12 * ( scale > 0.0 ? scale : 1.0 );
}

} // namespace sozialraum::gaps

#endif
