#ifndef CATCHMENTRATIOALGORITHM_H
#define CATCHMENTRATIOALGORITHM_H

#include "gapsalgorithmbase.h"

//! sozialraum:catchmentratio — supply-to-demand ratios of the floating-catchment family (2SFCA, E2SFCA, Gaussian, 3SFCA).
class CatchmentRatioAlgorithm : public GapsAlgorithmBase
{
    Q_DECLARE_TR_FUNCTIONS( CatchmentRatioAlgorithm )

  public:
    QString name() const override { return QStringLiteral( "catchmentratio" ); }
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    CatchmentRatioAlgorithm *createInstance() const override { return new CatchmentRatioAlgorithm(); }

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

#endif
