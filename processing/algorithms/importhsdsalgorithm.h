#ifndef IMPORTHSDSALGORITHM_H
#define IMPORTHSDSALGORITHM_H

#include "cataloguealgorithmbase.h"

class ImportHsdsAlgorithm : public CatalogueAlgorithmBase
{
    Q_DECLARE_TR_FUNCTIONS( ImportHsdsAlgorithm )

  public:
    QString name() const override { return QStringLiteral( "importhsds" ); }
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    ImportHsdsAlgorithm *createInstance() const override { return new ImportHsdsAlgorithm(); }

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

#endif
