#include "examplemodels.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <qgsapplication.h>
#include <qgsprocessingprovider.h>
#include <qgsprocessingregistry.h>
#include <qgssettings.h>

static void initModelResources()
{
  // The resources live in a static library: they must be registered by name once.
  static bool sDone = false;
  if ( !sDone )
  {
    Q_INIT_RESOURCE( sozialraum_models );
    sDone = true;
  }
}

namespace
{
  const QString kResourceFolder = QStringLiteral( ":/sozialraum/models" );
}

QStringList ExampleModels::names()
{
  initModelResources();
  return QDir( kResourceFolder ).entryList( { QStringLiteral( "*.model3" ) }, QDir::Files, QDir::Name );
}

QString ExampleModels::profileModelsFolder()
{
  // Processing (Python) keeps its folders as one string, several separated by ';'.
  const QString configured = QgsSettings().value( QStringLiteral( "Processing/Configuration/MODELS_FOLDER" ) ).toString();
  const QString first = configured.split( ';', Qt::SkipEmptyParts ).value( 0 ).trimmed();
  if ( !first.isEmpty() )
    return first;
  return QDir( QgsApplication::qgisSettingsDirPath() ).filePath( QStringLiteral( "processing/models" ) );
}

QStringList ExampleModels::install( const QString &folder, QString *error )
{
  QStringList copied;
  if ( !QDir().mkpath( folder ) )
  {
    if ( error )
      *error = QCoreApplication::translate( "ExampleModels", "The models folder '%1' cannot be created." ).arg( folder );
    return copied;
  }
  for ( const QString &name : names() )
  {
    const QString target = QDir( folder ).filePath( name );
    if ( QFileInfo::exists( target ) )
      continue; // the user's copy, perhaps changed: never replaced
    if ( !QFile::copy( kResourceFolder + '/' + name, target ) )
    {
      if ( error )
        *error = QCoreApplication::translate( "ExampleModels", "The example model '%1' cannot be copied into '%2'." ).arg( name, folder );
      continue;
    }
    // Resource files are read-only; the copy must be editable in the Model Builder.
    QFile::setPermissions( target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther );
    copied << name;
  }
  return copied;
}

void ExampleModels::refreshModelProvider()
{
  // Present once Processing (a Python plugin, started after the C++ plugins) has loaded;
  // before that it will read the folder itself.
  if ( QgsProcessingProvider *provider = QgsApplication::processingRegistry()->providerById( QStringLiteral( "model" ) ) )
    provider->refreshAlgorithms();
}
