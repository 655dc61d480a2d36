#include "importhsdsalgorithm.h"

#include "catalogue/catalogueerror.h"
#include "catalogue/hsds.h"

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
  return tr( "<p>Reads an Open Referral HSDS 3.0 tabular data package (a folder with <i>datapackage.json</i> and one CSV per table, as written by Sozialraum or another HSDS tool) into a catalogue. "
             "Records are matched by their id: new ones are added, known ones updated (every changed field goes to the change log). Columns and tables the catalogue does not store are ignored and listed in the log.</p>"
             "<p><b>All or nothing:</b> a wrong header, text that is not UTF-8, a duplicate id or a service pointing to a missing organization stops the import with the file, row and field named, and the catalogue stays as it was. "
             "A catalogue file that does not exist yet is created.</p>" );
}

void ImportHsdsAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFile( QStringLiteral( "INPUT" ), tr( "HSDS package folder" ), QgsProcessingParameterFile::Folder ) );
  addCatalogueParameter( tr( "Catalogue (created if it does not exist)" ) );
  addOutput( new QgsProcessingOutputFile( QStringLiteral( "CATALOGUE" ), tr( "Catalogue" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "INSERTED" ), tr( "Records added" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "UPDATED" ), tr( "Records updated" ) ) );
}

QVariantMap ImportHsdsAlgorithm::execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const QString folder = parameterAsFile( parameters, QStringLiteral( "INPUT" ), context );
  catalogue::Catalogue store = openCatalogue( parameters, context, feedback, true );
  catalogue::ImportOptions options;
  options.progress = [feedback]( const catalogue::ImportProgress &progress ) {
    if ( progress.rowsTotal > 0 && progress.rowsDone % 200 == 0 )
    {
      feedback->setProgressText( QString::fromStdString( progress.file ) );
      feedback->setProgress( 100.0 * progress.rowsDone / progress.rowsTotal );
    }
    return !feedback->isCanceled();
  };
  long long inserted = 0, updated = 0;
  try
  {
    const catalogue::ImportReport report = catalogue::importHsdsPackage( store, folder.toStdString(), options );
    for ( const auto &table : report.tables )
    {
      inserted += table.second.inserted;
      updated += table.second.updated;
    }
    for ( const std::string &message : report.messages )
      feedback->pushInfo( QString::fromStdString( message ) );
  }
  catch ( const catalogue::CatalogueError &error )
  {
    if ( feedback->isCanceled() )
      return {};
    throw QgsProcessingException( tr( "The package was not imported; the catalogue is unchanged. %1" ).arg( QString::fromStdString( error.what() ) ) );
  }
  feedback->pushInfo( tr( "%1 records added, %2 updated." ).arg( inserted ).arg( updated ) );
  feedback->setProgress( 100 );
  return { { QStringLiteral( "CATALOGUE" ), QString::fromStdString( store.path() ) }, { QStringLiteral( "INSERTED" ), inserted }, { QStringLiteral( "UPDATED" ), updated } };
}
