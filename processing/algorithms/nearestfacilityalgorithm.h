#ifndef NEARESTFACILITYALGORITHM_H
#define NEARESTFACILITYALGORITHM_H

#include "networkalgorithmbase.h"

class NearestFacilityAlgorithm : public NetworkAlgorithmBase
{
    Q_DECLARE_TR_FUNCTIONS( NearestFacilityAlgorithm )

  public:
    QString name() const override { return QStringLiteral( "nearestfacility" ); }
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    NearestFacilityAlgorithm *createInstance() const override { return new NearestFacilityAlgorithm(); }

  protected:
    Group algorithmGroup() const override { return Group::Accessibility; }
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

#endif
