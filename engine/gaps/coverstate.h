#ifndef SOZIALRAUM_GAPS_COVERSTATE_H
#define SOZIALRAUM_GAPS_COVERSTATE_H

// Internal to the covering models (MCLP, LSCP and their exact solvers); not part of the public API.

#include "gaps/locationproblem.h"

#include <cstdint>
#include <vector>

namespace sozialraum::gaps
{

/**
 * Incremental coverage of a set of chosen candidate sites: per demand point how many chosen
 * sites cover it (cost <= radius), per candidate the value it would newly cover if added.
 * Adding or removing a site costs the pairs of its covered demand points times their
 * candidates, never a recomputation. A demand point's value is 0 when it needs no cover
 * (weight 0, or within the radius of an existing facility).
 */
class CoverState
{
public:
  //! Values per demand point; empty = the problem's weights.
  CoverState( const LocationProblem &problem, double radius, std::vector<double> values = std::vector<double>() );

  double radius() const { return mRadius; }
  double value( Index demand ) const { return mValue[ demand ]; }
  double coveredValue() const { return mCoveredValue; }
  //! Value a candidate would newly cover if it were added (meaningless for a chosen one).
  double gain( Index candidate ) const { return mGain[ candidate ]; }
  bool isChosen( Index candidate ) const { return mChosen[ candidate ] != 0; }
  std::uint32_t coverCount( Index demand ) const { return mCount[ demand ]; }
  const std::vector<Index> &chosen() const { return mChosenList; }

  void add( Index candidate );
  void remove( Index candidate );

  /**
   * The best swap of chosen site \a out with an unchosen candidate: returns the candidate (lowest
   * index among equals) and sets \a delta to the change of the covered value; kNoIndex when no
   * unchosen candidate exists.
   */
  Index bestSwapFor( Index out, double &delta );

  //! Ranks a set by greedy order on a fresh state: each site with what it adds given those before it.
  static std::vector<ChosenSite> rank( const LocationProblem &problem, double radius, const std::vector<Index> &sites,
                                       double tolerance );

private:
  const LocationProblem &mProblem;
  const CostTable &mCosts;
  double mRadius = 0.0;
  std::vector<double> mValue;
  std::vector<std::uint32_t> mCount;
  std::vector<double> mGain;
  std::vector<char> mChosen;
  std::vector<Index> mChosenList;
  double mCoveredValue = 0.0;
  // Scratch for bestSwapFor.
  std::vector<double> mExtra;
  std::vector<Index> mTouched;
};

/**
 * Fills a covering solution's totals from its ranked sites: total weight, covered before (existing
 * facilities), covered after (before + the sites' gains), and the demand no candidate covers.
 */
void summarizeCovering( const LocationProblem &problem, double radius, CoveringSolution &solution );

} // namespace sozialraum::gaps

#endif
