#pragma once

#include "index/names.h"

#include <cstddef>
#include <string>
#include <vector>

namespace sozialraum::index
{

/**
 * How a node combines its children. A row gets no value when any child has
 * none (the caller's notes say which input was missing).
 */
enum class Aggregation
{
  Sum,           //!< sum of w_i * x_i; with the default weights 1 a plain sum (exact, as CDC's SPL sums need)
  WeightedMean,  //!< sum(w_i x_i) / sum(w_i)
  GeometricMean, //!< exp(sum(w_i ln x_i) / sum(w_i)); values must be > 0
  Pca,           //!< first principal component of the standardized children; weights are ignored
};

struct AggregationSpec
{
  Aggregation method = Aggregation::Sum;
  int round = -1; //!< decimals; CDC rounds SPL sums to 4 BEFORE ranking them (0.1 + 0.2 != 0.3)
};

const NameTable<Aggregation> &aggregationNames();

/**
 * What the first principal component found. loadings is the unit eigenvector
 * of the correlation matrix (one entry per child), oriented so that its sum is
 * positive (a sum of 0: the largest loading positive), so that a higher score
 * means more disadvantage when the children point that way. The score is the standardized children (population sd)
 * times the loadings.
 */
struct PcaResult
{
  std::vector<double> loadings;
  double eigenvalue = 0;
  double explainedVariance = 0; //!< eigenvalue / number of children: share of the total variance
  std::size_t rowCount = 0;     //!< rows with a value in every child
};

/**
 * Aggregates the children columns (all of the same length as included) into out.
 * weights has one entry per child. nodeId and childNames name things in errors.
 * pca receives the component when the method is Pca (may be nullptr).
 * Throws IndexError for a geometric mean over a value <= 0 (naming child and row;
 * IndexError::row() holds the row), and for PCA over fewer than 3 complete rows
 * or a child without variance.
 */
void aggregateInto( const std::vector<const std::vector<double> *> &children, const std::vector<double> &weights,
                    const std::vector<char> &included, const AggregationSpec &spec, const std::string &nodeId,
                    const std::vector<std::string> &childNames, std::vector<double> &out, PcaResult *pca = nullptr );

//! Convenience form of aggregateInto() for columns held by value.
std::vector<double> aggregate( const std::vector<std::vector<double>> &children, const std::vector<double> &weights,
                               const std::vector<char> &included, const AggregationSpec &spec, PcaResult *pca = nullptr,
                               const std::string &nodeId = "index", const std::vector<std::string> &childNames = {} );

} // namespace sozialraum::index
