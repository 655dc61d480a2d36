#ifndef EXPRESSIONVALUES_H
#define EXPRESSIONVALUES_H

#include <QVariantList>
#include <QVector>
#include <qgsfeature.h>

class QgsProcessingContext;

namespace Sozialraum
{
  /**
   * Evaluates \a expression for every feature (in order); throws QgsProcessingException naming
   * \a parameterName and the row for a parse or evaluation error.
   */
  QVariantList evaluateForFeatures( const QString &expression, const QVector<QgsFeature> &features, const QgsFields &fields,
                                    QgsProcessingContext &context, const QString &parameterName );

  //! The same, read as numbers; an empty result or text that is not a number is an error naming the row.
  std::vector<double> evaluateNumbers( const QString &expression, const QVector<QgsFeature> &features, const QgsFields &fields,
                                       QgsProcessingContext &context, const QString &parameterName );
} // namespace Sozialraum

#endif
