#ifndef SOZIALRAUM_GAPS_AREACOVERAGE_H
#define SOZIALRAUM_GAPS_AREACOVERAGE_H

#include "gaps/costtable.h"

#include <vector>

namespace sozialraum::gaps
{

//! Coverage of one area (a statistical area, a planning area) by its demand points.
struct AreaCoverage
{
  std::size_t pointCount = 0;
  double totalDemand = 0.0;
  double coveredDemand = 0.0;  //!< demand within d0 of a facility
  double unservedDemand = 0.0; //!< demand beyond d0: totalDemand - coveredDemand
  double coverageShare = 0.0;  //!< coveredDemand / totalDemand; NaN for an area without demand
  double meanAccess = 0.0; //!< demand-weighted mean of the points' access; NaN without demand or without access values
};

struct AreaCoverageSummary
{
  std::vector<AreaCoverage> areas;
  std::size_t pointsWithoutArea = 0; //!< demand points whose area is kNoIndex
  double demandWithoutArea = 0.0;
};

/**
 * Sums demand points up to areas: per area the total demand, the demand within d0 of any facility
 * (\a covered, e.g. CatchmentResult::covered), the share and the unserved rest, and the
 * demand-weighted mean of \a access (optional; e.g. CatchmentResult::access). \a areaOfPoint gives
 * each point's area (kNoIndex: in none; counted, not an error). Throws GapsError for size
 * mismatches, an area index out of range or a negative or non-finite demand.
 */
AreaCoverageSummary summarizeAreaCoverage( std::size_t areaCount, const std::vector<Index> &areaOfPoint,
                                           const std::vector<double> &demand, const std::vector<char> &covered,
                                           const std::vector<double> &access = std::vector<double>() );

} // namespace sozialraum::gaps

#endif
