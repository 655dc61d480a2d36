#ifndef EXPORTHSDSALGORITHM_H
#define EXPORTHSDSALGORITHM_H

#include "cataloguealgorithmbase.h"

class ExportHsdsAlgorithm : public CatalogueAlgorithmBase
{
    Q_DECLARE_TR_FUNCTIONS( ExportHsdsAlgorithm )

  public:
    QString name() const override { return QStringLiteral( "exporthsds" ); }
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    ExportHsdsAlgorithm *createInstance() const override { return new ExportHsdsAlgorithm(); }

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

#endif
