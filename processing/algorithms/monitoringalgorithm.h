#ifndef MONITORINGALGORITHM_H
#define MONITORINGALGORITHM_H

#include "sozialraumalgorithm.h"

//! sozialraum:monitoring — status and dynamics index with the classes of Berlin's MSS.
class MonitoringAlgorithm : public SozialraumAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( MonitoringAlgorithm )

  public:
    QString name() const override { return QStringLiteral( "monitoring" ); }
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    MonitoringAlgorithm *createInstance() const override { return new MonitoringAlgorithm(); }

  protected:
    Group algorithmGroup() const override { return Group::SocialIndices; }
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

#endif // MONITORINGALGORITHM_H
