#ifndef ISOCHRONESALGORITHM_H
#define ISOCHRONESALGORITHM_H

#include "networkalgorithmbase.h"

//! sozialraum:isochrones — areas reachable from facilities within cost bands, as polygons.
class IsochronesAlgorithm : public NetworkAlgorithmBase
{
    Q_DECLARE_TR_FUNCTIONS( IsochronesAlgorithm )

  public:
    QString name() const override { return QStringLiteral( "isochrones" ); }
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    IsochronesAlgorithm *createInstance() const override { return new IsochronesAlgorithm(); }

  protected:
    Group algorithmGroup() const override { return Group::Accessibility; }
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

#endif // ISOCHRONESALGORITHM_H
