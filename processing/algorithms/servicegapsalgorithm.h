#ifndef SERVICEGAPSALGORITHM_H
#define SERVICEGAPSALGORITHM_H

#include "gapsalgorithmbase.h"

class ServiceGapsAlgorithm : public GapsAlgorithmBase
{
    Q_DECLARE_TR_FUNCTIONS( ServiceGapsAlgorithm )

  public:
    QString name() const override { return QStringLiteral( "servicegaps" ); }
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    ServiceGapsAlgorithm *createInstance() const override { return new ServiceGapsAlgorithm(); }

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

#endif
