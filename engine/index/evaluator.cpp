#include "index/evaluator.h"

#include "index/indexerror.h"
#include "index/scale.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sozialraum::index
{

namespace
{
const double NaN = std::numeric_limits<double>::quiet_NaN();

bool passes( double value, const FlagRule &rule )
{
  switch ( rule.op )
  {
  case FlagOperator::GreaterEqual:
    return value >= rule.threshold;
  case FlagOperator::Greater:
    return value > rule.threshold;
  case FlagOperator::LessEqual:
    return value <= rule.threshold;
  case FlagOperator::Less:
    return value < rule.threshold;
  }
  return false;
}
} // namespace

Evaluator::Evaluator( const IndexDefinition &definition, const IndicatorTable &table,
                      const std::vector<char> &included )
    : mIncluded( included )
{
  const std::size_t n = table.rowCount();
  if ( mIncluded.size() != n )
    throw IndexError( "the row selection has " + std::to_string( mIncluded.size() ) + " rows, but the table has " +
                      std::to_string( n ) );

  addNode( definition.root, -1, std::string() );
  for ( std::size_t i = mNodes.size(); i-- > 0; )
  {
    Node &node = mNodes[ i ];
    node.hasFlag = node.definition->flag.enabled;
    for ( int c : node.children )
      node.hasFlag = node.hasFlag || mNodes[ static_cast<std::size_t>( c ) ].hasFlag;
  }

  const std::size_t count = mNodes.size();
  mInputs.resize( count );
  mRawBuffers.resize( count );
  mScaledBuffers.resize( count );
  mFlagBuffers.resize( count );
  mRaw.assign( count, &mEmpty );
  mScaled.assign( count, &mEmpty );
  mFlags.assign( count, &mEmpty );
  mPca.resize( count );

  // read the inputs; a missing-value code counts as missing like NaN
  std::vector<std::vector<std::string>> missing( n );
  for ( std::size_t i = 0; i < count; ++i )
  {
    const IndexNode &def = *mNodes[ i ].definition;
    if ( !def.isLeaf() )
      continue;
    if ( !table.hasColumn( def.field ) )
      throw IndexError( mNodes[ i ].subject + " reads field \"" + def.field + "\", which the input does not have" );
    std::vector<double> &input = mInputs[ i ];
    input = table.column( def.field );
    for ( std::size_t r = 0; r < n; ++r )
    {
      const bool code = std::find( definition.missingValues.begin(), definition.missingValues.end(), input[ r ] ) !=
                        definition.missingValues.end();
      if ( code || !std::isfinite( input[ r ] ) )
      {
        input[ r ] = NaN;
        if ( mIncluded[ r ] && std::find( missing[ r ].begin(), missing[ r ].end(), def.field ) == missing[ r ].end() )
          missing[ r ].push_back( def.field );
      }
    }
  }

  mLeafVariants.emplace_back( count );
  for ( std::size_t i = 0; i < count; ++i )
  {
    if ( mNodes[ i ].definition->isLeaf() )
      computeLeaf( i, mNodes[ i ].definition->normalization, mInputs[ i ], mLeafVariants[ 0 ][ i ], true );
  }

  mNotes.assign( n, std::string() );
  for ( std::size_t r = 0; r < n; ++r )
  {
    std::string note;
    for ( const std::string &field : missing[ r ] )
      note += ( note.empty() ? "missing value in " : ", " ) + field;
    // a valid input without a normalized value: log10 of a value <= 0
    for ( std::size_t i = 0; i < count; ++i )
    {
      const IndexNode &def = *mNodes[ i ].definition;
      if ( def.isLeaf() && mIncluded[ r ] && std::isfinite( mInputs[ i ][ r ] ) &&
           !std::isfinite( mLeafVariants[ 0 ][ i ].raw[ r ] ) )
        note += ( note.empty() ? "" : "; " ) + std::string( "no value for " ) + def.field + ": " +
                normalizationName( def.normalization.method ) + " needs a value above 0";
    }
    mNotes[ r ] = note;
  }
}

void Evaluator::addNode( const IndexNode &node, int parent, const std::string &parentPath )
{
  const int index = static_cast<int>( mNodes.size() );
  Node entry;
  entry.definition = &node;
  entry.parent = parent;
  entry.path = parentPath.empty() ? node.id : parentPath + "/" + node.id;
  if ( node.isLeaf() )
    entry.subject = node.id == node.field ? "indicator \"" + node.id + "\""
                                          : "indicator \"" + node.id + "\" (field " + node.field + ")";
  else
    entry.subject = "node \"" + node.id + "\"";
  for ( const IndexNode &child : node.children )
    entry.childNames.push_back( child.isLeaf() ? child.field : child.id );
  mNodes.push_back( std::move( entry ) );
  if ( parent >= 0 )
    mNodes[ static_cast<std::size_t>( parent ) ].children.push_back( index );
  const std::string path = mNodes.back().path;
  for ( const IndexNode &child : node.children )
    addNode( child, index, path );
}

std::vector<double> Evaluator::definitionWeights() const
{
  std::vector<double> weights;
  weights.reserve( mNodes.size() );
  for ( const Node &node : mNodes )
    weights.push_back( node.definition->weight );
  return weights;
}

void Evaluator::computeLeaf( std::size_t node, const NormalizationSpec &normalization, const std::vector<double> &input,
                             LeafValues &values, bool withFlags )
{
  const Node &entry = mNodes[ node ];
  const IndexNode &def = *entry.definition;
  normalizeInto( input, mIncluded, normalization, def.invert, entry.subject, values.raw, mWorkspace );
  if ( isScaling( def.scaling ) )
    scaleInto( values.raw, mIncluded, def.scaling, entry.subject, values.scaled, mWorkspace );
  if ( withFlags && entry.hasFlag )
    computeFlags( entry, values.raw, isScaling( def.scaling ) ? values.scaled : values.raw, values.flags );
}

int Evaluator::addLeafVariant( const NormalizationSpec &normalization )
{
  const std::size_t count = mNodes.size();
  std::vector<LeafValues> variant( count );
  for ( std::size_t i = 0; i < count; ++i )
  {
    if ( !mNodes[ i ].definition->isLeaf() )
      continue;
    mMasked = mInputs[ i ];
    const std::vector<double> &baseline = mLeafVariants[ 0 ][ i ].raw;
    for ( std::size_t r = 0; r < mMasked.size(); ++r )
    {
      if ( !std::isfinite( baseline[ r ] ) )
        mMasked[ r ] = NaN;
    }
    computeLeaf( i, normalization, mMasked, variant[ i ], false );
  }
  mLeafVariants.push_back( std::move( variant ) );
  return static_cast<int>( mLeafVariants.size() ) - 1;
}

void Evaluator::computeFlags( const Node &node, const std::vector<double> &raw, const std::vector<double> &scaled,
                              std::vector<double> &flags ) const
{
  const IndexNode &def = *node.definition;
  const std::size_t n = mIncluded.size();
  flags.assign( n, NaN );
  if ( def.flag.enabled )
  {
    const std::vector<double> &source = def.flag.on == ChildValue::Raw ? raw : scaled;
    for ( std::size_t r = 0; r < n; ++r )
    {
      if ( mIncluded[ r ] && std::isfinite( source[ r ] ) )
        flags[ r ] = passes( source[ r ], def.flag ) ? 1.0 : 0.0;
    }
    return;
  }
  // no rule of its own: count the children's flags (F_THEMEk, F_TOTAL)
  for ( std::size_t r = 0; r < n; ++r )
  {
    if ( !mIncluded[ r ] )
      continue;
    double sum = 0;
    for ( int c : node.children )
    {
      if ( mNodes[ static_cast<std::size_t>( c ) ].hasFlag )
        sum += ( *mFlags[ static_cast<std::size_t>( c ) ] )[ r ];
    }
    flags[ r ] = sum; // NaN when a child's flag is missing
  }
}

void Evaluator::run( const std::vector<double> &weights, int variant, bool withFlags )
{
  if ( weights.size() != mNodes.size() )
    throw IndexError( "internal: " + std::to_string( weights.size() ) + " weights for " +
                      std::to_string( mNodes.size() ) + " nodes" );
  if ( variant < 0 || variant >= static_cast<int>( mLeafVariants.size() ) )
    throw IndexError( "internal: unknown normalization variant " + std::to_string( variant ) );
  std::vector<LeafValues> &leaves = mLeafVariants[ static_cast<std::size_t>( variant ) ];

  // reverse pre-order: every child before its parent
  for ( std::size_t i = mNodes.size(); i-- > 0; )
  {
    const Node &node = mNodes[ i ];
    const IndexNode &def = *node.definition;
    // leaf flags exist for the definition's own normalization only
    const bool flagsWanted = withFlags && node.hasFlag && variant == 0;
    if ( def.isLeaf() )
    {
      LeafValues &values = leaves[ i ];
      mRaw[ i ] = &values.raw;
      mScaled[ i ] = isScaling( def.scaling ) ? &values.scaled : &values.raw;
      mFlags[ i ] = flagsWanted ? &values.flags : &mEmpty;
      continue;
    }

    mChildColumns.clear();
    mChildWeights.clear();
    for ( int c : node.children )
    {
      const std::size_t child = static_cast<std::size_t>( c );
      mChildColumns.push_back( def.childValue == ChildValue::Raw ? mRaw[ child ] : mScaled[ child ] );
      mChildWeights.push_back( weights[ child ] );
    }
    PcaResult pca;
    const bool isPca = def.aggregation.method == Aggregation::Pca;
    aggregateInto( mChildColumns, mChildWeights, mIncluded, def.aggregation, def.id, node.childNames, mRawBuffers[ i ],
                   isPca ? &pca : nullptr );
    if ( isPca )
      mPca[ i ] = std::move( pca );
    mRaw[ i ] = &mRawBuffers[ i ];
    if ( isScaling( def.scaling ) )
    {
      scaleInto( mRawBuffers[ i ], mIncluded, def.scaling, node.subject, mScaledBuffers[ i ], mWorkspace );
      mScaled[ i ] = &mScaledBuffers[ i ];
    }
    else
    {
      mScaled[ i ] = &mRawBuffers[ i ];
    }
    if ( flagsWanted )
    {
      computeFlags( node, *mRaw[ i ], *mScaled[ i ], mFlagBuffers[ i ] );
      mFlags[ i ] = &mFlagBuffers[ i ];
    }
    else
    {
      mFlags[ i ] = &mEmpty;
    }
  }
}

} // namespace sozialraum::index
