#ifndef BUDGETALLOCATIONALGORITHM_H
#define BUDGETALLOCATIONALGORITHM_H

#include "gapsalgorithmbase.h"

class BudgetAllocationAlgorithm : public GapsAlgorithmBase
{
    Q_DECLARE_TR_FUNCTIONS( BudgetAllocationAlgorithm )

  public:
    QString name() const override { return QStringLiteral( "budgetallocation" ); }
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    BudgetAllocationAlgorithm *createInstance() const override { return new BudgetAllocationAlgorithm(); }

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

#endif
