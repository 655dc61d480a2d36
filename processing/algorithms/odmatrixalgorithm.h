#ifndef ODMATRIXALGORITHM_H
#define ODMATRIXALGORITHM_H

#include "networkalgorithmbase.h"

class OdMatrixAlgorithm : public NetworkAlgorithmBase
{
    Q_DECLARE_TR_FUNCTIONS( OdMatrixAlgorithm )

  public:
    QString name() const override { return QStringLiteral( "odmatrix" ); }
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    OdMatrixAlgorithm *createInstance() const override { return new OdMatrixAlgorithm(); }

  protected:
    Group algorithmGroup() const override { return Group::Accessibility; }
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

#endif
