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

// How a member converts: text (empty = NULL, NULL reads as ""), optional text, optional number,
// optional code of a code list, code with a fallback for NULL and unknown codes.

template <typename R> ColumnBinding<R> field( const std::string &column, std::string R::*member )
{
  return { column, [ member ]( const R &r ) { return toValue( r.*member ); },
           [ member, column ]( R &r, const RowReader &reader ) { r.*member = reader.text( column ); } };
}

template <typename R> ColumnBinding<R> field( const std::string &column, std::optional<std::string> R::*member )
{
  return { column, [ member ]( const R &r ) { return toValue( r.*member ); },
           [ member, column ]( R &r, const RowReader &reader ) { r.*member = reader.optionalText( column ); } };
}

template <typename R> ColumnBinding<R> field( const std::string &column, std::optional<double> R::*member )
{
  return { column, [ member ]( const R &r ) { return toValue( r.*member ); },
           [ member, column ]( R &r, const RowReader &reader ) { r.*member = reader.optionalReal( column ); } };
}

template <typename R, typename E>
ColumnBinding<R> field( const std::string &column, std::optional<E> R::*member, E ( *parse )( const std::string & ) )
{
  return { column, [ member ]( const R &r ) { return ( r.*member ) ? Value( toString( *( r.*member ) ) ) : Value(); },
           [ member, column, parse ]( R &r, const RowReader &reader )
           { r.*member = optionalCode( reader.optionalText( column ), parse ); } };
}

template <typename R, typename E>
ColumnBinding<R> field( const std::string &column, E R::*member, E ( *parse )( const std::string & ), E fallback )
{
  return { column, [ member ]( const R &r ) { return Value( toString( r.*member ) ); },
           [ member, column, parse, fallback ]( R &r, const RowReader &reader )
           { r.*member = optionalCode( reader.optionalText( column ), parse ).value_or( fallback ); } };
}

} // namespace

// One table of bindings per record type, in the order of the registry's columns.

template <> const std::vector<ColumnBinding<Organization>> &columnBindings()
{
  using R = Organization;
  static const std::vector<ColumnBinding<R>> bindings = {
      field( "name", &R::name ),
      field( "alternate_name", &R::alternateName ),
      field( "description", &R::description ),
      field( "email", &R::email ),
      field( "website", &R::website ),
      field( "legal_status", &R::legalStatus ),
      field( "uri", &R::uri ),
      field( "parent_organization_id", &R::parentOrganizationId ),
      field( "kind", &R::kind, &stakeholderKindFromString ),
      field( "external_id", &R::externalId ) };
  return bindings;
}

template <> const std::vector<ColumnBinding<Program>> &columnBindings()
{
  using R = Program;
  static const std::vector<ColumnBinding<R>> bindings = {
      field( "organization_id", &R::organizationId ), field( "name", &R::name ),
      field( "alternate_name", &R::alternateName ), field( "description", &R::description ) };
  return bindings;
}

template <> const std::vector<ColumnBinding<Service>> &columnBindings()
{
  using R = Service;
  static const std::vector<ColumnBinding<R>> bindings = {
      field( "organization_id", &R::organizationId ),
      field( "program_id", &R::programId ),
      field( "name", &R::name ),
      field( "alternate_name", &R::alternateName ),
      field( "description", &R::description ),
      field( "url", &R::url ),
      field( "email", &R::email ),
      field( "status", &R::status, &serviceStatusFromString, ServiceStatus::Active ),
      field( "eligibility_description", &R::eligibilityDescription ),
      field( "application_process", &R::applicationProcess ),
      field( "fees_description", &R::feesDescription ),
      field( "minimum_age", &R::minimumAge ),
      field( "maximum_age", &R::maximumAge ),
      field( "assured_date", &R::assuredDate ),
      field( "organization_form", &R::organizationForm, &organizationFormFromString ),
      field( "planning_state", &R::planningState, &planningStateFromString ),
      field( "valid_from", &R::validFrom ),
      field( "valid_to", &R::validTo ),
      field( "capacity", &R::capacity ),
      field( "external_id", &R::externalId ) };
  return bindings;
}

template <> const std::vector<ColumnBinding<Location>> &columnBindings()
{
  using R = Location;
  static const std::vector<ColumnBinding<R>> bindings = {
      field( "location_type", &R::locationType, &locationTypeFromString, LocationType::Physical ),
      field( "url", &R::url ),
      field( "organization_id", &R::organizationId ),
      field( "name", &R::name ),
      field( "alternate_name", &R::alternateName ),
      field( "description", &R::description ),
      field( "transportation", &R::transportation ),
      field( "latitude", &R::latitude ),
      field( "longitude", &R::longitude ),
      field( "external_identifier", &R::externalIdentifier ),
      field( "external_identifier_type", &R::externalIdentifierType ) };
  return bindings;
}

template <> const std::vector<ColumnBinding<ServiceAtLocation>> &columnBindings()
{
  using R = ServiceAtLocation;
  static const std::vector<ColumnBinding<R>> bindings = {
      field( "service_id", &R::serviceId ), field( "location_id", &R::locationId ),
      field( "description", &R::description ) };
  return bindings;
}

template <> const std::vector<ColumnBinding<Contact>> &columnBindings()
{
  using R = Contact;
  static const std::vector<ColumnBinding<R>> bindings = {
      field( "organization_id", &R::organizationId ),
      field( "service_id", &R::serviceId ),
      field( "service_at_location_id", &R::serviceAtLocationId ),
      field( "location_id", &R::locationId ),
      field( "name", &R::name ),
      field( "title", &R::title ),
      field( "department", &R::department ),
      field( "email", &R::email ) };
  return bindings;
}

template <> const std::vector<ColumnBinding<Address>> &columnBindings()
{
  using R = Address;
  static const std::vector<ColumnBinding<R>> bindings = {
      field( "location_id", &R::locationId ),
      field( "attention", &R::attention ),
      field( "address_1", &R::address1 ),
      field( "address_2", &R::address2 ),
      field( "city", &R::city ),
      field( "region", &R::region ),
      field( "state_province", &R::stateProvince ),
      field( "postal_code", &R::postalCode ),
      field( "country", &R::country ),
      field( "address_type", &R::addressType ) };
  return bindings;
}

template <> const std::vector<ColumnBinding<Phone>> &columnBindings()
{
  using R = Phone;
  static const std::vector<ColumnBinding<R>> bindings = {
      field( "location_id", &R::locationId ),
      field( "service_id", &R::serviceId ),
      field( "organization_id", &R::organizationId ),
      field( "contact_id", &R::contactId ),
      field( "service_at_location_id", &R::serviceAtLocationId ),
      field( "number", &R::number ),
      field( "extension", &R::extension ),
      field( "type", &R::type ),
      field( "description", &R::description ) };
  return bindings;
}

template <> const std::vector<ColumnBinding<Schedule>> &columnBindings()
{
  using R = Schedule;
  static const std::vector<ColumnBinding<R>> bindings = {
      field( "service_id", &R::serviceId ),
      field( "location_id", &R::locationId ),
      field( "service_at_location_id", &R::serviceAtLocationId ),
      field( "valid_from", &R::validFrom ),
      field( "valid_to", &R::validTo ),
      field( "dtstart", &R::dtstart ),
      field( "until", &R::until ),
      field( "freq", &R::freq ),
      field( "interval", &R::interval ),
      field( "byday", &R::byday ),
      field( "bymonthday", &R::bymonthday ),
      field( "opens_at", &R::opensAt ),
      field( "closes_at", &R::closesAt ),
      field( "description", &R::description ),
      field( "attending_type", &R::attendingType ),
      field( "notes", &R::notes ) };
  return bindings;
}

template <> const std::vector<ColumnBinding<Funding>> &columnBindings()
{
  using R = Funding;
  static const std::vector<ColumnBinding<R>> bindings = {
      field( "organization_id", &R::organizationId ), field( "service_id", &R::serviceId ),
      field( "source", &R::source ) };
  return bindings;
}

template <> const std::vector<ColumnBinding<Taxonomy>> &columnBindings()
{
  using R = Taxonomy;
  static const std::vector<ColumnBinding<R>> bindings = {
      field( "name", &R::name ), field( "description", &R::description ), field( "uri", &R::uri ),
      field( "version", &R::version ) };
  return bindings;
}

template <> const std::vector<ColumnBinding<TaxonomyTerm>> &columnBindings()
{
  using R = TaxonomyTerm;
  static const std::vector<ColumnBinding<R>> bindings = {
      field( "code", &R::code ),
      field( "name", &R::name ),
      field( "description", &R::description ),
      field( "parent_id", &R::parentId ),
      field( "taxonomy_id", &R::taxonomyId ),
      field( "language", &R::language ),
      field( "term_uri", &R::termUri ) };
  return bindings;
}

template <> const std::vector<ColumnBinding<Committee>> &columnBindings()
{
  using R = Committee;
  static const std::vector<ColumnBinding<R>> bindings = {
      field( "name", &R::name ),         field( "description", &R::description ), field( "organization_id", &R::organizationId ),
      field( "area", &R::area ),         field( "valid_from", &R::validFrom ),     field( "valid_to", &R::validTo ) };
  return bindings;
}

template <> const std::vector<ColumnBinding<CommitteeMembership>> &columnBindings()
{
  using R = CommitteeMembership;
  static const std::vector<ColumnBinding<R>> bindings = {
      field( "committee_id", &R::committeeId ), field( "organization_id", &R::organizationId ),
      field( "role", &R::role ),               field( "valid_from", &R::validFrom ),
      field( "valid_to", &R::validTo ) };
  return bindings;
}

template <> const std::vector<ColumnBinding<ChangeLogEntry>> &columnBindings()
{
  using R = ChangeLogEntry;
  static const std::vector<ColumnBinding<R>> bindings = {
      field( "resource_id", &R::resourceId ),
      field( "resource_type", &R::resourceType ),
      field( "last_action_date", &R::date ),
      field( "last_action_type", &R::action ),
      field( "field_name", &R::field ),
      field( "previous_value", &R::previousValue ),
      field( "replacement_value", &R::replacementValue ),
      field( "updated_by", &R::updatedBy ) };
  return bindings;
}

namespace
{

template <typename Record> BoundTable boundTable( const std::string &table )
{
  BoundTable bound { table, {} };
  for ( const ColumnBinding<Record> &binding : columnBindings<Record>() )
    bound.columns.push_back( binding.column );
  return bound;
}

} // namespace

std::vector<BoundTable> boundTables()
{
  return { boundTable<Organization>( "organization" ),
           boundTable<Program>( "program" ),
           boundTable<Service>( "service" ),
           boundTable<Location>( "location" ),
           boundTable<ServiceAtLocation>( "service_at_location" ),
           boundTable<Contact>( "contact" ),
           boundTable<Address>( "address" ),
           boundTable<Phone>( "phone" ),
           boundTable<Schedule>( "schedule" ),
           boundTable<Funding>( "funding" ),
           boundTable<Taxonomy>( "taxonomy" ),
           boundTable<TaxonomyTerm>( "taxonomy_term" ),
           boundTable<Committee>( "committee" ),
           boundTable<CommitteeMembership>( "committee_membership" ),
           boundTable<ChangeLogEntry>( "metadata" ) };
}

const std::vector<UnboundColumn> &unboundColumns()
{
  // HSDS fields the planning work does not use: an import keeps them and an update of the
  // record leaves them as they are (fieldsOf names only the bound columns), but no form edits them.
  static const std::string KEPT = "HSDS field kept from imports, not edited by the catalogue";
  static const std::vector<UnboundColumn> columns = {
      { "organization", "tax_status", KEPT },
      { "organization", "tax_id", KEPT },
      { "organization", "year_incorporated", KEPT },
      { "organization", "logo", KEPT },
      { "service", "interpretation_services", KEPT },
      { "service", "wait_time", KEPT },
      { "service", "fees", KEPT },
      { "service", "accreditations", KEPT },
      { "service", "assurer_email", KEPT },
      { "service", "licenses", KEPT },
      { "service", "alert", KEPT },
      { "service", "last_modified", KEPT },
      { "schedule", "timezone", KEPT },
      { "schedule", "count", KEPT },
      { "schedule", "wkst", KEPT },
      { "schedule", "byweekno", KEPT },
      { "schedule", "byyearday", KEPT },
      { "schedule", "schedule_link", KEPT },
      { "taxonomy_term", "taxonomy", "HSDS 3.0's free-text vocabulary name; the catalogue links terms by taxonomy_id" },
      // whole tables without a record struct
      { "service_area", "", "written and read as rows by the HSDS import and export only" },
      { "attribute", "", "links of terms to records, written and read by the catalogue's term queries" } };
  return columns;
}

} // namespace sozialraum::catalogue
