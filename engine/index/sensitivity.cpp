#include "index/sensitivity.h"

#include "index/evaluator.h"
#include "index/indexerror.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <random>

namespace sozialraum::index
{

namespace
{
const double NaN = std::numeric_limits<double>::quiet_NaN();

bool usesGeometricMean( const IndexNode &node )
{
  if ( !node.isLeaf() && node.aggregation.method == Aggregation::GeometricMean )
    return true;
  for ( const IndexNode &child : node.children )
  {
    if ( usesGeometricMean( child ) )
      return true;
  }
  return false;
}

//! Number of values at or below the nearest-rank percentile p (in %) of count values: ceil(p * count / 100).
std::size_t nearestRank( int percent, int count )
{
  return static_cast<std::size_t>( ( static_cast<long long>( percent ) * count + 99 ) / 100 );
}

//! Keeps the `size` most extreme values seen so far in a heap whose top is the least extreme of them.
template <typename Compare>
void keepExtreme( double *heap, std::size_t size, std::size_t &filled, double value, Compare compare )
{
  if ( filled < size )
  {
    heap[ filled++ ] = value;
    std::push_heap( heap, heap + filled, compare );
  }
  else if ( compare( value, heap[ 0 ] ) )
  {
    std::pop_heap( heap, heap + size, compare );
    heap[ size - 1 ] = value;
    std::push_heap( heap, heap + size, compare );
  }
}
} // namespace

SensitivityResult runSensitivity( const IndexDefinition &definition, const IndicatorTable &table,
                                  const RowSelection &selection, const IndexResult &baseline,
                                  const SensitivitySpec &spec )
{
  const std::size_t n = table.rowCount();
  SensitivityResult result;
  result.classStability.assign( n, NaN );
  result.rankP05.assign( n, NaN );
  result.rankP95.assign( n, NaN );
  if ( spec.runs <= 0 )
    return result;
  if ( !( spec.weightFactorMin > 0 ) || !( spec.weightFactorMax >= spec.weightFactorMin ) )
    throw IndexError( "sensitivity: the weight factors must satisfy 0 < minimum <= maximum" );
  if ( baseline.score.size() != n || baseline.classes.size() != n )
    throw IndexError( "sensitivity: the baseline result does not belong to this table" );
  if ( spec.perturbNormalization && usesGeometricMean( definition.root ) )
    throw IndexError( "sensitivity: the normalization cannot be varied for an index with a geometric mean (z-scores, "
                      "min–max and percentile ranks include values of 0 or below); vary the weights only" );

  const std::vector<char> included = selection.mask( n );
  Evaluator evaluator( definition, table, included );
  std::vector<int> variants;
  if ( spec.perturbNormalization )
  {
    for ( Normalization method : { Normalization::ZScore, Normalization::MinMax, Normalization::PercentileRank } )
    {
      NormalizationSpec normalization;
      normalization.method = method;
      variants.push_back( evaluator.addLeafVariant( normalization ) );
    }
  }
  const std::vector<Evaluator::Node> &nodes = evaluator.nodes();
  const std::vector<double> baseWeights = evaluator.definitionWeights();
  std::vector<double> weights = baseWeights;

  std::vector<std::size_t> rows;
  for ( std::size_t r = 0; r < n; ++r )
  {
    if ( included[ r ] && std::isfinite( baseline.score[ r ] ) )
      rows.push_back( r );
  }

  const int runs = spec.runs;
  const std::size_t lowSize = nearestRank( 5, runs );
  const std::size_t highSize = static_cast<std::size_t>( runs ) - nearestRank( 95, runs ) + 1;
  std::vector<double> low( rows.size() * lowSize ), high( rows.size() * highSize );
  std::vector<std::size_t> lowFilled( rows.size(), 0 ), highFilled( rows.size(), 0 );
  std::vector<int> kept( rows.size(), 0 );

  const ClassificationMethod method = definition.classification.method;
  const bool hasClasses = method != ClassificationMethod::None;
  const bool fixedCuts = method == ClassificationMethod::Fixed || method == ClassificationMethod::MssStatus ||
                         method == ClassificationMethod::MssDynamics;
  Classification runClassification = baseline.classification;

  NormalizationSpec rankSpec;
  rankSpec.method = Normalization::Rank;
  rankSpec.ties = RankTies::Min;
  std::vector<double> ranks;
  Workspace workspace;

  std::mt19937_64 rng( spec.seed );
  auto uniform = [ &rng ]() { return static_cast<double>( rng() >> 11 ) * ( 1.0 / 9007199254740992.0 ); };
  const double span = spec.weightFactorMax - spec.weightFactorMin;

  for ( int run = 0; run < runs; ++run )
  {
    for ( const Evaluator::Node &node : nodes )
    {
      if ( node.children.empty() )
        continue;
      double before = 0, after = 0;
      for ( int c : node.children )
      {
        const std::size_t child = static_cast<std::size_t>( c );
        weights[ child ] = baseWeights[ child ] * ( spec.weightFactorMin + span * uniform() );
        before += baseWeights[ child ];
        after += weights[ child ];
      }
      for ( int c : node.children )
        weights[ static_cast<std::size_t>( c ) ] *= before / after;
    }
    const int variant = variants.empty() ? 0 : variants[ static_cast<std::size_t>( rng() % variants.size() ) ];
    evaluator.run( weights, variant, false );

    const std::vector<double> &score = evaluator.scaled( 0 );
    normalizeInto( score, included, rankSpec, true, "the index", ranks, workspace );
    if ( hasClasses && !fixedCuts )
      runClassification = buildClassification( definition.classification, score, included );

    for ( std::size_t q = 0; q < rows.size(); ++q )
    {
      const std::size_t r = rows[ q ];
      if ( !std::isfinite( score[ r ] ) )
        continue;
      if ( hasClasses && runClassification.classOf( score[ r ] ) == baseline.classes[ r ] )
        ++kept[ q ];
      keepExtreme( &low[ q * lowSize ], lowSize, lowFilled[ q ], ranks[ r ], std::less<double>() );
      keepExtreme( &high[ q * highSize ], highSize, highFilled[ q ], ranks[ r ], std::greater<double>() );
    }
  }

  for ( std::size_t q = 0; q < rows.size(); ++q )
  {
    const std::size_t r = rows[ q ];
    if ( hasClasses )
      result.classStability[ r ] = static_cast<double>( kept[ q ] ) / runs;
    if ( lowFilled[ q ] > 0 )
      result.rankP05[ r ] = low[ q * lowSize ];
    if ( highFilled[ q ] > 0 )
      result.rankP95[ r ] = high[ q * highSize ];
  }
  result.runs = runs;
  return result;
}

} // namespace sozialraum::index
