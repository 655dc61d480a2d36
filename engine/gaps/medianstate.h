#ifndef SOZIALRAUM_GAPS_MEDIANSTATE_H
#define SOZIALRAUM_GAPS_MEDIANSTATE_H

// Internal to the p-median models; not part of the public API.

#include "gaps/locationproblem.h"

#include <vector>

namespace sozialraum::gaps
{

/**
 * Per demand point the nearest and second-nearest service among the chosen sites and the
 * point's base (its existing facility or the penalty), with the objective
 * sum_k w_k · nearest_k.
 */
class MedianState
{
public:
  explicit MedianState( const LocationProblem &problem );

  double penaltyCost() const { return mPenalty; }
  double base( Index demand ) const { return mBase[ demand ]; }
  double objective() const;
  bool isChosen( Index candidate ) const { return mChosen[ candidate ] != 0; }
  const std::vector<Index> &chosen() const { return mChosenList; }

  //! Weighted cost a candidate would save if added: sum_k w_k max(0, nearest_k - d_kc).
  double saving( Index candidate ) const;

  void add( Index candidate );
  void remove( Index candidate );
  //! Rebuilds nearest and second-nearest of every demand point (after remove()).
  void refresh();

  //! What one demand point needs in the inner loops, together in one cache line.
  struct Service
  {
    double nearest = 0.0; //!< cost to the nearest chosen site or the base
    double second = 0.0;  //!< cost to the second nearest (kNoCost if none)
    double weight = 0.0;
    Index server = kNoIndex; //!< the chosen site at `nearest`; kNoIndex when the base serves
  };

  const Service &service( Index demand ) const { return mService[ demand ]; }
  double nearest( Index demand ) const { return mService[ demand ].nearest; }
  double secondNearest( Index demand ) const { return mService[ demand ].second; }
  //! The chosen site serving a demand point; kNoIndex when its base serves it.
  Index server( Index demand ) const { return mService[ demand ].server; }

  //! Ranks a set by greedy order on a fresh state: each site with the cost it saves given those before it.
  static std::vector<ChosenSite> rank( const LocationProblem &problem, const std::vector<Index> &sites,
                                       double tolerance );

private:
  const LocationProblem &mProblem;
  const CostTable &mCosts;
  double mPenalty = 0.0;
  std::vector<double> mBase;
  std::vector<Service> mService;
  std::vector<char> mChosen;
  std::vector<Index> mChosenList;
};

/**
 * Fills a p-median solution from the final state: the ranked sites, the objective before
 * (existing facilities only) and after, the penalty, the assignment and the unreached weight.
 */
void summarizeMedian( const LocationProblem &problem, const MedianState &state, double tolerance,
                      MedianSolution &solution );

} // namespace sozialraum::gaps

#endif
