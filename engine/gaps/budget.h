#ifndef SOZIALRAUM_GAPS_BUDGET_H
#define SOZIALRAUM_GAPS_BUDGET_H

#include "gaps/costtable.h"

#include <limits>
#include <string>
#include <vector>

namespace sozialraum::gaps
{

struct BudgetOptions
{
  double budget = 0.0;
  double minPerArea = 0.0;
  double maxPerArea = std::numeric_limits<double>::infinity();
  //! Amounts are whole multiples of this (1 = whole euros). The budget must be a multiple of it;
  //! minPerArea is rounded up and maxPerArea down to it, so rounded amounts keep the bounds.
  double roundTo = 1.0;
};

struct BudgetAllocation
{
  std::vector<double> amounts;   //!< rounded; they add up to the budget exactly
  std::vector<double> unrounded; //!< the proportional amounts within the bounds, before rounding
  std::vector<char> atMinimum;   //!< 1 where the minimum applies (the proportional share was below it)
  std::vector<char> atMaximum;   //!< 1 where the maximum applies
  std::size_t rounds = 0;        //!< redistribution rounds
};

/**
 * Splits a budget over areas in proportion to their weights (methods.md §3), with a minimum
 * and a maximum per area: amount_i = clamp(lambda · w_i, min, max), lambda such that the
 * amounts add up to the budget. Found by redistribution: the areas left free share what
 * remains in proportion to their weights; areas whose share falls outside the bounds are
 * fixed at the bound (those below the minimum when the shortfall below the minimums outweighs
 * the excess above the maximums, else those above the maximum) and the rest is shared again.
 * Free areas whose weights are all 0 share what remains equally.
 *
 * Rounding to whole units by the largest-remainder method (Hamilton): every area gets its
 * rounded-down amount, and the units left go to the largest remainders (ties: the lower index),
 * so the amounts add up to the budget exactly.
 *
 * Throws GapsError when there are no areas, a weight is negative or not finite, min > max,
 * n · min > budget ("the minimums already exceed the budget") or n · max < budget.
 */
BudgetAllocation allocateBudget( const std::vector<double> &weights, const BudgetOptions &options );

/**
 * Splits \a budget into whole multiples of \a roundTo in proportion to \a shares (for example
 * Bremen 0.8, Bremerhaven 0.2), by the largest remainder, summing exactly. Shares must be >= 0
 * and add up to 1 (within 1e-9).
 */
std::vector<double> splitByShares( double budget, const std::vector<double> &shares, double roundTo = 1.0 );

/**
 * The budget split first over groups by \a groupShares (splitByShares), then within each group
 * over its areas (allocateBudget with the same minimum, maximum and rounding). \a groupOfArea
 * gives each area's group (an index into \a groupShares). Messages name a group by \a groupNames
 * where given (the names planners wrote, e.g. "Bremerhaven"), by its number otherwise.
 */
BudgetAllocation allocateBudgetByGroup( const std::vector<double> &weights, const std::vector<Index> &groupOfArea,
                                        const std::vector<double> &groupShares, const BudgetOptions &options,
                                        const std::vector<std::string> &groupNames = {} );

} // namespace sozialraum::gaps

#endif
