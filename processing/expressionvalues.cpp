#include "expressionvalues.h"
#include "layerutils.h"

#include <QCoreApplication>
#include <qgsexpression.h>
#include <qgsexpressioncontext.h>
#include <qgsexpressioncontextutils.h>
#include <qgsprocessingcontext.h>
#include <qgsexception.h>

#include <cmath>

QVariantList Sozialraum::evaluateForFeatures( const QString &expressionText, const QVector<QgsFeature> &features, const QgsFields &fields,
                                              QgsProcessingContext &context, const QString &parameterName )
{
  QgsExpression expression( expressionText );
  if ( expression.hasParserError() )
    throw QgsProcessingException( QCoreApplication::translate( "Sozialraum", "%1: the expression cannot be read: %2" ).arg( parameterName, expression.parserErrorString() ) );
  QgsExpressionContext expressionContext = context.expressionContext();
  QgsExpressionContextScope *scope = new QgsExpressionContextScope();
  scope->setFields( fields );
  expressionContext.appendScope( scope );
  expressionContext.setFields( fields );
  expression.prepare( &expressionContext );
  QVariantList values;
  values.reserve( features.size() );
  for ( int row = 0; row < features.size(); ++row )
  {
    expressionContext.setFeature( features.at( row ) );
    const QVariant value = expression.evaluate( &expressionContext );
    if ( expression.hasEvalError() )
      throw QgsProcessingException( QCoreApplication::translate( "Sozialraum", "%1: the expression fails for %2: %3" ).arg( parameterName, Sozialraum::describeFeature( features.at( row ) ), expression.evalErrorString() ) );
    values << value;
  }
  return values;
}

std::vector<double> Sozialraum::evaluateNumbers( const QString &expression, const QVector<QgsFeature> &features, const QgsFields &fields,
                                                 QgsProcessingContext &context, const QString &parameterName )
{
  const QVariantList values = evaluateForFeatures( expression, features, fields, context, parameterName );
  std::vector<double> numbers;
  numbers.reserve( static_cast<std::size_t>( values.size() ) );
  for ( int row = 0; row < values.size(); ++row )
  {
    const NumberReading reading = readNumber( values.at( row ) );
    if ( reading.isText || std::isnan( reading.value ) )
      throw QgsProcessingException( QCoreApplication::translate( "Sozialraum", "%1 (%2) gives no number for %3 ('%4'). Make the expression return a number for every feature, e.g. with coalesce(\"field\", 0)." )
                                      .arg( parameterName, expression, Sozialraum::describeFeature( features.at( row ) ), values.at( row ).toString() ) );
    numbers.push_back( reading.value );
  }
  return numbers;
}
