#include "outputguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <qgsexception.h>
#include <qgsmaplayer.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>
#include <qgsproject.h>
#include <qgsprovidersublayerdetails.h>
#include <qgsproviderregistry.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace
{
  //! Files of one dataset that live beside the main file (Shapefile parts, SQLite journals).
  const QStringList SIDE_SUFFIXES { QStringLiteral( "shx" ), QStringLiteral( "dbf" ), QStringLiteral( "prj" ), QStringLiteral( "cpg" ), QStringLiteral( "qix" ), QStringLiteral( "qpj" ), QStringLiteral( "csvt" ) };

  bool isFileDestination( const QString &destination )
  {
    if ( destination.isEmpty() || destination == QgsProcessing::TEMPORARY_OUTPUT )
      return false;
    // Provider URIs (ogr:, postgres:, memory:, spatialite:) write into existing databases or memory.
    const int colon = destination.indexOf( ':' );
    if ( colon > 1 && !destination.left( colon ).contains( '/' ) && !destination.left( colon ).contains( '\\' ) )
      return false;
    return true;
  }

  //! The file behind a source parameter's value ("a.gpkg|layername=x", a project layer, a definition).
  QStringList inputFiles( const QgsProcessingParameterDefinition *definition, const QVariantMap &parameters, QgsProcessingContext &context )
  {
    QVariant value = parameters.value( definition->name() );
    if ( value.canConvert<QgsProcessingFeatureSourceDefinition>() )
      value = value.value<QgsProcessingFeatureSourceDefinition>().source.staticValue();
    QVariantList values = value.type() == QVariant::List ? value.toList() : QVariantList { value };
    if ( value.type() == QVariant::StringList )
    {
      values.clear();
      for ( const QString &s : value.toStringList() )
        values << s;
    }
    QStringList files;
    for ( const QVariant &v : std::as_const( values ) )
    {
      QString source;
      if ( QgsMapLayer *layer = qobject_cast<QgsMapLayer *>( v.value<QObject *>() ) )
        source = QgsProviderRegistry::instance()->decodeUri( layer->providerType(), layer->source() ).value( QStringLiteral( "path" ) ).toString();
      else if ( v.type() == QVariant::String )
      {
        const QString text = v.toString();
        if ( context.project() )
        {
          if ( QgsMapLayer *layer = context.project()->mapLayer( text ) )
          {
            files << QgsProviderRegistry::instance()->decodeUri( layer->providerType(), layer->source() ).value( QStringLiteral( "path" ) ).toString();
            continue;
          }
        }
        source = text.section( '|', 0, 0 );
      }
      if ( !source.isEmpty() )
        files << source;
    }
    return files;
  }

  bool removeDataset( const QString &path )
  {
    bool ok = !QFileInfo::exists( path ) || QFile::remove( path );
    for ( const QString &journal : { QStringLiteral( "-journal" ), QStringLiteral( "-wal" ), QStringLiteral( "-shm" ) } )
      QFile::remove( path + journal );
    return ok;
  }
} // namespace

OutputGuard::OutputGuard() = default;
OutputGuard::~OutputGuard() = default;

void OutputGuard::check( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  struct Input
  {
    QString parameter;
    QString canonicalPath;
  };
  QVector<Input> inputs;
  for ( const QgsProcessingParameterDefinition *definition : algorithm.parameterDefinitions() )
  {
    if ( definition->isDestination() || !parameters.contains( definition->name() ) )
      continue;
    const QString type = definition->type();
    if ( type != QLatin1String( "source" ) && type != QLatin1String( "vector" ) && type != QLatin1String( "layer" ) && type != QLatin1String( "raster" )
         && type != QLatin1String( "multilayer" ) && type != QLatin1String( "file" ) )
      continue;
    for ( const QString &file : inputFiles( definition, parameters, context ) )
    {
      const QString canonical = QFileInfo( file ).canonicalFilePath();
      if ( !canonical.isEmpty() )
        inputs.append( { definition->name(), canonical } );
    }
  }

  for ( const QgsProcessingParameterDefinition *definition : algorithm.parameterDefinitions() )
  {
    if ( !definition->isDestination() || !parameters.value( definition->name() ).isValid() )
      continue;
    const QString destination = QgsProcessingParameters::parameterAsOutputLayer( definition, parameters, context );
    if ( !isFileDestination( destination ) || !QFileInfo::exists( destination ) )
      continue;
    const QString canonical = QFileInfo( destination ).canonicalFilePath();
    for ( const Input &input : std::as_const( inputs ) )
    {
      if ( input.canonicalPath == canonical )
        throw QgsProcessingException( tr( "%1 would write over '%2', which this run reads as %3. Choose another file for %1; a result never replaces its own input." )
                                        .arg( definition->name(), destination, input.parameter ) );
    }
    // Writing a file output replaces the file whole: other layers in it would be lost.
    const QString suffix = QFileInfo( destination ).suffix().toLower();
    if ( suffix == QLatin1String( "gpkg" ) || suffix == QLatin1String( "sqlite" ) )
    {
      // One layer is an earlier result (replacing it is what a re-run is for); several are a
      // collection somebody keeps.
      QStringList others;
      const QList<QgsProviderSublayerDetails> sublayers = QgsProviderRegistry::instance()->querySublayers( destination );
      for ( const QgsProviderSublayerDetails &sublayer : sublayers )
        others << sublayer.name();
      if ( sublayers.size() > 1 )
        throw QgsProcessingException( tr( "%1: '%2' already holds other layers (%3). Writing the result there would replace the whole file and delete them. "
                                          "Choose a new file, or write the result as a new layer of that GeoPackage with ogr:dbname='%2' table=\"new_name\" (geom)." )
                                        .arg( definition->name(), destination, others.join( QLatin1String( ", " ) ) ) );
    }
  }
}

QVariantMap OutputGuard::stage( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, const QString &outputName, QgsProcessingContext &context )
{
  const QgsProcessingParameterDefinition *definition = algorithm.parameterDefinition( outputName );
  if ( !definition || !parameters.value( outputName ).isValid() )
    return parameters;
  const QString destination = QgsProcessingParameters::parameterAsOutputLayer( definition, parameters, context );
  if ( !isFileDestination( destination ) )
    return parameters;

  const QFileInfo finalFile( destination );
  const QDir folder = finalFile.absoluteDir();
  if ( !folder.exists() )
    throw QgsProcessingException( tr( "%1: the folder '%2' does not exist. Create it first or choose another place for '%3'." ).arg( outputName, folder.path(), finalFile.fileName() ) );
  auto staging = std::make_unique<QTemporaryDir>( folder.filePath( QStringLiteral( ".sozialraum-partial-XXXXXX" ) ) );
  if ( !staging->isValid() )
    throw QgsProcessingException( tr( "%1: Sozialraum cannot write into the folder '%2' (%3). Choose a folder you may write to." ).arg( outputName, folder.path(), staging->errorString() ) );
  if ( finalFile.exists() && !finalFile.isWritable() )
    throw QgsProcessingException( tr( "%1: '%2' is read-only and cannot be replaced. Choose another file or make it writable." ).arg( outputName, destination ) );

  const QString stagedPath = QDir( staging->path() ).filePath( finalFile.fileName() );
  QVariantMap staged = parameters;
  QVariant value = parameters.value( outputName );
  if ( value.canConvert<QgsProcessingOutputLayerDefinition>() )
  {
    QgsProcessingOutputLayerDefinition layerDefinition = value.value<QgsProcessingOutputLayerDefinition>();
    layerDefinition.sink = QgsProperty::fromValue( stagedPath );
    staged.insert( outputName, QVariant::fromValue( layerDefinition ) );
  }
  else
  {
    staged.insert( outputName, stagedPath );
  }
  mStaged.push_back( { outputName, finalFile.absoluteFilePath(), std::move( staging ) } );
  return staged;
}

QString OutputGuard::finalDestination( const QString &stagedDestination, QgsProcessingContext &context ) const
{
  const QString destination = finalText( stagedDestination );
  if ( destination == stagedDestination || !context.willLoadLayerOnCompletion( stagedDestination ) )
    return destination;
  // Re-keyed now, before the algorithm attaches a style post-processor: QgsProcessingContext
  // deletes the post-processor of an entry whose key changes.
  QMap<QString, QgsProcessingContext::LayerDetails> layers = context.layersToLoadOnCompletion();
  const QgsProcessingContext::LayerDetails details = layers.take( stagedDestination );
  if ( details.postProcessor() )
    return stagedDestination; // not expected: leave it as it is rather than lose the style
  layers.insert( destination, details );
  context.setLayersToLoadOnCompletion( layers );
  return destination;
}

void OutputGuard::removeOnFailure( const QString &path )
{
  mCreatedFiles << path;
}

QString OutputGuard::finalText( QString text ) const
{
  for ( const StagedOutput &output : mStaged )
  {
    const QString stagedFolder = output.folder->path() + '/';
    const QString finalFolder = QFileInfo( output.finalPath ).absolutePath() + '/';
    text.replace( stagedFolder, finalFolder );
  }
  return text;
}

QVariant OutputGuard::finalValue( const QVariant &value ) const
{
  if ( value.type() == QVariant::String )
    return finalText( value.toString() );
  if ( value.type() == QVariant::Map )
  {
    QVariantMap map = value.toMap();
    for ( auto it = map.begin(); it != map.end(); ++it )
      it.value() = finalValue( it.value() );
    return map;
  }
  if ( value.type() == QVariant::List )
  {
    QVariantList list = value.toList();
    for ( QVariant &item : list )
      item = finalValue( item );
    return list;
  }
  return value;
}

QVariantMap OutputGuard::commit( const QVariantMap &results, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  for ( StagedOutput &output : mStaged )
  {
    const QDir staging( output.folder->path() );
    const QStringList written = staging.entryList( QDir::Files | QDir::Hidden );
    if ( written.isEmpty() )
      continue; // an optional output the algorithm did not write
    const QFileInfo finalFile( output.finalPath );
    const QDir target = finalFile.absoluteDir();
    if ( finalFile.exists() )
    {
      // Parts of the earlier dataset that the new one does not have must not survive next to it.
      for ( const QString &suffix : SIDE_SUFFIXES )
      {
        const QString oldPart = target.filePath( finalFile.completeBaseName() + '.' + suffix );
        if ( QFileInfo::exists( oldPart ) && !written.contains( QFileInfo( oldPart ).fileName() ) )
          QFile::remove( oldPart );
      }
      if ( feedback )
        feedback->pushInfo( tr( "%1 replaces the earlier file '%2'." ).arg( output.parameterName, output.finalPath ) );
    }
    for ( const QString &name : written )
    {
      // rename() replaces the target in one step: readers see the old file or the new one.
      if ( std::rename( staging.filePath( name ).toLocal8Bit().constData(), target.filePath( name ).toLocal8Bit().constData() ) != 0 )
        throw QgsProcessingException( tr( "%1: the finished result could not be moved to '%2' (%3)." ).arg( output.parameterName, target.filePath( name ), QString::fromLocal8Bit( std::strerror( errno ) ) ) );
    }
  }

  Q_UNUSED( context ) // the layers to load were pointed at the final files in finalDestination()
  const QVariantMap finalResults = finalValue( results ).toMap();
  mStaged.clear();
  mCreatedFiles.clear();
  return finalResults;
}

void OutputGuard::rollback()
{
  mStaged.clear(); // QTemporaryDir removes each staging folder with what was written into it
  for ( const QString &path : std::as_const( mCreatedFiles ) )
    removeDataset( path );
  mCreatedFiles.clear();
}
