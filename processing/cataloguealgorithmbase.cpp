#include "cataloguealgorithmbase.h"

#include "catalogue/catalogueerror.h"
#include "catalogue/records.h"
#include "catalogue/vocabulary.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <qgsprocessingparameters.h>
#include <qgsprocessingfeedback.h>

using namespace sozialraum;

void CatalogueAlgorithmBase::addCatalogueParameter( const QString &description )
{
  addParameter( new QgsProcessingParameterFile( QStringLiteral( "CATALOGUE" ), description, QgsProcessingParameterFile::File, QString(), QVariant(), false, tr( "Sozialraum catalogue (*.sqlite *.db)" ) ) );
}

catalogue::Catalogue CatalogueAlgorithmBase::openCatalogue( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, bool createIfMissing ) const
{
  const QString path = parameterAsFile( parameters, QStringLiteral( "CATALOGUE" ), context );
  if ( path.isEmpty() )
    throw QgsProcessingException( tr( "Choose a catalogue file (CATALOGUE)." ) );
  try
  {
    if ( !QFileInfo::exists( path ) )
    {
      if ( !createIfMissing )
        throw QgsProcessingException( tr( "The catalogue '%1' does not exist. Create it with Sozialraum → New catalogue… or by importing offerings into it." ).arg( path ) );
      if ( feedback )
        feedback->pushInfo( tr( "Creating the new catalogue '%1'." ).arg( path ) );
      // A run that fails must not leave an empty catalogue behind where there was none.
      removeOnFailure( path );
      return catalogue::Catalogue::create( path.toStdString() );
    }
    return catalogue::Catalogue::open( path.toStdString() );
  }
  catch ( const catalogue::CatalogueError &error )
  {
    throw QgsProcessingException( QString::fromStdString( error.what() ) );
  }
}

std::optional<std::string> CatalogueAlgorithmBase::validOnDate( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  const QString validOn = parameterAsString( parameters, QStringLiteral( "VALID_ON" ), context ).trimmed();
  if ( validOn.isEmpty() )
    return std::nullopt;
  if ( validOn.compare( QLatin1String( "today" ), Qt::CaseInsensitive ) == 0 )
    return catalogue::todayIsoDate();
  if ( !catalogue::isIsoDate( validOn.toStdString() ) )
    throw QgsProcessingException( tr( "VALID_ON: '%1' is not a date. Write it as YYYY-MM-DD (e.g. 2026-11-23) or 'today'." ).arg( validOn ) );
  return validOn.toStdString();
}

QString CatalogueAlgorithmBase::organizationFormLabel( catalogue::OrganizationForm form )
{
  switch ( form )
  {
    case catalogue::OrganizationForm::Central:
      return tr( "central" );
    case catalogue::OrganizationForm::Quarter:
      return tr( "in the quarter" );
    case catalogue::OrganizationForm::Outreach:
      return tr( "outreach" );
    case catalogue::OrganizationForm::Mobile:
      return tr( "mobile" );
  }
  return QString();
}

QStringList CatalogueAlgorithmBase::organizationFormOptions( const std::vector<catalogue::OrganizationForm> &forms, bool anyFirst )
{
  QStringList options;
  if ( anyFirst )
    options << tr( "any" );
  for ( catalogue::OrganizationForm form : forms )
    options << organizationFormLabel( form );
  return options;
}

std::vector<std::string> CatalogueAlgorithmBase::termIds( const catalogue::Catalogue &catalogue, const QString &list, bool themes, const QString &parameterName )
{
  std::vector<std::string> taxonomies;
  if ( themes )
    taxonomies = { catalogue::vocabulary::THEME_TAXONOMY_ID, catalogue::vocabulary::QUARTER_FUNCTION_TAXONOMY_ID };
  else
    taxonomies = { catalogue::vocabulary::TARGET_GROUP_TAXONOMY_ID };
  std::vector<std::string> ids;
  for ( const QString &entry : list.split( QRegularExpression( QStringLiteral( "[,;]" ) ), Qt::SkipEmptyParts ) )
  {
    const QString wanted = entry.trimmed();
    std::string found;
    QStringList known;
    for ( const std::string &taxonomy : taxonomies )
    {
      for ( const catalogue::TaxonomyTerm &term : catalogue.terms( taxonomy ) )
      {
        const QString code = QString::fromStdString( term.code.value_or( std::string() ) );
        known << code;
        if ( found.empty() && ( code.compare( wanted, Qt::CaseInsensitive ) == 0 || QString::fromStdString( term.name ).compare( wanted, Qt::CaseInsensitive ) == 0 ) )
          found = term.id;
      }
    }
    if ( found.empty() )
      throw QgsProcessingException( tr( "%1: '%2' is not in the catalogue's vocabulary. Known codes: %3." ).arg( parameterName, wanted, known.join( QLatin1String( ", " ) ) ) );
    if ( std::find( ids.begin(), ids.end(), found ) == ids.end() )
      ids.push_back( found );
  }
  return ids;
}
