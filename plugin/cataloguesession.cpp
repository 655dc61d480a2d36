#include "cataloguesession.h"
#include "cataloguelayers.h"
#include "cataloguesitemap.h"
#include "catalogueqt.h"

#include "catalogue/catalogue.h"

#include <QDir>
#include <QFileInfo>
#include <qgsapplication.h>
#include <qgsproject.h>
#include <qgssettings.h>
#include <qgsvectorlayer.h>

#include <exception>

using namespace sozialraum::catalogue;
using CatalogueQt::qs;
using CatalogueQt::ss;

namespace
{
  const QString PROJECT_SCOPE = QStringLiteral( "Sozialraum" );
  const QString PROJECT_KEY = QStringLiteral( "catalogue" );
  const QString SETTINGS_DIR = QStringLiteral( "Sozialraum/catalogueDirectory" );

  //! The change log names the planner by the login QGIS knows (the store falls back to $USER).
  OpenOptions openOptions()
  {
    OpenOptions options;
    options.user = QgsApplication::userLoginName().toStdString();
    return options;
  }
} // namespace

CatalogueSession::CatalogueSession( QObject *parent )
  : QObject( parent )
{
  QgsProject *project = QgsProject::instance();
  connect( project, &QgsProject::readProject, this, &CatalogueSession::openProjectCatalogue );
  connect( project, &QgsProject::cleared, this, &CatalogueSession::projectCleared );
  connect( project, &QgsProject::layersAdded, this, &CatalogueSession::watchLayers );
  // saved under a (new) name: the entry becomes relative to the project file where the project wants that
  connect( project, &QgsProject::fileNameChanged, this, &CatalogueSession::writeProjectEntry );
}

CatalogueSession::~CatalogueSession()
{
  disconnect( QgsProject::instance(), nullptr, this, nullptr );
}

bool CatalogueSession::create( const QString &path )
{
  mLastError.clear();
  try
  {
    return use( std::make_unique<Catalogue>( Catalogue::create( ss( QFileInfo( path ).absoluteFilePath() ), openOptions() ) ) );
  }
  catch ( const std::exception &e )
  {
    mLastError = tr( "The catalogue could not be created: %1" ).arg( QString::fromStdString( e.what() ) );
    return false;
  }
}

bool CatalogueSession::open( const QString &path )
{
  mLastError.clear();
  try
  {
    return use( std::make_unique<Catalogue>( Catalogue::open( ss( QFileInfo( path ).absoluteFilePath() ), openOptions() ) ) );
  }
  catch ( const std::exception &e )
  {
    mLastError = tr( "The catalogue could not be opened: %1" ).arg( QString::fromStdString( e.what() ) );
    return false;
  }
}

bool CatalogueSession::use( std::unique_ptr<Catalogue> catalogue )
{
  const QString path = qs( catalogue->path() );
  // another catalogue's layers go; the same catalogue's stay (opened again: nothing added twice)
  if ( !mPath.isEmpty() && QFileInfo( mPath ) != QFileInfo( path ) )
    close();
  else
    release();
  mCatalogue = std::move( catalogue );
  mPath = path;
  writeProjectEntry();
  const QString error = addLayers();
  if ( !error.isEmpty() )
    mLastError = error; // the catalogue is open; only the map lacks it
  watchLayers();
  emit changed( mPath );
  return true;
}

void CatalogueSession::release()
{
  const bool wasOpen = static_cast<bool>( mCatalogue );
  if ( wasOpen )
    emit aboutToClose();
  mCatalogue.reset();
  mPath.clear();
  if ( wasOpen )
    emit changed( QString() );
}

void CatalogueSession::close()
{
  const QString path = mPath;
  release();
  CatalogueLayers::removeFromProject( QgsProject::instance(), path );
}

QString CatalogueSession::addLayers()
{
  if ( !mCatalogue )
    return tr( "Open or create a catalogue first." );
  const QString error = CatalogueLayers::addToProject( QgsProject::instance(), mPath );
  if ( error.isEmpty() )
  {
    // labels in today's interface language, classes for today's target groups
    CatalogueSiteMap::style( siteMapLayer(), *mCatalogue );
    watchLayers();
  }
  return error;
}

void CatalogueSession::reloadLayers()
{
  CatalogueLayers::reload( QgsProject::instance(), mPath );
  if ( mCatalogue )
    CatalogueSiteMap::style( siteMapLayer(), *mCatalogue );
}

QgsVectorLayer *CatalogueSession::siteMapLayer() const
{
  return CatalogueLayers::siteMapLayer( QgsProject::instance(), mPath );
}

QString CatalogueSession::startFolder()
{
  // a planner keeps catalogue and project together
  const QgsProject *project = QgsProject::instance();
  if ( !project->fileName().isEmpty() && QFileInfo( project->homePath() ).isDir() )
    return project->homePath();
  const QString last = QgsSettings().value( SETTINGS_DIR ).toString();
  return !last.isEmpty() && QFileInfo( last ).isDir() ? last : QDir::homePath();
}

void CatalogueSession::rememberFolder( const QString &path )
{
  if ( !path.isEmpty() )
    QgsSettings().setValue( SETTINGS_DIR, QFileInfo( path ).absolutePath() );
}

void CatalogueSession::writeProjectEntry()
{
  if ( !mCatalogue )
    return;
  QgsProject *project = QgsProject::instance();
  project->writeEntry( PROJECT_SCOPE, PROJECT_KEY, project->pathResolver().writePath( mPath ) );
}

void CatalogueSession::openProjectCatalogue()
{
  QgsProject *project = QgsProject::instance();
  const QString entry = project->readEntry( PROJECT_SCOPE, PROJECT_KEY );
  if ( entry.isEmpty() )
    return;
  const QString path = project->pathResolver().readPath( entry );
  if ( path == mPath && mCatalogue )
    return;
  if ( !open( path ) )
    emit failed( tr( "The project's catalogue %1 could not be opened: %2" ).arg( path, mLastError ) );
}

void CatalogueSession::projectCleared()
{
  // the project took the layers with it
  release();
}

void CatalogueSession::watchLayers()
{
  for ( QgsVectorLayer *layer : CatalogueLayers::layers( QgsProject::instance(), mPath ) )
  {
    connect( layer, &QgsVectorLayer::beforeCommitChanges, this, &CatalogueSession::layerCommitStarts, Qt::UniqueConnection );
    connect( layer, &QgsVectorLayer::afterCommitChanges, this, &CatalogueSession::layerCommitted, Qt::UniqueConnection );
  }
}

void CatalogueSession::layerCommitStarts()
{
  // the layer writes through its own connection: meanwhile the change log learns the author from us
  lendUser( true );
}

void CatalogueSession::layerCommitted()
{
  lendUser( false );
  emit layersEdited();
}

void CatalogueSession::lendUser( bool lend )
{
  if ( !mCatalogue )
    return;
  try
  {
    mCatalogue->lendUserToOtherWrites( lend );
  }
  catch ( const std::exception & )
  {
    // the file is busy: the edit is saved all the same, logged as "unknown"
  }
}
