#include "sozialraumalgorithms.h"

#include "catchmentratioalgorithm.h"
#include "isochronesalgorithm.h"
#include "monitoringalgorithm.h"
#include "socialindexalgorithm.h"
#include "nearestfacilityalgorithm.h"
#include "odmatrixalgorithm.h"

QList<QgsProcessingAlgorithm *> Sozialraum::createAlgorithms()
{
  return {
    // Social indices
    new SocialIndexAlgorithm(),
    new MonitoringAlgorithm(),
    // Accessibility
    new IsochronesAlgorithm(),
    new NearestFacilityAlgorithm(),
    new OdMatrixAlgorithm(),
    // Service gaps
    new CatchmentRatioAlgorithm(),
  };
}
