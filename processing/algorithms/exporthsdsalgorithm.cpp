#include "exporthsdsalgorithm.h"

#include "catalogue/catalogueerror.h"
#include "catalogue/hsds.h"

#include <qgsprocessingparameters.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>

using namespace sozialraum;

QString ExportHsdsAlgorithm::displayName() const
{
  return tr( "Export catalogue as HSDS package" );
}

QStringList ExportHsdsAlgorithm::tags() const
{
  return tr( "HSDS,Open Referral,export,catalogue,data package,CSV" ).split( ',' );
}

QString ExportHsdsAlgorithm::shortHelpString() const
{
  return tr( "<p>Writes the catalogue as an Open Referral HSDS 3.0 tabular data package: one CSV file per table (UTF-8, RFC 4180: fields with commas, quotes or line breaks are quoted) and <i>datapackage.json</i> describing the tables, their fields and keys. "
             "Other HSDS tools read it; Sozialraum's additions (stakeholder kind, organization form, planning state, validity, capacity, committees) are extra columns and tables that they ignore.</p>"
             "<p>Personal contact data (names and e-mail addresses of contact persons, phone numbers of persons) is left out unless <i>Include personal contacts</i> is set. "
             "Exporting the same content twice gives the same files; importing the package into an empty catalogue and exporting again gives it back unchanged.</p>" );
}

void ExportHsdsAlgorithm::initAlgorithm( const QVariantMap & )
{
  addCatalogueParameter( tr( "Catalogue" ) );
  addParameter( new QgsProcessingParameterBoolean( QStringLiteral( "INCLUDE_PERSONAL_CONTACTS" ), tr( "Include personal contacts" ), false ) );
  addParameter( new QgsProcessingParameterBoolean( QStringLiteral( "INCLUDE_HISTORY" ), tr( "Include the change log (metadata.csv)" ), true ) );
  addParameter( new QgsProcessingParameterFolderDestination( QStringLiteral( "OUTPUT" ), tr( "HSDS package folder" ) ) );
}

QVariantMap ExportHsdsAlgorithm::execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const catalogue::Catalogue store = openCatalogue( parameters, context, feedback, false );
  const QString folder = parameterAsString( parameters, QStringLiteral( "OUTPUT" ), context );
  catalogue::ExportOptions options;
  options.includePersonalContacts = parameterAsBoolean( parameters, QStringLiteral( "INCLUDE_PERSONAL_CONTACTS" ), context );
  options.includeHistory = parameterAsBoolean( parameters, QStringLiteral( "INCLUDE_HISTORY" ), context );
  try
  {
    const catalogue::ExportReport report = catalogue::exportHsdsPackage( store, folder.toStdString(), options );
    long long rows = 0;
    for ( const auto &entry : report.rowCounts )
      rows += entry.second;
    feedback->pushInfo( tr( "%1 files, %2 rows written to %3." ).arg( report.files.size() ).arg( rows ).arg( folder ) );
  }
  catch ( const catalogue::CatalogueError &error )
  {
    throw QgsProcessingException( QString::fromStdString( error.what() ) );
  }
  if ( !options.includePersonalContacts )
    feedback->pushInfo( tr( "Personal contact data was left out." ) );
  feedback->setProgress( 100 );
  return { { QStringLiteral( "OUTPUT" ), folder } };
}
