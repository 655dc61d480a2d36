#ifndef SOZIALRAUM_GAPS_CATCHMENT_H
#define SOZIALRAUM_GAPS_CATCHMENT_H

#include "gaps/costtable.h"
#include "gaps/feedback.h"
#include "gaps/weightfunction.h"

#include <string>
#include <vector>

namespace sozialraum::gaps
{

/**
 * Floating catchment methods (methods.md §2.4), with the formulas and weight conventions of
 * PySAL access (fca.py, weights.py). Demand P_k at demand points k, supply S_j at facilities j,
 * cost d_kj from the CostTable (pairs absent = unreachable), a weight W_kj = W(d_kj) and the
 * catchment d0. "Within" means d_kj <= d0 (CutoffRule::Inclusive) or d_kj < d0 (Exclusive).
 *
 * Two-step (2SFCA, E2SFCA, Gaussian 2SFCA: the weight makes the difference):
 *   R_j = S_j / D_j,  D_j = sum_{k within} P_k W_kj          (demand in the catchment)
 *   A_k = sum_{j within} R_j W_kj
 *   With the binary weight this is Luo and Wang's 2SFCA; with steps Luo and Qi's E2SFCA.
 *
 * Three-step (3SFCA, Wan, Zou and Sternberg 2012), as PySAL access's three_stage_fca:
 *   G_kj = W_kj / sum_{j'} W_kj'   (selection weight; PySAL sums over all pairs of k in the cost
 *                                   table, SelectionScope::AllPairs, not only those within d0)
 *   D_j = sum_{k within} G_kj P_k W_kj,   R_j = S_j / D_j
 *   A_k = sum_{j within} G_kj R_j W_kj
 *   G_kj = 0 where the sum of k's weights is 0.
 *
 * Where PySAL access is silent or differs:
 * - PySAL cuts at max_cost with a strict `cost < max_cost`; methods.md and Luo and Wang use
 *   d <= d0. The default here is Inclusive (d <= d0); CutoffRule::Exclusive reproduces
 *   PySAL's two_stage_fca(max_cost = d0) on ties. A step weight applies `d <= bound`, and a
 *   step weight without an explicit catchment is cut at its last step, inclusive: the same as
 *   PySAL's enhanced_two_stage_fca / three_stage_fca without max_cost.
 * - A facility with no demand in its catchment (D_j = 0, including one that nobody reaches) has
 *   no ratio: supplyRatio is NaN and it adds nothing to anyone's access (PySAL divides by zero
 *   and may give inf). Such facilities are counted in facilitiesWithoutDemand.
 * - A demand point that reaches no facility within the catchment gets A_k = 0 and
 *   covered = false (PySAL leaves it NaN).
 * - access_norm = A_k / (sum_k P_k A_k / sum_k P_k): 1.0 is the demand-weighted city mean
 *   (PySAL access's normalized_access). NaN when that mean is 0.
 */
enum class CatchmentMethod
{
  TwoStep,   //!< 2SFCA / E2SFCA / Gaussian 2SFCA, by the weight
  ThreeStep, //!< 3SFCA with selection weights
};

enum class CutoffRule
{
  Inclusive, //!< within = d <= d0 (methods.md; default)
  Exclusive, //!< within = d < d0 (PySAL access's max_cost)
};

//! Which of a demand point's pairs the 3SFCA selection weight G sums over.
enum class SelectionScope
{
  AllPairs,        //!< every facility of the cost table (PySAL access)
  WithinCatchment, //!< only facilities within d0 (G then sums to 1 over the facilities used)
};

struct CatchmentOptions
{
  CatchmentMethod method = CatchmentMethod::TwoStep;
  WeightFunction weight;
  //! d0 in the unit of the costs; 0 = the weight's reach() (the last step of a step weight). Infinity = no cut.
  double catchment = 0.0;
  CutoffRule cutoff = CutoffRule::Inclusive;
  SelectionScope selection = SelectionScope::AllPairs;

  //! 2SFCA (binary weight).
  static CatchmentOptions twoStep( double catchment );
  //! E2SFCA with step weights such as "10:1,20:0.68,30:0.22"; the catchment is the last step.
  static CatchmentOptions enhancedTwoStep( const std::string &steps = kEnhancedTwoStepSteps );
  //! Gaussian 2SFCA with PySAL's weight exp(-d^2 / (2 sigma^2)), cut at the catchment.
  static CatchmentOptions gaussianTwoStep( double catchment, double sigma );
  //! Gaussian 2SFCA after Dai (2010): the Gaussian normalized to 1 at d = 0 and 0 at d = d0.
  static CatchmentOptions normalizedGaussianTwoStep( double catchment );
  //! 3SFCA; by default with PySAL's steps "10:0.962,20:0.704,30:0.377,60:0.042" and their last step as catchment.
  static CatchmentOptions threeStep( const WeightFunction &weight = WeightFunction::parseSteps( kThreeStepSteps ),
                                     double catchment = 0.0 );

  //! d0 as used: catchment, else the weight's reach(). Throws GapsError when that is not larger than zero.
  double effectiveCatchment() const;

  //! For a log: "2SFCA, binary, catchment 600".
  std::string description() const;
};

struct CatchmentResult
{
  // Per demand point.
  std::vector<double> access;      //!< A_k (0 where no facility is within the catchment)
  std::vector<double> accessNorm;  //!< A_k / weightedMeanAccess; NaN when the mean is 0
  std::vector<double> nearestCost; //!< smallest cost to any facility in the table (within d0 or not); kNoCost if none
  std::vector<char> covered;       //!< 1 if any facility is within the catchment

  // Per facility.
  std::vector<double> supplyRatio;       //!< R_j; NaN where there is no demand in the catchment
  std::vector<double> demandInCatchment; //!< D_j, the denominator of R_j (3SFCA: with selection weights)

  double catchment = 0.0;          //!< d0 as used
  double weightedMeanAccess = 0.0; //!< sum P_k A_k / sum P_k
  double totalDemand = 0.0;
  double coveredDemand = 0.0; //!< demand of covered points
  double totalSupply = 0.0;
  double supplyWithDemand = 0.0;           //!< capacity of facilities with a ratio: sum_j R_j D_j equals it
  std::size_t demandUncovered = 0;         //!< demand points with no facility within the catchment
  std::size_t facilitiesWithoutDemand = 0; //!< facilities without a ratio (D_j = 0)
  std::size_t facilitiesUnreached = 0;     //!< of those, facilities with no demand point at all within the catchment
  bool canceled = false;
};

/**
 * Computes a floating catchment method. \a demand has one value per demand point of \a costs,
 * \a capacity one per facility (missing capacity: pass 0 and tell the user). Throws GapsError
 * for a size mismatch, a negative or non-finite demand or capacity, or a catchment that is not
 * larger than zero.
 */
CatchmentResult computeCatchment( const CostTable &costs, const std::vector<double> &demand,
                                  const std::vector<double> &capacity, const CatchmentOptions &options,
                                  const RunFeedback &feedback = RunFeedback() );

struct CatchmentScenario
{
  CatchmentResult baseline;         //!< existing facilities only (planned ones take no part, their ratio is NaN)
  CatchmentResult scenario;         //!< existing and planned facilities
  std::vector<double> accessChange; //!< scenario.access - baseline.access
  bool canceled = false;
};

/**
 * A planning scenario: \a costs and \a capacity cover existing and planned facilities, and
 * \a planned marks the planned ones (1). The baseline runs as if they did not exist (they are
 * neither counted for nearest cost nor for coverage nor in 3SFCA's selection weights).
 * scenario.accessNorm is relative to the scenario's own mean; to read the scenario on today's
 * scale divide scenario.access by baseline.weightedMeanAccess.
 */
CatchmentScenario computeCatchmentScenario( const CostTable &costs, const std::vector<double> &demand,
                                            const std::vector<double> &capacity, const std::vector<char> &planned,
                                            const CatchmentOptions &options,
                                            const RunFeedback &feedback = RunFeedback() );

} // namespace sozialraum::gaps

#endif
