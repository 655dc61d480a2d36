#include "sozialraumalgorithms.h"

QList<QgsProcessingAlgorithm *> Sozialraum::createAlgorithms()
{
  return {};
}
