#ifndef NETWORKALGORITHMBASE_H
#define NETWORKALGORITHMBASE_H

#include "sozialraumalgorithm.h"

#include "network/edgeindex.h"
#include "network/graph.h"
#include "network/networkpoint.h"
#include "network/parallel.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>

#include <atomic>
#include <memory>

class QgsFeatureSource;

/**
 * The parameters every network algorithm shares (NETWORK, COST_TYPE, SPEED, SPEED_FIELD,
 * ONEWAY_FIELD, TOLERANCE, MAX_SNAP_DISTANCE, ACCESS_COST) and the step from QGIS layers
 * to the engine: reading lines into a graph in a metric working CRS and snapping points.
 */
class NetworkAlgorithmBase : public SozialraumAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( NetworkAlgorithmBase )

  public:
    //! Points of one layer joined to the network.
    struct SnappedPoints
    {
      QVector<QgsFeature> features;                       //!< in input order (attributes kept)
      QVariantList ids;                                   //!< value of the id field, or the feature id
      std::vector<sozialraum::network::NetworkPoint> points; //!< edge == kInvalidId where not snapped
      std::vector<double> snapDistances;                  //!< metres; NaN without geometry
      std::vector<QgsPointXY> workingPoints;              //!< in the working CRS
      int notSnapped = 0;
      QString description; //!< what the points are, for messages ("facilities", "demand")
    };

  protected:
    //! The ids costs of a COST_TABLE are matched by: the id field's values, else the feature ids (as odmatrix writes them).
    static std::vector<std::string> idsOf( const SnappedPoints &points );

    //! Warns when the id field repeats values, naming the values and features.
    static void reportRepeatedIds( const SnappedPoints &points, const QString &layerName, const QString &layerDescription, const QString &idField, QgsProcessingFeedback *feedback );

    //! Adds NETWORK and the cost/snap parameters. \a withNetworkOptional: NETWORK may be left empty.
    void addNetworkParameters( bool networkOptional = false );

    /**
     * Reads NETWORK into the graph (reprojected to a metric working CRS) and builds the edge
     * index; reports lines without geometry, merged vertices and disconnected parts.
     * Returns false when NETWORK is optional and was not given.
     */
    bool loadNetwork( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback );

    /**
     * Joins the features of \a source to the network (polygons by a point on their surface).
     * Points beyond MAX_SNAP_DISTANCE are reported by id and kept with an invalid edge.
     * With \a joinToNetwork false the features are only read and placed in the working CRS.
     */
    SnappedPoints snapFeatures( QgsFeatureSource *source, const QString &layerDescription, const QString &idField,
                                QgsProcessingContext &context, QgsProcessingFeedback *feedback, bool joinToNetwork = true ) const;

    /**
     * Without a network: costs are straight-line distances (× DETOUR_FACTOR where the caller
     * applies it), measured in a metric CRS chosen from \a reference (its own, or the UTM zone of its centre).
     */
    void useStraightLineCosts( const QVariantMap &parameters, QgsFeatureSource *reference, QgsProcessingContext &context, QgsProcessingFeedback *feedback, bool announce = true );

    //! Cancellation and progress for the engine, bound to \a feedback over [from, to] percent.
    sozialraum::network::RunControl runControl( QgsProcessingFeedback *feedback, double from = 0, double to = 100 ) const;

    //! The unit of costs for messages and field help: "m" or "min".
    QString costUnit() const;

    //! Converts an engine point (working CRS) to a geometry in the network's CRS.
    QgsCoordinateReferenceSystem networkCrs() const { return mNetworkCrs; }
    QgsCoordinateReferenceSystem workingCrs() const { return mWorkingCrs; }
    QgsCoordinateTransform workingToNetwork( QgsProcessingContext &context ) const;

    const sozialraum::network::Graph &graph() const { return *mGraph; }
    bool hasNetwork() const { return static_cast<bool>( mGraph ); }

    double mMaxSnapDistance = 0;
    bool mAccessCost = true;
    sozialraum::network::CostType mCostType = sozialraum::network::CostType::Distance;
    double mSpeedKmh = 4.5;

  private:
    QgsCoordinateReferenceSystem mNetworkCrs;
    QgsCoordinateReferenceSystem mWorkingCrs;
    std::unique_ptr<sozialraum::network::Graph> mGraph;
    std::unique_ptr<sozialraum::network::EdgeIndex> mEdgeIndex;
};

#endif // NETWORKALGORITHMBASE_H
