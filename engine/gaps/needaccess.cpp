#include "gaps/needaccess.h"

#include "gaps/gapserror.h"
#include "index/normalize.h"

#include <cmath>
#include <limits>

namespace sozialraum::gaps
{

NeedAccessResult classifyNeedAccess( const std::vector<double> &need, const std::vector<double> &access,
                                     const std::vector<char> &compared, const std::string &needName )
{
  const std::size_t n = need.size();
  if ( access.size() != n || compared.size() != n )
    throw GapsError( "need, access and the compared flags must have one value per area" );
  std::vector<char> valid( n, 0 );
  for ( std::size_t a = 0; a < n; ++a )
    valid[ a ] = compared[ a ] && std::isfinite( need[ a ] ) && std::isfinite( access[ a ] ) ? 1 : 0;

  index::NormalizationSpec percentile;
  percentile.method = index::Normalization::PercentileRank;
  index::NormalizationSpec rank;
  rank.method = index::Normalization::Rank;
  rank.ties = index::RankTies::Min;

  NeedAccessResult result;
  result.needPercentile = index::normalize( need, valid, percentile, false, needName );
  result.accessPercentile = index::normalize( access, valid, percentile, false, "access" );
  // Rank 1 for the highest need (inverted) and for the poorest access (ascending).
  const std::vector<double> needRank = index::normalize( need, valid, rank, true, needName );
  const std::vector<double> accessRank = index::normalize( access, valid, rank, false, "access" );

  const double nan = std::numeric_limits<double>::quiet_NaN();
  result.needRank.assign( n, 0 );
  result.accessRank.assign( n, 0 );
  result.gapScore.assign( n, nan );
  result.gapClass.assign( n, GapClass::None );
  for ( std::size_t a = 0; a < n; ++a )
  {
    if ( !valid[ a ] )
    {
      result.needPercentile[ a ] = nan;
      result.accessPercentile[ a ] = nan;
      ++result.counts[ 0 ];
      continue;
    }
    const double needPct = result.needPercentile[ a ];
    const double accessPct = result.accessPercentile[ a ];
    result.needRank[ a ] = static_cast<int>( needRank[ a ] );
    result.accessRank[ a ] = static_cast<int>( accessRank[ a ] );
    result.gapScore[ a ] = ( needPct + 1.0 - accessPct ) / 2.0;
    const bool highNeed = needPct >= kMedianPercentile;
    const bool poorAccess = accessPct < kMedianPercentile;
    const GapClass cls = highNeed ? ( poorAccess ? GapClass::HighNeedPoorAccess : GapClass::HighNeedGoodAccess )
                                  : ( poorAccess ? GapClass::LowNeedPoorAccess : GapClass::LowNeedGoodAccess );
    result.gapClass[ a ] = cls;
    ++result.counts[ static_cast<int>( cls ) ];
  }
  return result;
}

} // namespace sozialraum::gaps
