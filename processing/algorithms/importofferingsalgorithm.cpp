#include "importofferingsalgorithm.h"
#include "expressionvalues.h"
#include "layerutils.h"

#include "catalogue/catalogueerror.h"
#include "catalogue/edits.h"

#include <qgsprocessingparameters.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsfeatureiterator.h>
#include <qgscoordinatetransform.h>

#include <QRegularExpression>
#include <cmath>
#include <map>

using namespace sozialraum;

namespace
{
  std::optional<std::string> text( const QgsFeature &feature, const QString &field )
  {
    if ( field.isEmpty() )
      return std::nullopt;
    const QVariant value = feature.attribute( field );
    const QString s = value.isNull() ? QString() : value.toString().trimmed();
    if ( s.isEmpty() )
      return std::nullopt;
    return s.toStdString();
  }

  /**
   * The ORGANIZATION_FORM options: labels and values both come from this one list. Its order is
   * public (models store the option's index): "in the quarter", the default, comes first.
   */
  const std::vector<catalogue::OrganizationForm> &importForms()
  {
    static const std::vector<catalogue::OrganizationForm> forms { catalogue::OrganizationForm::Quarter, catalogue::OrganizationForm::Central, catalogue::OrganizationForm::Outreach, catalogue::OrganizationForm::Mobile };
    return forms;
  }
} // namespace

void ImportOfferingsAlgorithm::checkExternalIds( const QVector<QgsFeature> &features, const QString &idField, const QString &layerName )
{
  if ( idField.isEmpty() )
    return;
  // A re-import finds offerings by this id: an empty one would add the offering again, a
  // repeated one would let one feature overwrite the others. Both are refused, naming the rows.
  QStringList empty;
  std::map<std::string, QStringList> rowsById;
  for ( const QgsFeature &f : features )
  {
    const std::optional<std::string> id = text( f, idField );
    if ( !id )
      empty << Sozialraum::describeFeature( f );
    else
      rowsById[*id] << Sozialraum::describeFeature( f );
  }
  const auto firstOf = []( const QStringList &list ) { return list.mid( 0, 10 ).join( QLatin1String( ", " ) ) + ( list.size() > 10 ? QStringLiteral( ", …" ) : QString() ); };
  if ( !empty.isEmpty() )
    throw QgsProcessingException( tr( "The id field '%1' (EXTERNAL_ID_FIELD) of layer '%2' is empty for %3 of %4 features (%5). A re-import recognises offerings by this id; without one the same offerings would be added again. "
                                      "Fill in the ids, choose another id field, or leave EXTERNAL_ID_FIELD empty to import without re-import matching." )
                                    .arg( idField, layerName ).arg( empty.size() ).arg( features.size() ).arg( firstOf( empty ) ) );
  QStringList repeated;
  for ( const auto &entry : rowsById )
    if ( entry.second.size() > 1 )
      repeated << tr( "'%1' in %2" ).arg( QString::fromStdString( entry.first ), firstOf( entry.second ) );
  if ( !repeated.isEmpty() )
    throw QgsProcessingException( tr( "The id field '%1' (EXTERNAL_ID_FIELD) of layer '%2' repeats %3 ids: %4. Each offering needs its own id, or one would overwrite the others. "
                                      "Correct the ids or choose a field that is unique." )
                                    .arg( idField, layerName ).arg( repeated.size() ).arg( repeated.mid( 0, 10 ).join( QLatin1String( "; " ) ) ) );
}

QString ImportOfferingsAlgorithm::displayName() const
{
  return tr( "Import offerings from a point layer" );
}

QStringList ImportOfferingsAlgorithm::tags() const
{
  return tr( "catalogue,import,offerings,Angebote,Träger,stakeholders,Kita,youth centre" ).split( ',' );
}

QString ImportOfferingsAlgorithm::shortHelpString() const
{
  return tr( "<p>Brings a point layer of facilities (for example a city's open data on Kitas or youth centres) into a Sozialraum catalogue: every feature becomes an offering (Angebot) with its site, address, phone and web address; "
             "the provider field becomes a stakeholder (Akteur), found again by name (case and spaces do not matter), so each provider exists once.</p>"
             "<p><b>Re-import</b> updates instead of duplicating: give a stable <i>external id</i> field (such as the city's facility number); it is stored as <i>source:id</i> (source = the layer's name unless given), and offerings with the same source and id are updated, with every changed field recorded in the catalogue's change log.</p>"
             "<p><b>Mapping.</b> Capacity may be a text field (\"98\"); empty or unreadable capacities are left empty and listed. <i>Target groups</i> and <i>themes</i> (codes or names of the catalogue's vocabularies, e.g. child, juvenile, education) apply to every imported offering; "
             "<i>Kind mapping</i> adds target groups by the value of the kind field, e.g. <i>Tageseinrichtung/Kita=child; Jugendfreizeiteinrichtungen (JFE)=juvenile</i>. The address is an expression, e.g. <i>\"e_strasse\" || ' ' || \"e_hnr\"</i>.</p>"
             "<p>The whole import is one transaction: if it fails or is cancelled, the catalogue stays as it was. A catalogue file that does not exist yet is created.</p>" );
}

void ImportOfferingsAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "INPUT" ), tr( "Facilities (points)" ), QList<int>() << QgsProcessing::TypeVectorPoint ) );
  addCatalogueParameter( tr( "Catalogue (created if it does not exist)" ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "NAME_FIELD" ), tr( "Name field" ), QVariant(), QStringLiteral( "INPUT" ) ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "EXTERNAL_ID_FIELD" ), tr( "Stable id field (for re-import)" ), QVariant(), QStringLiteral( "INPUT" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "SOURCE" ), tr( "Source name for the stable ids (empty = the layer's name)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "PROVIDER_FIELD" ), tr( "Provider (Träger) field" ), QVariant(), QStringLiteral( "INPUT" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "CAPACITY_FIELD" ), tr( "Capacity field (places)" ), QVariant(), QStringLiteral( "INPUT" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "KIND_FIELD" ), tr( "Kind field" ), QVariant(), QStringLiteral( "INPUT" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "KIND_MAPPING" ), tr( "Kind mapping to target groups (value=code; …)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "TARGET_GROUPS" ), tr( "Target groups for all offerings (codes or names)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "THEMES" ), tr( "Themes for all offerings (codes or names)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "ORGANIZATION_FORM" ), tr( "Organization form" ), organizationFormOptions( importForms(), false ), false, 0 ) );
  addParameter( new QgsProcessingParameterExpression( QStringLiteral( "ADDRESS" ), tr( "Address (expression)" ), QVariant(), QStringLiteral( "INPUT" ), true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "POSTCODE_FIELD" ), tr( "Postcode field" ), QVariant(), QStringLiteral( "INPUT" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "CITY_FIELD" ), tr( "City field" ), QVariant(), QStringLiteral( "INPUT" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "PHONE_FIELD" ), tr( "Phone field" ), QVariant(), QStringLiteral( "INPUT" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "WEB_FIELD" ), tr( "Web address field" ), QVariant(), QStringLiteral( "INPUT" ), QgsProcessingParameterField::Any, false, true ) );
  addOutput( new QgsProcessingOutputFile( QStringLiteral( "CATALOGUE" ), tr( "Catalogue" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "IMPORTED" ), tr( "New offerings" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "UPDATED" ), tr( "Updated offerings" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "STAKEHOLDERS" ), tr( "New stakeholders" ) ) );
}

QVariantMap ImportOfferingsAlgorithm::execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> source( parameterAsSource( parameters, QStringLiteral( "INPUT" ), context ) );
  if ( !source )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "INPUT" ) ) );
  const QString nameField = parameterAsString( parameters, QStringLiteral( "NAME_FIELD" ), context );
  const QString idField = parameterAsString( parameters, QStringLiteral( "EXTERNAL_ID_FIELD" ), context );
  const QString providerField = parameterAsString( parameters, QStringLiteral( "PROVIDER_FIELD" ), context );
  const QString capacityField = parameterAsString( parameters, QStringLiteral( "CAPACITY_FIELD" ), context );
  const QString kindField = parameterAsString( parameters, QStringLiteral( "KIND_FIELD" ), context );
  const QString postcodeField = parameterAsString( parameters, QStringLiteral( "POSTCODE_FIELD" ), context );
  const QString cityField = parameterAsString( parameters, QStringLiteral( "CITY_FIELD" ), context );
  const QString phoneField = parameterAsString( parameters, QStringLiteral( "PHONE_FIELD" ), context );
  const QString webField = parameterAsString( parameters, QStringLiteral( "WEB_FIELD" ), context );
  const catalogue::OrganizationForm form = importForms().at( static_cast<std::size_t>( parameterAsEnum( parameters, QStringLiteral( "ORGANIZATION_FORM" ), context ) ) );
  // Ids are only unique within their source (Berlin numbers Kitas and youth centres alike), so they are kept as "source:id".
  QString sourceName = parameterAsString( parameters, QStringLiteral( "SOURCE" ), context ).trimmed();
  if ( sourceName.isEmpty() )
    sourceName = source->sourceName();
  if ( idField.isEmpty() )
    feedback->pushWarning( tr( "No stable id field (EXTERNAL_ID_FIELD): importing the same layer again will add the offerings a second time." ) );

  // Everything that can be wrong with the layer is found before the catalogue is opened or created.
  QVector<QgsFeature> features;
  QgsFeatureIterator it = source->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
    features << feature;
  if ( features.isEmpty() )
    throw QgsProcessingException( tr( "The layer '%1' has no features to import." ).arg( source->sourceName() ) );
  checkExternalIds( features, idField, source->sourceName() );
  const QString addressExpression = parameterAsExpression( parameters, QStringLiteral( "ADDRESS" ), context );
  const QVariantList addresses = addressExpression.isEmpty() ? QVariantList() : Sozialraum::evaluateForFeatures( addressExpression, features, source->fields(), context, QStringLiteral( "ADDRESS" ) );

  catalogue::Catalogue store = openCatalogue( parameters, context, feedback, true );
  const std::vector<std::string> commonGroups = termIds( store, parameterAsString( parameters, QStringLiteral( "TARGET_GROUPS" ), context ), false, QStringLiteral( "TARGET_GROUPS" ) );
  const std::vector<std::string> themes = termIds( store, parameterAsString( parameters, QStringLiteral( "THEMES" ), context ), true, QStringLiteral( "THEMES" ) );
  std::map<QString, std::vector<std::string>> kindGroups;
  for ( const QString &pair : parameterAsString( parameters, QStringLiteral( "KIND_MAPPING" ), context ).split( ';', Qt::SkipEmptyParts ) )
  {
    const int eq = pair.lastIndexOf( '=' );
    if ( eq <= 0 )
      throw QgsProcessingException( tr( "KIND_MAPPING: '%1' is not value=code (e.g. Tageseinrichtung/Kita=child)." ).arg( pair ) );
    kindGroups[pair.left( eq ).trimmed()] = termIds( store, pair.mid( eq + 1 ), false, QStringLiteral( "KIND_MAPPING" ) );
  }

  const QgsCoordinateTransform toWgs84( source->sourceCrs(), QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ), context.transformContext() );

  int imported = 0, updated = 0, newStakeholders = 0;
  QStringList noCapacity, noGeometry;
  std::map<QString, std::string> providers; // name → id, within this import
  try
  {
    catalogue::Catalogue::Transaction transaction = store.beginTransaction();
    for ( int i = 0; i < features.size(); ++i )
    {
      if ( feedback->isCanceled() )
        return {}; // the transaction rolls back: the catalogue stays as it was
      feedback->setProgress( 100.0 * i / features.size() );
      const QgsFeature &f = features.at( i );
      const std::optional<std::string> name = text( f, nameField );
      if ( !name )
        throw QgsProcessingException( tr( "%1 of layer '%2' has no name in field '%3'. Every offering needs a name; fill it in or filter the layer." ).arg( Sozialraum::describeFeature( f, idField ), source->sourceName(), nameField ) );
      std::optional<std::string> externalId = text( f, idField );
      if ( externalId )
        externalId = sourceName.toStdString() + ":" + *externalId;

      catalogue::Service service;
      if ( externalId )
      {
        if ( const std::optional<catalogue::Service> existing = store.findServiceByExternalId( *externalId ) )
          service = *existing;
      }
      const bool isNew = service.id.empty();

      if ( const std::optional<std::string> providerName = text( f, providerField ) )
      {
        const QString key = QString::fromStdString( *providerName ).simplified().toLower();
        auto known = providers.find( key );
        if ( known == providers.end() )
        {
          bool created = false;
          known = providers.emplace( key, catalogue::findOrCreateOrganization( store, *providerName, &created ) ).first;
          newStakeholders += created ? 1 : 0;
        }
        service.organizationId = known->second;
      }
      else if ( service.organizationId.empty() )
      {
        // HSDS needs a provider for every service: an unknown one is recorded as such.
        // Stored data, so not translated: the same name must find the record whatever the interface language.
        const std::string unknown = "unknown provider";
        auto known = providers.find( QStringLiteral( "\x01unknown" ) );
        if ( known == providers.end() )
        {
          bool created = false;
          known = providers.emplace( QStringLiteral( "\x01unknown" ), catalogue::findOrCreateOrganization( store, unknown, &created ) ).first;
          newStakeholders += created ? 1 : 0;
        }
        service.organizationId = known->second;
      }

      service.name = *name;
      service.externalId = externalId;
      service.organizationForm = form;
      if ( const std::optional<std::string> web = text( f, webField ) )
        service.url = web;
      if ( !capacityField.isEmpty() )
      {
        const Sozialraum::NumberReading capacity = Sozialraum::readNumber( f.attribute( capacityField ) );
        if ( std::isfinite( capacity.value ) && capacity.value >= 0 )
          service.capacity = capacity.value;
        else
        {
          service.capacity.reset();
          noCapacity << QString::fromStdString( externalId.value_or( *name ) );
        }
      }
      const std::string serviceId = store.upsertService( service );
      isNew ? ++imported : ++updated;

      std::vector<std::string> groups = commonGroups;
      if ( const std::optional<std::string> kind = text( f, kindField ) )
      {
        const auto mapped = kindGroups.find( QString::fromStdString( *kind ) );
        if ( mapped != kindGroups.end() )
          for ( const std::string &id : mapped->second )
            if ( std::find( groups.begin(), groups.end(), id ) == groups.end() )
              groups.push_back( id );
      }
      if ( !groups.empty() )
        store.setServiceTerms( serviceId, catalogue::TermRole::TargetGroup, groups );
      if ( !themes.empty() )
        store.setServiceTerms( serviceId, catalogue::TermRole::Theme, themes );

      QgsGeometry geometry = f.geometry();
      if ( geometry.isEmpty() )
      {
        noGeometry << QString::fromStdString( externalId.value_or( *name ) );
        continue;
      }
      geometry.transform( toWgs84 );
      const QgsPointXY point = geometry.isMultipart() ? geometry.centroid().asPoint() : geometry.asPoint();
      // The offering's (first) site is updated in place on a re-import (engine rule, catalogue/edits).
      const std::vector<catalogue::Location> sites = store.locationsOfService( serviceId );
      catalogue::SiteEdit site;
      site.id = sites.empty() ? std::string() : sites.front().id;
      site.name = *name;
      site.latitude = point.y();
      site.longitude = point.x();
      site.organizationId = service.organizationId;
      site.externalIdentifier = externalId;
      const QString street = addresses.isEmpty() ? QString() : addresses.at( i ).toString().trimmed();
      site.street = street.isEmpty() ? std::optional<std::string>() : std::optional<std::string>( street.toStdString() );
      site.postalCode = text( f, postcodeField );
      site.city = text( f, cityField );
      // Without address values an earlier address stays (the layer may simply not have them).
      site.setAddress = site.street || site.postalCode || site.city;
      catalogue::saveSite( store, serviceId, site );
      if ( const std::optional<std::string> phone = text( f, phoneField ); phone && isNew )
      {
        catalogue::Phone number;
        number.serviceId = serviceId;
        number.number = *phone;
        store.upsertPhone( number );
      }
    }
    transaction.commit();
  }
  catch ( const catalogue::CatalogueError &error )
  {
    throw QgsProcessingException( tr( "The import stopped and the catalogue was left as it was: %1" ).arg( QString::fromStdString( error.what() ) ) );
  }
  if ( !noCapacity.isEmpty() )
    feedback->pushWarning( tr( "%1 offerings have no readable capacity in '%2' and were imported without one: %3%4" ).arg( noCapacity.size() ).arg( capacityField, noCapacity.mid( 0, 20 ).join( QLatin1String( ", " ) ), noCapacity.size() > 20 ? QStringLiteral( ", …" ) : QString() ) );
  if ( !noGeometry.isEmpty() )
    feedback->pushWarning( tr( "%1 offerings have no geometry and were imported without a site: %2" ).arg( noGeometry.size() ).arg( noGeometry.mid( 0, 20 ).join( QLatin1String( ", " ) ) ) );
  feedback->pushInfo( tr( "%1 new offerings, %2 updated, %3 new stakeholders." ).arg( imported ).arg( updated ).arg( newStakeholders ) );
  feedback->setProgress( 100 );
  return { { QStringLiteral( "CATALOGUE" ), QString::fromStdString( store.path() ) }, { QStringLiteral( "IMPORTED" ), imported }, { QStringLiteral( "UPDATED" ), updated }, { QStringLiteral( "STAKEHOLDERS" ), newStakeholders } };
}
