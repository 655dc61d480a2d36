#include "cataloguesitemap.h"
#include "catalogueqt.h"
#include "vocabularylabels.h"

#include "catalogue/catalogue.h"
#include "catalogue/vocabulary.h"

#include <QColor>
#include <QHash>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsdatasourceuri.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgssymbollayer.h>
#include <qgsmarkersymbol.h>
#include <qgsproperty.h>
#include <qgsvectorlayer.h>

#include <algorithm>

using namespace sozialraum::catalogue;
using CatalogueQt::qs;

namespace
{
  const QString FIELD = QStringLiteral( "target_group" );

  //! One row per site: its single target group, "several", or NULL (none).
  QString siteQuery()
  {
    return QStringLiteral( "(SELECT l.fid AS fid, l.id AS id, l.name AS name, "
                           "CASE COUNT(DISTINCT t.id) WHEN 0 THEN NULL WHEN 1 THEN MIN(t.id) ELSE '%1' END AS target_group, "
                           "COUNT(DISTINCT sal.service_id) AS offerings, l.geom AS geom "
                           "FROM location l "
                           "LEFT JOIN service_at_location sal ON sal.location_id = l.id "
                           "LEFT JOIN attribute a ON a.link_id = sal.service_id "
                           "LEFT JOIN taxonomy_term t ON t.id = a.taxonomy_term_id "
                           "AND (t.taxonomy_id = '%2' OR a.link_type = '%3') "
                           "GROUP BY l.fid)" )
      .arg( CatalogueSiteMap::severalGroups(), QString::fromLatin1( vocabulary::TARGET_GROUP_TAXONOMY_ID ),
            QString::fromLatin1( vocabulary::TARGET_GROUP_LINK_TYPE ) );
  }

  //! Distinct colours (colour-blind-aware first); the classes present take them in turn.
  const QList<QColor> &palette()
  {
    static const QList<QColor> colours = { QColor( 0xe6, 0x9f, 0x00 ), QColor( 0x00, 0x72, 0xb2 ), QColor( 0x00, 0x9e, 0x73 ),
                                           QColor( 0xd5, 0x5e, 0x00 ), QColor( 0xcc, 0x79, 0xa7 ), QColor( 0x56, 0xb4, 0xe9 ),
                                           QColor( 0x8c, 0x56, 0x4b ), QColor( 0xbc, 0xbd, 0x22 ), QColor( 0x94, 0x67, 0xbd ),
                                           QColor( 0xd6, 0x27, 0x28 ), QColor( 0x17, 0xbe, 0xcf ), QColor( 0x39, 0x3b, 0x79 ) };
    return colours;
  }

  QgsMarkerSymbol *dot( const QColor &colour )
  {
    QgsMarkerSymbol *symbol = QgsMarkerSymbol::createSimple( { { QStringLiteral( "name" ), QStringLiteral( "circle" ) },
                                                               { QStringLiteral( "color" ), colour.name() },
                                                               { QStringLiteral( "outline_color" ), QStringLiteral( "255,255,255" ) },
                                                               { QStringLiteral( "outline_width" ), QStringLiteral( "0.2" ) },
                                                               { QStringLiteral( "size" ), QStringLiteral( "3.2" ) } } );
    // a city of thousands of sites stays readable: small dots far out, larger ones in a quarter
    symbol->setDataDefinedSize( QgsProperty::fromExpression(
      QStringLiteral( "CASE WHEN @map_scale > 150000 THEN 1.3 WHEN @map_scale > 40000 THEN 2.4 ELSE 3.2 END" ) ) );
    return symbol;
  }

  //! Sites per target group (NULL = none) on the map, whatever the layer's filter shows now.
  QHash<QString, int> sitesPerGroup( const QgsVectorLayer *layer )
  {
    QgsDataSourceUri uri( layer->source() );
    uri.setSql( QString() );
    QgsVectorLayer probe( uri.uri( false ), QStringLiteral( "probe" ), QStringLiteral( "spatialite" ) );
    QHash<QString, int> counts;
    if ( !probe.isValid() )
      return counts;
    const int field = probe.fields().lookupField( FIELD );
    QgsFeatureRequest request;
    request.setFlags( QgsFeatureRequest::NoGeometry );
    request.setSubsetOfAttributes( QgsAttributeList() << field );
    QgsFeatureIterator it = probe.getFeatures( request );
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
    {
      const QVariant value = feature.attribute( field );
      counts[ value.isNull() ? QString() : value.toString() ] += 1;
    }
    return counts;
  }

  QString quoted( const QString &text )
  {
    return QStringLiteral( "'%1'" ).arg( QString( text ).replace( '\'', QLatin1String( "''" ) ) );
  }
} // namespace

QString CatalogueSiteMap::severalGroups()
{
  return QStringLiteral( "several" );
}

QgsVectorLayer *CatalogueSiteMap::createLayer( const QString &path )
{
  QgsDataSourceUri uri;
  uri.setDatabase( path );
  uri.setDataSource( QString(), siteQuery(), QStringLiteral( "geom" ), QString(), QStringLiteral( "fid" ) );
  return new QgsVectorLayer( uri.uri( false ), tr( "Sites by target group" ), QStringLiteral( "spatialite" ) );
}

void CatalogueSiteMap::style( QgsVectorLayer *layer, const Catalogue &catalogue )
{
  if ( !layer )
    return;
  // legend order: the seeded vocabulary's order, then terms planners added by name
  QHash<QString, int> order;
  QHash<QString, QString> labels;
  int position = 0;
  for ( const TaxonomyTerm &term : catalogue.terms( vocabulary::TARGET_GROUP_TAXONOMY_ID ) )
  {
    order.insert( qs( term.id ), position++ );
    labels.insert( qs( term.id ), VocabularyLabels::termName( term ) );
  }
  const QHash<QString, int> counts = sitesPerGroup( layer );
  QStringList termGroups;
  for ( auto it = counts.constBegin(); it != counts.constEnd(); ++it )
  {
    if ( !it.key().isEmpty() && it.key() != severalGroups() )
      termGroups << it.key();
  }
  // the largest groups first in the legend and at the bottom of the drawing: small groups stay visible
  std::sort( termGroups.begin(), termGroups.end(), [&]( const QString &a, const QString &b ) {
    if ( counts.value( a ) != counts.value( b ) )
      return counts.value( a ) > counts.value( b );
    return order.value( a, order.size() ) < order.value( b, order.size() );
  } );

  // restyled (after edits, in another language): classes keep their symbols, a planner's own too
  QHash<QString, QgsSymbol *> kept;
  QList<QColor> used;
  if ( const QgsCategorizedSymbolRenderer *earlier = dynamic_cast<const QgsCategorizedSymbolRenderer *>( layer->renderer() ) )
  {
    if ( earlier->classAttribute() == FIELD )
    {
      for ( const QgsRendererCategory &category : earlier->categories() )
      {
        const QString value = category.value().isNull() ? QString() : category.value().toString();
        if ( category.symbol() && !kept.contains( value ) )
        {
          kept.insert( value, category.symbol()->clone() );
          used << category.symbol()->color();
        }
      }
    }
  }
  int colour = 0;
  const auto symbolFor = [&]( const QString &value, const QColor &fixed ) -> QgsSymbol * {
    if ( QgsSymbol *symbol = kept.take( value ) )
      return symbol;
    if ( fixed.isValid() )
      return dot( fixed );
    // the next colour no class has yet
    while ( colour < palette().size() && used.contains( palette().at( colour ) ) )
      ++colour;
    const QColor fill = palette().at( colour++ % palette().size() );
    used << fill;
    return dot( fill );
  };

  QgsCategoryList categories;
  for ( const QString &group : std::as_const( termGroups ) )
    categories << QgsRendererCategory( group, symbolFor( group, QColor() ), labels.value( group, group ) );
  if ( counts.contains( severalGroups() ) )
    categories << QgsRendererCategory( severalGroups(), symbolFor( severalGroups(), QColor( 0x40, 0x40, 0x40 ) ), tr( "Several target groups" ) );
  // always there: sites whose offerings name no target group are still on the map
  categories << QgsRendererCategory( QVariant(), symbolFor( QString(), QColor( 0xa0, 0xa0, 0xa0 ) ), tr( "No target group" ) );
  qDeleteAll( kept ); // classes of groups no site has any more
  // drawn in the legend's order, the last on top; sites without a group below all others
  for ( int i = 0; i < categories.size(); ++i )
    categories[ i ].symbol()->symbolLayer( 0 )->setRenderingPass( categories.at( i ).value().isNull() ? 0 : i + 1 );

  QgsCategorizedSymbolRenderer *renderer = new QgsCategorizedSymbolRenderer( FIELD, categories );
  renderer->setSourceSymbol( dot( palette().first() ) );
  renderer->setUsingSymbolLevels( true );
  layer->setRenderer( renderer );
  layer->triggerRepaint();
  layer->emitStyleChanged();
}

void CatalogueSiteMap::showOnly( QgsVectorLayer *layer, const QSet<QString> &shown, const QSet<QString> &all )
{
  if ( !layer )
    return;
  QString subset;
  QSet<QString> hidden = all;
  hidden.subtract( shown );
  if ( !hidden.isEmpty() )
  {
    // the shorter list of the two keeps the filter small (thousands of sites in a city)
    const bool listShown = shown.size() <= hidden.size();
    QStringList values;
    for ( const QString &id : listShown ? shown : hidden )
      values << quoted( id );
    values.sort();
    if ( listShown )
      subset = values.isEmpty() ? QStringLiteral( "0 = 1" ) : QStringLiteral( "\"id\" IN (%1)" ).arg( values.join( ',' ) );
    else
      subset = QStringLiteral( "\"id\" NOT IN (%1)" ).arg( values.join( ',' ) );
  }
  if ( layer->subsetString() != subset )
    layer->setSubsetString( subset );
}
