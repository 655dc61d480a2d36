#ifndef INDEXINPUT_H
#define INDEXINPUT_H

#include "index/table.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>
#include <qgsfeature.h>
#include <set>

class QgsFeatureSource;
class QgsProcessingContext;
class QgsProcessingFeedback;

/**
 * Reads the statistical areas of an index algorithm into the engine's plain table:
 * the features (kept for the output), the indicator columns as numbers, and which
 * rows take part (minimum population, exclusion expression).
 */
class IndexInput
{
    Q_DECLARE_TR_FUNCTIONS( IndexInput )

  public:
    /**
     * Reads every feature of \a source. Throws QgsProcessingException for an empty layer,
     * a missing field, or text that is not a number (naming the field, the row and the value).
     * Values equal to one of \a missingCodes become missing (NaN) – as do NULLs.
     */
    IndexInput( QgsFeatureSource *source, const QStringList &numericFields, const std::set<double> &missingCodes,
                QgsProcessingFeedback *feedback );

    /**
     * Excludes rows below \a minimumPopulation in \a populationField (empty = no rule) and rows for which
     * \a excludeExpression is true (empty = none). Reports the counts to \a feedback.
     */
    sozialraum::index::RowSelection selectRows( const QString &populationField, double minimumPopulation, const QString &excludeExpression,
                                                QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const;

    const QVector<QgsFeature> &features() const { return mFeatures; }
    const sozialraum::index::IndicatorTable &table() const { return mTable; }
    QgsFields fields() const { return mFields; }
    QString layerName() const { return mLayerName; }

  private:
    QVector<QgsFeature> mFeatures;
    sozialraum::index::IndicatorTable mTable;
    QgsFields mFields;
    QString mLayerName;
};

#endif // INDEXINPUT_H
