#ifndef LOCATIONSUGGESTALGORITHM_H
#define LOCATIONSUGGESTALGORITHM_H

#include "gapsalgorithmbase.h"

class LocationSuggestAlgorithm : public GapsAlgorithmBase
{
    Q_DECLARE_TR_FUNCTIONS( LocationSuggestAlgorithm )

  public:
    QString name() const override { return QStringLiteral( "locationsuggest" ); }
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    LocationSuggestAlgorithm *createInstance() const override { return new LocationSuggestAlgorithm(); }

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

#endif
