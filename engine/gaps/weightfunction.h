#ifndef SOZIALRAUM_GAPS_WEIGHTFUNCTION_H
#define SOZIALRAUM_GAPS_WEIGHTFUNCTION_H

#include <string>
#include <vector>

namespace sozialraum::gaps
{

//! One step of a step weight: the weight of every cost up to and including \a upperBound.
struct WeightStep
{
  double upperBound = 0.0;
  double weight = 0.0;
};

//! The step weight of Luo and Qi's E2SFCA, PySAL access's default for enhanced_two_stage_fca.
constexpr const char *kEnhancedTwoStepSteps = "10:1,20:0.68,30:0.22";
//! PySAL access's default step weight for three_stage_fca (after Wan, Zou and Sternberg 2012).
constexpr const char *kThreeStepSteps = "10:0.962,20:0.704,30:0.377,60:0.042";

/**
 * A distance-decay weight W(d) for the floating catchment methods. A value type; the factory
 * functions check their parameters and throw GapsError.
 *
 * - binary: W = 1 (the classic 2SFCA; the catchment cut does the rest).
 * - steps: the weight of the first step whose upper bound is >= d, 0 beyond the last step
 *   (PySAL access weights.step_fn: `d <= bound`).
 * - gaussian(sigma): W = exp(-d^2 / (2 sigma^2)), W(0) = 1, never 0 (PySAL access weights.gaussian).
 * - gaussianNormalized(d0): W = (exp(-1/2 (d/d0)^2) - exp(-1/2)) / (1 - exp(-1/2)) for d <= d0,
 *   0 beyond: the Gaussian 2SFCA of Dai (2010), 1 at d = 0 and exactly 0 at d = d0.
 * - gravity(scale, alpha, minCost): W = (max(d, minCost) / scale)^alpha (PySAL access weights.gravity;
 *   alpha is usually negative).
 */
class WeightFunction
{
public:
  enum class Kind
  {
    Binary,
    Steps,
    Gaussian,
    GaussianNormalized,
    Gravity,
  };

  //! The binary weight.
  WeightFunction() = default;

  static WeightFunction binary() { return WeightFunction(); }
  //! Steps with strictly ascending upper bounds >= 0 and weights >= 0.
  static WeightFunction steps( const std::vector<WeightStep> &steps );
  //! Parses steps written as "10:1,20:0.68,30:0.22" (cost:weight pairs, ascending; a decimal point, never a comma).
  static WeightFunction parseSteps( const std::string &text );
  static WeightFunction gaussian( double sigma );
  static WeightFunction gaussianNormalized( double catchment );
  static WeightFunction gravity( double scale, double alpha, double minCost = 0.0 );

  Kind kind() const { return mKind; }

  //! W(d) for a cost d >= 0.
  double weight( double cost ) const;
  double operator()( double cost ) const { return weight( cost ); }

  /**
   * The largest cost with a non-zero weight: the last step's upper bound, d0 of the normalized
   * Gaussian, infinity for the others. The catchment of a step weight when none is given.
   */
  double reach() const;

  const std::vector<WeightStep> &stepList() const { return mSteps; }

  //! For a log: "steps 10:1,20:0.68,30:0.22", "gaussian sigma=600", ...
  std::string description() const;

private:
  Kind mKind = Kind::Binary;
  std::vector<WeightStep> mSteps;
  double mA = 0.0; // sigma, d0 or scale
  double mB = 0.0; // alpha
  double mC = 0.0; // minimum cost
};

} // namespace sozialraum::gaps

#endif
