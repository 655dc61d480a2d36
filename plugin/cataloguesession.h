#ifndef CATALOGUESESSION_H
#define CATALOGUESESSION_H

#include <QObject>
#include <QString>
#include <memory>

class QgsVectorLayer;

namespace sozialraum::catalogue
{
  class Catalogue;
}

/**
 * The catalogue in use: opening, creating and closing it, its layers in the project and its
 * place in the project.
 *
 * - Opening a catalogue by any route (the dock, the menu, a project that names it) puts its
 *   layers into the project once; opening another one replaces them, closing removes them.
 * - The project remembers the catalogue (entry Sozialraum/catalogue, relative to the project
 *   file where the project wants that); reading a project that names one opens it, a new or
 *   cleared project closes it.
 * - Edits saved through the catalogue's layers are logged under the planner's name, not as
 *   "unknown", and announced with layersEdited().
 */
class CatalogueSession : public QObject
{
    Q_OBJECT

  public:
    explicit CatalogueSession( QObject *parent = nullptr );
    ~CatalogueSession() override;

    //! The open catalogue, or nullptr.
    sozialraum::catalogue::Catalogue *catalogue() const { return mCatalogue.get(); }
    //! Absolute path of the open catalogue, or "".
    QString path() const { return mPath; }
    //! Why the last open or create failed.
    QString lastError() const { return mLastError; }

    bool create( const QString &path );
    bool open( const QString &path );
    //! Closes the catalogue and takes its layers out of the project.
    void close();

    //! Adds the catalogue's layers to the project unless they are there; "" or the message.
    QString addLayers();
    //! Re-reads the layers after the catalogue was written to (the site map's classes too).
    void reloadLayers();
    //! The layer that draws the sites (the site map), or nullptr.
    QgsVectorLayer *siteMapLayer() const;

    //! Opens the catalogue the project names (after a project was read, or when the plugin starts late).
    void openProjectCatalogue();

    //! Where file dialogs start: the saved project's folder, else the folder used last, else home.
    static QString startFolder();
    //! Remembers the folder of \a path for the next file dialog.
    static void rememberFolder( const QString &path );

  signals:
    //! The catalogue is about to go: whatever holds on to it lets go now.
    void aboutToClose();
    //! A catalogue was opened ("" = closed).
    void changed( const QString &path );
    //! Edits were committed through the catalogue's layers (forms, the attribute table).
    void layersEdited();
    //! The catalogue a project names could not be opened.
    void failed( const QString &message );

  private slots:
    void projectCleared();
    void writeProjectEntry();
    void watchLayers();
    void layerCommitStarts();
    void layerCommitted();

  private:
    void lendUser( bool lend );
    bool use( std::unique_ptr<sozialraum::catalogue::Catalogue> catalogue );
    //! Forgets the catalogue; its layers stay (the project may have taken them already).
    void release();

    std::unique_ptr<sozialraum::catalogue::Catalogue> mCatalogue;
    QString mPath;
    QString mLastError;
};

#endif // CATALOGUESESSION_H
