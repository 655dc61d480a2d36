#include "sozialraumalgorithms.h"

#include "budgetallocationalgorithm.h"
#include "catchmentratioalgorithm.h"
#include "exporthsdsalgorithm.h"
#include "importhsdsalgorithm.h"
#include "importofferingsalgorithm.h"
#include "offeringslayeralgorithm.h"
#include "quarterprofilealgorithm.h"
#include "locationsuggestalgorithm.h"
#include "programmetargetingalgorithm.h"
#include "servicegapsalgorithm.h"
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
    new ServiceGapsAlgorithm(),
    new LocationSuggestAlgorithm(),
    new ProgrammeTargetingAlgorithm(),
    new BudgetAllocationAlgorithm(),
    // Catalogue
    new ImportOfferingsAlgorithm(),
    new OfferingsLayerAlgorithm(),
    new ExportHsdsAlgorithm(),
    new ImportHsdsAlgorithm(),
    new QuarterProfileAlgorithm(),
  };
}
