#ifndef CATALOGUELAYERS_H
#define CATALOGUELAYERS_H

#include <QCoreApplication>
#include <QList>
#include <QString>

class QgsLayerTreeGroup;
class QgsMapLayer;
class QgsProject;
class QgsVectorLayer;

/**
 * The catalogue's tables as ordinary QGIS layers (spatialite provider), with project relations
 * (stakeholder → offering, offering → offering-at-site, site → offering-at-site, ...) so that
 * attribute forms show related records and link fields pick the related record by name.
 */
class CatalogueLayers
{
    Q_DECLARE_TR_FUNCTIONS( CatalogueLayers )

  public:
    //! Tables added to a project, top to bottom in the layer group.
    static QStringList tables();

    /**
     * Adds the tables of the catalogue \a path to \a project in a layer group, configures relations,
     * forms and display names, and the map layer of the sites by target group above them (the
     * table layer of the sites stays unchecked: the map layer draws them). Returns an error
     * message, or "" (also when they are there already: a catalogue's layers are added once).
     */
    static QString addToProject( QgsProject *project, const QString &path, QgsLayerTreeGroup **group = nullptr );

    //! What addToProject() calls the map layer of the sites by target group (see CatalogueSiteMap) in tableOf().
    static QString siteMapName();

    //! The catalogue table \a layer shows if it is a layer of the catalogue file \a path (siteMapName() for the map layer); else "".
    static QString tableOf( const QgsMapLayer *layer, const QString &path );
    //! The catalogue's layer of \a table in \a project, or nullptr.
    static QgsVectorLayer *layer( const QgsProject *project, const QString &path, const QString &table );
    //! The map layer of the catalogue's sites by target group in \a project, or nullptr.
    static QgsVectorLayer *siteMapLayer( const QgsProject *project, const QString &path );
    //! Every layer of the catalogue in \a project.
    static QList<QgsVectorLayer *> layers( const QgsProject *project, const QString &path );
    //! Takes the catalogue's layers and their layer group out of \a project.
    static void removeFromProject( QgsProject *project, const QString &path );
    //! Re-reads the catalogue's layers after the dock wrote to the file (layers being edited are left alone).
    static void reload( const QgsProject *project, const QString &path );

    //! Id of the project relation between two catalogue tables, e.g. relationId( "service", "organization" ).
    static QString relationId( const QString &childTable, const QString &parentTable );

  private:
    //! Adds the site map at the top of \a group; false when the layer could not be made.
    static bool addSiteMap( QgsProject *project, const QString &path, QgsLayerTreeGroup *group );
};

#endif // CATALOGUELAYERS_H
