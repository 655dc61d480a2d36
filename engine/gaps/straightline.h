#ifndef SOZIALRAUM_GAPS_STRAIGHTLINE_H
#define SOZIALRAUM_GAPS_STRAIGHTLINE_H

#include "gaps/costtable.h"
#include "gaps/feedback.h"

#include <vector>

namespace sozialraum::gaps
{

//! A point in a metric plane (metres); points without a position (no geometry) are left out.
struct PlanePoint
{
  double x = 0.0;
  double y = 0.0;
  bool present = true;
};

/**
 * How straight-line distance becomes a cost: cost = distance × detourFactor / metresPerCost
 * (metresPerCost = 1 for metres, speed in m/min for minutes). A department without a street
 * network works with these costs.
 */
struct StraightLineCost
{
  double metresPerCost = 1.0;
  double detourFactor = 1.0;

  double of( double distance ) const { return distance * detourFactor / metresPerCost; }
  //! The distance that costs \a cost.
  double distanceFor( double cost ) const { return cost * metresPerCost / detourFactor; }
};

/**
 * Every pair of \a demand and \a supply points whose straight-line cost is at most \a maxCost.
 * A uniform grid with cells as wide as the largest distance finds them without comparing all
 * pairs. Throws GapsError for a maxCost or conversion that is not positive. Returns an empty
 * table when \a feedback cancels.
 */
CostTable straightLineCostTable( const std::vector<PlanePoint> &demand, const std::vector<PlanePoint> &supply, double maxCost,
                                 const StraightLineCost &conversion, const RunFeedback &feedback = {} );

/**
 * The straight-line cost from every demand point to its nearest supply point, with no limit;
 * infinity where there is no supply point (or the demand point has no position). The supply
 * points are put into a grid that is searched in growing rings around each demand point, so
 * the work grows with the points near each demand point, not with all pairs.
 */
std::vector<double> nearestStraightLineCosts( const std::vector<PlanePoint> &demand, const std::vector<PlanePoint> &supply,
                                              const StraightLineCost &conversion );

} // namespace sozialraum::gaps

#endif
