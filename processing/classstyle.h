#ifndef CLASSSTYLE_H
#define CLASSSTYLE_H

#include <QStringList>
#include <QCoreApplication>
#include <QColor>
#include <QList>

class QgsProcessingContext;
class QgsVectorLayer;

namespace Sozialraum
{
  /**
   * When the output \a destination is loaded into the project, styles it by the integer
   * class field \a classField (1 .. labels.size()) with a light-to-dark red ramp, so that
   * higher classes (more disadvantage) stand out. Features without a class get a grey class
   * labelled \a noValueLabel (which says where the reason is, e.g. si_note).
   */
  void styleByClassOnLoad( QgsProcessingContext &context, const QString &destination, const QString &classField, const QStringList &labels, const QString &noValueLabel );
  /**
   * When \a destination is loaded, styles it by the integer field \a classField with one colour
   * per class 1..n (\a colors and \a labels of equal length), and the grey no-value class.
   */
  void styleCategoriesOnLoad( QgsProcessingContext &context, const QString &destination, const QString &classField, const QStringList &labels, const QList<QColor> &colors,
                              const QString &noValueLabel );

  //! The same style applied to \a layer now (empty \a colors: the red ramp); for tests and the demo's maps.
  void applyClassStyle( QgsVectorLayer *layer, const QString &classField, const QStringList &labels, const QList<QColor> &colors, const QString &noValueLabel );
} // namespace Sozialraum

#endif // CLASSSTYLE_H
