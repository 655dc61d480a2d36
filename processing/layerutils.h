#ifndef LAYERUTILS_H
#define LAYERUTILS_H

#include <QString>
#include <QVariant>
#include <limits>
#include <QList>
#include <QVector>
#include <qgsfields.h>
#include <qgsattributes.h>

class QgsFeatureSource;
class QgsFeature;

/**
 * Small helpers that turn QGIS feature values into the engine's plain numbers,
 * with messages that name the layer, field and feature a planner must fix.
 */
namespace Sozialraum
{
  //! Result of reading one value as a number: NaN for empty/NULL, error text for unreadable text.
  struct NumberReading
  {
    double value = std::numeric_limits<double>::quiet_NaN();
    bool isText = false; //!< the value was text that is not a number
  };

  //! Reads a number from a value; accepts text such as "120" or "12,5" (German decimal comma).
  NumberReading readNumber( const QVariant &value );

  //! Describes a feature for messages: "feature 12 (name = Kita Sonnenschein)".
  QString describeFeature( const QgsFeature &feature, const QString &idField = QString() );
  /**
   * The input's fields for an output that appends \a added: input fields of the same name are
   * left out (their values are replaced by the new results, so re-runs and chained models work).
   * \a keptIndices receives the input indices that stay, in order.
   */
  QgsFields fieldsReplacing( const QgsFields &input, const QList<QgsField> &added, QVector<int> &keptIndices );

  //! The attributes of \a feature at \a keptIndices (see fieldsReplacing()).
  QgsAttributes keptAttributes( const QgsFeature &feature, const QVector<int> &keptIndices );
} // namespace Sozialraum

#endif // LAYERUTILS_H
