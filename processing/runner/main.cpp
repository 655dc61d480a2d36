// sozialraum_process: the headless runner (qgis_process with the Sozialraum provider).

#include "sozialraumrunner.h"
#include "consolefeedback.h"
#include "sozialraumprovider.h"
#include "sozialraumtranslator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <qgis.h>
#include <qgsapplication.h>
#include <qgsnativealgorithms.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgsproviderregistry.h>

#include <sqlite3.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <unistd.h>

namespace
{
  void onInterrupt( int )
  {
    SozialraumRunner::requestCancel();
  }

  /**
   * What a command needs from QGIS. Starting QGIS in full costs more than half a second:
   * initQgis() loads every data provider library and the GUI plugins beside them, starts the
   * authentication system (QCA, OpenSSL, every system CA certificate, auth method plugins)
   * and builds the default symbol library from XML in the fresh scratch profile; registering
   * QGIS's 300 native algorithms takes a tenth of a second more. A run of a Sozialraum
   * algorithm on files needs none of that: it reads and writes through OGR and GDAL, which
   * are built into qgis_core.
   */
  struct StartPlan
  {
    //! Only the data providers built into qgis_core (ogr, gdal, memory, ...); false = every provider library.
    bool builtInProvidersOnly = false;
    //! Leave the authentication system alone (it could not resolve an authcfg from a scratch profile anyway).
    bool withoutAuthentication = false;
    //! Give the scratch profile an empty symbol library instead of QGIS's default one (nothing is drawn).
    bool emptySymbolLibrary = false;
    bool nativeAlgorithms = true;
    bool sozialraumAlgorithms = true;
  };

  //! Provider keys built into qgis_core 3.22 (no library to load).
  bool isBuiltInProvider( const QString &key )
  {
    static const QStringList builtIn { QStringLiteral( "ogr" ), QStringLiteral( "gdal" ), QStringLiteral( "memory" ), QStringLiteral( "mesh_memory" ), QStringLiteral( "ept" ), QStringLiteral( "vectortile" ) };
    return builtIn.contains( key.toLower() );
  }

  /**
   * Decides from the command line, before QGIS starts. Only `run sozialraum:…`, `help` and
   * `list` start lean; native algorithms and models start QGIS in full as before (they may use
   * any provider, the symbol library or the authentication system). A run whose values name
   * another provider ("postgres://…", "spatialite:…") or an authcfg starts in full as well.
   */
  StartPlan planFor( const QStringList &arguments, bool scratchProfile )
  {
    StartPlan plan;
    QStringList args = arguments;
    args.removeAll( QStringLiteral( "--json" ) );
    const QString command = args.value( 0 );
    const QString target = args.value( 1 );
    const bool help = command == QLatin1String( "help" ) || command == QLatin1String( "--help" ) || command == QLatin1String( "-h" );
    const bool sozialraumTarget = target.startsWith( QLatin1String( "sozialraum:" ) );
    const bool lean = command == QLatin1String( "list" ) || help || ( command == QLatin1String( "run" ) && sozialraumTarget );
    if ( !lean )
      return plan;

    bool otherProvider = false;
    bool authConfig = false;
    static const QRegularExpression providerPrefix( QStringLiteral( "^([A-Za-z][A-Za-z0-9_]*):" ) );
    for ( const QString &arg : args.mid( 2 ) )
    {
      const QString value = arg.mid( arg.indexOf( '=' ) + 1 );
      const QRegularExpressionMatch match = providerPrefix.match( value );
      if ( match.hasMatch() && !isBuiltInProvider( match.captured( 1 ) ) )
        otherProvider = true;
      if ( value.contains( QLatin1String( "authcfg" ), Qt::CaseInsensitive ) )
        authConfig = true;
    }
    if ( otherProvider || authConfig )
      return plan;

    // A provider filter of the caller's own (QGIS_PROVIDER_FILE) is left as it is.
    plan.builtInProvidersOnly = qEnvironmentVariableIsEmpty( "QGIS_PROVIDER_FILE" );
    // The caller's profile or auth database may hold configurations: then QGIS starts them as usual.
    plan.withoutAuthentication = scratchProfile && qEnvironmentVariableIsEmpty( "QGIS_AUTH_DB_DIR_PATH" ) && qEnvironmentVariableIsEmpty( "QGIS_AUTH_PASSWORD_FILE" );
    plan.emptySymbolLibrary = scratchProfile;
    if ( ( command == QLatin1String( "run" ) || help ) && sozialraumTarget )
      plan.nativeAlgorithms = false;
    if ( help && target.contains( ':' ) && !sozialraumTarget )
      plan.sozialraumAlgorithms = false;
    return plan;
  }

  /**
   * Writes an empty symbol library (QgsStyle's tables, marked as up to date) where QGIS looks
   * for the profile's one; QgsStyle::defaultStyle() then loads nothing instead of importing
   * QGIS's hundreds of default symbols (a third of a second on every start). One transaction,
   * no journal: the file lives in the scratch profile of this process only.
   */
  void writeEmptySymbolLibrary( const QString &profileFolder )
  {
    const QString path = QDir( profileFolder ).filePath( QStringLiteral( "symbology-style.db" ) );
    if ( QFileInfo::exists( path ) )
      return;
    sqlite3 *db = nullptr;
    if ( sqlite3_open( path.toUtf8().constData(), &db ) != SQLITE_OK )
    {
      sqlite3_close( db );
      return; // QGIS then builds its default library as usual
    }
    const QByteArray sql = QStringLiteral(
                             "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN;"
                             "CREATE TABLE symbol(id INTEGER PRIMARY KEY,name TEXT UNIQUE,xml TEXT,favorite INTEGER);"
                             "CREATE TABLE colorramp(id INTEGER PRIMARY KEY,name TEXT UNIQUE,xml TEXT,favorite INTEGER);"
                             "CREATE TABLE textformat(id INTEGER PRIMARY KEY,name TEXT UNIQUE,xml TEXT,favorite INTEGER);"
                             "CREATE TABLE labelsettings(id INTEGER PRIMARY KEY,name TEXT UNIQUE,xml TEXT,favorite INTEGER);"
                             "CREATE TABLE legendpatchshapes(id INTEGER PRIMARY KEY,name TEXT UNIQUE,xml TEXT,favorite INTEGER);"
                             "CREATE TABLE symbol3d(id INTEGER PRIMARY KEY,name TEXT UNIQUE,xml TEXT,favorite INTEGER);"
                             "CREATE TABLE tag(id INTEGER PRIMARY KEY,name TEXT);"
                             "CREATE TABLE tagmap(tag_id INTEGER NOT NULL,symbol_id INTEGER);"
                             "CREATE TABLE ctagmap(tag_id INTEGER NOT NULL,colorramp_id INTEGER);"
                             "CREATE TABLE tftagmap(tag_id INTEGER NOT NULL,textformat_id INTEGER);"
                             "CREATE TABLE lstagmap(tag_id INTEGER NOT NULL,labelsettings_id INTEGER);"
                             "CREATE TABLE lpstagmap(tag_id INTEGER NOT NULL,legendpatchshape_id INTEGER);"
                             "CREATE TABLE symbol3dtagmap(tag_id INTEGER NOT NULL,symbol3d_id INTEGER);"
                             "CREATE TABLE smartgroup(id INTEGER PRIMARY KEY,name TEXT,xml TEXT);"
                             "CREATE TABLE stylemetadata(id INTEGER PRIMARY KEY,key TEXT UNIQUE,value TEXT);"
                             "INSERT INTO stylemetadata VALUES (NULL,'version','%1');"
                             "COMMIT;" )
                             .arg( Qgis::versionInt() )
                             .toUtf8();
    const bool ok = sqlite3_exec( db, sql.constData(), nullptr, nullptr, nullptr ) == SQLITE_OK;
    sqlite3_close( db );
    if ( !ok )
      QFile::remove( path ); // QGIS then builds its default library as usual
  }

  /**
   * QgsApplication::initQgis() (3.22) without what \a plan leaves out: init(), the provider
   * registry, the data item providers, the project, and the authentication manager.
   */
  void startQgis( const StartPlan &plan, const QString &profileFolder )
  {
    if ( !plan.builtInProvidersOnly && !plan.withoutAuthentication && !plan.emptySymbolLibrary )
    {
      QgsApplication::initQgis();
      return;
    }
    if ( plan.emptySymbolLibrary )
      writeEmptySymbolLibrary( profileFolder );
    QgsApplication::init( profileFolder );
    if ( plan.builtInProvidersOnly )
      qputenv( "QGIS_PROVIDER_FILE", "^$" ); // matches no library file: the built-in providers only
    QgsProviderRegistry::instance( QgsApplication::pluginPath() );
    if ( plan.builtInProvidersOnly )
      qunsetenv( "QGIS_PROVIDER_FILE" );
    ( void ) QgsApplication::dataItemProviderRegistry();
    QgsProject::instance();
    if ( !plan.withoutAuthentication )
      QgsApplication::initQgis(); // the rest (the authentication manager); what exists already is kept
  }

  /**
   * Leaves without the static destructors and library finalizers of Qt, GDAL, PROJ and the 180
   * other libraries QGIS loads (0.05 to 0.2 s, more than the rest of the exit). Safe at this
   * point: every output was written to a staging file, closed and moved into place before the
   * algorithm returned (OutputGuard), the results are printed and the processing context is
   * gone. exitQgis() still runs (datasets in OGR's connection pool are closed, threads finish),
   * and so does QgsApplication's destructor (its members remove their temporary folders).
   */
  [[noreturn]] void leave( int exitCode, QgsApplication *app, QTemporaryDir &scratch )
  {
    std::cout.flush();
    std::cerr.flush();
    std::fflush( nullptr );
    RunnerTimings::mark( "exitQgis" );
    QgsApplication::exitQgis();
    RunnerTimings::mark( "exitQgis done" );
    delete app;
    RunnerTimings::mark( "QgsApplication deleted" );
    if ( scratch.isValid() )
      scratch.remove();
    std::fflush( nullptr );
    ::_exit( exitCode );
  }
} // namespace

int main( int argc, char *argv[] )
{
  RunnerTimings::mark( "main" );
  // Headless by design: no display needed, whatever the environment says.
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );

  // Never write into the user's QGIS profile: settings go to a throw-away folder
  // unless the caller chose one with QGIS_CUSTOM_CONFIG_PATH.
  QTemporaryDir scratch; // removed at exit
  QString profileFolder = qEnvironmentVariable( "QGIS_CUSTOM_CONFIG_PATH" );
  const bool scratchProfile = profileFolder.isEmpty();
  if ( scratchProfile )
    profileFolder = scratch.path();
  // Qt warns on every start without a runtime folder; a private scratch folder serves.
  if ( qEnvironmentVariableIsEmpty( "XDG_RUNTIME_DIR" ) )
    qputenv( "XDG_RUNTIME_DIR", scratch.path().toLocal8Bit() );

  QStringList arguments;
  for ( int i = 1; i < argc; ++i )
    arguments << QString::fromLocal8Bit( argv[i] );
  const StartPlan plan = planFor( arguments, scratchProfile );

  // On the heap: leave() deletes it before the fast exit (its members remove their temporary folders).
  auto *app = new QgsApplication( argc, argv, false, profileFolder, QStringLiteral( "sozialraum_process" ) );
  if ( qEnvironmentVariableIsEmpty( "QGIS_PREFIX_PATH" ) )
    QgsApplication::setPrefixPath( QStringLiteral( "/usr" ), true );
  RunnerTimings::mark( "QgsApplication created" );
  startQgis( plan, profileFolder );
  RunnerTimings::mark( "QGIS started" );

  int exitCode = 0;
  {
    SozialraumTranslator translator;
    if ( plan.nativeAlgorithms )
      QgsApplication::processingRegistry()->addProvider( new QgsNativeAlgorithms( QgsApplication::processingRegistry() ) );
    if ( plan.sozialraumAlgorithms )
      QgsApplication::processingRegistry()->addProvider( new SozialraumProvider( QgsApplication::processingRegistry() ) );

    RunnerTimings::mark( "providers registered" );
    std::signal( SIGINT, onInterrupt );
    SozialraumRunner runner;
    exitCode = runner.execute( QCoreApplication::arguments().mid( 1 ) );
    std::signal( SIGINT, SIG_DFL );
  }

  leave( exitCode, app, scratch );
}
