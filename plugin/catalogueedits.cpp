#include "catalogueedits.h"

#include "catalogue/records.h"
#include "catalogueqt.h"

#include "catalogue/catalogue.h"
#include "catalogue/edits.h"
#include "catalogue/vocabulary.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <exception>

using namespace sozialraum::catalogue;
using CatalogueQt::optional;
using CatalogueQt::qs;
using CatalogueQt::ss;

namespace
{
  const QStringList WEEKDAYS = { QStringLiteral( "MO" ), QStringLiteral( "TU" ), QStringLiteral( "WE" ), QStringLiteral( "TH" ),
                                 QStringLiteral( "FR" ), QStringLiteral( "SA" ), QStringLiteral( "SU" ) };

  QString text( const QVariantMap &map, const char *key )
  {
    return map.value( QLatin1String( key ) ).toString();
  }

  QStringList textList( const QVariantMap &map, const char *key )
  {
    const QVariant value = map.value( QLatin1String( key ) );
    if ( value.type() == QVariant::String )
      return value.toString().split( ',', Qt::SkipEmptyParts );
    return value.toStringList();
  }

  //! Decimal number as typed, with a comma or a point.
  std::optional<double> parseNumber( const QString &value )
  {
    QString t = value.trimmed();
    t.replace( ',', '.' );
    bool ok = false;
    const double number = t.toDouble( &ok );
    if ( !ok || !std::isfinite( number ) )
      return std::nullopt;
    return number;
  }

  QString numberText( const std::optional<double> &value )
  {
    return value ? QString::number( *value, 'g', 12 ) : QString();
  }

  //! "9:00" / "09.00" → "09:00"; empty when it is not a time of day.
  QString normalizedTime( const QString &value )
  {
    static const QRegularExpression re( QStringLiteral( "^(\\d{1,2})[:.](\\d{2})$" ) );
    const QRegularExpressionMatch m = re.match( value.trimmed() );
    if ( !m.hasMatch() )
      return QString();
    const int hours = m.captured( 1 ).toInt();
    const int minutes = m.captured( 2 ).toInt();
    if ( hours > 24 || minutes > 59 || ( hours == 24 && minutes > 0 ) )
      return QString();
    return QStringLiteral( "%1:%2" ).arg( hours, 2, 10, QChar( '0' ) ).arg( minutes, 2, 10, QChar( '0' ) );
  }

  //! A term id, or the code of a term in one of \a taxonomyIds; "" when unknown.
  std::string resolveTerm( const Catalogue &catalogue, const QString &idOrCode, const std::vector<std::string> &taxonomyIds )
  {
    const std::string key = ss( idOrCode.trimmed() );
    for ( const std::string &taxonomyId : taxonomyIds )
    {
      for ( const TaxonomyTerm &term : catalogue.terms( taxonomyId ) )
      {
        if ( term.id == key )
          return term.id;
      }
    }
    for ( const std::string &taxonomyId : taxonomyIds )
    {
      if ( const std::optional<TaxonomyTerm> term = catalogue.findTerm( taxonomyId, key ) )
        return term->id;
    }
    return std::string();
  }

  std::vector<std::string> themeTaxonomies( const Catalogue &catalogue )
  {
    std::vector<std::string> ids;
    for ( const Taxonomy &taxonomy : catalogue.taxonomies() )
    {
      if ( taxonomy.id != vocabulary::TARGET_GROUP_TAXONOMY_ID )
        ids.push_back( taxonomy.id );
    }
    return ids;
  }


  QString compactDays( const QStringList &days )
  {
    QList<int> indexes;
    for ( const QString &d : days )
    {
      const int i = WEEKDAYS.indexOf( d.trimmed().toUpper() );
      if ( i >= 0 && !indexes.contains( i ) )
        indexes.append( i );
    }
    std::sort( indexes.begin(), indexes.end() );
    QStringList parts;
    for ( int i = 0; i < indexes.size(); )
    {
      int j = i;
      while ( j + 1 < indexes.size() && indexes[ j + 1 ] == indexes[ j ] + 1 )
        ++j;
      if ( j - i >= 2 )
        parts << WEEKDAYS[ indexes[ i ] ] + '-' + WEEKDAYS[ indexes[ j ] ];
      else
        for ( int k = i; k <= j; ++k )
          parts << WEEKDAYS[ indexes[ k ] ];
      i = j + 1;
    }
    return parts.join( ',' );
  }
} // namespace

// ---- inputs <-> QVariantMap ------------------------------------------------------------------

bool CatalogueSiteInput::isBlank() const
{
  return id.isEmpty() && name.trimmed().isEmpty() && street.trimmed().isEmpty() && postalCode.trimmed().isEmpty() &&
         city.trimmed().isEmpty() && latitude.trimmed().isEmpty() && longitude.trimmed().isEmpty();
}

CatalogueSiteInput CatalogueSiteInput::fromVariantMap( const QVariantMap &map )
{
  CatalogueSiteInput site;
  site.id = text( map, "id" );
  site.name = text( map, "name" );
  site.street = text( map, "street" );
  site.postalCode = text( map, "postalCode" );
  site.city = text( map, "city" );
  site.latitude = text( map, "latitude" );
  site.longitude = text( map, "longitude" );
  return site;
}

QVariantMap CatalogueSiteInput::toVariantMap() const
{
  return { { QStringLiteral( "id" ), id },
           { QStringLiteral( "name" ), name },
           { QStringLiteral( "street" ), street },
           { QStringLiteral( "postalCode" ), postalCode },
           { QStringLiteral( "city" ), city },
           { QStringLiteral( "latitude" ), latitude },
           { QStringLiteral( "longitude" ), longitude } };
}

CatalogueOfferingInput CatalogueOfferingInput::fromVariantMap( const QVariantMap &map )
{
  CatalogueOfferingInput input;
  input.id = text( map, "id" );
  input.name = text( map, "name" );
  input.providerId = text( map, "providerId" );
  input.providerName = text( map, "providerName" );
  input.description = text( map, "description" );
  if ( map.contains( QStringLiteral( "status" ) ) )
    input.status = text( map, "status" );
  input.organizationForm = text( map, "organizationForm" );
  input.planningState = text( map, "planningState" );
  input.validFrom = text( map, "validFrom" );
  input.validTo = text( map, "validTo" );
  input.capacity = text( map, "capacity" );
  input.minimumAge = text( map, "minimumAge" );
  input.maximumAge = text( map, "maximumAge" );
  input.assuredDate = text( map, "assuredDate" );
  input.url = text( map, "url" );
  input.email = text( map, "email" );
  input.openingHours = text( map, "openingHours" );
  input.themes = textList( map, "themes" );
  input.targetGroups = textList( map, "targetGroups" );
  for ( const QVariant &site : map.value( QStringLiteral( "sites" ) ).toList() )
    input.sites.append( CatalogueSiteInput::fromVariantMap( site.toMap() ) );
  return input;
}

QVariantMap CatalogueOfferingInput::toVariantMap() const
{
  QVariantList siteList;
  for ( const CatalogueSiteInput &site : sites )
    siteList.append( site.toVariantMap() );
  return { { QStringLiteral( "id" ), id },
           { QStringLiteral( "name" ), name },
           { QStringLiteral( "providerId" ), providerId },
           { QStringLiteral( "providerName" ), providerName },
           { QStringLiteral( "description" ), description },
           { QStringLiteral( "status" ), status },
           { QStringLiteral( "organizationForm" ), organizationForm },
           { QStringLiteral( "planningState" ), planningState },
           { QStringLiteral( "validFrom" ), validFrom },
           { QStringLiteral( "validTo" ), validTo },
           { QStringLiteral( "capacity" ), capacity },
           { QStringLiteral( "minimumAge" ), minimumAge },
           { QStringLiteral( "maximumAge" ), maximumAge },
           { QStringLiteral( "assuredDate" ), assuredDate },
           { QStringLiteral( "url" ), url },
           { QStringLiteral( "email" ), email },
           { QStringLiteral( "openingHours" ), openingHours },
           { QStringLiteral( "themes" ), themes },
           { QStringLiteral( "targetGroups" ), targetGroups },
           { QStringLiteral( "sites" ), siteList } };
}

CatalogueStakeholderInput CatalogueStakeholderInput::fromVariantMap( const QVariantMap &map )
{
  CatalogueStakeholderInput input;
  input.id = text( map, "id" );
  input.name = text( map, "name" );
  input.kind = text( map, "kind" );
  input.description = text( map, "description" );
  input.email = text( map, "email" );
  input.website = text( map, "website" );
  input.legalStatus = text( map, "legalStatus" );
  return input;
}

QVariantMap CatalogueStakeholderInput::toVariantMap() const
{
  return { { QStringLiteral( "id" ), id },
           { QStringLiteral( "name" ), name },
           { QStringLiteral( "kind" ), kind },
           { QStringLiteral( "description" ), description },
           { QStringLiteral( "email" ), email },
           { QStringLiteral( "website" ), website },
           { QStringLiteral( "legalStatus" ), legalStatus } };
}

// ---- validation --------------------------------------------------------------------------------

QString CatalogueEdits::checkDate( const QString &label, const QString &value )
{
  const QString t = value.trimmed();
  if ( t.isEmpty() )
    return QString();
  if ( !sozialraum::catalogue::isIsoDate( t.toStdString() ) )
    return tr( "%1: '%2' is not a date. Write it as YYYY-MM-DD (e.g. 2024-09-01)." ).arg( label, t );
  return QString();
}

QString CatalogueEdits::checkNumber( const QString &label, const QString &value, double minimum, double maximum, double *number )
{
  const std::optional<double> parsed = parseNumber( value );
  if ( !parsed || *parsed < minimum || *parsed > maximum )
    return tr( "%1 must be a number from %2 to %3 (you wrote '%4')." ).arg( label ).arg( minimum ).arg( maximum ).arg( value.trimmed() );
  if ( number )
    *number = *parsed;
  return QString();
}

QString CatalogueEdits::validate( const CatalogueOfferingInput &input )
{
  if ( input.name.trimmed().isEmpty() )
    return tr( "The offering needs a name." );
  if ( input.providerId.trimmed().isEmpty() && input.providerName.trimmed().isEmpty() )
    return tr( "Name the stakeholder who runs the offering (provider)." );

  try
  {
    serviceStatusFromString( ss( input.status.trimmed() ) );
    if ( !input.organizationForm.trimmed().isEmpty() )
      organizationFormFromString( ss( input.organizationForm.trimmed() ) );
    if ( !input.planningState.trimmed().isEmpty() )
      planningStateFromString( ss( input.planningState.trimmed() ) );
  }
  catch ( const std::exception &e )
  {
    return QString::fromStdString( e.what() );
  }

  for ( const auto &[ label, value ] : { qMakePair( tr( "Valid from" ), input.validFrom ), qMakePair( tr( "Valid to" ), input.validTo ),
                                         qMakePair( tr( "Last checked" ), input.assuredDate ) } )
  {
    const QString error = checkDate( label, value );
    if ( !error.isEmpty() )
      return error;
  }
  if ( !input.validFrom.trimmed().isEmpty() && !input.validTo.trimmed().isEmpty() && input.validTo.trimmed() < input.validFrom.trimmed() )
    return tr( "The offering cannot end (valid to %1) before it starts (valid from %2)." ).arg( input.validTo.trimmed(), input.validFrom.trimmed() );

  if ( !input.capacity.trimmed().isEmpty() )
  {
    const std::optional<double> capacity = parseNumber( input.capacity );
    if ( !capacity || *capacity < 0 )
      return tr( "Capacity must be a number of places, 0 or more (you wrote '%1')." ).arg( input.capacity.trimmed() );
  }
  double minimumAge = 0;
  double maximumAge = 150;
  if ( !input.minimumAge.trimmed().isEmpty() )
  {
    const QString error = checkNumber( tr( "Minimum age" ), input.minimumAge, 0, 150, &minimumAge );
    if ( !error.isEmpty() )
      return error;
  }
  if ( !input.maximumAge.trimmed().isEmpty() )
  {
    const QString error = checkNumber( tr( "Maximum age" ), input.maximumAge, 0, 150, &maximumAge );
    if ( !error.isEmpty() )
      return error;
  }
  if ( minimumAge > maximumAge )
    return tr( "The minimum age (%1) is above the maximum age (%2)." ).arg( minimumAge ).arg( maximumAge );

  const QString email = input.email.trimmed();
  if ( !email.isEmpty() && ( !email.contains( '@' ) || email.contains( ' ' ) ) )
    return tr( "'%1' is not an e-mail address." ).arg( email );
  const QString url = input.url.trimmed();
  if ( !url.isEmpty() && !QUrl( url, QUrl::StrictMode ).isValid() )
    return tr( "'%1' is not a web address." ).arg( url );

  std::vector<Schedule> schedules;
  const QString hoursError = parseOpeningHours( input.openingHours, &schedules );
  if ( !hoursError.isEmpty() )
    return hoursError;

  int number = 0;
  for ( const CatalogueSiteInput &site : input.sites )
  {
    ++number;
    if ( site.isBlank() )
      continue;
    const QString siteLabel = site.name.trimmed().isEmpty() ? tr( "Site %1" ).arg( number ) : tr( "Site '%1'" ).arg( site.name.trimmed() );
    const bool hasLatitude = !site.latitude.trimmed().isEmpty();
    const bool hasLongitude = !site.longitude.trimmed().isEmpty();
    if ( hasLatitude != hasLongitude )
      return tr( "%1: give both latitude and longitude, or neither." ).arg( siteLabel );
    if ( hasLatitude )
    {
      QString error = checkNumber( tr( "%1: the latitude" ).arg( siteLabel ), site.latitude, -90, 90, nullptr );
      if ( error.isEmpty() )
        error = checkNumber( tr( "%1: the longitude" ).arg( siteLabel ), site.longitude, -180, 180, nullptr );
      if ( !error.isEmpty() )
        return error;
    }
    else if ( site.street.trimmed().isEmpty() && site.city.trimmed().isEmpty() && site.name.trimmed().isEmpty() )
    {
      return tr( "%1: give a name, an address or coordinates." ).arg( siteLabel );
    }
  }
  return QString();
}

QString CatalogueEdits::validate( const CatalogueStakeholderInput &input )
{
  if ( input.name.trimmed().isEmpty() )
    return tr( "The stakeholder needs a name." );
  if ( !input.kind.trimmed().isEmpty() )
  {
    try
    {
      stakeholderKindFromString( ss( input.kind.trimmed() ) );
    }
    catch ( const std::exception &e )
    {
      return QString::fromStdString( e.what() );
    }
  }
  const QString email = input.email.trimmed();
  if ( !email.isEmpty() && ( !email.contains( '@' ) || email.contains( ' ' ) ) )
    return tr( "'%1' is not an e-mail address." ).arg( email );
  const QString website = input.website.trimmed();
  if ( !website.isEmpty() && !QUrl( website, QUrl::StrictMode ).isValid() )
    return tr( "'%1' is not a web address." ).arg( website );
  return QString();
}

// ---- opening hours -------------------------------------------------------------------------------

QString CatalogueEdits::parseOpeningHours( const QString &text, std::vector<Schedule> *schedules )
{
  static const QRegularExpression entry(
    QStringLiteral( "^([A-Za-z]{2}(?:\\s*[-,]\\s*[A-Za-z]{2})*)\\s+(\\d{1,2}[:.]\\d{2})\\s*-\\s*(\\d{1,2}[:.]\\d{2})$" ) );
  const QString example = QStringLiteral( "MO-FR 09:00-17:00; SA 10:00-13:00" );
  const QStringList parts = QString( text ).replace( '\n', ';' ).split( ';', Qt::SkipEmptyParts );
  for ( const QString &rawPart : parts )
  {
    const QString part = rawPart.trimmed();
    if ( part.isEmpty() )
      continue;
    const QRegularExpressionMatch m = entry.match( part );
    if ( !m.hasMatch() )
      return tr( "Opening hours: '%1' is not understood. Write days and times like '%2'." ).arg( part, example );

    QStringList days;
    for ( const QString &token : m.captured( 1 ).split( ',', Qt::SkipEmptyParts ) )
    {
      const QStringList range = token.split( '-' );
      const int first = WEEKDAYS.indexOf( range.first().trimmed().toUpper() );
      const int last = WEEKDAYS.indexOf( range.last().trimmed().toUpper() );
      if ( first < 0 || last < 0 )
        return tr( "Opening hours: '%1' has an unknown day; use MO, TU, WE, TH, FR, SA, SU." ).arg( part );
      if ( last < first )
        return tr( "Opening hours: in '%1' the days run backwards; write e.g. MO-FR." ).arg( part );
      for ( int i = first; i <= last; ++i )
      {
        if ( !days.contains( WEEKDAYS[ i ] ) )
          days << WEEKDAYS[ i ];
      }
    }
    const QString opens = normalizedTime( m.captured( 2 ) );
    const QString closes = normalizedTime( m.captured( 3 ) );
    if ( opens.isEmpty() || closes.isEmpty() )
      return tr( "Opening hours: '%1' has a time that does not exist; write times as 09:00." ).arg( part );
    if ( closes <= opens )
      return tr( "Opening hours: in '%1' the closing time is not after the opening time." ).arg( part );

    Schedule schedule;
    schedule.freq = "WEEKLY";
    schedule.byday = ss( days.join( ',' ) );
    schedule.opensAt = ss( opens );
    schedule.closesAt = ss( closes );
    if ( schedules )
      schedules->push_back( schedule );
  }
  return QString();
}

QString CatalogueEdits::formatOpeningHours( const std::vector<Schedule> &schedules )
{
  QStringList parts;
  for ( const Schedule &schedule : schedules )
  {
    if ( !isSimpleWeeklySchedule( schedule ) )
      continue;
    parts << QStringLiteral( "%1 %2-%3" ).arg( compactDays( qs( schedule.byday ).split( ',' ) ), qs( schedule.opensAt ), qs( schedule.closesAt ) );
  }
  return parts.join( QLatin1String( "; " ) );
}

// ---- reading for the dialogs ---------------------------------------------------------------------

CatalogueOfferingInput CatalogueEdits::offeringInput( const Catalogue &catalogue, const QString &id )
{
  CatalogueOfferingInput input;
  const std::optional<Service> found = catalogue.service( ss( id ) );
  if ( !found )
    return input;
  const Service &s = *found;
  input.id = qs( s.id );
  input.name = qs( s.name );
  input.providerId = qs( s.organizationId );
  if ( const std::optional<Organization> provider = catalogue.organization( s.organizationId ) )
    input.providerName = qs( provider->name );
  input.description = qs( s.description );
  input.status = qs( toString( s.status ) );
  input.organizationForm = s.organizationForm ? qs( toString( *s.organizationForm ) ) : QString();
  input.planningState = s.planningState ? qs( toString( *s.planningState ) ) : QString();
  input.validFrom = qs( s.validFrom );
  input.validTo = qs( s.validTo );
  input.capacity = numberText( s.capacity );
  input.minimumAge = numberText( s.minimumAge );
  input.maximumAge = numberText( s.maximumAge );
  input.assuredDate = qs( s.assuredDate );
  input.url = qs( s.url );
  input.email = qs( s.email );
  input.openingHours = formatOpeningHours( catalogue.schedulesOfService( s.id ) );
  for ( const TaxonomyTerm &term : catalogue.serviceTerms( s.id, TermRole::Theme ) )
    input.themes << qs( term.id );
  for ( const TaxonomyTerm &term : catalogue.serviceTerms( s.id, TermRole::TargetGroup ) )
    input.targetGroups << qs( term.id );
  for ( const Location &location : catalogue.locationsOfService( s.id ) )
  {
    CatalogueSiteInput site;
    site.id = qs( location.id );
    site.name = qs( location.name );
    site.latitude = numberText( location.latitude );
    site.longitude = numberText( location.longitude );
    const std::vector<Address> addresses = catalogue.addressesOfLocation( location.id );
    if ( !addresses.empty() )
    {
      site.street = qs( addresses.front().address1 );
      site.postalCode = qs( addresses.front().postalCode );
      site.city = qs( addresses.front().city );
    }
    input.sites.append( site );
  }
  return input;
}

CatalogueStakeholderInput CatalogueEdits::stakeholderInput( const Catalogue &catalogue, const QString &id )
{
  CatalogueStakeholderInput input;
  const std::optional<Organization> found = catalogue.organization( ss( id ) );
  if ( !found )
    return input;
  input.id = qs( found->id );
  input.name = qs( found->name );
  input.kind = found->kind ? qs( toString( *found->kind ) ) : QString();
  input.description = qs( found->description );
  input.email = qs( found->email );
  input.website = qs( found->website );
  input.legalStatus = qs( found->legalStatus );
  return input;
}

// ---- writing -------------------------------------------------------------------------------------

QString CatalogueEdits::saveOffering( Catalogue &catalogue, const CatalogueOfferingInput &input, QString *savedId )
{
  const QString invalid = validate( input );
  if ( !invalid.isEmpty() )
    return invalid;

  try
  {
    std::vector<std::string> themeIds;
    for ( const QString &theme : input.themes )
    {
      const std::string id = resolveTerm( catalogue, theme, themeTaxonomies( catalogue ) );
      if ( id.empty() )
        return tr( "The theme '%1' is not in the catalogue's vocabularies." ).arg( theme );
      themeIds.push_back( id );
    }
    std::vector<std::string> targetGroupIds;
    for ( const QString &group : input.targetGroups )
    {
      const std::string id = resolveTerm( catalogue, group, { vocabulary::TARGET_GROUP_TAXONOMY_ID } );
      if ( id.empty() )
        return tr( "The target group '%1' is not in the catalogue's vocabulary." ).arg( group );
      targetGroupIds.push_back( id );
    }

    Service service;
    if ( !input.id.isEmpty() )
    {
      const std::optional<Service> existing = catalogue.service( ss( input.id ) );
      if ( !existing )
        return tr( "The offering is no longer in the catalogue (deleted in the meantime?)." );
      service = *existing;
    }

    Catalogue::Transaction transaction = catalogue.beginTransaction();

    if ( !input.providerId.trimmed().isEmpty() )
    {
      if ( !catalogue.organization( ss( input.providerId.trimmed() ) ) )
        return tr( "The stakeholder chosen as provider is no longer in the catalogue." );
      service.organizationId = ss( input.providerId.trimmed() );
    }
    else
    {
      service.organizationId = findOrCreateOrganization( catalogue, ss( input.providerName.simplified() ) );
    }

    service.name = ss( input.name.trimmed() );
    service.description = optional( input.description );
    service.status = serviceStatusFromString( ss( input.status.trimmed() ) );
    service.organizationForm = input.organizationForm.trimmed().isEmpty() ? std::nullopt
                                                                           : std::optional( organizationFormFromString( ss( input.organizationForm.trimmed() ) ) );
    service.planningState = input.planningState.trimmed().isEmpty() ? std::nullopt
                                                                     : std::optional( planningStateFromString( ss( input.planningState.trimmed() ) ) );
    service.validFrom = optional( input.validFrom );
    service.validTo = optional( input.validTo );
    service.capacity = parseNumber( input.capacity );
    service.minimumAge = parseNumber( input.minimumAge );
    service.maximumAge = parseNumber( input.maximumAge );
    service.assuredDate = optional( input.assuredDate );
    service.url = optional( input.url );
    service.email = optional( input.email );
    catalogue.upsertService( service );

    catalogue.setServiceTerms( service.id, TermRole::Theme, themeIds );
    catalogue.setServiceTerms( service.id, TermRole::TargetGroup, targetGroupIds );

    // Opening hours: the weekly ones the field shows are replaced when the text changed; others stay.
    const std::vector<Schedule> existingSchedules = input.id.isEmpty() ? std::vector<Schedule>() : catalogue.schedulesOfService( service.id );
    std::vector<Schedule> typedSchedules;
    parseOpeningHours( input.openingHours, &typedSchedules );
    if ( formatOpeningHours( existingSchedules ) != formatOpeningHours( typedSchedules ) )
      replaceWeeklySchedules( catalogue, service.id, typedSchedules );

    // Sites: the listed ones are written and linked, the others unlinked (engine rule, catalogue/edits).
    std::vector<SiteEdit> sites;
    for ( const CatalogueSiteInput &site : input.sites )
    {
      if ( site.isBlank() )
        continue;
      SiteEdit edit;
      edit.id = ss( site.id );
      edit.name = optional( site.name );
      edit.latitude = parseNumber( site.latitude );
      edit.longitude = parseNumber( site.longitude );
      edit.street = optional( site.street );
      edit.postalCode = optional( site.postalCode );
      edit.city = optional( site.city );
      sites.push_back( edit );
    }
    replaceSites( catalogue, service.id, sites );

    transaction.commit();
    if ( savedId )
      *savedId = qs( service.id );
  }
  catch ( const std::exception &e )
  {
    return tr( "The offering could not be saved: %1" ).arg( QString::fromStdString( e.what() ) );
  }
  return QString();
}

QString CatalogueEdits::deleteOffering( Catalogue &catalogue, const QString &id )
{
  try
  {
    if ( !catalogue.service( ss( id ) ) )
      return tr( "The offering is no longer in the catalogue." );
    // sites that served only this offering go with it (they would stay as stray points on the map)
    Catalogue::Transaction transaction = catalogue.beginTransaction();
    deleteOfferingAndStraySites( catalogue, ss( id ) );
    transaction.commit();
  }
  catch ( const std::exception &e )
  {
    return tr( "The offering could not be deleted: %1" ).arg( QString::fromStdString( e.what() ) );
  }
  return QString();
}

QString CatalogueEdits::saveStakeholder( Catalogue &catalogue, const CatalogueStakeholderInput &input, QString *savedId )
{
  const QString invalid = validate( input );
  if ( !invalid.isEmpty() )
    return invalid;
  try
  {
    Organization organization;
    if ( !input.id.isEmpty() )
    {
      const std::optional<Organization> existing = catalogue.organization( ss( input.id ) );
      if ( !existing )
        return tr( "The stakeholder is no longer in the catalogue (deleted in the meantime?)." );
      organization = *existing;
    }
    const std::optional<Organization> sameName = catalogue.findOrganizationByName( ss( input.name ) );
    if ( sameName && sameName->id != organization.id )
      return tr( "There is already a stakeholder named '%1'." ).arg( qs( sameName->name ) );

    organization.name = ss( input.name.simplified() );
    organization.kind = input.kind.trimmed().isEmpty() ? std::nullopt : std::optional( stakeholderKindFromString( ss( input.kind.trimmed() ) ) );
    organization.description = optional( input.description );
    organization.email = optional( input.email );
    organization.website = optional( input.website );
    organization.legalStatus = optional( input.legalStatus );
    catalogue.upsertOrganization( organization );
    if ( savedId )
      *savedId = qs( organization.id );
  }
  catch ( const std::exception &e )
  {
    return tr( "The stakeholder could not be saved: %1" ).arg( QString::fromStdString( e.what() ) );
  }
  return QString();
}

QString CatalogueEdits::deleteStakeholder( Catalogue &catalogue, const QString &id, bool withOfferings )
{
  try
  {
    if ( !catalogue.organization( ss( id ) ) )
      return tr( "The stakeholder is no longer in the catalogue." );
    catalogue.deleteOrganization( ss( id ), withOfferings );
  }
  catch ( const std::exception &e )
  {
    return QString::fromStdString( e.what() );
  }
  return QString();
}
