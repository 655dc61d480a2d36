#include "index/compute.h"

#include "index/evaluator.h"
#include "index/indexerror.h"

#include <cmath>

namespace sozialraum::index
{

std::vector<OutputColumn> IndexResult::columns() const
{
  std::vector<OutputColumn> result;
  for ( const OutputField &field : fields )
  {
    const NodeResult &n = nodes[ static_cast<std::size_t>( field.node ) ];
    const std::vector<double> *values = field.kind == OutputField::Kind::Raw      ? &n.raw
                                        : field.kind == OutputField::Kind::Scaled ? &n.scaled
                                                                                  : &n.flags;
    result.push_back( { field.name, field.kind, values } );
  }
  return result;
}

const NodeResult *IndexResult::node( const std::string &id ) const
{
  for ( const NodeResult &n : nodes )
  {
    if ( n.id == id )
      return &n;
  }
  return nullptr;
}

IndexResult computeIndex( const IndexDefinition &definition, const IndicatorTable &table,
                          const RowSelection &selection )
{
  validateDefinition( definition );
  const std::size_t n = table.rowCount();
  const std::vector<char> included = selection.mask( n );

  Evaluator evaluator( definition, table, included );
  evaluator.run( evaluator.definitionWeights(), 0, true );

  IndexResult result;
  for ( std::size_t i = 0; i < evaluator.nodes().size(); ++i )
  {
    const Evaluator::Node &node = evaluator.nodes()[ i ];
    const int index = static_cast<int>( i );
    result.nodes.push_back( { node.definition->id, node.path, evaluator.raw( index ), evaluator.scaled( index ),
                              evaluator.flags( index ), evaluator.pca( index ) } );
  }
  result.raw = result.nodes[ 0 ].raw;
  result.score = result.nodes[ 0 ].scaled;
  result.flags = result.nodes[ 0 ].flags.empty() ? std::vector<double>( n, std::nan( "" ) ) : result.nodes[ 0 ].flags;
  result.fields = definition.outputFields();

  for ( std::size_t r = 0; r < n; ++r )
  {
    if ( included[ r ] )
    {
      ++result.includedCount;
      if ( std::isfinite( result.score[ r ] ) )
        ++result.valueCount;
    }
  }
  if ( result.valueCount < 3 )
  {
    throw IndexError( "only " + std::to_string( result.valueCount ) + " of " + std::to_string( result.includedCount ) +
                      " included areas have a value for the index; at least 3 are needed — check the indicators for "
                      "missing values and the exclusions" );
  }

  // rank 1 = highest score: the rank of -score with ties at their lowest rank number
  NormalizationSpec rankSpec;
  rankSpec.method = Normalization::Rank;
  rankSpec.ties = RankTies::Min;
  const std::vector<double> ranks = normalize( result.score, included, rankSpec, true, "the index" );

  result.classification = buildClassification( definition.classification, result.score, included );
  result.rank.assign( n, 0 );
  result.classes.assign( n, 0 );
  result.labels.assign( n, definition.classification.noValueLabel );
  result.notes.assign( n, std::string() );
  for ( std::size_t r = 0; r < n; ++r )
  {
    if ( !included[ r ] )
    {
      const std::string reason = selection.reason( r );
      result.notes[ r ] = reason.empty() ? "excluded" : "excluded: " + reason;
      continue;
    }
    if ( !std::isfinite( result.score[ r ] ) )
    {
      result.notes[ r ] = evaluator.notes()[ r ].empty() ? "no index value" : evaluator.notes()[ r ];
      continue;
    }
    result.rank[ r ] = static_cast<int>( ranks[ r ] );
    const int cls = result.classification.classOf( result.score[ r ] );
    result.classes[ r ] = cls;
    result.labels[ r ] = result.classification.label( cls ); // "" without a classification
  }
  return result;
}

} // namespace sozialraum::index
