#ifndef CATALOGUEMAPLINK_H
#define CATALOGUEMAPLINK_H

#include "catalogue/types.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <vector>

class QgsMapCanvas;
class QgsMapLayer;
class QgsPointXY;
class QgsRubberBand;
class QgsVectorLayer;

/**
 * The dock's link with the map canvas, both ways:
 * - list → map: highlights sites (a rubber band, removed on clear and on destruction) and
 *   pans or zooms the canvas to them;
 * - map → list: follows the selection on the catalogue's site layer (the site map, or the sites
 *   table layer when it was made the current layer) and on the last polygon
 *   layer that was the canvas's current layer (the "quarter" layer, e.g. statistical areas).
 * Coordinates of the catalogue are WGS 84 (EPSG:4326); the canvas may use any CRS.
 */
class CatalogueMapLink : public QObject
{
    Q_OBJECT

  public:
    explicit CatalogueMapLink( QgsMapCanvas *canvas, QObject *parent = nullptr );
    ~CatalogueMapLink() override;

    QgsMapCanvas *canvas() const;

    //! The catalogue file whose site layer is followed ("" = none).
    void setCataloguePath( const QString &path );

    //! Marks the sites with coordinates; pans (or zooms out) so that all are visible when \a frame.
    void highlight( const std::vector<sozialraum::catalogue::Location> &sites, bool frame = true );
    void clearHighlight();
    //! Number of sites marked on the canvas now.
    int highlightedCount() const;
    QgsRubberBand *rubberBand() const;

    //! The catalogue's site layer that is followed, or nullptr.
    QgsVectorLayer *siteLayer() const;
    void setSiteLayer( QgsVectorLayer *layer );
    //! Catalogue ids of the selected sites.
    QStringList selectedSiteIds() const;

    //! The polygon layer whose selection is "the selected quarter", or nullptr.
    QgsVectorLayer *quarterLayer() const;
    void setQuarterLayer( QgsVectorLayer *layer );
    int selectedQuarterCount() const;
    //! Union of the selected quarter polygons in EPSG:4326 as WKT; "" when none is selected.
    QString selectedQuarterWkt() const;
    //! Names (display expression) of the selected quarters, for the dock's hint.
    QStringList selectedQuarterNames( int maximum = 3 ) const;

    //! The canvas centre in EPSG:4326.
    QgsPointXY centreWgs84() const;
    //! A canvas point (canvas CRS) in EPSG:4326.
    QgsPointXY toWgs84( const QgsPointXY &canvasPoint ) const;

  signals:
    //! The selection on the site layer changed.
    void siteSelectionChanged();
    //! The selection on the quarter layer changed, or another quarter layer was chosen.
    void quarterSelectionChanged();

  private slots:
    void currentLayerChanged( QgsMapLayer *layer );

  private:
    static bool isPolygonLayer( const QgsMapLayer *layer );
    void frame( const std::vector<sozialraum::catalogue::Location> &sites );

    QPointer<QgsMapCanvas> mCanvas;
    // The canvas's scene owns the band's item; the QPointer notices when the scene deleted it first.
    QPointer<QgsRubberBand> mBand;
    int mHighlighted = 0;
    QString mCataloguePath;
    QPointer<QgsVectorLayer> mSiteLayer;
    QMetaObject::Connection mSiteConnection;
    QPointer<QgsVectorLayer> mQuarterLayer;
    QMetaObject::Connection mQuarterConnection;
};

#endif // CATALOGUEMAPLINK_H
