#include "offeringslayeralgorithm.h"

#include "catalogue/catalogueerror.h"

#include <qgsprocessingparameters.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsfeaturesink.h>

#include <QDate>

using namespace sozialraum;

namespace
{
  QVariant optionalText( const std::optional<std::string> &value )
  {
    return value ? QVariant( QString::fromStdString( *value ) ) : QVariant( QVariant::String );
  }

  QString joinTerms( const std::vector<catalogue::TaxonomyTerm> &terms )
  {
    QStringList codes;
    for ( const catalogue::TaxonomyTerm &term : terms )
      codes << QString::fromStdString( term.code.value_or( term.name ) );
    return codes.join( QLatin1String( "," ) );
  }
} // namespace

QString OfferingsLayerAlgorithm::displayName() const
{
  return tr( "Offerings as a point layer" );
}

QStringList OfferingsLayerAlgorithm::tags() const
{
  return tr( "catalogue,offerings,Angebote,facilities,export,layer,filter" ).split( ',' );
}

QString OfferingsLayerAlgorithm::shortHelpString() const
{
  return tr( "<p>Makes a point layer of the catalogue's offerings at their sites, filtered by theme, target group, organization form, status and validity date – ready as <i>FACILITIES</i> or <i>SUPPLY</i> for the accessibility and service-gap algorithms (capacity as a number).</p>"
             "<p>One point per offering and site (an offering with two sites gives two points) in EPSG:4326, with <i>service_id</i>, <i>name</i>, <i>provider</i>, <i>capacity</i>, <i>organization_form</i>, <i>status</i>, <i>themes</i> and <i>target_groups</i> (codes), <i>valid_from</i>/<i>valid_to</i>, <i>location_id</i> and <i>address</i>. "
             "Themes and target groups are codes or names of the catalogue's vocabularies (e.g. juvenile, senior); <i>Valid on</i> takes a date (2026-11-23) or <i>today</i>.</p>" );
}

void OfferingsLayerAlgorithm::initAlgorithm( const QVariantMap & )
{
  addCatalogueParameter( tr( "Catalogue" ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "THEME" ), tr( "Theme (code or name)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "TARGET_GROUP" ), tr( "Target group (code or name)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "ORGANIZATION_FORM" ), tr( "Organization form" ), organizationFormOptions( catalogue::organizationForms(), true ), false, 0 ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "STATUS" ), tr( "Status" ), QStringList() << tr( "any" ) << tr( "active" ) << tr( "inactive" ) << tr( "defunct" ) << tr( "temporarily closed" ), false, 1 ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "VALID_ON" ), tr( "Valid on (date YYYY-MM-DD or 'today'; empty = any)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Offerings" ), QgsProcessing::TypeVectorPoint ) );
}

QVariantMap OfferingsLayerAlgorithm::execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const catalogue::Catalogue store = openCatalogue( parameters, context, feedback, false );
  catalogue::ServiceFilter filter;
  filter.themeTermIds = termIds( store, parameterAsString( parameters, QStringLiteral( "THEME" ), context ), true, QStringLiteral( "THEME" ) );
  filter.targetGroupTermIds = termIds( store, parameterAsString( parameters, QStringLiteral( "TARGET_GROUP" ), context ), false, QStringLiteral( "TARGET_GROUP" ) );
  const int form = parameterAsEnum( parameters, QStringLiteral( "ORGANIZATION_FORM" ), context );
  if ( form > 0 )
    filter.organizationForms = { catalogue::organizationForms().at( static_cast<std::size_t>( form - 1 ) ) };
  const int status = parameterAsEnum( parameters, QStringLiteral( "STATUS" ), context );
  const catalogue::ServiceStatus statuses[] = { catalogue::ServiceStatus::Active, catalogue::ServiceStatus::Inactive, catalogue::ServiceStatus::Defunct, catalogue::ServiceStatus::TemporarilyClosed };
  if ( status > 0 )
    filter.statuses = { statuses[status - 1] };
  filter.validOn = validOnDate( parameters, context );

  QgsFields fields;
  for ( const QString &name : { "service_id", "name", "provider", "capacity", "organization_form", "status", "themes", "target_groups", "valid_from", "valid_to", "location_id", "address" } )
    fields.append( QgsField( name, name == QLatin1String( "capacity" ) ? QVariant::Double : QVariant::String ) );
  QString dest;
  std::unique_ptr<QgsFeatureSink> sink = outputSink( parameters, QStringLiteral( "OUTPUT" ), context, dest, fields, QgsWkbTypes::Point, QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ), feedback );

  int written = 0, withoutSite = 0;
  try
  {
    const std::vector<catalogue::ServiceWithSites> offerings = store.servicesWithSites( filter );
    for ( std::size_t i = 0; i < offerings.size(); ++i )
    {
      if ( feedback->isCanceled() )
        return {};
      feedback->setProgress( 100.0 * i / offerings.size() );
      const catalogue::ServiceWithSites &offering = offerings[i];
      const catalogue::Service &service = offering.service;
      if ( offering.sites.empty() )
        ++withoutSite;
      for ( const catalogue::ServiceSite &site : offering.sites )
      {
        if ( !site.latitude || !site.longitude )
        {
          ++withoutSite;
          continue;
        }
        QString address;
        if ( const std::optional<catalogue::Address> &a = site.address )
          address = QStringLiteral( "%1, %2 %3" ).arg( QString::fromStdString( a->address1.value_or( std::string() ) ), QString::fromStdString( a->postalCode.value_or( std::string() ) ), QString::fromStdString( a->city.value_or( std::string() ) ) ).trimmed();
        QgsFeature feature( fields );
        feature.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( *site.longitude, *site.latitude ) ) );
        feature.setAttributes( QgsAttributes() << QString::fromStdString( service.id ) << QString::fromStdString( service.name )
                                               << ( offering.providerName ? QVariant( QString::fromStdString( *offering.providerName ) ) : QVariant( QVariant::String ) )
                                               << ( service.capacity ? QVariant( *service.capacity ) : QVariant( QVariant::Double ) )
                                               << ( service.organizationForm ? QVariant( QString::fromStdString( catalogue::toString( *service.organizationForm ) ) ) : QVariant( QVariant::String ) )
                                               << QString::fromStdString( catalogue::toString( service.status ) ) << joinTerms( offering.themes ) << joinTerms( offering.targetGroups )
                                               << optionalText( service.validFrom ) << optionalText( service.validTo ) << QString::fromStdString( site.locationId )
                                               << ( address.isEmpty() ? QVariant( QVariant::String ) : QVariant( address ) ) );
        sink->addFeature( feature, QgsFeatureSink::FastInsert );
        ++written;
      }
    }
  }
  catch ( const catalogue::CatalogueError &error )
  {
    throw QgsProcessingException( QString::fromStdString( error.what() ) );
  }
  feedback->pushInfo( tr( "%1 offering sites written." ).arg( written ) );
  if ( withoutSite > 0 )
    feedback->pushWarning( tr( "%1 offerings have no site with coordinates and are not on the layer." ).arg( withoutSite ) );
  feedback->setProgress( 100 );
  return { { QStringLiteral( "OUTPUT" ), dest } };
}
