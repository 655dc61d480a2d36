#include "cataloguemaplink.h"
#include "cataloguelayers.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsexpression.h>
#include <qgsexpressioncontextutils.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsrubberband.h>
#include <qgsunittypes.h>
#include <qgsvectorlayer.h>

using namespace sozialraum::catalogue;

namespace
{
  QgsCoordinateReferenceSystem wgs84()
  {
    return QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) );
  }

  //! Sites are selected on the map layer that draws them, or on the table layer that edits them.
  bool isSiteLayer( const QgsMapLayer *layer, const QString &path )
  {
    const QString table = CatalogueLayers::tableOf( layer, path );
    return table == QLatin1String( "location" ) || table == CatalogueLayers::siteMapName();
  }

  QgsVectorLayer *defaultSiteLayer( const QString &path )
  {
    if ( QgsVectorLayer *map = CatalogueLayers::siteMapLayer( QgsProject::instance(), path ) )
      return map;
    return CatalogueLayers::layer( QgsProject::instance(), path, QStringLiteral( "location" ) );
  }
} // namespace

CatalogueMapLink::CatalogueMapLink( QgsMapCanvas *canvas, QObject *parent )
  : QObject( parent )
  , mCanvas( canvas )
{
  if ( mCanvas )
  {
    connect( mCanvas, &QgsMapCanvas::currentLayerChanged, this, &CatalogueMapLink::currentLayerChanged );
    currentLayerChanged( mCanvas->currentLayer() );
  }
  // a site layer added later (by the dock, a project or the user) is followed from then on
  connect( QgsProject::instance(), &QgsProject::layersAdded, this, [this]( const QList<QgsMapLayer *> &layers ) {
    if ( mCataloguePath.isEmpty() )
      return;
    // the site map, when it comes, is what planners select on
    for ( QgsMapLayer *layer : layers )
    {
      if ( CatalogueLayers::tableOf( layer, mCataloguePath ) == CatalogueLayers::siteMapName() )
      {
        setSiteLayer( qobject_cast<QgsVectorLayer *>( layer ) );
        return;
      }
    }
    if ( !mSiteLayer )
      setSiteLayer( defaultSiteLayer( mCataloguePath ) );
  } );
}

QgsMapCanvas *CatalogueMapLink::canvas() const
{
  return mCanvas;
}

QgsRubberBand *CatalogueMapLink::rubberBand() const
{
  return mBand;
}

QgsVectorLayer *CatalogueMapLink::siteLayer() const
{
  return mSiteLayer;
}

QgsVectorLayer *CatalogueMapLink::quarterLayer() const
{
  return mQuarterLayer;
}

CatalogueMapLink::~CatalogueMapLink()
{
  // nothing may stay on the canvas when the dock goes (plugin unload)
  delete mBand;
}

void CatalogueMapLink::setCataloguePath( const QString &path )
{
  mCataloguePath = path;
  clearHighlight();
  if ( mSiteLayer && !isSiteLayer( mSiteLayer, path ) )
    setSiteLayer( nullptr );
  if ( !mSiteLayer && !path.isEmpty() )
    setSiteLayer( defaultSiteLayer( path ) );
}

// ---- list → map -------------------------------------------------------------------------------

void CatalogueMapLink::highlight( const std::vector<Location> &sites, bool frameSites )
{
  clearHighlight();
  if ( !mCanvas )
    return;
  std::vector<Location> placed;
  for ( const Location &site : sites )
  {
    if ( site.latitude && site.longitude )
      placed.push_back( site );
  }
  if ( placed.empty() )
    return;

  if ( !mBand )
  {
    mBand = new QgsRubberBand( mCanvas, QgsWkbTypes::PointGeometry );
    mBand->setObjectName( QStringLiteral( "SozialraumCatalogueHighlight" ) );
    mBand->setIcon( QgsRubberBand::ICON_CIRCLE );
    // crimson, not QGIS's yellow: the highlight must stand out on a selected quarter too
    mBand->setIconSize( 24 );
    mBand->setWidth( 4 );
    mBand->setStrokeColor( QColor( 200, 0, 50 ) );
    mBand->setFillColor( QColor( 220, 20, 60, 90 ) );
    mBand->setZValue( 1000 );
  }
  mBand->reset( QgsWkbTypes::PointGeometry );
  const QgsCoordinateTransform transform( wgs84(), mCanvas->mapSettings().destinationCrs(), QgsProject::instance() );
  for ( const Location &site : placed )
  {
    try
    {
      const QgsPointXY point = transform.transform( QgsPointXY( *site.longitude, *site.latitude ) );
      mBand->addPoint( point, false );
      ++mHighlighted;
    }
    catch ( const QgsCsException & )
    {
      // a site outside the canvas CRS's area of use is not marked
    }
  }
  mBand->updatePosition();
  mBand->update();
  mBand->show();
  if ( frameSites )
    frame( placed );
  mCanvas->refresh();
}

void CatalogueMapLink::clearHighlight()
{
  mHighlighted = 0;
  if ( mBand )
  {
    mBand->reset( QgsWkbTypes::PointGeometry );
    mBand->hide();
  }
}

int CatalogueMapLink::highlightedCount() const
{
  return mBand && mBand->isVisible() ? mHighlighted : 0;
}

void CatalogueMapLink::frame( const std::vector<Location> &sites )
{
  const QgsCoordinateTransform transform( wgs84(), mCanvas->mapSettings().destinationCrs(), QgsProject::instance() );
  QgsRectangle box;
  box.setMinimal();
  for ( const Location &site : sites )
  {
    try
    {
      box.combineExtentWith( transform.transform( QgsPointXY( *site.longitude, *site.latitude ) ) );
    }
    catch ( const QgsCsException & )
    {
    }
  }
  if ( box.isNull() )
    return;

  const QgsRectangle current = mCanvas->extent();
  if ( !current.isEmpty() && current.width() > 0 )
  {
    QgsRectangle inner = current;
    inner.scale( 0.9 );
    if ( inner.contains( box ) )
      return; // all visible already: keep the planner's view
    if ( box.width() <= inner.width() && box.height() <= inner.height() )
    {
      mCanvas->setCenter( box.center() );
      return;
    }
    QgsRectangle wanted = box;
    wanted.scale( 1.2 );
    mCanvas->setExtent( wanted );
    return;
  }

  // an empty canvas has no scale yet: show about a kilometre around the sites
  const double kilometre = 1000 * QgsUnitTypes::fromUnitToUnitFactor( QgsUnitTypes::DistanceMeters, mCanvas->mapSettings().destinationCrs().mapUnits() );
  QgsRectangle wanted = box;
  wanted.grow( kilometre );
  mCanvas->setExtent( wanted );
}

QgsPointXY CatalogueMapLink::centreWgs84() const
{
  if ( !mCanvas )
    return QgsPointXY();
  return toWgs84( mCanvas->center() );
}

QgsPointXY CatalogueMapLink::toWgs84( const QgsPointXY &canvasPoint ) const
{
  if ( !mCanvas )
    return canvasPoint;
  const QgsCoordinateReferenceSystem crs = mCanvas->mapSettings().destinationCrs();
  if ( !crs.isValid() )
    return canvasPoint;
  try
  {
    return QgsCoordinateTransform( crs, wgs84(), QgsProject::instance() ).transform( canvasPoint );
  }
  catch ( const QgsCsException & )
  {
    return QgsPointXY();
  }
}

// ---- map → list -------------------------------------------------------------------------------

bool CatalogueMapLink::isPolygonLayer( const QgsMapLayer *layer )
{
  const QgsVectorLayer *vector = qobject_cast<const QgsVectorLayer *>( layer );
  return vector && vector->geometryType() == QgsWkbTypes::PolygonGeometry;
}

void CatalogueMapLink::currentLayerChanged( QgsMapLayer *layer )
{
  QgsVectorLayer *vector = qobject_cast<QgsVectorLayer *>( layer );
  if ( !vector )
    return;
  if ( isSiteLayer( vector, mCataloguePath ) )
    setSiteLayer( vector );
  else if ( isPolygonLayer( vector ) )
    setQuarterLayer( vector );
}

void CatalogueMapLink::setSiteLayer( QgsVectorLayer *layer )
{
  if ( layer == mSiteLayer )
    return;
  disconnect( mSiteConnection );
  mSiteLayer = layer;
  if ( mSiteLayer )
    mSiteConnection = connect( mSiteLayer, &QgsVectorLayer::selectionChanged, this, &CatalogueMapLink::siteSelectionChanged );
  emit siteSelectionChanged();
}

void CatalogueMapLink::setQuarterLayer( QgsVectorLayer *layer )
{
  if ( layer == mQuarterLayer )
    return;
  disconnect( mQuarterConnection );
  mQuarterLayer = isPolygonLayer( layer ) ? layer : nullptr;
  if ( mQuarterLayer )
    mQuarterConnection = connect( mQuarterLayer, &QgsVectorLayer::selectionChanged, this, &CatalogueMapLink::quarterSelectionChanged );
  emit quarterSelectionChanged();
}

QStringList CatalogueMapLink::selectedSiteIds() const
{
  QStringList ids;
  if ( !mSiteLayer || mSiteLayer->selectedFeatureCount() == 0 )
    return ids;
  const int idField = mSiteLayer->fields().lookupField( QStringLiteral( "id" ) );
  if ( idField < 0 )
    return ids;
  QgsFeatureRequest request( mSiteLayer->selectedFeatureIds() );
  request.setFlags( QgsFeatureRequest::NoGeometry );
  request.setSubsetOfAttributes( QgsAttributeList() << idField );
  QgsFeatureIterator it = mSiteLayer->getFeatures( request );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
    ids << feature.attribute( idField ).toString();
  return ids;
}

int CatalogueMapLink::selectedQuarterCount() const
{
  return mQuarterLayer ? mQuarterLayer->selectedFeatureCount() : 0;
}

QString CatalogueMapLink::selectedQuarterWkt() const
{
  if ( selectedQuarterCount() == 0 )
    return QString();
  QVector<QgsGeometry> parts;
  QgsFeatureRequest request( mQuarterLayer->selectedFeatureIds() );
  request.setNoAttributes();
  QgsFeatureIterator it = mQuarterLayer->getFeatures( request );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feature.hasGeometry() )
      parts.append( feature.geometry() );
  }
  if ( parts.isEmpty() )
    return QString();
  QgsGeometry area = parts.size() == 1 ? parts.first() : QgsGeometry::unaryUnion( parts );
  if ( area.isNull() )
    return QString();
  try
  {
    const QgsCoordinateTransform transform( mQuarterLayer->crs(), wgs84(), QgsProject::instance() );
    if ( area.transform( transform ) != Qgis::GeometryOperationResult::Success )
      return QString();
  }
  catch ( const QgsCsException & )
  {
    return QString();
  }
  return area.asWkt( 8 );
}

QStringList CatalogueMapLink::selectedQuarterNames( int maximum ) const
{
  QStringList names;
  if ( selectedQuarterCount() == 0 )
    return names;
  QgsExpressionContext context( QgsExpressionContextUtils::globalProjectLayerScopes( mQuarterLayer ) );
  QgsExpression expression( mQuarterLayer->displayExpression() );
  expression.prepare( &context );
  QgsFeatureRequest request( mQuarterLayer->selectedFeatureIds() );
  request.setFlags( QgsFeatureRequest::NoGeometry );
  request.setLimit( maximum );
  QgsFeatureIterator it = mQuarterLayer->getFeatures( request );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    context.setFeature( feature );
    names << expression.evaluate( &context ).toString();
  }
  return names;
}
