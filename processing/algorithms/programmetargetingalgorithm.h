#ifndef PROGRAMMETARGETINGALGORITHM_H
#define PROGRAMMETARGETINGALGORITHM_H

#include "gapsalgorithmbase.h"

class ProgrammeTargetingAlgorithm : public GapsAlgorithmBase
{
    Q_DECLARE_TR_FUNCTIONS( ProgrammeTargetingAlgorithm )

  public:
    QString name() const override { return QStringLiteral( "programmetargeting" ); }
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    ProgrammeTargetingAlgorithm *createInstance() const override { return new ProgrammeTargetingAlgorithm(); }

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

#endif
