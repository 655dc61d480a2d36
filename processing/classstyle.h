#ifndef CLASSSTYLE_H
#define CLASSSTYLE_H

#include <QStringList>
#include <QCoreApplication>
#include <QColor>
#include <QList>

class QgsProcessingContext;

namespace Sozialraum
{
  /**
   * When the output \a destination is loaded into the project, styles it by the integer
   * class field \a classField (1 .. labels.size()) with a light-to-dark red ramp, so that
   * higher classes (more disadvantage) stand out.
   */
  void styleByClassOnLoad( QgsProcessingContext &context, const QString &destination, const QString &classField, const QStringList &labels );
  /**
   * When \a destination is loaded, styles it by the integer field \a classField with one colour
   * per class 1..n (\a colors and \a labels of equal length).
   */
  void styleCategoriesOnLoad( QgsProcessingContext &context, const QString &destination, const QString &classField, const QStringList &labels, const QList<QColor> &colors );
} // namespace Sozialraum

#endif // CLASSSTYLE_H
