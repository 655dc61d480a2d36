#include "sozialraumalgorithms.h"

#include "isochronesalgorithm.h"
#include "nearestfacilityalgorithm.h"
#include "odmatrixalgorithm.h"

QList<QgsProcessingAlgorithm *> Sozialraum::createAlgorithms()
{
  return {
    // Accessibility
    new IsochronesAlgorithm(),
    new NearestFacilityAlgorithm(),
    new OdMatrixAlgorithm(),
  };
}
