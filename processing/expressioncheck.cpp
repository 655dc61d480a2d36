#include "expressioncheck.h"

#include <QCoreApplication>
#include <qgsexception.h>
#include <qgsexpression.h>
#include <qgsfeaturerequest.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>
#include <qgsproperty.h>

#include <memory>

void Sozialraum::checkExpressionParameters( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context )
{
  for ( const QgsProcessingParameterDefinition *definition : algorithm.parameterDefinitions() )
  {
    const auto *expressionDefinition = dynamic_cast<const QgsProcessingParameterExpression *>( definition );
    if ( !expressionDefinition )
      continue;
    // The value as given: QGIS's parameterAsExpression() silently replaces an expression it cannot
    // parse by the parameter's default, which is how wrong expressions used to be ignored.
    const QVariant value = parameters.value( definition->name() );
    QString text;
    if ( value.canConvert<QgsProperty>() )
    {
      const QgsProperty property = value.value<QgsProperty>();
      if ( property.propertyType() != QgsProperty::StaticProperty )
        continue; // computed at run time (a model input): checked when it is evaluated
      text = property.staticValue().toString();
    }
    else
      text = value.toString();
    if ( text.trimmed().isEmpty() )
      continue;
    const QString name = definition->name();
    QgsExpression expression( text );
    if ( expression.hasParserError() )
      throw QgsProcessingException( QCoreApplication::translate( "Sozialraum", "%1: the expression %2 cannot be read: %3. Put field names in double quotes and text in single quotes, e.g. \"district\" = 'Mitte'." )
                                      .arg( name, text, expression.parserErrorString() ) );

    const QgsProcessingParameterDefinition *layerDefinition = algorithm.parameterDefinition( expressionDefinition->parentLayerParameterName() );
    if ( !layerDefinition || !parameters.value( layerDefinition->name() ).isValid() )
      continue;
    std::unique_ptr<QgsProcessingFeatureSource> source( QgsProcessingParameters::parameterAsSource( layerDefinition, parameters, context ) );
    if ( !source )
      continue; // the algorithm itself reports a layer it cannot read
    const QgsFields fields = source->fields();
    QStringList unknown;
    for ( const QString &column : expression.referencedColumns() )
    {
      if ( column == QgsFeatureRequest::ALL_ATTRIBUTES || column.isEmpty() )
        continue;
      if ( fields.lookupField( column ) < 0 && !unknown.contains( column ) )
        unknown << column;
    }
    if ( !unknown.isEmpty() )
      throw QgsProcessingException( QCoreApplication::translate( "Sozialraum", "%1: the expression %2 uses %3, which the layer %4 (%5) does not have. Its fields are: %6. Put field names in double quotes and text in single quotes." )
                                      .arg( name, text, unknown.join( QLatin1String( ", " ) ), source->sourceName(), layerDefinition->name(), fields.names().join( QLatin1String( ", " ) ) ) );
  }
}
