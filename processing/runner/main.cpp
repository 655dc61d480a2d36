// sozialraum_process: the headless runner (qgis_process with the Sozialraum provider).

#include "sozialraumrunner.h"
#include "sozialraumprovider.h"
#include "sozialraumtranslator.h"

#include <QTemporaryDir>
#include <qgsapplication.h>
#include <qgsnativealgorithms.h>
#include <qgsprocessingregistry.h>

#include <csignal>
#include <cstdlib>
#include <memory>

namespace
{
  void onInterrupt( int )
  {
    SozialraumRunner::requestCancel();
  }
} // namespace

int main( int argc, char *argv[] )
{
  // Headless by design: no display needed, whatever the environment says.
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );

  // Never write into the user's QGIS profile: settings go to a throw-away folder
  // unless the caller chose one with QGIS_CUSTOM_CONFIG_PATH.
  QTemporaryDir scratch; // removed at exit
  QString profileFolder = qEnvironmentVariable( "QGIS_CUSTOM_CONFIG_PATH" );
  if ( profileFolder.isEmpty() )
    profileFolder = scratch.path();
  // Qt warns on every start without a runtime folder; a private scratch folder serves.
  if ( qEnvironmentVariableIsEmpty( "XDG_RUNTIME_DIR" ) )
    qputenv( "XDG_RUNTIME_DIR", scratch.path().toLocal8Bit() );

  QgsApplication app( argc, argv, false, profileFolder, QStringLiteral( "sozialraum_process" ) );
  if ( qEnvironmentVariableIsEmpty( "QGIS_PREFIX_PATH" ) )
    QgsApplication::setPrefixPath( QStringLiteral( "/usr" ), true );
  QgsApplication::initQgis();

  int exitCode = 0;
  {
    SozialraumTranslator translator;
    QgsApplication::processingRegistry()->addProvider( new QgsNativeAlgorithms( QgsApplication::processingRegistry() ) );
    QgsApplication::processingRegistry()->addProvider( new SozialraumProvider( QgsApplication::processingRegistry() ) );

    std::signal( SIGINT, onInterrupt );
    SozialraumRunner runner;
    exitCode = runner.execute( QCoreApplication::arguments().mid( 1 ) );
    std::signal( SIGINT, SIG_DFL );
  }

  QgsApplication::exitQgis();
  return exitCode;
}
