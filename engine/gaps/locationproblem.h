#ifndef SOZIALRAUM_GAPS_LOCATIONPROBLEM_H
#define SOZIALRAUM_GAPS_LOCATIONPROBLEM_H

#include "gaps/costtable.h"

#include <vector>

namespace sozialraum::gaps
{

/**
 * The data of the location models (methods.md §2.5): demand points k with weights w_k >= 0
 * (population, or population × need), candidate sites j, and the cost table between them
 * (demand points × candidates; pairs absent = unreachable). Existing facilities serve too:
 * they enter as each demand point's cost to the nearest existing facility.
 *
 * Holds a reference to the cost table: keep the table alive while the problem is used.
 */
class LocationProblem
{
public:
  //! Throws GapsError when the weights do not match the table's demand points or one is negative or not finite.
  LocationProblem( const CostTable &candidateCosts, std::vector<double> weights );

  //! Existing facilities as a cost table demand points × existing facilities (only each point's nearest cost is kept).
  void setExistingFacilities( const CostTable &existingCosts );
  //! Or directly: per demand point the cost to the nearest existing facility (kNoCost: none).
  void setExistingCost( std::vector<double> nearestExistingCost );

  const CostTable &costs() const { return *mCosts; }
  const std::vector<double> &weights() const { return mWeights; }
  std::size_t demandCount() const { return mWeights.size(); }
  std::size_t candidateCount() const { return mCosts->supplyCount(); }
  double totalWeight() const { return mTotalWeight; }

  //! Cost from demand point \a demand to its nearest existing facility; kNoCost when there is none.
  double existingCost( Index demand ) const { return mExistingCost.empty() ? kNoCost : mExistingCost[ demand ]; }
  bool hasExistingFacilities() const { return !mExistingCost.empty(); }

  //! Throws GapsError unless 1 <= \a sites <= candidateCount(): "P (3) is larger than the number of candidate sites
  //! (2)".
  void checkSiteCount( std::size_t sites ) const;
  //! Throws GapsError unless the radius is larger than zero.
  static void checkRadius( double radius );

private:
  const CostTable *mCosts = nullptr;
  std::vector<double> mWeights;
  std::vector<double> mExistingCost;
  double mTotalWeight = 0.0;
};

//! A site of a solution and what it adds given the sites listed before it.
struct ChosenSite
{
  Index candidate = kNoIndex;
  double gain = 0.0; //!< covering: weight newly covered; p-median: weighted cost saved
};

/**
 * Result of a covering model (MCLP, LSCP). Sites are listed by priority: the first is the site
 * that adds most on its own, each next one the one that adds most given those before it (for the
 * heuristics: the greedy order of the final, swap-improved set). Gains add up to
 * coveredAfter - coveredBefore.
 */
struct CoveringSolution
{
  std::vector<ChosenSite> sites;
  double totalWeight = 0.0;
  double coveredBefore = 0.0;     //!< weight within the radius of an existing facility
  double coveredAfter = 0.0;      //!< weight within the radius of an existing facility or a chosen site
  double uncoverableWeight = 0.0; //!< weight that neither an existing facility nor any candidate covers
  std::vector<Index> uncoverable; //!< those demand points (weight > 0 only)
  std::size_t swaps = 0;          //!< improving swaps made by the heuristic (all its local searches)
  std::size_t starts = 0;         //!< local searches the heuristic ran (restarts and perturbations included)
  bool canceled = false;
};

/**
 * Result of the p-median model. The objective is sum_k w_k · c_k with c_k the cost to the
 * nearest chosen site or existing facility. A demand point that neither reaches (not in the
 * table) is charged penaltyCost = 2 × the largest cost of the tables, so that reaching it is
 * worth more than any other improvement; its weight is reported in unreachedWeight.
 * Sites are ranked as in CoveringSolution; gains (costs saved) add up to costBefore - costAfter.
 */
struct MedianSolution
{
  std::vector<ChosenSite> sites;
  double costBefore = 0.0; //!< objective with the existing facilities only
  double costAfter = 0.0;  //!< objective with the chosen sites
  double penaltyCost = 0.0;
  double unreachedWeight = 0.0; //!< weight charged the penalty after the choice
  std::vector<Index>
      assignedSite;       //!< per demand point the chosen site serving it; kNoIndex: an existing facility or none
  std::size_t swaps = 0;  //!< improving swaps made by the heuristic (all its local searches)
  std::size_t starts = 0; //!< local searches the heuristic ran
  bool canceled = false;
};

} // namespace sozialraum::gaps

#endif
