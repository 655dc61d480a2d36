#include "sozialraumrunner.h"
#include "consolefeedback.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingmodelalgorithm.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingprovider.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgsmaplayer.h>

#include <atomic>
#include <iostream>

namespace
{
  std::atomic<ConsoleFeedback *> sActiveFeedback { nullptr };

  void printOut( const QString &text )
  {
    std::cout << text.toStdString() << std::endl;
  }

  void printErr( const QString &text )
  {
    std::cerr << text.toStdString() << std::endl;
  }

  void printJson( const QVariantMap &map )
  {
    std::cout << QJsonDocument::fromVariant( map ).toJson( QJsonDocument::Indented ).toStdString();
  }

  //! Makes QVariants JSON-friendly (layers become their source, other objects their string form).
  QVariant jsonSafe( const QVariant &value )
  {
    if ( value.type() == QVariant::Map )
    {
      QVariantMap out;
      const QVariantMap in = value.toMap();
      for ( auto it = in.constBegin(); it != in.constEnd(); ++it )
        out.insert( it.key(), jsonSafe( it.value() ) );
      return out;
    }
    if ( value.type() == QVariant::List || value.type() == QVariant::StringList )
    {
      QVariantList out;
      for ( const QVariant &v : value.toList() )
        out << jsonSafe( v );
      return out;
    }
    if ( value.canConvert<QgsProcessingOutputLayerDefinition>() )
      return value.value<QgsProcessingOutputLayerDefinition>().sink.staticValue();
    if ( value.canConvert<QgsProperty>() )
      return value.value<QgsProperty>().staticValue();
    switch ( value.type() )
    {
      case QVariant::Int:
      case QVariant::LongLong:
      case QVariant::UInt:
      case QVariant::ULongLong:
      case QVariant::Double:
      case QVariant::Bool:
      case QVariant::String:
      case QVariant::Invalid:
        return value;
      default:
        return value.toString();
    }
  }
} // namespace

void SozialraumRunner::requestCancel()
{
  if ( ConsoleFeedback *feedback = sActiveFeedback.load() )
    feedback->cancel();
}

QString SozialraumRunner::usage()
{
  return tr( "Usage: sozialraum_process [--json] COMMAND [ARGS]\n"
             "\n"
             "Commands:\n"
             "  list                      list all available algorithms (sozialraum:* and QGIS's native:*)\n"
             "  help ALGORITHM            show the help and parameters of an algorithm or a .model3 file\n"
             "  run ALGORITHM --PARAM=value ...\n"
             "                            run an algorithm (id such as sozialraum:socialindex, or a path to a\n"
             "                            .model3 file made in the Model Builder)\n"
             "\n"
             "Parameter values use qgis_process's forms: field lists separated by ';', layers as\n"
             "'path|layername=name', outputs as a file path or TEMPORARY_OUTPUT. Repeat a parameter to give\n"
             "several values. --json prints machine-readable results on standard output; progress and\n"
             "messages go to standard error. Ctrl+C cancels a running algorithm." );
}

int SozialraumRunner::execute( const QStringList &arguments )
{
  QStringList args = arguments;
  bool json = false;
  if ( args.removeAll( QStringLiteral( "--json" ) ) > 0 )
    json = true;
  if ( args.isEmpty() )
  {
    printErr( usage() );
    return BadArguments;
  }

  const QString command = args.takeFirst();
  if ( command == QLatin1String( "list" ) )
  {
    return listAlgorithms( json );
  }
  if ( command == QLatin1String( "help" ) || command == QLatin1String( "--help" ) || command == QLatin1String( "-h" ) )
  {
    if ( args.isEmpty() )
    {
      printOut( usage() );
      return Success;
    }
    return showHelp( args.first(), json );
  }
  if ( command == QLatin1String( "run" ) )
  {
    if ( args.isEmpty() )
    {
      printErr( tr( "Error: 'run' needs an algorithm id or a .model3 file, e.g. 'run sozialraum:socialindex --INPUT=areas.gpkg'." ) );
      return BadArguments;
    }
    const QString algorithmId = args.takeFirst();
    QVariantMap parameters;
    for ( const QString &arg : std::as_const( args ) )
    {
      if ( !arg.startsWith( QLatin1String( "--" ) ) || !arg.contains( '=' ) )
      {
        printErr( tr( "Error: '%1' is not a parameter. Give parameters as --NAME=value, e.g. --INPUT=areas.gpkg." ).arg( arg ) );
        return BadArguments;
      }
      const int eq = arg.indexOf( '=' );
      const QString name = arg.mid( 2, eq - 2 );
      const QString value = arg.mid( eq + 1 );
      if ( name.isEmpty() )
      {
        printErr( tr( "Error: '%1' has no parameter name before '='." ).arg( arg ) );
        return BadArguments;
      }
      // A repeated parameter becomes a list, as in qgis_process.
      if ( parameters.contains( name ) )
      {
        QVariantList list = parameters.value( name ).type() == QVariant::List ? parameters.value( name ).toList() : QVariantList { parameters.value( name ) };
        list << value;
        parameters.insert( name, list );
      }
      else
      {
        parameters.insert( name, value );
      }
    }
    return runAlgorithm( algorithmId, parameters, json );
  }

  printErr( tr( "Error: unknown command '%1'." ).arg( command ) );
  printErr( usage() );
  return BadArguments;
}

int SozialraumRunner::listAlgorithms( bool json )
{
  QVariantMap providersJson;
  for ( QgsProcessingProvider *provider : QgsApplication::processingRegistry()->providers() )
  {
    if ( !provider->isActive() )
      continue;
    QVariantMap algorithmsJson;
    if ( !json )
      printOut( provider->name() );
    for ( const QgsProcessingAlgorithm *algorithm : provider->algorithms() )
    {
      if ( algorithm->flags() & QgsProcessingAlgorithm::FlagDeprecated )
        continue;
      if ( json )
      {
        QVariantMap a;
        a.insert( QStringLiteral( "name" ), algorithm->displayName() );
        a.insert( QStringLiteral( "group" ), algorithm->group() );
        a.insert( QStringLiteral( "short_description" ), algorithm->shortDescription() );
        algorithmsJson.insert( algorithm->id(), a );
      }
      else
      {
        printOut( QStringLiteral( "\t%1\t%2" ).arg( algorithm->id(), algorithm->displayName() ) );
      }
    }
    if ( json )
    {
      QVariantMap p;
      p.insert( QStringLiteral( "name" ), provider->name() );
      p.insert( QStringLiteral( "algorithms" ), algorithmsJson );
      providersJson.insert( provider->id(), p );
    }
    else
    {
      printOut( QString() );
    }
  }
  if ( json )
  {
    QVariantMap root;
    root.insert( QStringLiteral( "providers" ), providersJson );
    printJson( root );
  }
  return Success;
}

std::unique_ptr<QgsProcessingAlgorithm> SozialraumRunner::algorithmFor( const QString &idOrPath )
{
  if ( idOrPath.endsWith( QLatin1String( ".model3" ), Qt::CaseInsensitive ) )
  {
    if ( !QFileInfo::exists( idOrPath ) )
    {
      printErr( tr( "Error: the model file '%1' does not exist." ).arg( idOrPath ) );
      return nullptr;
    }
    auto model = std::make_unique<QgsProcessingModelAlgorithm>();
    if ( !model->fromFile( idOrPath ) )
    {
      printErr( tr( "Error: '%1' is not a readable Model Builder file (.model3)." ).arg( idOrPath ) );
      return nullptr;
    }
    model->initAlgorithm( QVariantMap() );
    return model;
  }

  const QgsProcessingAlgorithm *registered = QgsApplication::processingRegistry()->algorithmById( idOrPath );
  if ( !registered )
  {
    printErr( tr( "Error: there is no algorithm '%1'. 'sozialraum_process list' shows the available ones." ).arg( idOrPath ) );
    return nullptr;
  }
  return std::unique_ptr<QgsProcessingAlgorithm>( registered->create() );
}

int SozialraumRunner::showHelp( const QString &algorithmId, bool json )
{
  std::unique_ptr<QgsProcessingAlgorithm> algorithm = algorithmFor( algorithmId );
  if ( !algorithm )
    return BadArguments;

  if ( json )
  {
    QVariantMap root;
    root.insert( QStringLiteral( "id" ), algorithm->id() );
    root.insert( QStringLiteral( "name" ), algorithm->displayName() );
    root.insert( QStringLiteral( "group" ), algorithm->group() );
    root.insert( QStringLiteral( "short_help" ), algorithm->shortHelpString() );
    QVariantMap parametersJson;
    for ( const QgsProcessingParameterDefinition *def : algorithm->parameterDefinitions() )
    {
      QVariantMap p;
      p.insert( QStringLiteral( "description" ), def->description() );
      p.insert( QStringLiteral( "type" ), def->type() );
      p.insert( QStringLiteral( "optional" ), bool( def->flags() & QgsProcessingParameterDefinition::FlagOptional ) );
      p.insert( QStringLiteral( "default" ), jsonSafe( def->defaultValue() ) );
      if ( const auto *en = dynamic_cast<const QgsProcessingParameterEnum *>( def ) )
        p.insert( QStringLiteral( "options" ), en->options() );
      parametersJson.insert( def->name(), p );
    }
    root.insert( QStringLiteral( "parameters" ), parametersJson );
    QVariantMap outputsJson;
    for ( const QgsProcessingOutputDefinition *out : algorithm->outputDefinitions() )
      outputsJson.insert( out->name(), out->description() );
    root.insert( QStringLiteral( "outputs" ), outputsJson );
    printJson( root );
    return Success;
  }

  printOut( QStringLiteral( "%1 (%2)" ).arg( algorithm->displayName(), algorithm->id() ) );
  printOut( QString() );
  printOut( tr( "Description" ) );
  printOut( QStringLiteral( "-----------" ) );
  // Help strings are HTML for the desktop; the console wants plain text.
  QString help = algorithm->shortHelpString();
  help.replace( QLatin1String( "<br>" ), QLatin1String( "\n" ) ).replace( QLatin1String( "<p>" ), QLatin1String( "\n" ) ).replace( QLatin1String( "<li>" ), QLatin1String( "\n - " ) );
  help.remove( QRegularExpression( QStringLiteral( "<[^>]+>" ) ) );
  // What is left are HTML entities ("score &lt; −1"); the console shows the characters.
  help.replace( QLatin1String( "&lt;" ), QLatin1String( "<" ) ).replace( QLatin1String( "&gt;" ), QLatin1String( ">" ) )
    .replace( QLatin1String( "&quot;" ), QLatin1String( "\"" ) ).replace( QLatin1String( "&nbsp;" ), QLatin1String( " " ) )
    .replace( QLatin1String( "&amp;" ), QLatin1String( "&" ) );
  printOut( help.trimmed() );
  printOut( QString() );
  printOut( tr( "Arguments" ) );
  printOut( QStringLiteral( "---------" ) );
  for ( const QgsProcessingParameterDefinition *def : algorithm->parameterDefinitions() )
  {
    if ( def->flags() & QgsProcessingParameterDefinition::FlagHidden )
      continue;
    const bool optional = def->flags() & QgsProcessingParameterDefinition::FlagOptional;
    printOut( QStringLiteral( "%1: %2%3" ).arg( def->name(), def->description(), optional ? tr( " (optional)" ) : QString() ) );
    printOut( QStringLiteral( "\t%1: %2" ).arg( tr( "Argument type" ), def->type() ) );
    if ( const auto *en = dynamic_cast<const QgsProcessingParameterEnum *>( def ) )
    {
      printOut( QStringLiteral( "\t%1:" ).arg( tr( "Available values" ) ) );
      const QStringList options = en->options();
      for ( int i = 0; i < options.size(); ++i )
        printOut( QStringLiteral( "\t\t- %1: %2" ).arg( i ).arg( options.at( i ) ) );
    }
    if ( def->defaultValue().isValid() )
      printOut( QStringLiteral( "\t%1: %2" ).arg( tr( "Default value" ), jsonSafe( def->defaultValue() ).toString() ) );
  }
  printOut( QString() );
  printOut( tr( "Outputs" ) );
  printOut( QStringLiteral( "-------" ) );
  for ( const QgsProcessingOutputDefinition *out : algorithm->outputDefinitions() )
    printOut( QStringLiteral( "%1: <%2>\n\t%3" ).arg( out->name(), out->type(), out->description() ) );
  return Success;
}

int SozialraumRunner::runAlgorithm( const QString &algorithmId, const QVariantMap &givenParameters, bool json )
{
  std::unique_ptr<QgsProcessingAlgorithm> algorithm = algorithmFor( algorithmId );
  if ( !algorithm )
    return BadArguments;
  RunnerTimings::mark( "algorithm created" );

  QVariantMap parameters = givenParameters;
  QStringList unknown;
  for ( auto it = parameters.constBegin(); it != parameters.constEnd(); ++it )
  {
    if ( !algorithm->parameterDefinition( it.key() ) )
      unknown << it.key();
  }
  if ( !unknown.isEmpty() )
  {
    QStringList known;
    for ( const QgsProcessingParameterDefinition *def : algorithm->parameterDefinitions() )
      known << def->name();
    printErr( tr( "Error: %1 has no parameter %2. Its parameters are: %3." ).arg( algorithm->id(), unknown.join( QLatin1String( ", " ) ), known.join( QLatin1String( ", " ) ) ) );
    return BadArguments;
  }

  QStringList missing;
  for ( const QgsProcessingParameterDefinition *def : algorithm->parameterDefinitions() )
  {
    if ( parameters.contains( def->name() ) || ( def->flags() & QgsProcessingParameterDefinition::FlagOptional ) )
      continue;
    if ( def->isDestination() )
    {
      // As in the desktop dialog: an output nobody named goes to a temporary layer.
      parameters.insert( def->name(), QgsProcessing::TEMPORARY_OUTPUT );
      continue;
    }
    if ( !def->defaultValue().isValid() )
      missing << QStringLiteral( "--%1 (%2)" ).arg( def->name(), def->description() );
  }
  if ( !missing.isEmpty() )
  {
    printErr( tr( "Error: %1 needs these parameters: %2." ).arg( algorithm->id(), missing.join( QLatin1String( ", " ) ) ) );
    return BadArguments;
  }

  ConsoleFeedback feedback( json );
  std::unique_ptr<QgsProcessingContext> context = std::make_unique<QgsProcessingContext>();
  context->setProject( QgsProject::instance() );
  context->setFeedback( &feedback );

  RunnerTimings::mark( "context created" );
  QString checkMessage;
  if ( !algorithm->checkParameterValues( parameters, *context, &checkMessage ) )
  {
    printErr( tr( "Error: incorrect parameter value: %1" ).arg( checkMessage ) );
    return BadArguments;
  }

  sActiveFeedback.store( &feedback );
  RunnerTimings::mark( "algorithm starts" );
  QElapsedTimer timer;
  timer.start();
  bool ok = false;
  const QVariantMap results = algorithm->run( parameters, *context, &feedback, &ok );
  sActiveFeedback.store( nullptr );
  const double seconds = timer.elapsed() / 1000.0;
  RunnerTimings::mark( "algorithm returned" );

  const bool cancelled = feedback.isCanceled();
  if ( json )
  {
    QVariantMap root;
    root.insert( QStringLiteral( "algorithm" ), algorithm->id() );
    root.insert( QStringLiteral( "inputs" ), jsonSafe( parameters ) );
    root.insert( QStringLiteral( "results" ), jsonSafe( results ) );
    root.insert( QStringLiteral( "ok" ), ok );
    root.insert( QStringLiteral( "cancelled" ), cancelled );
    root.insert( QStringLiteral( "seconds" ), seconds );
    root.insert( QStringLiteral( "log" ), feedback.log() );
    printJson( root );
  }
  else if ( ok && !cancelled )
  {
    printErr( tr( "Finished in %1 s." ).arg( seconds, 0, 'f', 2 ) );
    printOut( tr( "Results" ) );
    printOut( QStringLiteral( "-------" ) );
    for ( auto it = results.constBegin(); it != results.constEnd(); ++it )
    {
      // Models report their children's inputs and results as maps: those belong to --json.
      if ( it.value().type() == QVariant::Map )
        continue;
      printOut( QStringLiteral( "%1:\t%2" ).arg( it.key(), jsonSafe( it.value() ).toString() ) );
    }
  }

  RunnerTimings::mark( "results printed" );
  // The context owns temporary layers; it must go before QGIS shuts down.
  context.reset();
  RunnerTimings::mark( "context destroyed" );

  if ( cancelled )
  {
    printErr( tr( "Cancelled: the run was stopped before it finished; no result was written completely." ) );
    return Cancelled;
  }
  if ( !ok )
  {
    printErr( tr( "The algorithm %1 failed (see the error above)." ).arg( algorithm->id() ) );
    return RunFailed;
  }
  return Success;
}
