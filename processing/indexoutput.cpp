#include "indexoutput.h"
#include "indexlabels.h"
#include "indexinput.h"

#include <qgsfeaturesink.h>
#include <qgsprocessingfeedback.h>

#include <cmath>
#include <map>

using namespace sozialraum::index;

namespace
{
  QVariant number( double value )
  {
    return std::isfinite( value ) ? QVariant( value ) : QVariant( QVariant::Double );
  }

  //! The definition's nodes in pre-order, aligned with IndexResult::nodes.
  void preOrder( const IndexNode &node, std::vector<const IndexNode *> &out )
  {
    out.push_back( &node );
    for ( const IndexNode &child : node.children )
      preOrder( child, out );
  }
} // namespace

IndexOutput::IndexOutput( const IndexInput &input, const IndexResult &result, const SensitivityResult *sensitivity )
  : mInput( input )
  , mResult( result )
  , mSensitivity( sensitivity )
{
  QStringList resultNames;
  for ( const OutputColumn &column : result.columns() )
    resultNames << QString::fromStdString( column.name );
  for ( const std::string &name : standardOutputFields() )
    resultNames << QString::fromStdString( name );
  if ( sensitivity )
    resultNames << QStringLiteral( "si_class_stability" ) << QStringLiteral( "si_rank_p05" ) << QStringLiteral( "si_rank_p95" );

  const QgsFields inputFields = input.fields();
  for ( int i = 0; i < inputFields.count(); ++i )
  {
    if ( resultNames.contains( inputFields.at( i ).name(), Qt::CaseInsensitive ) )
      continue;
    mKeptInputFields << i;
    mFields.append( inputFields.at( i ) );
  }
  for ( const OutputColumn &column : result.columns() )
    mFields.append( QgsField( QString::fromStdString( column.name ), column.kind == OutputField::Kind::Flag ? QVariant::Int : QVariant::Double ) );
  mFields.append( QgsField( QStringLiteral( "si_raw" ), QVariant::Double ) );
  mFields.append( QgsField( QStringLiteral( "si_score" ), QVariant::Double ) );
  mFields.append( QgsField( QStringLiteral( "si_rank" ), QVariant::Int ) );
  mFields.append( QgsField( QStringLiteral( "si_class" ), QVariant::Int ) );
  mFields.append( QgsField( QStringLiteral( "si_label" ), QVariant::String ) );
  mFields.append( QgsField( QStringLiteral( "si_flags" ), QVariant::Int ) );
  mFields.append( QgsField( QStringLiteral( "si_note" ), QVariant::String ) );
  if ( sensitivity )
  {
    mFields.append( QgsField( QStringLiteral( "si_class_stability" ), QVariant::Double ) );
    mFields.append( QgsField( QStringLiteral( "si_rank_p05" ), QVariant::Double ) );
    mFields.append( QgsField( QStringLiteral( "si_rank_p95" ), QVariant::Double ) );
  }
}

void IndexOutput::write( QgsFeatureSink &sink, QgsProcessingFeedback *feedback ) const
{
  const std::vector<OutputColumn> columns = mResult.columns();
  const QVector<QgsFeature> &features = mInput.features();
  for ( int row = 0; row < features.size(); ++row )
  {
    if ( feedback && feedback->isCanceled() )
      return;
    const std::size_t r = static_cast<std::size_t>( row );
    const QgsFeature &in = features.at( row );
    QgsAttributes attributes;
    attributes.reserve( mFields.count() );
    for ( int index : mKeptInputFields )
      attributes << in.attribute( index );
    for ( const OutputColumn &column : columns )
    {
      const double value = ( *column.values )[r];
      if ( column.kind == OutputField::Kind::Flag )
        attributes << ( std::isfinite( value ) ? QVariant( static_cast<int>( value ) ) : QVariant( QVariant::Int ) );
      else
        attributes << number( value );
    }
    const bool hasValue = std::isfinite( mResult.score[r] );
    attributes << number( mResult.raw[r] ) << number( mResult.score[r] );
    attributes << ( hasValue ? QVariant( mResult.rank[r] ) : QVariant( QVariant::Int ) );
    attributes << ( mResult.classes[r] > 0 ? QVariant( mResult.classes[r] ) : QVariant( QVariant::Int ) );
    attributes << ( mResult.labels[r].empty() ? QVariant( QVariant::String ) : QVariant( IndexLabels::classLabel( mResult.labels[r] ) ) );
    attributes << ( std::isfinite( mResult.flags[r] ) ? QVariant( static_cast<int>( mResult.flags[r] ) ) : QVariant( QVariant::Int ) );
    attributes << ( mResult.notes[r].empty() ? QVariant( QVariant::String ) : QVariant( IndexLabels::note( mResult.notes[r] ) ) );
    if ( mSensitivity )
      attributes << number( mSensitivity->classStability[r] ) << number( mSensitivity->rankP05[r] ) << number( mSensitivity->rankP95[r] );
    QgsFeature out( mFields );
    out.setGeometry( in.geometry() );
    out.setAttributes( attributes );
    sink.addFeature( out, QgsFeatureSink::FastInsert );
  }
}

QgsFields IndexOutput::pcaFields()
{
  QgsFields fields;
  fields.append( QgsField( QStringLiteral( "node" ), QVariant::String ) );
  fields.append( QgsField( QStringLiteral( "indicator" ), QVariant::String ) );
  fields.append( QgsField( QStringLiteral( "loading" ), QVariant::Double ) );
  fields.append( QgsField( QStringLiteral( "explained_variance" ), QVariant::Double ) );
  fields.append( QgsField( QStringLiteral( "areas" ), QVariant::Int ) );
  return fields;
}

void IndexOutput::writePca( const IndexDefinition &definition, const IndexResult &result, QgsFeatureSink &sink )
{
  std::vector<const IndexNode *> nodes;
  preOrder( definition.root, nodes );
  const QgsFields fields = pcaFields();
  for ( std::size_t n = 0; n < result.nodes.size() && n < nodes.size(); ++n )
  {
    const NodeResult &node = result.nodes[n];
    if ( !node.pca )
      continue;
    for ( std::size_t c = 0; c < node.pca->loadings.size() && c < nodes[n]->children.size(); ++c )
    {
      QgsFeature feature( fields );
      feature.setAttributes( QgsAttributes() << QString::fromStdString( node.id ) << QString::fromStdString( nodes[n]->children[c].id ) << node.pca->loadings[c]
                                             << node.pca->explainedVariance << static_cast<int>( node.pca->rowCount ) );
      sink.addFeature( feature, QgsFeatureSink::FastInsert );
    }
  }
}

void Sozialraum::reportIndex( const IndexResult &result, QgsProcessingFeedback *feedback )
{
  if ( !feedback )
    return;
  feedback->pushInfo( IndexOutput::tr( "%1 areas have an index value (%2 included in the statistics, %3 rows in all)." )
                        .arg( result.valueCount )
                        .arg( result.includedCount )
                        .arg( result.score.size() ) );
  std::map<int, int> counts;
  for ( int cls : result.classes )
    ++counts[cls];
  for ( int cls = 1; cls <= result.classification.classCount(); ++cls )
    feedback->pushInfo( IndexOutput::tr( "  class %1 (%2): %3 areas" ).arg( cls ).arg( IndexLabels::classLabel( result.classification.label( cls ) ) ).arg( counts[cls] ) );
  if ( counts[0] > 0 && result.classification.classCount() > 0 )
    feedback->pushInfo( IndexOutput::tr( "  without class: %1 areas (see si_note)" ).arg( counts[0] ) );
  for ( const NodeResult &node : result.nodes )
  {
    if ( !node.pca )
      continue;
    QStringList loadings;
    for ( double loading : node.pca->loadings )
      loadings << QString::number( loading, 'f', 3 );
    feedback->pushInfo( IndexOutput::tr( "First principal component of '%1': explains %2 % of the variance; loadings %3." )
                          .arg( QString::fromStdString( node.id ) )
                          .arg( 100.0 * node.pca->explainedVariance, 0, 'f', 1 )
                          .arg( loadings.join( QLatin1String( ", " ) ) ) );
  }
}
