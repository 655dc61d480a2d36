#ifndef SOZIALRAUMALGORITHMS_H
#define SOZIALRAUMALGORITHMS_H

#include <QList>

class QgsProcessingAlgorithm;

namespace Sozialraum
{
  //! New instances of every algorithm of the provider; the caller takes ownership.
  QList<QgsProcessingAlgorithm *> createAlgorithms();
} // namespace Sozialraum

#endif // SOZIALRAUMALGORITHMS_H
