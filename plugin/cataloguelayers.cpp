#include "cataloguelayers.h"
#include "catalogueqt.h"
#include "cataloguesitemap.h"

#include <QFileInfo>
#include <QMap>
#include <qgsdatasourceuri.h>
#include <qgseditformconfig.h>
#include <qgseditorwidgetsetup.h>
#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgsproject.h>
#include <qgsrelation.h>
#include <qgsrelationmanager.h>
#include <qgsvaluemapfieldformatter.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

using namespace sozialraum::catalogue;

namespace
{
  const char *TABLE_PROPERTY = "sozialraum/catalogueTable";
  const char *GROUP_PROPERTY = "sozialraum/catalogue";

  QString canonical( const QString &path )
  {
    const QFileInfo info( path );
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
  }

  struct Link
  {
    QString child;
    QString childField;
    QString parent;
  };

  //! The relations the catalogue's forms need (child field → parent id).
  const QList<Link> &links()
  {
    static const QList<Link> list = {
      { QStringLiteral( "service" ), QStringLiteral( "organization_id" ), QStringLiteral( "organization" ) },
      { QStringLiteral( "service_at_location" ), QStringLiteral( "service_id" ), QStringLiteral( "service" ) },
      { QStringLiteral( "service_at_location" ), QStringLiteral( "location_id" ), QStringLiteral( "location" ) },
      { QStringLiteral( "schedule" ), QStringLiteral( "service_id" ), QStringLiteral( "service" ) },
      { QStringLiteral( "address" ), QStringLiteral( "location_id" ), QStringLiteral( "location" ) },
    };
    return list;
  }

  QVariantMap valueMap( const QList<QPair<QString, QString>> &labelsAndCodes, bool allowNull )
  {
    QVariantList map;
    if ( allowNull )
      map.append( QVariantMap { { QStringLiteral( "—" ), QgsValueMapFieldFormatter::NULL_VALUE } } );
    for ( const auto &[ label, code ] : labelsAndCodes )
      map.append( QVariantMap { { label, code } } );
    return { { QStringLiteral( "map" ), map } };
  }

  template <typename T>
  QList<QPair<QString, QString>> codeList( const QList<QPair<T, QString>> &values )
  {
    QList<QPair<QString, QString>> list;
    for ( const auto &[ value, label ] : values )
      list.append( qMakePair( label, QString::fromStdString( toString( value ) ) ) );
    return list;
  }

  void setWidget( QgsVectorLayer *layer, const QString &field, const QString &type, const QVariantMap &config )
  {
    const int index = layer->fields().lookupField( field );
    if ( index >= 0 )
      layer->setEditorWidgetSetup( index, QgsEditorWidgetSetup( type, config ) );
  }

  void setAlias( QgsVectorLayer *layer, const QString &field, const QString &alias )
  {
    const int index = layer->fields().lookupField( field );
    if ( index >= 0 )
      layer->setFieldAlias( index, alias );
  }

  //! The technical keys stay visible (planners copy ids) but are not typed over in forms.
  void protectKeys( QgsVectorLayer *layer )
  {
    QgsEditFormConfig form = layer->editFormConfig();
    for ( const QString &field : { QStringLiteral( "fid" ), QStringLiteral( "id" ) } )
    {
      const int index = layer->fields().lookupField( field );
      if ( index >= 0 )
        form.setReadOnly( index, true );
    }
    layer->setEditFormConfig( form );
    setWidget( layer, QStringLiteral( "fid" ), QStringLiteral( "Hidden" ), {} );
  }
} // namespace

bool CatalogueLayers::addSiteMap( QgsProject *project, const QString &path, QgsLayerTreeGroup *group )
{
  QgsVectorLayer *map = CatalogueSiteMap::createLayer( path );
  if ( !map->isValid() )
  {
    delete map;
    return false;
  }
  map->setCustomProperty( TABLE_PROPERTY, siteMapName() );
  map->setDisplayExpression( QStringLiteral( "coalesce(\"name\", \"id\")" ) );
  project->addMapLayer( map, false );
  QgsLayerTreeLayer *node = ( group ? group : project->layerTreeRoot() )->insertLayer( 0, map );
  // planners read how many sites each class has
  node->setCustomProperty( QStringLiteral( "showFeatureCount" ), true );
  node->setExpanded( true );
  return true;
}

QStringList CatalogueLayers::tables()
{
  return { QStringLiteral( "location" ), QStringLiteral( "service" ), QStringLiteral( "organization" ),
           QStringLiteral( "service_at_location" ), QStringLiteral( "schedule" ), QStringLiteral( "address" ) };
}

QString CatalogueLayers::relationId( const QString &childTable, const QString &parentTable )
{
  return QStringLiteral( "sozialraum_%1_%2" ).arg( childTable, parentTable );
}

QString CatalogueLayers::siteMapName()
{
  return QStringLiteral( "site_map" );
}

QString CatalogueLayers::tableOf( const QgsMapLayer *layer, const QString &path )
{
  if ( !layer || path.isEmpty() || layer->providerType() != QLatin1String( "spatialite" ) )
    return QString();
  const QgsDataSourceUri uri( layer->source() );
  if ( canonical( uri.database() ) != canonical( path ) )
    return QString();
  // a query layer (the site map) is known by the name it was given
  if ( uri.table().startsWith( '(' ) )
    return layer->customProperty( TABLE_PROPERTY ).toString();
  return uri.table();
}

QgsVectorLayer *CatalogueLayers::siteMapLayer( const QgsProject *project, const QString &path )
{
  return layer( project, path, siteMapName() );
}

void CatalogueLayers::removeFromProject( QgsProject *project, const QString &path )
{
  if ( !project || path.isEmpty() )
    return;
  QStringList ids;
  for ( QgsVectorLayer *layer : layers( project, path ) )
    ids << layer->id();
  project->removeMapLayers( ids );
  QgsLayerTreeGroup *root = project->layerTreeRoot();
  for ( QgsLayerTreeGroup *group : root->findGroups() )
  {
    if ( canonical( group->customProperty( GROUP_PROPERTY ).toString() ) == canonical( path ) && group->findLayers().isEmpty() )
      root->removeChildNode( group );
  }
}

QgsVectorLayer *CatalogueLayers::layer( const QgsProject *project, const QString &path, const QString &table )
{
  if ( !project )
    return nullptr;
  for ( QgsVectorLayer *candidate : project->layers<QgsVectorLayer *>() )
  {
    if ( tableOf( candidate, path ) == table )
      return candidate;
  }
  return nullptr;
}

QList<QgsVectorLayer *> CatalogueLayers::layers( const QgsProject *project, const QString &path )
{
  QList<QgsVectorLayer *> list;
  if ( !project )
    return list;
  for ( QgsVectorLayer *candidate : project->layers<QgsVectorLayer *>() )
  {
    if ( !tableOf( candidate, path ).isEmpty() )
      list.append( candidate );
  }
  return list;
}

void CatalogueLayers::reload( const QgsProject *project, const QString &path )
{
  for ( QgsVectorLayer *layer : layers( project, path ) )
  {
    if ( layer->isEditable() )
      continue;
    layer->reload();
    layer->triggerRepaint();
  }
}

QString CatalogueLayers::addToProject( QgsProject *project, const QString &path, QgsLayerTreeGroup **group )
{
  if ( !project )
    return tr( "There is no project to add the catalogue to." );
  if ( path.isEmpty() )
    return tr( "No catalogue is open." );
  if ( QgsVectorLayer *sites = layer( project, path, QStringLiteral( "location" ) ) )
  {
    // a project saved before the site map existed gets it beside its sites
    if ( !siteMapLayer( project, path ) )
    {
      QgsLayerTreeLayer *node = project->layerTreeRoot()->findLayer( sites );
      addSiteMap( project, path, node ? qobject_cast<QgsLayerTreeGroup *>( node->parent() ) : project->layerTreeRoot() );
    }
    return QString();
  }

  const QMap<QString, QString> names = {
    { QStringLiteral( "location" ), tr( "Sites" ) },
    { QStringLiteral( "service" ), tr( "Offerings" ) },
    { QStringLiteral( "organization" ), tr( "Stakeholders" ) },
    { QStringLiteral( "service_at_location" ), tr( "Offerings at sites" ) },
    { QStringLiteral( "schedule" ), tr( "Opening hours" ) },
    { QStringLiteral( "address" ), tr( "Addresses" ) },
  };

  QMap<QString, QgsVectorLayer *> byTable;
  QList<QgsMapLayer *> created;
  for ( const QString &table : tables() )
  {
    QgsDataSourceUri uri;
    uri.setDatabase( path );
    uri.setDataSource( QString(), table, table == QLatin1String( "location" ) ? QStringLiteral( "geom" ) : QString() );
    auto *layer = new QgsVectorLayer( uri.uri(), names.value( table ), QStringLiteral( "spatialite" ) );
    if ( !layer->isValid() )
    {
      const QString error = layer->error().summary();
      delete layer;
      qDeleteAll( created );
      return tr( "The table '%1' of the catalogue could not be opened as a layer: %2" ).arg( table, error );
    }
    layer->setCustomProperty( TABLE_PROPERTY, table );
    byTable.insert( table, layer );
    created.append( layer );
  }

  // display names: what link fields and relation editors show instead of UUIDs
  byTable.value( QStringLiteral( "organization" ) )->setDisplayExpression( QStringLiteral( "\"name\"" ) );
  byTable.value( QStringLiteral( "service" ) )->setDisplayExpression( QStringLiteral( "\"name\"" ) );
  byTable.value( QStringLiteral( "location" ) )->setDisplayExpression( QStringLiteral( "coalesce(\"name\", \"id\")" ) );
  byTable.value( QStringLiteral( "schedule" ) )->setDisplayExpression( QStringLiteral( "concat(\"byday\", ' ', \"opens_at\", '-', \"closes_at\")" ) );
  byTable.value( QStringLiteral( "address" ) )->setDisplayExpression( QStringLiteral( "concat(\"address_1\", ', ', \"postal_code\", ' ', \"city\")" ) );

  for ( QgsVectorLayer *layer : byTable )
    protectKeys( layer );

  QgsVectorLayer *service = byTable.value( QStringLiteral( "service" ) );
  setWidget( service, QStringLiteral( "status" ), QStringLiteral( "ValueMap" ), valueMap( codeList( CatalogueText::statuses() ), false ) );
  setWidget( service, QStringLiteral( "organization_form" ), QStringLiteral( "ValueMap" ), valueMap( codeList( CatalogueText::organizationForms() ), true ) );
  setWidget( service, QStringLiteral( "planning_state" ), QStringLiteral( "ValueMap" ), valueMap( codeList( CatalogueText::planningStates() ), true ) );
  setAlias( service, QStringLiteral( "name" ), tr( "Name" ) );
  setAlias( service, QStringLiteral( "organization_id" ), tr( "Provider" ) );
  setAlias( service, QStringLiteral( "organization_form" ), tr( "Organized" ) );
  setAlias( service, QStringLiteral( "planning_state" ), tr( "Planning state" ) );
  setAlias( service, QStringLiteral( "valid_from" ), tr( "Valid from" ) );
  setAlias( service, QStringLiteral( "valid_to" ), tr( "Valid to" ) );
  setAlias( service, QStringLiteral( "capacity" ), tr( "Capacity" ) );
  setAlias( service, QStringLiteral( "assured_date" ), tr( "Last checked" ) );
  QgsVectorLayer *organization = byTable.value( QStringLiteral( "organization" ) );
  setWidget( organization, QStringLiteral( "kind" ), QStringLiteral( "ValueMap" ), valueMap( codeList( CatalogueText::stakeholderKinds() ), true ) );
  setAlias( organization, QStringLiteral( "name" ), tr( "Name" ) );
  setAlias( organization, QStringLiteral( "kind" ), tr( "Kind" ) );

  project->addMapLayers( created, false );

  QgsRelationManager *relations = project->relationManager();
  for ( const Link &link : links() )
  {
    QgsVectorLayer *child = byTable.value( link.child );
    QgsVectorLayer *parent = byTable.value( link.parent );
    QgsRelation relation;
    relation.setId( relationId( link.child, link.parent ) );
    relation.setName( QStringLiteral( "%1 → %2" ).arg( parent->name(), child->name() ) );
    relation.setReferencingLayer( child->id() );
    relation.setReferencedLayer( parent->id() );
    relation.addFieldPair( link.childField, QStringLiteral( "id" ) );
    relation.setStrength( QgsRelation::Association );
    if ( !relation.isValid() )
      continue;
    relations->removeRelation( relation.id() );
    relations->addRelation( relation );
    // the link field picks the parent by its display name
    setWidget( child, link.childField, QStringLiteral( "RelationReference" ),
               { { QStringLiteral( "Relation" ), relation.id() },
                 { QStringLiteral( "AllowNULL" ), link.child != QLatin1String( "service" ) },
                 { QStringLiteral( "ShowForm" ), false },
                 { QStringLiteral( "ShowOpenFormButton" ), true },
                 { QStringLiteral( "OrderByValue" ), true },
                 { QStringLiteral( "MapIdentification" ), false },
                 { QStringLiteral( "ReadOnly" ), false },
                 { QStringLiteral( "AllowAddFeatures" ), false } } );
  }

  QgsLayerTreeGroup *tree = project->layerTreeRoot()->insertGroup( 0, tr( "Catalogue %1" ).arg( QFileInfo( path ).completeBaseName() ) );
  tree->setCustomProperty( GROUP_PROPERTY, path );
  for ( const QString &table : tables() )
    tree->addLayer( byTable.value( table ) );
  // the site map draws the sites; the table layer is there for forms and editing
  if ( addSiteMap( project, path, tree ) )
    tree->findLayer( byTable.value( QStringLiteral( "location" ) ) )->setItemVisibilityChecked( false );
  if ( group )
    *group = tree;
  return QString();
}
