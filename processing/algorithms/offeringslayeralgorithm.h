#ifndef OFFERINGSLAYERALGORITHM_H
#define OFFERINGSLAYERALGORITHM_H

#include "cataloguealgorithmbase.h"

class OfferingsLayerAlgorithm : public CatalogueAlgorithmBase
{
    Q_DECLARE_TR_FUNCTIONS( OfferingsLayerAlgorithm )

  public:
    QString name() const override { return QStringLiteral( "offeringslayer" ); }
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    OfferingsLayerAlgorithm *createInstance() const override { return new OfferingsLayerAlgorithm(); }

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

#endif
