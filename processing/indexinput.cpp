#include "indexinput.h"
#include "layerutils.h"

#include <qgsexpression.h>
#include <qgsexpressioncontext.h>
#include <qgsexpressioncontextutils.h>
#include <qgsfeaturesource.h>
#include <qgsfeatureiterator.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingutils.h>
#include <qgsexception.h>

#include <cmath>

IndexInput::IndexInput( QgsFeatureSource *source, const QStringList &numericFields, const std::set<double> &missingCodes, QgsProcessingFeedback *feedback )
  : mFields( source->fields() )
  , mLayerName( source->sourceName() )
{
  QVector<int> indices;
  for ( const QString &name : numericFields )
  {
    const int index = mFields.lookupField( name );
    if ( index < 0 )
      throw QgsProcessingException( tr( "The layer '%1' has no field '%2'. Its fields are: %3." ).arg( mLayerName, name, mFields.names().join( QLatin1String( ", " ) ) ) );
    indices << index;
  }

  QgsFeatureIterator it = source->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback && feedback->isCanceled() )
      return;
    mFeatures.append( feature );
  }
  if ( mFeatures.isEmpty() )
    throw QgsProcessingException( tr( "The layer '%1' has no rows. Choose the layer of statistical areas (check a filter on it)." ).arg( mLayerName ) );

  mTable = sozialraum::index::IndicatorTable( static_cast<std::size_t>( mFeatures.size() ) );
  for ( int f = 0; f < numericFields.size(); ++f )
  {
    std::vector<double> values( static_cast<std::size_t>( mFeatures.size() ), std::numeric_limits<double>::quiet_NaN() );
    for ( int row = 0; row < mFeatures.size(); ++row )
    {
      const QVariant value = mFeatures.at( row ).attribute( indices.at( f ) );
      const Sozialraum::NumberReading reading = Sozialraum::readNumber( value );
      if ( reading.isText )
        throw QgsProcessingException( tr( "Field '%1' of layer '%2' holds text that is not a number in row %3 (%4): '%5'. "
                                          "Indicators must be numbers; correct the value, leave it empty for a missing value, or choose another field." )
                                        .arg( numericFields.at( f ), mLayerName )
                                        .arg( row + 1 )
                                        .arg( Sozialraum::describeFeature( mFeatures.at( row ) ), value.toString() ) );
      values[static_cast<std::size_t>( row )] = missingCodes.count( reading.value ) ? std::numeric_limits<double>::quiet_NaN() : reading.value;
    }
    mTable.setColumn( numericFields.at( f ).toStdString(), std::move( values ) );
  }
}

sozialraum::index::RowSelection IndexInput::selectRows( const QString &populationField, double minimumPopulation, const QString &excludeExpression,
                                                        QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const
{
  sozialraum::index::RowSelection selection( static_cast<std::size_t>( mFeatures.size() ) );
  int belowMinimum = 0;
  int byExpression = 0;
  if ( !populationField.isEmpty() )
  {
    const int index = mFields.lookupField( populationField );
    if ( index < 0 )
      throw QgsProcessingException( tr( "The layer '%1' has no population field '%2'." ).arg( mLayerName, populationField ) );
    for ( int row = 0; row < mFeatures.size(); ++row )
    {
      const QVariant value = mFeatures.at( row ).attribute( index );
      const Sozialraum::NumberReading reading = Sozialraum::readNumber( value );
      if ( reading.isText )
        throw QgsProcessingException( tr( "The population field '%1' holds text that is not a number in row %2 (%3): '%4'." ).arg( populationField ).arg( row + 1 ).arg( Sozialraum::describeFeature( mFeatures.at( row ) ), value.toString() ) );
      if ( std::isnan( reading.value ) )
      {
        selection.exclude( static_cast<std::size_t>( row ), tr( "no population value" ).toStdString() );
        ++belowMinimum;
      }
      else if ( reading.value < minimumPopulation )
      {
        selection.exclude( static_cast<std::size_t>( row ), tr( "fewer than %1 inhabitants (%2)" ).arg( minimumPopulation ).arg( reading.value ).toStdString() );
        ++belowMinimum;
      }
    }
  }
  if ( !excludeExpression.trimmed().isEmpty() )
  {
    QgsExpression expression( excludeExpression );
    if ( expression.hasParserError() )
      throw QgsProcessingException( tr( "The exclusion expression cannot be read: %1" ).arg( expression.parserErrorString() ) );
    QgsExpressionContext expressionContext = context.expressionContext();
    expressionContext.appendScope( QgsExpressionContextUtils::processingAlgorithmScope( nullptr, QVariantMap(), context ) );
    QgsExpressionContextScope *scope = new QgsExpressionContextScope();
    scope->setFields( mFields );
    expressionContext.appendScope( scope );
    expressionContext.setFields( mFields );
    expression.prepare( &expressionContext );
    for ( int row = 0; row < mFeatures.size(); ++row )
    {
      expressionContext.setFeature( mFeatures.at( row ) );
      const QVariant result = expression.evaluate( &expressionContext );
      if ( expression.hasEvalError() )
        throw QgsProcessingException( tr( "The exclusion expression fails in row %1: %2" ).arg( row + 1 ).arg( expression.evalErrorString() ) );
      if ( result.toBool() && selection.included.at( static_cast<std::size_t>( row ) ) )
      {
        selection.exclude( static_cast<std::size_t>( row ), tr( "excluded by hand (%1)" ).arg( excludeExpression ).toStdString() );
        ++byExpression;
      }
    }
  }
  if ( feedback && belowMinimum + byExpression > 0 )
    feedback->pushInfo( tr( "%1 of %2 areas are excluded: %3 below the minimum population, %4 by the exclusion expression. They keep their row without index values." )
                          .arg( belowMinimum + byExpression )
                          .arg( mFeatures.size() )
                          .arg( belowMinimum )
                          .arg( byExpression ) );
  return selection;
}
