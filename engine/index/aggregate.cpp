#include "index/aggregate.h"

#include "common/format.h"

#include "index/indexerror.h"
#include "index/normalize.h"

#include <Eigen/Dense>

#include <cmath>
#include <limits>
#include <sstream>

namespace sozialraum::index
{

namespace
{
const double NaN = std::numeric_limits<double>::quiet_NaN();

std::string childName( const std::vector<std::string> &names, std::size_t c )
{
  return c < names.size() ? names[ c ] : "child " + std::to_string( c + 1 );
}

//! Index of the loading with the largest absolute value (first one on ties): breaks the sign tie when loadings sum to
//! 0.
Eigen::Index firstLargest( const Eigen::VectorXd &v )
{
  Eigen::Index best = 0;
  for ( Eigen::Index i = 1; i < v.size(); ++i )
  {
    if ( std::fabs( v( i ) ) > std::fabs( v( best ) ) + 1e-12 )
      best = i;
  }
  return best;
}

void principalComponent( const std::vector<const std::vector<double> *> &children, const std::vector<char> &included,
                         const std::string &nodeId, const std::vector<std::string> &childNames,
                         std::vector<double> &out, PcaResult *result )
{
  const std::size_t k = children.size();
  const std::size_t n = included.size();
  std::vector<std::size_t> rows;
  for ( std::size_t i = 0; i < n; ++i )
  {
    bool complete = included[ i ];
    for ( std::size_t c = 0; complete && c < k; ++c )
      complete = std::isfinite( ( *children[ c ] )[ i ] );
    if ( complete )
      rows.push_back( i );
  }
  const std::size_t m = rows.size();
  if ( m < 3 )
    throw IndexError( "node \"" + nodeId + "\": only " + std::to_string( m ) +
                      " included area(s) have a value in every indicator; the principal component needs at least 3" );

  Eigen::MatrixXd z( m, k );
  for ( std::size_t c = 0; c < k; ++c )
  {
    double mean = 0;
    for ( std::size_t r = 0; r < m; ++r )
      mean += ( *children[ c ] )[ rows[ r ] ];
    mean /= static_cast<double>( m );
    double squares = 0;
    for ( std::size_t r = 0; r < m; ++r )
    {
      const double d = ( *children[ c ] )[ rows[ r ] ] - mean;
      squares += d * d;
    }
    const double sd = std::sqrt( squares / static_cast<double>( m ) );
    if ( !( sd > 0 ) )
      throw IndexError( "\"" + childName( childNames, c ) +
                        "\" has the same value in every included area; it cannot be standardized for the principal "
                        "component of node \"" +
                        nodeId + "\" — remove it from the index" );
    for ( std::size_t r = 0; r < m; ++r )
      z( static_cast<Eigen::Index>( r ), static_cast<Eigen::Index>( c ) ) =
          ( ( *children[ c ] )[ rows[ r ] ] - mean ) / sd;
  }

  const Eigen::MatrixXd correlation = ( z.transpose() * z ) / static_cast<double>( m );
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver( correlation );
  if ( solver.info() != Eigen::Success )
    throw IndexError( "node \"" + nodeId +
                      "\": the principal component could not be computed (eigen decomposition failed)" );
  // eigenvalues come in increasing order: the first component is the last column
  Eigen::VectorXd loadings = solver.eigenvectors().col( static_cast<Eigen::Index>( k - 1 ) );
  // higher = more disadvantage: the loadings should point the way most children point
  const double direction = loadings.sum();
  if ( direction < -1e-12 || ( std::fabs( direction ) <= 1e-12 && loadings( firstLargest( loadings ) ) < 0 ) )
    loadings = -loadings;
  const Eigen::VectorXd scores = z * loadings;
  for ( std::size_t r = 0; r < m; ++r )
    out[ rows[ r ] ] = scores( static_cast<Eigen::Index>( r ) );

  if ( result )
  {
    result->loadings.assign( loadings.data(), loadings.data() + k );
    result->eigenvalue = solver.eigenvalues()( static_cast<Eigen::Index>( k - 1 ) );
    result->explainedVariance = result->eigenvalue / correlation.trace();
    result->rowCount = m;
  }
}
} // namespace

const NameTable<Aggregation> &aggregationNames()
{
  static const NameTable<Aggregation> names{
      { "sum", Aggregation::Sum },
      { "weighted_mean", Aggregation::WeightedMean },
      { "geometric_mean", Aggregation::GeometricMean },
      { "pca", Aggregation::Pca },
  };
  return names;
}

void aggregateInto( const std::vector<const std::vector<double> *> &children, const std::vector<double> &weights,
                    const std::vector<char> &included, const AggregationSpec &spec, const std::string &nodeId,
                    const std::vector<std::string> &childNames, std::vector<double> &out, PcaResult *pca )
{
  const std::size_t k = children.size();
  const std::size_t n = included.size();
  if ( k == 0 )
    throw IndexError( "node \"" + nodeId + "\" has nothing to aggregate" );
  if ( weights.size() != k )
    throw IndexError( "node \"" + nodeId + "\" has " + std::to_string( k ) + " indicators but " +
                      std::to_string( weights.size() ) + " weights; give one weight per indicator" );
  for ( std::size_t c = 0; c < k; ++c )
  {
    if ( children[ c ]->size() != n )
      throw IndexError( "node \"" + nodeId + "\": \"" + childName( childNames, c ) + "\" has " +
                        std::to_string( children[ c ]->size() ) + " values for " + std::to_string( n ) + " rows" );
  }
  double weightSum = 0;
  for ( double w : weights )
    weightSum += w;

  out.assign( n, NaN );
  if ( spec.method == Aggregation::Pca )
  {
    principalComponent( children, included, nodeId, childNames, out, pca );
  }
  else
  {
    if ( spec.method != Aggregation::Sum && !( weightSum > 0 ) )
      throw IndexError( "node \"" + nodeId + "\": the weights add up to " + formatNumber( weightSum ) +
                        "; they must add up to more than 0" );
    for ( std::size_t i = 0; i < n; ++i )
    {
      if ( !included[ i ] )
        continue;
      double acc = 0;
      bool complete = true;
      for ( std::size_t c = 0; c < k; ++c )
      {
        const double v = ( *children[ c ] )[ i ];
        if ( !std::isfinite( v ) )
        {
          complete = false;
          break;
        }
        if ( spec.method == Aggregation::GeometricMean )
        {
          if ( !( v > 0 ) )
            throw IndexError( "node \"" + nodeId + "\": the geometric mean needs values above 0, but \"" +
                                  childName( childNames, c ) + "\" is " + formatNumber( v ) + " in row " +
                                  std::to_string( i ) +
                                  "; use another aggregation, or a normalization whose values are all above 0",
                              static_cast<long long>( i ) );
          acc += weights[ c ] * std::log( v );
        }
        else
        {
          acc += weights[ c ] * v;
        }
      }
      if ( !complete )
        continue;
      switch ( spec.method )
      {
      case Aggregation::Sum:
        out[ i ] = acc;
        break;
      case Aggregation::WeightedMean:
        out[ i ] = acc / weightSum;
        break;
      case Aggregation::GeometricMean:
        out[ i ] = std::exp( acc / weightSum );
        break;
      case Aggregation::Pca:
        break;
      }
    }
  }

  if ( spec.round >= 0 )
  {
    for ( double &v : out )
      v = roundTo( v, spec.round );
  }
}

std::vector<double> aggregate( const std::vector<std::vector<double>> &children, const std::vector<double> &weights,
                               const std::vector<char> &included, const AggregationSpec &spec, PcaResult *pca,
                               const std::string &nodeId, const std::vector<std::string> &childNames )
{
  std::vector<const std::vector<double> *> pointers;
  for ( const auto &child : children )
    pointers.push_back( &child );
  std::vector<double> out;
  aggregateInto( pointers, weights, included, spec, nodeId, childNames, out, pca );
  return out;
}

} // namespace sozialraum::index
