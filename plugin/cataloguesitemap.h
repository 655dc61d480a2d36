#ifndef CATALOGUESITEMAP_H
#define CATALOGUESITEMAP_H

#include <QCoreApplication>
#include <QSet>
#include <QString>

class QgsVectorLayer;

namespace sozialraum::catalogue
{
  class Catalogue;
}

/**
 * The catalogue's sites as a planner reads them on the map: one point per site, coloured by
 * the target group of the offerings there (a categorized renderer with a legend in the
 * interface language; "several target groups" and "no target group" have their own class),
 * sized by scale so that a whole city does not merge into a blob, and filtered to the sites
 * of the offerings the dock lists.
 *
 * It is a read-only query layer over the catalogue file (spatialite provider); the editable
 * table layer "Sites" stays in the catalogue's layer group for forms and relations.
 */
class CatalogueSiteMap
{
    Q_DECLARE_TR_FUNCTIONS( CatalogueSiteMap )

  public:
    //! Value of the field target_group for sites whose offerings serve several target groups.
    static QString severalGroups();

    //! A new layer of the sites of the catalogue \a path (not styled yet), or an invalid one.
    static QgsVectorLayer *createLayer( const QString &path );

    //! Categories for the target groups present, labelled in the interface language.
    static void style( QgsVectorLayer *layer, const sozialraum::catalogue::Catalogue &catalogue );

    /**
     * Draws only the sites \a shown of all sites \a all (their catalogue ids): the layer's
     * subset string, left empty when everything is shown.
     */
    static void showOnly( QgsVectorLayer *layer, const QSet<QString> &shown, const QSet<QString> &all );
};

#endif // CATALOGUESITEMAP_H
