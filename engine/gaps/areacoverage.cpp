#include "gaps/areacoverage.h"

#include "gaps/format.h"
#include "gaps/gapserror.h"

#include <cmath>
#include <limits>

namespace sozialraum::gaps
{

AreaCoverageSummary summarizeAreaCoverage( std::size_t areaCount, const std::vector<Index> &areaOfPoint,
                                           const std::vector<double> &demand, const std::vector<char> &covered,
                                           const std::vector<double> &access )
{
  const std::size_t n = areaOfPoint.size();
  if ( demand.size() != n || covered.size() != n || ( !access.empty() && access.size() != n ) )
    throw GapsError( "Demand points, their demand, coverage and access must be equally many" );

  AreaCoverageSummary summary;
  summary.areas.resize( areaCount );
  std::vector<double> weightedAccess( areaCount, 0.0 );
  for ( std::size_t k = 0; k < n; ++k )
  {
    const double p = demand[ k ];
    if ( !std::isfinite( p ) || p < 0.0 )
      throw GapsError( "Demand point " + std::to_string( k ) + " has a demand of " + formatNumber( p ) +
                           "; it must be zero or a positive number",
                       static_cast<long long>( k ) );
    const Index area = areaOfPoint[ k ];
    if ( area == kNoIndex )
    {
      ++summary.pointsWithoutArea;
      summary.demandWithoutArea += p;
      continue;
    }
    if ( area >= areaCount )
      throw GapsError( "Demand point " + std::to_string( k ) + " refers to area " + std::to_string( area ) +
                           ", but there are only " + std::to_string( areaCount ) + " areas",
                       static_cast<long long>( k ) );
    AreaCoverage &a = summary.areas[ area ];
    ++a.pointCount;
    a.totalDemand += p;
    if ( covered[ k ] )
      a.coveredDemand += p;
    if ( !access.empty() )
      weightedAccess[ area ] += p * access[ k ];
  }

  const double nan = std::numeric_limits<double>::quiet_NaN();
  for ( std::size_t i = 0; i < areaCount; ++i )
  {
    AreaCoverage &a = summary.areas[ i ];
    a.unservedDemand = a.totalDemand - a.coveredDemand;
    const bool hasDemand = a.totalDemand > 0.0;
    a.coverageShare = hasDemand ? a.coveredDemand / a.totalDemand : nan;
    a.meanAccess = hasDemand && !access.empty() ? weightedAccess[ i ] / a.totalDemand : nan;
  }
  return summary;
}

} // namespace sozialraum::gaps
