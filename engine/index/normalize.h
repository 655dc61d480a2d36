#pragma once

#include "index/names.h"

#include <cstddef>
#include <string>
#include <vector>

namespace sozialraum::index
{

/**
 * Normalizations of one indicator column. Statistics (mean, sd, min, max,
 * ranks, median) are taken over the included rows with a finite value only;
 * excluded and missing rows get NaN.
 */
enum class Normalization
{
  None,           //!< value as is
  ZScore,         //!< (x - mean) / sd with the POPULATION sd (divide by n), as Berlin's MSS does
  MinMax,         //!< (x - min) / (max - min)
  PercentileRank, //!< (number of valid values strictly below x) / (n - 1): ties get the lowest rank (CDC SVI)
  Rank,           //!< 1 = smallest; ties as RankTies
  RobustZ,        //!< (x - median) / (1.4826 * MAD)
  ImdExponential, //!< English IMD: R = rank / n (R = 1 for the largest), X = -23 ln(1 - R (1 - e^(-100/23)))
  Log10,          //!< log10(x), or log10(x + 1) with log10AddOne; x <= 0 gets no value
  Sigmoid,        //!< 1 / (1 + e^-x)
};

enum class RankTies
{
  Average,
  Min,
  Max,
  Dense,
  Ordinal, //!< ties ranked in row order
};

struct NormalizationSpec
{
  Normalization method = Normalization::None;
  RankTies ties = RankTies::Average; //!< for Rank and ImdExponential
  int round = -1;                    //!< decimals to round the result to; -1 keeps full precision (SVI: 4)
  bool log10AddOne = false;          //!< log10(x + 1), so that zeros keep a value
};

const NameTable<Normalization> &normalizationNames();
const NameTable<RankTies> &rankTiesNames();
std::string normalizationName( Normalization method );

//! Scratch buffers, reused between calls so that repeated evaluations (sensitivity runs) do not allocate.
struct Workspace
{
  std::vector<double> values;
  std::vector<double> sorted;
  std::vector<std::size_t> rows;
  std::vector<std::size_t> order;
  std::vector<double> ranks;
};

//! Rounds half away from zero to the given number of decimals; decimals < 0 returns value unchanged.
double roundTo( double value, int decimals );

//! Mean and population standard deviation (divide by n) of the included finite values.
struct Moments
{
  std::size_t count = 0;
  double mean = 0;
  double sd = 0;
};
Moments populationMoments( const std::vector<double> &values, const std::vector<char> &included );

/**
 * Normalizes values into out (same length; NaN where excluded or missing).
 *
 * invert: for indicators where a higher value means less disadvantage. The
 * normalization is applied to -x, so z(-x) = -z(x), minmax(-x) = 1 - minmax(x),
 * a percentile rank counts the values strictly above x and rank 1 is the
 * largest x. Log10 is undefined for -x: there the result is negated instead.
 *
 * subject names the column in messages, e.g. `indicator "S1"`. Throws IndexError
 * when fewer than 3 included rows have a value (for the methods that need
 * statistics) or the column cannot be standardized (zero variance, MAD = 0).
 */
void normalizeInto( const std::vector<double> &values, const std::vector<char> &included, const NormalizationSpec &spec,
                    bool invert, const std::string &subject, std::vector<double> &out, Workspace &workspace );

//! Convenience form of normalizeInto().
std::vector<double> normalize( const std::vector<double> &values, const std::vector<char> &included,
                               const NormalizationSpec &spec, bool invert = false,
                               const std::string &subject = "indicator" );

//! Ranks of values (ascending, 1 = smallest) with the tie rule, written into ranks; order receives the sorting
//! permutation.
void rankValues( const std::vector<double> &values, RankTies ties, std::vector<std::size_t> &order,
                 std::vector<double> &ranks );

} // namespace sozialraum::index
