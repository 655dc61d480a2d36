#include "cataloguedetails.h"
#include "catalogueqt.h"
#include "vocabularylabels.h"

#include "catalogue/catalogue.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace sozialraum::catalogue;
using CatalogueQt::qs;

namespace
{
  QString esc( const QString &text )
  {
    return text.toHtmlEscaped();
  }

  QString esc( const std::optional<std::string> &text )
  {
    return qs( text ).toHtmlEscaped();
  }

  QString row( const QString &label, const QString &valueHtml )
  {
    if ( valueHtml.trimmed().isEmpty() )
      return QString();
    return QStringLiteral( "<tr><td style='color:#555;padding-right:8px;vertical-align:top'>%1</td><td>%2</td></tr>" ).arg( label.toHtmlEscaped(), valueHtml );
  }

  QString number( double value )
  {
    return QString::number( value, 'g', 12 );
  }

  QString link( const std::optional<std::string> &url, bool mail = false )
  {
    if ( !url )
      return QString();
    const QString target = mail ? QStringLiteral( "mailto:%1" ).arg( qs( url ) ) : qs( url );
    return QStringLiteral( "<a href=\"%1\">%2</a>" ).arg( target.toHtmlEscaped(), esc( url ) );
  }

  //! A logged value as a planner reads it: numbers the log stores as "25.0" shown as "25".
  QString loggedValue( const std::optional<std::string> &value )
  {
    QString text = qs( value ).left( 60 );
    static const QRegularExpression wholeNumber( QStringLiteral( "^(-?\\d+)\\.0+$" ) );
    const QRegularExpressionMatch m = wholeNumber.match( text );
    return m.hasMatch() ? m.captured( 1 ) : text;
  }

  QString localTime( const std::string &iso )
  {
    QDateTime time = QDateTime::fromString( qs( iso ), Qt::ISODateWithMs );
    if ( !time.isValid() )
      time = QDateTime::fromString( qs( iso ), Qt::ISODate );
    if ( !time.isValid() )
      return qs( iso );
    return time.toLocalTime().toString( QStringLiteral( "yyyy-MM-dd HH:mm" ) );
  }
} // namespace

QString CatalogueDetails::offeringHtml( const ServiceDetails &details )
{
  const Service &s = details.service;
  QString html = QStringLiteral( "<h3 style='margin-bottom:2px'>%1</h3>" ).arg( esc( qs( s.name ) ) );
  if ( s.alternateName )
    html += QStringLiteral( "<div style='color:#555'>%1</div>" ).arg( esc( s.alternateName ) );
  if ( s.description )
    html += QStringLiteral( "<p>%1</p>" ).arg( esc( s.description ).replace( '\n', QLatin1String( "<br>" ) ) );

  QString table;
  if ( details.provider )
  {
    QString provider = QStringLiteral( "<b>%1</b>" ).arg( esc( qs( details.provider->name ) ) );
    if ( details.provider->kind )
      provider += QStringLiteral( " (%1)" ).arg( esc( CatalogueText::stakeholderKind( *details.provider->kind ) ) );
    if ( details.provider->website )
      provider += QStringLiteral( "<br>%1" ).arg( link( details.provider->website ) );
    table += row( tr( "Provider" ), provider );
  }
  if ( details.program )
    table += row( tr( "Programme" ), esc( qs( details.program->name ) ) );
  QStringList state;
  state << CatalogueText::status( s.status );
  if ( s.planningState )
    state << CatalogueText::planningState( *s.planningState );
  table += row( tr( "Status" ), esc( state.join( QLatin1String( ", " ) ) ) );
  if ( s.organizationForm )
    table += row( tr( "Organized" ), esc( CatalogueText::organizationForm( *s.organizationForm ) ) );

  QString validity;
  if ( s.validFrom && s.validTo )
    validity = tr( "%1 to %2" ).arg( qs( s.validFrom ), qs( s.validTo ) );
  else if ( s.validFrom )
    validity = tr( "since %1" ).arg( qs( s.validFrom ) );
  else if ( s.validTo )
    validity = tr( "until %1" ).arg( qs( s.validTo ) );
  table += row( tr( "Valid" ), esc( validity ) );
  if ( s.capacity )
    table += row( tr( "Capacity" ), esc( tr( "%1 places" ).arg( number( *s.capacity ) ) ) );
  if ( s.minimumAge || s.maximumAge )
  {
    QString ages;
    if ( s.minimumAge && s.maximumAge )
      ages = tr( "%1 to %2 years" ).arg( number( *s.minimumAge ), number( *s.maximumAge ) );
    else if ( s.minimumAge )
      ages = tr( "from %1 years" ).arg( number( *s.minimumAge ) );
    else
      ages = tr( "up to %1 years" ).arg( number( *s.maximumAge ) );
    table += row( tr( "Ages" ), esc( ages ) );
  }

  QStringList groups;
  for ( const TaxonomyTerm &term : details.targetGroups )
    groups << esc( VocabularyLabels::termName( term ) );
  table += row( tr( "Target groups" ), groups.join( QLatin1String( ", " ) ) );
  QStringList themes;
  for ( const TaxonomyTerm &term : details.themes )
    themes << esc( VocabularyLabels::termName( term ) );
  table += row( tr( "Themes" ), themes.join( QLatin1String( ", " ) ) );

  QStringList sites;
  for ( const Location &location : details.locations )
  {
    QString site = QStringLiteral( "<b>%1</b>" ).arg( location.name ? esc( location.name ) : esc( tr( "(unnamed site)" ) ) );
    for ( const Address &address : details.addresses )
    {
      if ( address.locationId.value_or( std::string() ) != location.id )
        continue;
      QStringList lines;
      if ( address.address1 )
        lines << esc( address.address1 );
      if ( address.address2 )
        lines << esc( address.address2 );
      const QString place = QStringLiteral( "%1 %2" ).arg( qs( address.postalCode ), qs( address.city ) ).trimmed();
      if ( !place.isEmpty() )
        lines << esc( place );
      if ( !lines.isEmpty() )
        site += QStringLiteral( "<br>" ) + lines.join( QLatin1String( ", " ) );
    }
    if ( !location.latitude || !location.longitude )
      site += QStringLiteral( "<br><i>%1</i>" ).arg( esc( tr( "not on the map (no coordinates)" ) ) );
    sites << site;
  }
  table += row( tr( "Sites" ), sites.join( QLatin1String( "<br>" ) ) );

  QStringList hours;
  for ( const Schedule &schedule : details.schedules )
  {
    QStringList days;
    for ( const QString &day : qs( schedule.byday ).split( ',', Qt::SkipEmptyParts ) )
      days << CatalogueText::weekday( day );
    QString line = days.join( QLatin1String( ", " ) );
    if ( schedule.opensAt || schedule.closesAt )
      line += QStringLiteral( " %1–%2" ).arg( qs( schedule.opensAt ), qs( schedule.closesAt ) );
    if ( schedule.description )
      line += QStringLiteral( " (%1)" ).arg( qs( schedule.description ) );
    if ( !line.trimmed().isEmpty() )
      hours << esc( line.trimmed() );
  }
  table += row( tr( "Opening hours" ), hours.join( QLatin1String( "<br>" ) ) );

  QStringList phones;
  for ( const Phone &phone : details.phones )
    phones << esc( qs( phone.number ) );
  table += row( tr( "Phone" ), phones.join( QLatin1String( ", " ) ) );
  table += row( tr( "E-mail" ), link( s.email, true ) );
  table += row( tr( "Web" ), link( s.url ) );
  if ( s.feesDescription )
    table += row( tr( "Fees" ), esc( s.feesDescription ) );
  if ( s.eligibilityDescription )
    table += row( tr( "Eligibility" ), esc( s.eligibilityDescription ) );
  QStringList funding;
  for ( const Funding &f : details.funding )
    funding << esc( f.source );
  table += row( tr( "Funding" ), funding.join( QLatin1String( ", " ) ) );
  table += row( tr( "Last checked" ), esc( s.assuredDate ) );

  html += QStringLiteral( "<table cellspacing='0' cellpadding='1'>%1</table>" ).arg( table );
  html += historyHtml( details.history );
  return html;
}

QString CatalogueDetails::stakeholderHtml( const Catalogue &catalogue, const Organization &o )
{
  QString html = QStringLiteral( "<h3 style='margin-bottom:2px'>%1</h3>" ).arg( esc( qs( o.name ) ) );
  if ( o.description )
    html += QStringLiteral( "<p>%1</p>" ).arg( esc( o.description ).replace( '\n', QLatin1String( "<br>" ) ) );
  QString table;
  if ( o.kind )
    table += row( tr( "Kind" ), esc( CatalogueText::stakeholderKind( *o.kind ) ) );
  table += row( tr( "Legal status" ), esc( o.legalStatus ) );
  table += row( tr( "E-mail" ), link( o.email, true ) );
  table += row( tr( "Web" ), link( o.website ) );
  if ( o.parentOrganizationId )
  {
    if ( const std::optional<Organization> parent = catalogue.organization( *o.parentOrganizationId ) )
      table += row( tr( "Part of" ), esc( qs( parent->name ) ) );
  }

  ServiceFilter filter;
  filter.organizationId = o.id;
  QStringList offerings;
  for ( const Service &s : catalogue.services( filter ) )
    offerings << esc( qs( s.name ) );
  table += row( tr( "Offerings" ), offerings.isEmpty() ? esc( tr( "none" ) ) : offerings.join( QLatin1String( "<br>" ) ) );

  QStringList seats;
  const std::vector<CommitteeMembership> memberships = catalogue.membershipsOfOrganization( o.id );
  if ( !memberships.empty() )
  {
    const std::vector<Committee> committees = catalogue.committees();
    for ( const CommitteeMembership &m : memberships )
    {
      QString name;
      for ( const Committee &c : committees )
      {
        if ( c.id == m.committeeId )
          name = qs( c.name );
      }
      seats << esc( m.role ? tr( "%1 (%2)" ).arg( name, qs( m.role ) ) : name );
    }
  }
  table += row( tr( "Committees" ), seats.join( QLatin1String( "<br>" ) ) );
  html += QStringLiteral( "<table cellspacing='0' cellpadding='1'>%1</table>" ).arg( table );
  html += historyHtml( catalogue.history( o.id ) );
  return html;
}

QString CatalogueDetails::historyHtml( const std::vector<ChangeLogEntry> &history )
{
  if ( history.empty() )
    return QString();

  // The change log has one row per field; a new or deleted record is one line here.
  QStringList lines;
  QString lastRecordAction;
  for ( const ChangeLogEntry &entry : history )
  {
    QString what;
    const QString type = qs( entry.resourceType );
    if ( type == QLatin1String( "service" ) || type == QLatin1String( "organization" ) )
      what = QString();
    else if ( type == QLatin1String( "service_at_location" ) || type == QLatin1String( "location" ) )
      what = tr( "site" );
    else if ( type == QLatin1String( "schedule" ) )
      what = tr( "opening hours" );
    else if ( type == QLatin1String( "attribute" ) )
      what = tr( "theme or target group" );
    else
      what = type;

    const QString when = localTime( entry.date );
    const QString who = qs( entry.updatedBy );
    QString line;
    if ( entry.action == "create" || entry.action == "delete" )
    {
      const QString key = qs( entry.resourceId ) + qs( entry.action );
      if ( key == lastRecordAction )
        continue;
      lastRecordAction = key;
      if ( entry.action == "create" )
        line = what.isEmpty() ? tr( "created" ) : tr( "%1 added" ).arg( what );
      else
        line = what.isEmpty() ? tr( "deleted" ) : tr( "%1 removed" ).arg( what );
    }
    else
    {
      lastRecordAction.clear();
      const QString field = qs( entry.field );
      const QString before = entry.previousValue ? loggedValue( entry.previousValue ) : tr( "(empty)" );
      const QString after = entry.replacementValue ? loggedValue( entry.replacementValue ) : tr( "(empty)" );
      line = what.isEmpty() ? tr( "%1: %2 → %3" ).arg( field, before, after ) : tr( "%1 %2: %3 → %4" ).arg( what, field, before, after );
    }
    lines << QStringLiteral( "<tr><td style='color:#555;padding-right:6px;white-space:nowrap'>%1</td><td style='color:#555;padding-right:6px'>%2</td><td>%3</td></tr>" )
               .arg( esc( when ), esc( who ), esc( line ) );
  }
  const int shown = 40;
  QString html = QStringLiteral( "<h4 style='margin-bottom:2px'>%1</h4>" ).arg( esc( tr( "History" ) ) );
  if ( lines.size() > shown )
  {
    html += QStringLiteral( "<div style='color:#555'>%1</div>" ).arg( esc( tr( "The last %1 of %2 changes." ).arg( shown ).arg( lines.size() ) ) );
    lines = lines.mid( lines.size() - shown );
  }
  // newest first: what a planner looks for
  std::reverse( lines.begin(), lines.end() );
  html += QStringLiteral( "<table cellspacing='0' cellpadding='1'>%1</table>" ).arg( lines.join( QString() ) );
  return html;
}
