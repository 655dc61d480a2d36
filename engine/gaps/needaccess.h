#ifndef SOZIALRAUM_GAPS_NEEDACCESS_H
#define SOZIALRAUM_GAPS_NEEDACCESS_H

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace sozialraum::gaps
{

/**
 * Need against access per area (methods.md §3; the servicegaps algorithm). Classes 1–4 as
 * written to gap_class; None for an area that is not compared (no need value, no demand, no
 * geometry).
 */
enum class GapClass
{
  None = 0,
  HighNeedPoorAccess = 1, //!< the finding that matters
  HighNeedGoodAccess = 2,
  LowNeedPoorAccess = 3,
  LowNeedGoodAccess = 4,
};

//! Need is high at a percentile rank of at least this, access is poor below it (the median split).
constexpr double kMedianPercentile = 0.5;

struct NeedAccessResult
{
  std::vector<double> needPercentile;   //!< count strictly below / (n − 1); NaN where not compared
  std::vector<double> accessPercentile; //!< likewise
  std::vector<int> needRank;            //!< 1 = highest need, ties share the best rank; 0 where not compared
  std::vector<int> accessRank;          //!< 1 = poorest access, ties share the best rank; 0 where not compared
  std::vector<double> gapScore;         //!< (need percentile + 1 − access percentile) / 2, 0..1; NaN where not compared
  std::vector<GapClass> gapClass;
  std::array<std::size_t, 5> counts{};  //!< areas per class, indexed by static_cast<int>( GapClass )
};

/**
 * Compares \a need and \a access of the areas where \a compared is set and both are finite, with
 * the index engine's percentile ranks and ranks (so the conventions are the ones of the social
 * indices: percentile rank = count strictly below / (n − 1)). Throws index::IndexError when fewer
 * than three areas can be compared or all have the same value; \a needName names the need field there.
 */
NeedAccessResult classifyNeedAccess( const std::vector<double> &need, const std::vector<double> &access,
                                     const std::vector<char> &compared, const std::string &needName );

} // namespace sozialraum::gaps

#endif
