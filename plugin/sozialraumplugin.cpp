#include "sozialraumplugin.h"
#include "cataloguedock.h"
#include "examplemodels.h"
#include "sozialraumprovider.h"
#include "sozialraumresources.h"
#include "sozialraumtranslator.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QIcon>
#include <QMainWindow>
#include <QTimer>
#include <functional>
#include <qgisinterface.h>
#include <qgsapplication.h>
#include <qgsmessagelog.h>
#include <qgsprocessingregistry.h>
#include <qgssettings.h>

SozialraumPlugin::SozialraumPlugin( QgisInterface *iface )
  : QgisPlugin( pluginName(), pluginDescription(), pluginCategory(), Sozialraum::version(), QgisPlugin::UI )
  , mIface( iface )
{
  setObjectName( QStringLiteral( "SozialraumPlugin" ) );
  // Lets scripts and the desktop test reach the plugin object (e.g. to reload it).
  qApp->setProperty( "sozialraumPlugin", QVariant::fromValue<QObject *>( this ) );
}

SozialraumPlugin::~SozialraumPlugin()
{
  // QGIS calls unload() before deleting the plugin; this guards a direct delete.
  unload();
  qApp->setProperty( "sozialraumPlugin", QVariant() );
}

QString SozialraumPlugin::pluginName()
{
  return QStringLiteral( "Sozialraum" );
}

QString SozialraumPlugin::pluginDescription()
{
  return tr( "Social-space planning: social indices, network accessibility, service gaps and a catalogue of stakeholders and offerings." );
}

QString SozialraumPlugin::pluginCategory()
{
  return tr( "Plugins" );
}

void SozialraumPlugin::initGui()
{
  Sozialraum::initResources();
  // The translator must be in place before any user-visible string is made.
  mTranslator = std::make_unique<SozialraumTranslator>();

  // The Python shim (processingentry.cpp) may have come first, e.g. when QGIS starts Python
  // plugins before C++ plugins from plugins/searchPathsForPlugins: its provider gives way.
  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  if ( QgsProcessingProvider *existing = registry->providerById( QStringLiteral( "sozialraum" ) ) )
  {
    if ( existing->property( "sozialraumShim" ).toBool() )
      registry->removeProvider( existing ); // deletes it
  }

  mProvider = new SozialraumProvider();
  if ( !registry->addProvider( mProvider ) )
  {
    // Another copy (e.g. a Python shim) registered the id first; the registry has deleted ours.
    mProvider = nullptr;
  }

  // The example models appear in the toolbox under Models → "Sozialraum examples".
  QString modelsError;
  if ( !ExampleModels::install( ExampleModels::profileModelsFolder(), &modelsError ).isEmpty() )
    ExampleModels::refreshModelProvider();
  if ( !modelsError.isEmpty() )
    QgsMessageLog::logMessage( modelsError, pluginName(), Qgis::Warning );

  mDock = new CatalogueDock( mIface->mapCanvas(), mIface->mainWindow() );
  mIface->addDockWidget( Qt::RightDockWidgetArea, mDock );
  // once QGIS has laid out its docks (the toolbox comes with the Processing plugin, the
  // window's layout is restored after the plugins started)
  if ( mIface->mainWindow()->isVisible() )
  {
    // switched on (or reloaded) in a running QGIS: nothing will restore a place for the new dock
    mDockPlacedBefore = false;
    QTimer::singleShot( 0, this, &SozialraumPlugin::placeDockBesideToolbox );
  }
  else
    connect( mIface, &QgisInterface::initializationCompleted, this, &SozialraumPlugin::placeDockBesideToolbox, Qt::UniqueConnection );

  mDockAction = new QAction( QIcon( Sozialraum::iconPath( QStringLiteral( "sozialraum.svg" ) ) ), tr( "Sozialraum Catalogue" ), this );
  mDockAction->setObjectName( QStringLiteral( "SozialraumCatalogueAction" ) );
  mDockAction->setToolTip( tr( "Show or hide the Sozialraum catalogue of stakeholders and offerings" ) );
  mDockAction->setCheckable( true );
  mDockAction->setChecked( mDock->isVisible() );
  connect( mDockAction, &QAction::toggled, mDock, &QWidget::setVisible );
  connect( mDock, &QDockWidget::visibilityChanged, mDockAction, [this]( bool visible ) {
    // Tabified docks report invisible when another tab is in front; only sync real closes.
    if ( mDock && !mDock->isHidden() == mDockAction->isChecked() )
      return;
    if ( mDock )
      mDockAction->setChecked( !mDock->isHidden() );
    Q_UNUSED( visible )
  } );

  mIface->addPluginToMenu( tr( "&Sozialraum" ), mDockAction );
  mIface->addToolBarIcon( mDockAction );

  const auto addMenuAction = [this]( const QString &objectName, const QString &iconName, const QString &text, const QString &tip,
                                     const std::function<void( CatalogueDock * )> &run ) {
    QAction *action = new QAction( QgsApplication::getThemeIcon( iconName ), text, this );
    action->setObjectName( objectName );
    action->setToolTip( tip );
    connect( action, &QAction::triggered, this, [this, run] {
      if ( !mDock )
        return;
      mDock->show();
      if ( mDockAction )
        mDockAction->setChecked( true );
      run( mDock );
    } );
    mIface->addPluginToMenu( tr( "&Sozialraum" ), action );
    mMenuActions.append( action );
  };
  addMenuAction( QStringLiteral( "SozialraumNewCatalogueAction" ), QStringLiteral( "mActionNewVectorLayer.svg" ), tr( "New catalogue…" ),
                 tr( "Create a new catalogue of stakeholders and offerings (a SpatiaLite file)" ), []( CatalogueDock *dock ) { dock->chooseNewCatalogue(); } );
  addMenuAction( QStringLiteral( "SozialraumOpenCatalogueAction" ), QStringLiteral( "mActionFileOpen.svg" ), tr( "Open catalogue…" ),
                 tr( "Open a catalogue file; the project remembers it" ), []( CatalogueDock *dock ) { dock->chooseCatalogueToOpen(); } );
  addMenuAction( QStringLiteral( "SozialraumAddCatalogueLayersAction" ), QStringLiteral( "mActionAddSpatiaLiteLayer.svg" ),
                 tr( "Add catalogue tables to project" ),
                 tr( "Add the catalogue's tables as layers with relations, so that forms show related records" ),
                 []( CatalogueDock *dock ) { dock->addLayersToProject(); } );
}

void SozialraumPlugin::placeDockBesideToolbox()
{
  // Split under the Processing Toolbox, both are too short to use: a tab beside it leaves the
  // toolbox its height (hidden, it comes back as a tab). At start only the first time: afterwards
  // QGIS restores where the planner put it.
  QgsSettings settings;
  const QString placed = QStringLiteral( "Sozialraum/dockPlaced" );
  if ( !mDock || ( mDockPlacedBefore && settings.value( placed, false ).toBool() ) )
    return;
  QMainWindow *window = qobject_cast<QMainWindow *>( mIface->mainWindow() );
  QDockWidget *toolbox = window ? window->findChild<QDockWidget *>( QStringLiteral( "ProcessingToolbox" ) ) : nullptr;
  if ( !toolbox || toolbox->isFloating() || window->dockWidgetArea( toolbox ) != window->dockWidgetArea( mDock ) )
    return;
  window->tabifyDockWidget( toolbox, mDock );
  mDock->raise();
  settings.setValue( placed, true );
}

void SozialraumPlugin::unload()
{
  for ( const QPointer<QAction> &action : std::as_const( mMenuActions ) )
  {
    if ( !action )
      continue;
    mIface->removePluginMenu( tr( "&Sozialraum" ), action );
    delete action;
  }
  mMenuActions.clear();
  if ( mDockAction )
  {
    mIface->removePluginMenu( tr( "&Sozialraum" ), mDockAction );
    mIface->removeToolBarIcon( mDockAction );
    delete mDockAction;
  }
  if ( mDock )
  {
    mIface->removeDockWidget( mDock );
    delete mDock;
  }
  if ( mProvider )
  {
    QgsApplication::processingRegistry()->removeProvider( mProvider );
    mProvider = nullptr;
  }
  mTranslator.reset();
}

// ---- the C entry points QGIS looks for in a C++ plugin -------------------------

static const QString sName = QStringLiteral( "Sozialraum" );
static const QString sCategory = QStringLiteral( "Plugins" );
static const QString sIcon = QStringLiteral( ":/sozialraum/icons/sozialraum.svg" );
static const QString sExperimental = QStringLiteral( "true" );
static const QString sCreateDate = QStringLiteral( "2026-11-23" );
static const QString sUpdateDate = QStringLiteral( "2026-11-23" );

QGISEXTERN QgisPlugin *classFactory( QgisInterface *iface )
{
  return new SozialraumPlugin( iface );
}

QGISEXTERN const QString *name()
{
  return &sName;
}

QGISEXTERN const QString *description()
{
  // Shown in the plugin manager before the plugin starts, so untranslated by necessity.
  static const QString sDescription = QStringLiteral( "Social-space planning: social indices, network accessibility, service gaps and a catalogue of stakeholders and offerings." );
  return &sDescription;
}

QGISEXTERN const QString *category()
{
  return &sCategory;
}

QGISEXTERN int type()
{
  return QgisPlugin::UI;
}

QGISEXTERN const QString *version()
{
  static const QString sVersion = Sozialraum::version();
  return &sVersion;
}

QGISEXTERN const QString *icon()
{
  Sozialraum::initResources();
  return &sIcon;
}

QGISEXTERN const QString *experimental()
{
  return &sExperimental;
}

QGISEXTERN const QString *create_date()
{
  return &sCreateDate;
}

QGISEXTERN const QString *update_date()
{
  return &sUpdateDate;
}

QGISEXTERN void unload( QgisPlugin *plugin )
{
  delete plugin;
}
