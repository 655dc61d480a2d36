#include "catalogue/rows.h"

#include "catalogue/catalogueerror.h"

namespace sozialraum::catalogue
{

namespace
{

template <typename E>
std::optional<E> optionalCode( const std::optional<std::string> &code, E ( *parse )( const std::string & ) )
{
  if ( !code || code->empty() )
    return std::nullopt;
  try
  {
    return parse( *code );
  }
  catch ( const CatalogueError & )
  {
    // a code written by another program: shown as unset rather than failing the whole list
    return std::nullopt;
  }
}

template <typename E> Value codeValue( const std::optional<E> &value )
{
  return value ? Value( toString( *value ) ) : Value();
}

} // namespace

FieldValues fieldsOf( const Organization &o )
{
  return { { "name", toValue( o.name ) },
           { "alternate_name", toValue( o.alternateName ) },
           { "description", toValue( o.description ) },
           { "email", toValue( o.email ) },
           { "website", toValue( o.website ) },
           { "legal_status", toValue( o.legalStatus ) },
           { "uri", toValue( o.uri ) },
           { "parent_organization_id", toValue( o.parentOrganizationId ) },
           { "kind", codeValue( o.kind ) },
           { "external_id", toValue( o.externalId ) } };
}

Organization organizationFrom( const RowReader &r )
{
  Organization o;
  o.id = r.text( "id" );
  o.name = r.text( "name" );
  o.alternateName = r.optionalText( "alternate_name" );
  o.description = r.optionalText( "description" );
  o.email = r.optionalText( "email" );
  o.website = r.optionalText( "website" );
  o.legalStatus = r.optionalText( "legal_status" );
  o.uri = r.optionalText( "uri" );
  o.parentOrganizationId = r.optionalText( "parent_organization_id" );
  o.kind = optionalCode( r.optionalText( "kind" ), &stakeholderKindFromString );
  o.externalId = r.optionalText( "external_id" );
  return o;
}

FieldValues fieldsOf( const Program &p )
{
  return { { "organization_id", toValue( p.organizationId ) },
           { "name", toValue( p.name ) },
           { "alternate_name", toValue( p.alternateName ) },
           { "description", toValue( p.description ) } };
}

Program programFrom( const RowReader &r )
{
  Program p;
  p.id = r.text( "id" );
  p.organizationId = r.optionalText( "organization_id" );
  p.name = r.text( "name" );
  p.alternateName = r.optionalText( "alternate_name" );
  p.description = r.optionalText( "description" );
  return p;
}

FieldValues fieldsOf( const Service &s )
{
  return { { "organization_id", toValue( s.organizationId ) },
           { "program_id", toValue( s.programId ) },
           { "name", toValue( s.name ) },
           { "alternate_name", toValue( s.alternateName ) },
           { "description", toValue( s.description ) },
           { "url", toValue( s.url ) },
           { "email", toValue( s.email ) },
           { "status", Value( toString( s.status ) ) },
           { "eligibility_description", toValue( s.eligibilityDescription ) },
           { "application_process", toValue( s.applicationProcess ) },
           { "fees_description", toValue( s.feesDescription ) },
           { "minimum_age", toValue( s.minimumAge ) },
           { "maximum_age", toValue( s.maximumAge ) },
           { "assured_date", toValue( s.assuredDate ) },
           { "organization_form", codeValue( s.organizationForm ) },
           { "planning_state", codeValue( s.planningState ) },
           { "valid_from", toValue( s.validFrom ) },
           { "valid_to", toValue( s.validTo ) },
           { "capacity", toValue( s.capacity ) },
           { "external_id", toValue( s.externalId ) } };
}

Service serviceFrom( const RowReader &r )
{
  Service s;
  s.id = r.text( "id" );
  s.organizationId = r.text( "organization_id" );
  s.programId = r.optionalText( "program_id" );
  s.name = r.text( "name" );
  s.alternateName = r.optionalText( "alternate_name" );
  s.description = r.optionalText( "description" );
  s.url = r.optionalText( "url" );
  s.email = r.optionalText( "email" );
  s.status = optionalCode( r.optionalText( "status" ), &serviceStatusFromString ).value_or( ServiceStatus::Active );
  s.eligibilityDescription = r.optionalText( "eligibility_description" );
  s.applicationProcess = r.optionalText( "application_process" );
  s.feesDescription = r.optionalText( "fees_description" );
  s.minimumAge = r.optionalReal( "minimum_age" );
  s.maximumAge = r.optionalReal( "maximum_age" );
  s.assuredDate = r.optionalText( "assured_date" );
  s.organizationForm = optionalCode( r.optionalText( "organization_form" ), &organizationFormFromString );
  s.planningState = optionalCode( r.optionalText( "planning_state" ), &planningStateFromString );
  s.validFrom = r.optionalText( "valid_from" );
  s.validTo = r.optionalText( "valid_to" );
  s.capacity = r.optionalReal( "capacity" );
  s.externalId = r.optionalText( "external_id" );
  return s;
}

FieldValues fieldsOf( const Location &l )
{
  return { { "location_type", Value( toString( l.locationType ) ) },
           { "url", toValue( l.url ) },
           { "organization_id", toValue( l.organizationId ) },
           { "name", toValue( l.name ) },
           { "alternate_name", toValue( l.alternateName ) },
           { "description", toValue( l.description ) },
           { "transportation", toValue( l.transportation ) },
           { "latitude", toValue( l.latitude ) },
           { "longitude", toValue( l.longitude ) },
           { "external_identifier", toValue( l.externalIdentifier ) },
           { "external_identifier_type", toValue( l.externalIdentifierType ) } };
}

Location locationFrom( const RowReader &r )
{
  Location l;
  l.id = r.text( "id" );
  l.locationType =
      optionalCode( r.optionalText( "location_type" ), &locationTypeFromString ).value_or( LocationType::Physical );
  l.url = r.optionalText( "url" );
  l.organizationId = r.optionalText( "organization_id" );
  l.name = r.optionalText( "name" );
  l.alternateName = r.optionalText( "alternate_name" );
  l.description = r.optionalText( "description" );
  l.transportation = r.optionalText( "transportation" );
  l.latitude = r.optionalReal( "latitude" );
  l.longitude = r.optionalReal( "longitude" );
  l.externalIdentifier = r.optionalText( "external_identifier" );
  l.externalIdentifierType = r.optionalText( "external_identifier_type" );
  return l;
}

FieldValues fieldsOf( const ServiceAtLocation &s )
{
  return { { "service_id", toValue( s.serviceId ) },
           { "location_id", toValue( s.locationId ) },
           { "description", toValue( s.description ) } };
}

FieldValues fieldsOf( const Schedule &s )
{
  return { { "service_id", toValue( s.serviceId ) },
           { "location_id", toValue( s.locationId ) },
           { "service_at_location_id", toValue( s.serviceAtLocationId ) },
           { "valid_from", toValue( s.validFrom ) },
           { "valid_to", toValue( s.validTo ) },
           { "dtstart", toValue( s.dtstart ) },
           { "until", toValue( s.until ) },
           { "freq", toValue( s.freq ) },
           { "interval", toValue( s.interval ) },
           { "byday", toValue( s.byday ) },
           { "bymonthday", toValue( s.bymonthday ) },
           { "opens_at", toValue( s.opensAt ) },
           { "closes_at", toValue( s.closesAt ) },
           { "description", toValue( s.description ) },
           { "attending_type", toValue( s.attendingType ) },
           { "notes", toValue( s.notes ) } };
}

Schedule scheduleFrom( const RowReader &r )
{
  Schedule s;
  s.id = r.text( "id" );
  s.serviceId = r.optionalText( "service_id" );
  s.locationId = r.optionalText( "location_id" );
  s.serviceAtLocationId = r.optionalText( "service_at_location_id" );
  s.validFrom = r.optionalText( "valid_from" );
  s.validTo = r.optionalText( "valid_to" );
  s.dtstart = r.optionalText( "dtstart" );
  s.until = r.optionalText( "until" );
  s.freq = r.optionalText( "freq" );
  s.interval = r.optionalReal( "interval" );
  s.byday = r.optionalText( "byday" );
  s.bymonthday = r.optionalText( "bymonthday" );
  s.opensAt = r.optionalText( "opens_at" );
  s.closesAt = r.optionalText( "closes_at" );
  s.description = r.optionalText( "description" );
  s.attendingType = r.optionalText( "attending_type" );
  s.notes = r.optionalText( "notes" );
  return s;
}

FieldValues fieldsOf( const Address &a )
{
  return { { "location_id", toValue( a.locationId ) },
           { "attention", toValue( a.attention ) },
           { "address_1", toValue( a.address1 ) },
           { "address_2", toValue( a.address2 ) },
           { "city", toValue( a.city ) },
           { "region", toValue( a.region ) },
           { "state_province", toValue( a.stateProvince ) },
           { "postal_code", toValue( a.postalCode ) },
           { "country", toValue( a.country ) },
           { "address_type", toValue( a.addressType ) } };
}

Address addressFrom( const RowReader &r )
{
  Address a;
  a.id = r.text( "id" );
  a.locationId = r.optionalText( "location_id" );
  a.attention = r.optionalText( "attention" );
  a.address1 = r.optionalText( "address_1" );
  a.address2 = r.optionalText( "address_2" );
  a.city = r.optionalText( "city" );
  a.region = r.optionalText( "region" );
  a.stateProvince = r.optionalText( "state_province" );
  a.postalCode = r.optionalText( "postal_code" );
  a.country = r.optionalText( "country" );
  a.addressType = r.optionalText( "address_type" );
  return a;
}

FieldValues fieldsOf( const Phone &p )
{
  return { { "location_id", toValue( p.locationId ) },
           { "service_id", toValue( p.serviceId ) },
           { "organization_id", toValue( p.organizationId ) },
           { "contact_id", toValue( p.contactId ) },
           { "service_at_location_id", toValue( p.serviceAtLocationId ) },
           { "number", toValue( p.number ) },
           { "extension", toValue( p.extension ) },
           { "type", toValue( p.type ) },
           { "description", toValue( p.description ) } };
}

Phone phoneFrom( const RowReader &r )
{
  Phone p;
  p.id = r.text( "id" );
  p.locationId = r.optionalText( "location_id" );
  p.serviceId = r.optionalText( "service_id" );
  p.organizationId = r.optionalText( "organization_id" );
  p.contactId = r.optionalText( "contact_id" );
  p.serviceAtLocationId = r.optionalText( "service_at_location_id" );
  p.number = r.text( "number" );
  p.extension = r.optionalReal( "extension" );
  p.type = r.optionalText( "type" );
  p.description = r.optionalText( "description" );
  return p;
}

FieldValues fieldsOf( const Contact &c )
{
  return { { "organization_id", toValue( c.organizationId ) },
           { "service_id", toValue( c.serviceId ) },
           { "service_at_location_id", toValue( c.serviceAtLocationId ) },
           { "location_id", toValue( c.locationId ) },
           { "name", toValue( c.name ) },
           { "title", toValue( c.title ) },
           { "department", toValue( c.department ) },
           { "email", toValue( c.email ) } };
}

FieldValues fieldsOf( const Funding &f )
{
  return { { "organization_id", toValue( f.organizationId ) },
           { "service_id", toValue( f.serviceId ) },
           { "source", toValue( f.source ) } };
}

Funding fundingFrom( const RowReader &r )
{
  Funding f;
  f.id = r.text( "id" );
  f.organizationId = r.optionalText( "organization_id" );
  f.serviceId = r.optionalText( "service_id" );
  f.source = r.optionalText( "source" );
  return f;
}

FieldValues fieldsOf( const Taxonomy &t )
{
  return { { "name", toValue( t.name ) },
           { "description", toValue( t.description ) },
           { "uri", toValue( t.uri ) },
           { "version", toValue( t.version ) } };
}

Taxonomy taxonomyFrom( const RowReader &r )
{
  Taxonomy t;
  t.id = r.text( "id" );
  t.name = r.text( "name" );
  t.description = r.optionalText( "description" );
  t.uri = r.optionalText( "uri" );
  t.version = r.optionalText( "version" );
  return t;
}

FieldValues fieldsOf( const TaxonomyTerm &t )
{
  return { { "code", toValue( t.code ) },
           { "name", toValue( t.name ) },
           { "description", toValue( t.description ) },
           { "parent_id", toValue( t.parentId ) },
           { "taxonomy_id", toValue( t.taxonomyId ) },
           { "language", toValue( t.language ) },
           { "term_uri", toValue( t.termUri ) } };
}

TaxonomyTerm termFrom( const RowReader &r )
{
  TaxonomyTerm t;
  t.id = r.text( "id" );
  t.code = r.optionalText( "code" );
  t.name = r.text( "name" );
  t.description = r.optionalText( "description" );
  t.parentId = r.optionalText( "parent_id" );
  t.taxonomyId = r.optionalText( "taxonomy_id" );
  t.language = r.optionalText( "language" );
  t.termUri = r.optionalText( "term_uri" );
  return t;
}

FieldValues fieldsOf( const Committee &c )
{
  return { { "name", toValue( c.name ) },
           { "description", toValue( c.description ) },
           { "organization_id", toValue( c.organizationId ) },
           { "area", toValue( c.area ) },
           { "valid_from", toValue( c.validFrom ) },
           { "valid_to", toValue( c.validTo ) } };
}

Committee committeeFrom( const RowReader &r )
{
  Committee c;
  c.id = r.text( "id" );
  c.name = r.text( "name" );
  c.description = r.optionalText( "description" );
  c.organizationId = r.optionalText( "organization_id" );
  c.area = r.optionalText( "area" );
  c.validFrom = r.optionalText( "valid_from" );
  c.validTo = r.optionalText( "valid_to" );
  return c;
}

FieldValues fieldsOf( const CommitteeMembership &m )
{
  return { { "committee_id", toValue( m.committeeId ) },
           { "organization_id", toValue( m.organizationId ) },
           { "role", toValue( m.role ) },
           { "valid_from", toValue( m.validFrom ) },
           { "valid_to", toValue( m.validTo ) } };
}

CommitteeMembership membershipFrom( const RowReader &r )
{
  CommitteeMembership m;
  m.id = r.text( "id" );
  m.committeeId = r.text( "committee_id" );
  m.organizationId = r.text( "organization_id" );
  m.role = r.optionalText( "role" );
  m.validFrom = r.optionalText( "valid_from" );
  m.validTo = r.optionalText( "valid_to" );
  return m;
}

ChangeLogEntry changeFrom( const RowReader &r )
{
  ChangeLogEntry c;
  c.id = r.text( "id" );
  c.resourceId = r.text( "resource_id" );
  c.resourceType = r.text( "resource_type" );
  c.date = r.text( "last_action_date" );
  c.action = r.text( "last_action_type" );
  c.field = r.text( "field_name" );
  c.previousValue = r.optionalText( "previous_value" );
  c.replacementValue = r.optionalText( "replacement_value" );
  c.updatedBy = r.text( "updated_by" );
  return c;
}

} // namespace sozialraum::catalogue
