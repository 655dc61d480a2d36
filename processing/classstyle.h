#ifndef CLASSSTYLE_H
#define CLASSSTYLE_H

#include <QStringList>
#include <QCoreApplication>

class QgsProcessingContext;

namespace Sozialraum
{
  /**
   * When the output \a destination is loaded into the project, styles it by the integer
   * class field \a classField (1 .. labels.size()) with a light-to-dark red ramp, so that
   * higher classes (more disadvantage) stand out.
   */
  void styleByClassOnLoad( QgsProcessingContext &context, const QString &destination, const QString &classField, const QStringList &labels );
} // namespace Sozialraum

#endif // CLASSSTYLE_H
