#ifndef NEARESTFACILITYALGORITHM_H
#define NEARESTFACILITYALGORITHM_H

#include "networkalgorithmbase.h"

#include "gaps/externalcosts.h"
#include "network/dijkstra.h"

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

  private:
    //! The nearest facility of every origin from COST_TABLE's rows (within \a maxCost).
    static std::vector<sozialraum::network::Arrival> nearestFromTable( const std::vector<sozialraum::gaps::CostRecord> &rows, const SnappedPoints &origins,
                                                                       const SnappedPoints &facilities, double maxCost, QgsProcessingFeedback *feedback );
};

#endif
