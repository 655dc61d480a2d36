#ifndef GAPSALGORITHMBASE_H
#define GAPSALGORITHMBASE_H

#include "networkalgorithmbase.h"

#include "gaps/catchment.h"
#include "gaps/costtable.h"
#include "gaps/straightline.h"
#include "gaps/externalcosts.h"

#include <optional>

/**
 * What the service-gap algorithms share: costs between demand and supply points from the
 * network engine when NETWORK is given, else straight-line distance × DETOUR_FACTOR, so a
 * department without a street network can still work.
 */
class GapsAlgorithmBase : public NetworkAlgorithmBase
{
    Q_DECLARE_TR_FUNCTIONS( GapsAlgorithmBase )

  protected:
    Group algorithmGroup() const override { return Group::ServiceGaps; }

    //! The network parameters (NETWORK optional) and DETOUR_FACTOR.
    void addCostParameters();

    //! METHOD, CATCHMENT and STEPS (catchmentratio, servicegaps).
    void addCatchmentParameters();

    //! The engine's options from METHOD, CATCHMENT and STEPS; throws QgsProcessingException saying what to change.
    sozialraum::gaps::CatchmentOptions catchmentOptions( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const;

    //! Loads NETWORK, or switches to straight-line costs measured in a metric CRS of \a reference.
    void prepareCosts( const QVariantMap &parameters, QgsFeatureSource *reference, QgsProcessingContext &context, QgsProcessingFeedback *feedback );

    /**
     * Every pair of \a demand and \a supply points with a cost of at most \a maxCost (sparse).
     * Points not on the network (or without geometry) take no part.
     */
    sozialraum::gaps::CostTable costTable( const SnappedPoints &demand, const SnappedPoints &supply, double maxCost, QgsProcessingFeedback *feedback ) const;

    /**
     * Reads a capacity or population per feature; text with numbers works ("120", "12,5"). Empty values and
     * text that is no number count as 0, are counted in \a missing and listed in a warning. Empty \a field = 1 each.
     */
    static std::vector<double> readWeights( const SnappedPoints &points, const QString &field, const QString &layerName, QgsProcessingFeedback *feedback, int &missing );

    //! Cost from every demand point to its nearest supply point (no limit); infinity where none is reachable.
    std::vector<double> nearestCosts( const SnappedPoints &demand, const SnappedPoints &supply ) const;

    bool usesNetwork() const { return hasNetwork(); }

  private:
    //! The points' positions in the working CRS for the engine; points without geometry are absent.
    static std::vector<sozialraum::gaps::PlanePoint> planePoints( const SnappedPoints &points );
    //! Distance to cost: SPEED for travel times, DETOUR_FACTOR.
    sozialraum::gaps::StraightLineCost straightLineCost() const;

    double mDetourFactor = 1.0;
    //! COST_TABLE's rows when given: then they are the costs.
    std::optional<std::vector<sozialraum::gaps::CostRecord>> mCostRows;
};

#endif // GAPSALGORITHMBASE_H
