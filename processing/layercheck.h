#ifndef LAYERCHECK_H
#define LAYERCHECK_H

#include <QVariantMap>

class QgsProcessingAlgorithm;
class QgsProcessingContext;

namespace Sozialraum
{
  /**
   * Checks every layer input of \a algorithm before any work and throws a QgsProcessingException
   * that names the parameter, the layer and what to change when a layer
   * - has the wrong kind of geometry (points where areas are needed: every share would be 0),
   * - has no coordinate reference system (it could not be matched with the other layers), or
   * - has coordinates that cannot be in its CRS (metres labelled as degrees), which otherwise
   *   ends in an empty network or in no point inside any area.
   */
  void checkInputLayers( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context );
} // namespace Sozialraum

#endif // LAYERCHECK_H
