#ifndef IMPORTOFFERINGSALGORITHM_H
#define IMPORTOFFERINGSALGORITHM_H

#include "cataloguealgorithmbase.h"

#include <QVector>
#include <qgsfeature.h>

class ImportOfferingsAlgorithm : public CatalogueAlgorithmBase
{
    Q_DECLARE_TR_FUNCTIONS( ImportOfferingsAlgorithm )

  public:
    QString name() const override { return QStringLiteral( "importofferings" ); }
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    ImportOfferingsAlgorithm *createInstance() const override { return new ImportOfferingsAlgorithm(); }

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    //! Refuses empty and repeated values in the external id field, naming the features.
    static void checkExternalIds( const QVector<QgsFeature> &features, const QString &idField, const QString &layerName );
};

#endif
