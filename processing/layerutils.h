#ifndef LAYERUTILS_H
#define LAYERUTILS_H

#include <QString>
#include <QVariant>
#include <limits>

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
} // namespace Sozialraum

#endif // LAYERUTILS_H
