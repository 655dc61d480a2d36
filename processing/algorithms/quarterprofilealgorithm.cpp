#include "quarterprofilealgorithm.h"
#include "layerutils.h"

#include "catalogue/catalogueerror.h"
#include "catalogue/vocabulary.h"

#include <qgsprocessingparameters.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsfeaturesink.h>
#include <qgsfeatureiterator.h>

#include <map>
#include <set>

using namespace sozialraum;

QString QuarterProfileAlgorithm::displayName() const
{
  return tr( "Quarter profile of offerings and stakeholders" );
}

QStringList QuarterProfileAlgorithm::tags() const
{
  return tr( "catalogue,quarter,profile,Quartier,Sozialraum,offerings,stakeholders,Angebote,Akteure,Lübeck" ).split( ',' );
}

QString QuarterProfileAlgorithm::shortHelpString() const
{
  return tr( "<p>For every statistical area (quarter, Sozialraum): how many offerings of the catalogue have a site there, by organization form (central, in the quarter, outreach, mobile), by theme and by target group, and which stakeholders are active there – "
             "the table that answers which offerings are already organized per quarter and where offerings for a target group (seniors, people with disabilities …) are missing.</p>"
             "<p>An offering counts in an area when one of its sites lies inside the area's polygon. Counts per theme are named <i>theme_&lt;code&gt;</i>, per target group <i>target_&lt;code&gt;</i> (codes of the catalogue's vocabularies); "
             "<i>stakeholders</i> counts the providers with an offering there and <i>stakeholder_names</i> lists them. With <i>Valid on</i> only offerings valid on that date count.</p>" );
}

void QuarterProfileAlgorithm::initAlgorithm( const QVariantMap & )
{
  addCatalogueParameter( tr( "Catalogue" ) );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "AREAS" ), tr( "Statistical areas (polygons)" ), QList<int>() << QgsProcessing::TypeVectorPolygon ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "VALID_ON" ), tr( "Valid on (date YYYY-MM-DD or 'today'; empty = any)" ), QStringLiteral( "today" ), false, true ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Quarter profile" ), QgsProcessing::TypeVectorPolygon ) );
}

QVariantMap QuarterProfileAlgorithm::execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const catalogue::Catalogue store = openCatalogue( parameters, context, feedback, false );
  std::unique_ptr<QgsProcessingFeatureSource> areaSource( parameterAsSource( parameters, QStringLiteral( "AREAS" ), context ) );
  if ( !areaSource )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "AREAS" ) ) );
  const std::optional<std::string> validOn = validOnDate( parameters, context );

  // Column per seeded theme and target group, in vocabulary order (same columns for every catalogue).
  std::vector<std::pair<std::string, QString>> themeColumns, targetColumns; // term id, field name
  std::set<QString> used;
  for ( const catalogue::vocabulary::SeedTaxonomy &taxonomy : catalogue::vocabulary::seededTaxonomies() )
  {
    const bool target = taxonomy.id == catalogue::vocabulary::TARGET_GROUP_TAXONOMY_ID;
    for ( const catalogue::vocabulary::SeedTerm &term : taxonomy.terms )
    {
      const QString field = ( target ? QStringLiteral( "target_" ) : QStringLiteral( "theme_" ) ) + QString::fromStdString( term.code );
      if ( !used.insert( field ).second )
        continue; // the same code in both theme vocabularies (housing, education) is one column
      ( target ? targetColumns : themeColumns ).push_back( { term.code, field } );
    }
  }
  // form_central, form_quarter, form_outreach, form_mobile: the catalogue's one list of forms.
  QList<QgsField> added { QgsField( QStringLiteral( "offerings" ), QVariant::Int ) };
  for ( catalogue::OrganizationForm form : catalogue::organizationForms() )
    added << QgsField( QStringLiteral( "form_" ) + QString::fromStdString( catalogue::toString( form ) ), QVariant::Int );
  for ( const auto &column : themeColumns )
    added << QgsField( column.second, QVariant::Int );
  for ( const auto &column : targetColumns )
    added << QgsField( column.second, QVariant::Int );
  added << QgsField( QStringLiteral( "stakeholders" ), QVariant::Int ) << QgsField( QStringLiteral( "stakeholder_names" ), QVariant::String );
  QVector<int> kept;
  const QgsFields fields = Sozialraum::fieldsReplacing( areaSource->fields(), added, kept );
  QString dest;
  std::unique_ptr<QgsFeatureSink> sink = outputSink( parameters, QStringLiteral( "OUTPUT" ), context, dest, fields, areaSource->wkbType(), areaSource->sourceCrs(), feedback );

  const QgsCoordinateTransform toWgs84( areaSource->sourceCrs(), QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ), context.transformContext() );
  const long long count = areaSource->featureCount();
  QgsFeatureIterator it = areaSource->getFeatures();
  QgsFeature area;
  long long done = 0;
  try
  {
    while ( it.nextFeature( area ) )
    {
      if ( feedback->isCanceled() )
        return {};
      if ( count > 0 )
        feedback->setProgress( 100.0 * done++ / count );
      QgsAttributes attributes = Sozialraum::keptAttributes( area, kept );
      QgsGeometry geometry = area.geometry();
      std::vector<catalogue::Service> services;
      if ( !geometry.isEmpty() )
      {
        geometry.transform( toWgs84 );
        catalogue::ServiceFilter filter;
        filter.withinWkt = geometry.asWkt( 8 ).toStdString();
        filter.validOn = validOn;
        services = store.services( filter );
      }
      std::map<std::string, int> forms, terms;
      std::map<std::string, QString> stakeholders;
      for ( const catalogue::Service &service : services )
      {
        if ( service.organizationForm )
          ++forms[catalogue::toString( *service.organizationForm )];
        for ( const catalogue::TermRole role : { catalogue::TermRole::Theme, catalogue::TermRole::TargetGroup } )
          for ( const catalogue::TaxonomyTerm &term : store.serviceTerms( service.id, role ) )
            ++terms[( role == catalogue::TermRole::Theme ? "theme:" : "target:" ) + term.code.value_or( std::string() )];
        if ( !stakeholders.count( service.organizationId ) )
        {
          const std::optional<catalogue::Organization> organization = store.organization( service.organizationId );
          stakeholders[service.organizationId] = organization ? QString::fromStdString( organization->name ) : QString();
        }
      }
      attributes << static_cast<int>( services.size() );
      for ( catalogue::OrganizationForm form : catalogue::organizationForms() )
        attributes << forms[catalogue::toString( form )];
      for ( const auto &column : themeColumns )
        attributes << terms["theme:" + column.first];
      for ( const auto &column : targetColumns )
        attributes << terms["target:" + column.first];
      QStringList names;
      for ( const auto &entry : stakeholders )
        names << entry.second;
      names.sort( Qt::CaseInsensitive );
      attributes << static_cast<int>( stakeholders.size() ) << names.join( QLatin1String( "; " ) );
      QgsFeature out( fields );
      out.setGeometry( area.geometry() );
      out.setAttributes( attributes );
      sink->addFeature( out, QgsFeatureSink::FastInsert );
    }
  }
  catch ( const catalogue::CatalogueError &error )
  {
    throw QgsProcessingException( QString::fromStdString( error.what() ) );
  }
  feedback->setProgress( 100 );
  return { { QStringLiteral( "OUTPUT" ), dest } };
}
