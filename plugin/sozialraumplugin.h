#ifndef SOZIALRAUMPLUGIN_H
#define SOZIALRAUMPLUGIN_H

#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>
#include <qgisplugin.h>

class QAction;
class QgisInterface;
class SozialraumProvider;
class SozialraumTranslator;
class CatalogueDock;

/**
 * The desktop entry: registers the processing provider, adds the menu entries and
 * toolbar button, owns the catalogue dock, and removes all of it on unload.
 */
class SozialraumPlugin : public QObject, public QgisPlugin
{
    Q_OBJECT

  public:
    explicit SozialraumPlugin( QgisInterface *iface );
    ~SozialraumPlugin() override;

    // Invokable so that the desktop test can unload and reload inside one QGIS session,
    // exactly as the plugin manager does.
    Q_INVOKABLE void initGui() override;
    Q_INVOKABLE void unload() override;

    static QString pluginName();
    static QString pluginDescription();
    static QString pluginCategory();

  private slots:
    //! In a fresh profile: the dock as a tab beside the Processing Toolbox.
    void placeDockBesideToolbox();

  private:

    QgisInterface *mIface = nullptr;
    bool mDockPlacedBefore = true;
    std::unique_ptr<SozialraumTranslator> mTranslator;
    SozialraumProvider *mProvider = nullptr; // owned by the processing registry
    QPointer<CatalogueDock> mDock;
    QPointer<QAction> mDockAction;
    // Plugins → Sozialraum: New catalogue…, Open catalogue…, Add catalogue tables to project
    QList<QPointer<QAction>> mMenuActions;
};

#endif // SOZIALRAUMPLUGIN_H
