#include "importhsdsalgorithm.h"

#include "catalogue/catalogueerror.h"
#include "catalogue/hsds.h"

#include <qgsfeature.h>
#include <qgsfeaturesink.h>
#include <qgsfields.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>

using namespace sozialraum;

QString ImportHsdsAlgorithm::displayName() const
{
  return tr( "Import HSDS package into catalogue" );
}

QStringList ImportHsdsAlgorithm::tags() const
{
  return tr( "HSDS,Open Referral,import,catalogue,data package,CSV" ).split( ',' );
}

QString ImportHsdsAlgorithm::shortHelpString() const
{
  return tr( "<p>Reads an Open Referral HSDS 3.0 tabular data package (a folder with <i>datapackage.json</i> and one CSV per table, as written by Sozialraum or another HSDS tool; without <i>datapackage.json</i> the CSV files are found by their table names) into a catalogue. "
             "Records are matched by their id: new ones are added, known ones updated (every changed field goes to the change log). Columns and tables the catalogue does not store are ignored and listed in the log.</p>"
             "<p><b>One transaction:</b> the import completes or the catalogue stays as it was. What makes a table unreadable always stops it with the file, row and field named: a wrong header, broken CSV, text that is not UTF-8, an empty or duplicate id.</p>"
             "<p><b>Strict off</b> (default; real feeds hold bad values): every row is imported. A value that breaks a rule (not a number, not a date, not in the code list, a latitude outside −90…90 …) is left empty; a reference to a record that is in neither the package nor the catalogue is left empty, or, where the field is required (the stakeholder of an offering, the term of an attribute …), a placeholder record named <i>[unresolved] id</i> stands in until a later import brings the record. "
             "Each problem is listed as a warning in the log (the first 50 in full) and, if you ask for it, in the <i>Problems</i> table (file, row, field, value, problem).</p>"
             "<p><b>Strict on:</b> all or nothing, as before: the first such problem stops the import, and nothing is written.</p>"
             "<p>A catalogue file that does not exist yet is created.</p>" );
}

void ImportHsdsAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFile( QStringLiteral( "INPUT" ), tr( "HSDS package folder" ), QgsProcessingParameterFile::Folder ) );
  addCatalogueParameter( tr( "Catalogue (created if it does not exist)" ) );
  addParameter( new QgsProcessingParameterBoolean( QStringLiteral( "STRICT" ), tr( "Strict: stop at the first bad value or unresolved reference (all or nothing)" ), false ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_PROBLEMS" ), tr( "Problems (values left empty, unresolved references)" ), QgsProcessing::TypeVector, QVariant(), true, false ) );
  addOutput( new QgsProcessingOutputFile( QStringLiteral( "CATALOGUE" ), tr( "Catalogue" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "INSERTED" ), tr( "Records added" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "UPDATED" ), tr( "Records updated" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "PROBLEMS" ), tr( "Problems listed" ) ) );
}

QVariantMap ImportHsdsAlgorithm::execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const QString folder = parameterAsFile( parameters, QStringLiteral( "INPUT" ), context );
  const bool strict = parameterAsBoolean( parameters, QStringLiteral( "STRICT" ), context );
  catalogue::Catalogue store = openCatalogue( parameters, context, feedback, true );

  // The problems table is made before the import, so that a destination it cannot have fails the run before any work.
  QgsFields problemFields;
  problemFields.append( QgsField( QStringLiteral( "file" ), QVariant::String ) );
  problemFields.append( QgsField( QStringLiteral( "row" ), QVariant::LongLong ) );
  problemFields.append( QgsField( QStringLiteral( "field" ), QVariant::String ) );
  problemFields.append( QgsField( QStringLiteral( "value" ), QVariant::String ) );
  problemFields.append( QgsField( QStringLiteral( "problem" ), QVariant::String ) );
  QString problemsDest;
  std::unique_ptr<QgsFeatureSink> problemSink = outputSink( parameters, QStringLiteral( "OUTPUT_PROBLEMS" ), context, problemsDest, problemFields, QgsWkbTypes::NoGeometry, QgsCoordinateReferenceSystem(), feedback );

  catalogue::ImportOptions options;
  options.strict = strict;
  options.progress = [feedback]( const catalogue::ImportProgress &progress ) {
    if ( progress.rowsTotal > 0 && progress.rowsDone % 200 == 0 )
    {
      feedback->setProgressText( QString::fromStdString( progress.file ) );
      feedback->setProgress( 100.0 * progress.rowsDone / progress.rowsTotal );
    }
    return !feedback->isCanceled();
  };
  long long inserted = 0, updated = 0, problems = 0;
  try
  {
    // The import and the problems table are one unit: the catalogue commits only when both are done.
    catalogue::Catalogue::Transaction transaction = store.beginTransaction();
    const catalogue::ImportReport report = catalogue::importHsdsPackage( store, folder.toStdString(), options );
    for ( const auto &table : report.tables )
    {
      inserted += table.second.inserted;
      updated += table.second.updated;
    }
    for ( const std::string &message : report.messages )
      feedback->pushInfo( QString::fromStdString( message ) );

    problems = static_cast<long long>( report.problems.size() );
    constexpr long long shownInFull = 50;
    long long shown = 0;
    for ( const catalogue::ImportProblem &problem : report.problems )
    {
      if ( shown++ < shownInFull )
        feedback->pushWarning( QString::fromStdString( catalogue::problemText( problem ) ) );
      if ( problemSink )
      {
        QgsFeature feature( problemFields );
        QgsAttributes attributes;
        attributes << QString::fromStdString( problem.file ) << QVariant( static_cast<qlonglong>( problem.row ) ) << QString::fromStdString( problem.field ) << QString::fromStdString( problem.value )
                   << QString::fromStdString( problem.rule + ( problem.action.empty() ? std::string() : " " + problem.action ) );
        feature.setAttributes( attributes );
        problemSink->addFeature( feature, QgsFeatureSink::FastInsert );
      }
    }
    if ( problems > shownInFull )
      feedback->pushWarning( problemSink ? tr( "… and %1 more problems; the Problems table lists all %2." ).arg( problems - shownInFull ).arg( problems )
                                         : tr( "… and %1 more problems; ask for the Problems table (OUTPUT_PROBLEMS) to see all %2." ).arg( problems - shownInFull ).arg( problems ) );
    if ( !report.placeholders.empty() )
      feedback->pushWarning( tr( "Placeholder records named '[unresolved] …' stand in for records the package refers to but does not hold: %1." ).arg( report.placeholders.size() ) );
    if ( feedback->isCanceled() )
      return {};
    transaction.commit();
  }
  catch ( const catalogue::CatalogueError &error )
  {
    if ( feedback->isCanceled() )
      return {};
    throw QgsProcessingException( tr( "The package was not imported; the catalogue is unchanged. %1" ).arg( QString::fromStdString( error.what() ) ) );
  }
  feedback->pushInfo( tr( "%1 records added, %2 updated." ).arg( inserted ).arg( updated ) );
  feedback->setProgress( 100 );
  QVariantMap outputs { { QStringLiteral( "CATALOGUE" ), QString::fromStdString( store.path() ) }, { QStringLiteral( "INSERTED" ), inserted }, { QStringLiteral( "UPDATED" ), updated }, { QStringLiteral( "PROBLEMS" ), problems } };
  if ( problemSink )
    outputs.insert( QStringLiteral( "OUTPUT_PROBLEMS" ), problemsDest );
  return outputs;
}
