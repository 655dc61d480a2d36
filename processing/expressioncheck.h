#ifndef EXPRESSIONCHECK_H
#define EXPRESSIONCHECK_H

#include <QVariantMap>

class QgsProcessingAlgorithm;
class QgsProcessingContext;

namespace Sozialraum
{
  /**
   * Reads every expression parameter of \a algorithm before any work and throws a
   * QgsProcessingException for one that cannot be parsed or that names a field its layer does
   * not have. QGIS evaluates an unknown field to NULL without complaint, so without this check
   * a mistyped EXCLUDE silently excludes nothing and a mistyped HIGH_NEED finds no area.
   */
  void checkExpressionParameters( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context );
} // namespace Sozialraum

#endif // EXPRESSIONCHECK_H
