#ifndef QUARTERPROFILEALGORITHM_H
#define QUARTERPROFILEALGORITHM_H

#include "cataloguealgorithmbase.h"

class QuarterProfileAlgorithm : public CatalogueAlgorithmBase
{
    Q_DECLARE_TR_FUNCTIONS( QuarterProfileAlgorithm )

  public:
    QString name() const override { return QStringLiteral( "quarterprofile" ); }
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QuarterProfileAlgorithm *createInstance() const override { return new QuarterProfileAlgorithm(); }

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

#endif
