#include "catalogue/schema.h"

#include "catalogue/catalogueerror.h"
#include "catalogue/sqlite.h"
#include "catalogue/vocabulary.h"

#include <functional>

namespace sozialraum::catalogue
{

namespace
{

// ---------------------------------------------------------------------------------------------
// The table registry (what export, import and messages know about each table)

FieldInfo text( const std::string &name )
{
  FieldInfo field;
  field.name = name;
  return field;
}

FieldInfo requiredText( const std::string &name )
{
  FieldInfo field = text( name );
  field.required = true;
  return field;
}

FieldInfo number( const std::string &name )
{
  FieldInfo field = text( name );
  field.type = FieldType::Number;
  return field;
}

FieldInfo ranged( FieldInfo field, std::optional<double> minimum, std::optional<double> maximum,
                  const std::string &unit = std::string() )
{
  field.minimum = minimum;
  field.maximum = maximum;
  field.unit = unit;
  return field;
}

FieldInfo formatted( const std::string &name, const std::string &format )
{
  FieldInfo field = text( name );
  field.format = format;
  return field;
}

FieldInfo idField()
{
  FieldInfo field = requiredText( "id" );
  field.format = "uuid";
  return field;
}

FieldInfo reference( const std::string &name, const std::string &table, bool required = false )
{
  FieldInfo field = text( name );
  field.references = table;
  field.required = required;
  field.format = "uuid";
  return field;
}

FieldInfo codes( const std::string &name, std::vector<std::string> allowed,
                 const std::string &defaultValue = std::string() )
{
  FieldInfo field = text( name );
  field.allowed = std::move( allowed );
  field.defaultValue = defaultValue;
  return field;
}

FieldInfo personal( FieldInfo field )
{
  field.personal = true;
  return field;
}

FieldInfo extension( FieldInfo field, const std::string &description )
{
  field.extension = true;
  field.description = description;
  return field;
}

std::vector<TableInfo> buildTables()
{
  std::vector<TableInfo> tables;

  tables.push_back(
      { "organization",
        { idField(), requiredText( "name" ), text( "alternate_name" ), text( "description" ),
          formatted( "email", "email" ), formatted( "website", "uri" ), text( "tax_status" ), text( "tax_id" ),
          number( "year_incorporated" ), text( "legal_status" ), text( "logo" ), formatted( "uri", "uri" ),
          reference( "parent_organization_id", "organization" ),
          extension(
              codes( "kind", { "public_office", "welfare_association", "independent_provider", "association",
                               "jobcenter", "housing_company", "initiative", "research", "business", "other" } ),
              "Sozialraum: kind of stakeholder (public_office, welfare_association, independent_provider, association, "
              "jobcenter, housing_company, initiative, research, business, other)." ),
          extension( text( "external_id" ),
                     "Sozialraum: stable identifier from the source the stakeholder was imported from." ) },
        false,
        "organizations",
        "stakeholder" } );

  tables.push_back( { "program",
                      { idField(), reference( "organization_id", "organization" ), requiredText( "name" ),
                        text( "alternate_name" ), text( "description" ) },
                      false,
                      "programs",
                      "programme" } );

  FieldInfo validFrom = extension( text( "valid_from" ), "Sozialraum: first day the offering exists (YYYY-MM-DD)." );
  validFrom.type = FieldType::Date;
  FieldInfo validTo = extension( text( "valid_to" ), "Sozialraum: last day the offering exists (YYYY-MM-DD)." );
  validTo.type = FieldType::Date;
  tables.push_back(
      { "service",
        { idField(),
          reference( "organization_id", "organization", true ),
          reference( "program_id", "program" ),
          requiredText( "name" ),
          text( "alternate_name" ),
          text( "description" ),
          formatted( "url", "uri" ),
          formatted( "email", "email" ),
          codes( "status", { "active", "inactive", "defunct", "temporarily closed" }, "active" ),
          text( "interpretation_services" ),
          text( "application_process" ),
          text( "fees_description" ),
          text( "wait_time" ),
          text( "fees" ),
          text( "accreditations" ),
          text( "eligibility_description" ),
          number( "minimum_age" ),
          number( "maximum_age" ),
          text( "assured_date" ),
          formatted( "assurer_email", "email" ),
          text( "licenses" ),
          text( "alert" ),
          text( "last_modified" ),
          extension( codes( "organization_form", { "central", "quarter", "outreach", "mobile" } ),
                     "Sozialraum: how the offering is organized: central, quarter (in the quarter), outreach "
                     "(aufsuchend), mobile." ),
          extension( codes( "planning_state", { "planned", "in_implementation", "active", "paused", "ended" } ),
                     "Sozialraum: planning state: planned, in_implementation, active, paused, ended." ),
          validFrom,
          validTo,
          extension( ranged( number( "capacity" ), 0, std::nullopt ), "Sozialraum: capacity (places, beds, hours ...) as a number." ),
          extension( text( "external_id" ),
                     "Sozialraum: stable identifier from the source the offering was imported from." ) },
        false,
        "services",
        "offering" } );

  tables.push_back( { "location",
                      { idField(), codes( "location_type", { "physical", "postal", "virtual" }, "physical" ),
                        formatted( "url", "uri" ), reference( "organization_id", "organization" ), text( "name" ),
                        text( "alternate_name" ), text( "description" ), text( "transportation" ), ranged( number( "latitude" ), -90, 90, "degrees, EPSG:4326" ),
                        ranged( number( "longitude" ), -180, 180, "degrees, EPSG:4326" ), text( "external_identifier" ), text( "external_identifier_type" ) },
                      false,
                      "locations",
                      "site" } );

  tables.push_back( { "service_at_location",
                      { idField(), reference( "service_id", "service", true ),
                        reference( "location_id", "location", true ), text( "description" ) },
                      false,
                      "services_at_location",
                      "link between an offering and a site" } );

  tables.push_back( { "contact",
                      { idField(), reference( "organization_id", "organization" ), reference( "service_id", "service" ),
                        reference( "service_at_location_id", "service_at_location" ),
                        reference( "location_id", "location" ), personal( text( "name" ) ), text( "title" ),
                        text( "department" ), personal( formatted( "email", "email" ) ) },
                      false,
                      "contacts",
                      "contact" } );

  tables.push_back(
      { "address",
        { idField(), reference( "location_id", "location" ), personal( text( "attention" ) ), text( "address_1" ),
          text( "address_2" ), text( "city" ), text( "region" ), text( "state_province" ), text( "postal_code" ),
          text( "country" ), codes( "address_type", { "physical", "postal", "virtual" } ) },
        false,
        "addresses",
        "address" } );

  tables.push_back( { "phone",
                      { idField(), reference( "location_id", "location" ), reference( "service_id", "service" ),
                        reference( "organization_id", "organization" ), reference( "contact_id", "contact" ),
                        reference( "service_at_location_id", "service_at_location" ), requiredText( "number" ),
                        number( "extension" ), text( "type" ), text( "description" ) },
                      false,
                      "phones",
                      "phone number" } );

  tables.push_back( { "schedule",
                      { idField(),
                        reference( "service_id", "service" ),
                        reference( "location_id", "location" ),
                        reference( "service_at_location_id", "service_at_location" ),
                        text( "valid_from" ),
                        text( "valid_to" ),
                        text( "dtstart" ),
                        number( "timezone" ),
                        text( "until" ),
                        number( "count" ),
                        text( "wkst" ),
                        text( "freq" ),
                        number( "interval" ),
                        text( "byday" ),
                        text( "byweekno" ),
                        text( "bymonthday" ),
                        text( "byyearday" ),
                        text( "description" ),
                        text( "opens_at" ),
                        text( "closes_at" ),
                        formatted( "schedule_link", "uri" ),
                        text( "attending_type" ),
                        text( "notes" ) },
                      false,
                      "schedules",
                      "opening hours" } );

  tables.push_back( { "funding",
                      { idField(), reference( "organization_id", "organization" ), reference( "service_id", "service" ),
                        text( "source" ) },
                      false,
                      "funding",
                      "funding" } );

  tables.push_back(
      { "service_area",
        { idField(), reference( "service_id", "service" ), reference( "service_at_location_id", "service_at_location" ),
          text( "name" ), text( "description" ), text( "extent" ), text( "extent_type" ), formatted( "uri", "uri" ) },
        false,
        "service_areas",
        "service area" } );

  tables.push_back(
      { "taxonomy",
        { idField(), requiredText( "name" ), text( "description" ), formatted( "uri", "uri" ), text( "version" ) },
        false,
        "taxonomies",
        "vocabulary" } );

  tables.push_back( { "taxonomy_term",
                      { idField(), text( "code" ), requiredText( "name" ), text( "description" ),
                        reference( "parent_id", "taxonomy_term" ), text( "taxonomy" ), text( "language" ),
                        reference( "taxonomy_id", "taxonomy" ), formatted( "term_uri", "uri" ) },
                      false,
                      "taxonomy_terms",
                      "vocabulary term" } );

  FieldInfo linkId = requiredText( "link_id" );
  linkId.format = "uuid";
  tables.push_back( { "attribute",
                      { idField(), linkId, reference( "taxonomy_term_id", "taxonomy_term", true ), text( "link_type" ),
                        requiredText( "link_entity" ), text( "value" ), text( "label" ) },
                      false,
                      "attributes",
                      "attribute" } );

  FieldInfo committeeFrom = text( "valid_from" );
  committeeFrom.type = FieldType::Date;
  FieldInfo committeeTo = text( "valid_to" );
  committeeTo.type = FieldType::Date;
  tables.push_back( { "committee",
                      { idField(), requiredText( "name" ), text( "description" ),
                        reference( "organization_id", "organization" ), text( "area" ), committeeFrom, committeeTo },
                      true,
                      "committees",
                      "committee" } );

  tables.push_back(
      { "committee_membership",
        { idField(), reference( "committee_id", "committee", true ),
          reference( "organization_id", "organization", true ), text( "role" ), committeeFrom, committeeTo },
        true,
        "committee_memberships",
        "committee membership" } );

  FieldInfo resourceId = requiredText( "resource_id" );
  resourceId.format = "uuid";
  tables.push_back(
      { "metadata",
        { idField(), resourceId, text( "resource_type" ), text( "last_action_date" ), text( "last_action_type" ),
          text( "field_name" ), text( "previous_value" ), text( "replacement_value" ), text( "updated_by" ) },
        false,
        "metadata",
        "change-log entry" } );
  return tables;
}

// ---------------------------------------------------------------------------------------------
// Migrations. A released migration is never edited: a change to the schema is a new migration.

const char *const UUID_SQL = "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
                             "substr(lower(hex(randomblob(2))), 2) || '-' || "
                             "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || "
                             "'-' || lower(hex(randomblob(6))))";

std::string idColumns()
{
  // fid: an INTEGER PRIMARY KEY keeps rowids stable through VACUUM (the spatial index and the
  // search index refer to them) and gives QGIS integer feature ids; id: the HSDS UUID
  return "  fid INTEGER PRIMARY KEY,\n  id TEXT NOT NULL UNIQUE DEFAULT " + std::string( UUID_SQL ) +
         " CHECK (id <> '')";
}

void requireOne( const Database &database, const std::string &sql, const std::string &what )
{
  const Value result = database.scalar( sql );
  if ( !sameValue( result, Value( 1LL ) ) )
    throw CatalogueError( "The catalogue could not be set up: SpatiaLite failed to " + what + "." );
}

//! Version 1: the HSDS 3.0 tables, the location point geometry, the edit context of the change log.
void migration1( Database &database )
{
  requireOne( database, "SELECT InitSpatialMetadata(0, 'WGS84')", "create its metadata tables" );
  const std::string id = idColumns();
  database.exec( R"sql(
CREATE TABLE sozialraum_edit_context (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  updated_by TEXT,
  log_inserts INTEGER NOT NULL DEFAULT 1
);
INSERT INTO sozialraum_edit_context (id, updated_by, log_inserts) VALUES (1, NULL, 1);
)sql" );
  database.exec( "CREATE TABLE organization (\n" + id + R"sql(,
  name TEXT NOT NULL,
  alternate_name TEXT,
  description TEXT,
  email TEXT,
  website TEXT,
  tax_status TEXT,
  tax_id TEXT,
  year_incorporated REAL,
  legal_status TEXT,
  logo TEXT,
  uri TEXT,
  parent_organization_id TEXT REFERENCES organization (id) ON UPDATE CASCADE ON DELETE SET NULL
);
CREATE INDEX organization_parent ON organization (parent_organization_id);
)sql" );
  database.exec( "CREATE TABLE program (\n" + id + R"sql(,
  organization_id TEXT REFERENCES organization (id) ON UPDATE CASCADE ON DELETE CASCADE,
  name TEXT NOT NULL,
  alternate_name TEXT,
  description TEXT
);
CREATE INDEX program_organization ON program (organization_id);
)sql" );
  // an offering keeps its provider: deleting a stakeholder that still runs offerings is refused
  database.exec( "CREATE TABLE service (\n" + id + R"sql(,
  organization_id TEXT NOT NULL REFERENCES organization (id) ON UPDATE CASCADE ON DELETE RESTRICT,
  program_id TEXT REFERENCES program (id) ON UPDATE CASCADE ON DELETE SET NULL,
  name TEXT NOT NULL,
  alternate_name TEXT,
  description TEXT,
  url TEXT,
  email TEXT,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
  interpretation_services TEXT,
  application_process TEXT,
  fees_description TEXT,
  wait_time TEXT,
  fees TEXT,
  accreditations TEXT,
  eligibility_description TEXT,
  minimum_age REAL,
  maximum_age REAL,
  assured_date TEXT,
  assurer_email TEXT,
  licenses TEXT,
  alert TEXT,
  last_modified TEXT
);
CREATE INDEX service_organization ON service (organization_id);
CREATE INDEX service_program ON service (program_id);
)sql" );
  database.exec( "CREATE TABLE location (\n" + id + R"sql(,
  location_type TEXT NOT NULL DEFAULT 'physical' CHECK (location_type IN ('physical', 'postal', 'virtual')),
  url TEXT,
  organization_id TEXT REFERENCES organization (id) ON UPDATE CASCADE ON DELETE SET NULL,
  name TEXT,
  alternate_name TEXT,
  description TEXT,
  transportation TEXT,
  latitude REAL CHECK (latitude IS NULL OR (latitude >= -90 AND latitude <= 90)),
  longitude REAL CHECK (longitude IS NULL OR (longitude >= -180 AND longitude <= 180)),
  external_identifier TEXT,
  external_identifier_type TEXT
);
CREATE INDEX location_organization ON location (organization_id);
)sql" );
  requireOne( database, "SELECT AddGeometryColumn('location', 'geom', 4326, 'POINT', 'XY')",
              "add the point geometry of sites" );
  requireOne( database, "SELECT CreateSpatialIndex('location', 'geom')", "create the spatial index of sites" );
  // Edits made on the map (QGIS moves the point) carry over to latitude/longitude, and edits of
  // latitude/longitude in a form move the point. Inserts get their geometry from the writer in
  // the same statement: a trigger that set it after the insert could run before SpatiaLite's own
  // index trigger, which would then drop the new point from the spatial index.
  database.exec( R"sql(
CREATE TRIGGER szr_geom_insert_to_latlon AFTER INSERT ON location
WHEN NEW.geom IS NOT NULL AND (ST_X(NEW.geom) IS NOT NEW.longitude OR ST_Y(NEW.geom) IS NOT NEW.latitude)
BEGIN
  UPDATE location SET longitude = ST_X(NEW.geom), latitude = ST_Y(NEW.geom) WHERE fid = NEW.fid;
END;
CREATE TRIGGER szr_geom_update_to_latlon AFTER UPDATE OF geom ON location
WHEN NEW.geom IS NOT NULL AND (ST_X(NEW.geom) IS NOT NEW.longitude OR ST_Y(NEW.geom) IS NOT NEW.latitude)
BEGIN
  UPDATE location SET longitude = ST_X(NEW.geom), latitude = ST_Y(NEW.geom) WHERE fid = NEW.fid;
END;
CREATE TRIGGER szr_geom_cleared_to_latlon AFTER UPDATE OF geom ON location
WHEN NEW.geom IS NULL AND (NEW.latitude IS NOT NULL OR NEW.longitude IS NOT NULL)
BEGIN
  UPDATE location SET longitude = NULL, latitude = NULL WHERE fid = NEW.fid;
END;
CREATE TRIGGER szr_latlon_update_to_geom AFTER UPDATE OF latitude, longitude ON location
WHEN NEW.latitude IS NOT NULL AND NEW.longitude IS NOT NULL
  AND (NEW.geom IS NULL OR ST_X(NEW.geom) IS NOT NEW.longitude OR ST_Y(NEW.geom) IS NOT NEW.latitude)
BEGIN
  UPDATE location SET geom = MakePoint(NEW.longitude, NEW.latitude, 4326) WHERE fid = NEW.fid;
END;
CREATE TRIGGER szr_latlon_cleared_to_geom AFTER UPDATE OF latitude, longitude ON location
WHEN (NEW.latitude IS NULL OR NEW.longitude IS NULL) AND NEW.geom IS NOT NULL
BEGIN
  UPDATE location SET geom = NULL WHERE fid = NEW.fid;
END;
)sql" );
  database.exec( "CREATE TABLE service_at_location (\n" + id + R"sql(,
  service_id TEXT NOT NULL REFERENCES service (id) ON UPDATE CASCADE ON DELETE CASCADE,
  location_id TEXT NOT NULL REFERENCES location (id) ON UPDATE CASCADE ON DELETE CASCADE,
  description TEXT
);
CREATE INDEX service_at_location_service ON service_at_location (service_id);
CREATE INDEX service_at_location_location ON service_at_location (location_id);
)sql" );
  database.exec( "CREATE TABLE contact (\n" + id + R"sql(,
  organization_id TEXT REFERENCES organization (id) ON UPDATE CASCADE ON DELETE CASCADE,
  service_id TEXT REFERENCES service (id) ON UPDATE CASCADE ON DELETE CASCADE,
  service_at_location_id TEXT REFERENCES service_at_location (id) ON UPDATE CASCADE ON DELETE CASCADE,
  location_id TEXT REFERENCES location (id) ON UPDATE CASCADE ON DELETE CASCADE,
  name TEXT,
  title TEXT,
  department TEXT,
  email TEXT
);
CREATE INDEX contact_organization ON contact (organization_id);
CREATE INDEX contact_service ON contact (service_id);
CREATE INDEX contact_service_at_location ON contact (service_at_location_id);
CREATE INDEX contact_location ON contact (location_id);
)sql" );
  database.exec( "CREATE TABLE address (\n" + id + R"sql(,
  location_id TEXT REFERENCES location (id) ON UPDATE CASCADE ON DELETE CASCADE,
  attention TEXT,
  address_1 TEXT,
  address_2 TEXT,
  city TEXT,
  region TEXT,
  state_province TEXT,
  postal_code TEXT,
  country TEXT,
  address_type TEXT CHECK (address_type IS NULL OR address_type IN ('physical', 'postal', 'virtual'))
);
CREATE INDEX address_location ON address (location_id);
)sql" );
  database.exec( "CREATE TABLE phone (\n" + id + R"sql(,
  location_id TEXT REFERENCES location (id) ON UPDATE CASCADE ON DELETE CASCADE,
  service_id TEXT REFERENCES service (id) ON UPDATE CASCADE ON DELETE CASCADE,
  organization_id TEXT REFERENCES organization (id) ON UPDATE CASCADE ON DELETE CASCADE,
  contact_id TEXT REFERENCES contact (id) ON UPDATE CASCADE ON DELETE CASCADE,
  service_at_location_id TEXT REFERENCES service_at_location (id) ON UPDATE CASCADE ON DELETE CASCADE,
  number TEXT NOT NULL,
  extension REAL,
  type TEXT,
  description TEXT
);
CREATE INDEX phone_location ON phone (location_id);
CREATE INDEX phone_service ON phone (service_id);
CREATE INDEX phone_organization ON phone (organization_id);
CREATE INDEX phone_contact ON phone (contact_id);
CREATE INDEX phone_service_at_location ON phone (service_at_location_id);
)sql" );
  database.exec( "CREATE TABLE schedule (\n" + id + R"sql(,
  service_id TEXT REFERENCES service (id) ON UPDATE CASCADE ON DELETE CASCADE,
  location_id TEXT REFERENCES location (id) ON UPDATE CASCADE ON DELETE CASCADE,
  service_at_location_id TEXT REFERENCES service_at_location (id) ON UPDATE CASCADE ON DELETE CASCADE,
  valid_from TEXT,
  valid_to TEXT,
  dtstart TEXT,
  timezone REAL,
  until TEXT,
  "count" REAL,
  wkst TEXT,
  freq TEXT,
  "interval" REAL,
  byday TEXT,
  byweekno TEXT,
  bymonthday TEXT,
  byyearday TEXT,
  description TEXT,
  opens_at TEXT,
  closes_at TEXT,
  schedule_link TEXT,
  attending_type TEXT,
  notes TEXT
);
CREATE INDEX schedule_service ON schedule (service_id);
CREATE INDEX schedule_location ON schedule (location_id);
CREATE INDEX schedule_service_at_location ON schedule (service_at_location_id);
)sql" );
  database.exec( "CREATE TABLE funding (\n" + id + R"sql(,
  organization_id TEXT REFERENCES organization (id) ON UPDATE CASCADE ON DELETE CASCADE,
  service_id TEXT REFERENCES service (id) ON UPDATE CASCADE ON DELETE CASCADE,
  source TEXT
);
CREATE INDEX funding_organization ON funding (organization_id);
CREATE INDEX funding_service ON funding (service_id);
)sql" );
  database.exec( "CREATE TABLE service_area (\n" + id + R"sql(,
  service_id TEXT REFERENCES service (id) ON UPDATE CASCADE ON DELETE CASCADE,
  service_at_location_id TEXT REFERENCES service_at_location (id) ON UPDATE CASCADE ON DELETE CASCADE,
  name TEXT,
  description TEXT,
  extent TEXT,
  extent_type TEXT,
  uri TEXT
);
CREATE INDEX service_area_service ON service_area (service_id);
CREATE INDEX service_area_service_at_location ON service_area (service_at_location_id);
)sql" );
  database.exec( "CREATE TABLE taxonomy (\n" + id + R"sql(,
  name TEXT NOT NULL,
  description TEXT,
  uri TEXT,
  version TEXT
);
)sql" );
  database.exec( "CREATE TABLE taxonomy_term (\n" + id + R"sql(,
  code TEXT,
  name TEXT NOT NULL,
  description TEXT,
  parent_id TEXT REFERENCES taxonomy_term (id) ON UPDATE CASCADE ON DELETE SET NULL,
  taxonomy TEXT,
  language TEXT,
  taxonomy_id TEXT REFERENCES taxonomy (id) ON UPDATE CASCADE ON DELETE CASCADE,
  term_uri TEXT
);
CREATE INDEX taxonomy_term_taxonomy ON taxonomy_term (taxonomy_id, code);
CREATE INDEX taxonomy_term_parent ON taxonomy_term (parent_id);
)sql" );
  // link_id points into the table named by link_entity, so SQLite cannot check it: the
  // clean-up triggers of version 2 remove the attributes of a deleted record
  database.exec( "CREATE TABLE attribute (\n" + id + R"sql(,
  link_id TEXT NOT NULL,
  taxonomy_term_id TEXT NOT NULL REFERENCES taxonomy_term (id) ON UPDATE CASCADE ON DELETE CASCADE,
  link_type TEXT,
  link_entity TEXT NOT NULL,
  value TEXT,
  label TEXT
);
CREATE INDEX attribute_link ON attribute (link_id, link_entity);
CREATE INDEX attribute_term ON attribute (taxonomy_term_id);
)sql" );
  // the change log: HSDS metadata, one row per changed field; kept when the record is deleted
  database.exec( "CREATE TABLE metadata (\n" + id + R"sql(,
  resource_id TEXT NOT NULL,
  resource_type TEXT,
  last_action_date TEXT,
  last_action_type TEXT,
  field_name TEXT,
  previous_value TEXT,
  replacement_value TEXT,
  updated_by TEXT
);
CREATE INDEX metadata_resource ON metadata (resource_id);
CREATE INDEX metadata_field_value ON metadata (field_name, replacement_value);
)sql" );
  database.exec( "PRAGMA application_id = " + std::to_string( CATALOGUE_APPLICATION_ID ) );
}

//! Whether this SQLite can build a full-text index with \a tokenizer (FTS5 and trigram are compile-time options).
bool canUseFts5( Database &database, const std::string &tokenizer )
{
  try
  {
    database.exec( "CREATE VIRTUAL TABLE temp.szr_fts_probe USING fts5(x, tokenize = '" + tokenizer + "')" );
    database.exec( "DROP TABLE temp.szr_fts_probe" );
    return true;
  }
  catch ( const CatalogueError & )
  {
    return false;
  }
}

//! Version 2: what German social planning needs beyond HSDS, the search index, the vocabularies.
void migration2( Database &database )
{
  database.exec( R"sql(
ALTER TABLE organization ADD COLUMN kind TEXT CHECK (kind IS NULL OR kind IN ('public_office', 'welfare_association',
  'independent_provider', 'association', 'jobcenter', 'housing_company', 'initiative', 'research', 'business', 'other'));
ALTER TABLE organization ADD COLUMN external_id TEXT;
CREATE UNIQUE INDEX organization_external_id ON organization (external_id) WHERE external_id IS NOT NULL;
ALTER TABLE service ADD COLUMN organization_form TEXT CHECK (organization_form IS NULL OR organization_form IN ('central', 'quarter', 'outreach', 'mobile'));
ALTER TABLE service ADD COLUMN planning_state TEXT CHECK (planning_state IS NULL OR planning_state IN ('planned', 'in_implementation', 'active', 'paused', 'ended'));
ALTER TABLE service ADD COLUMN valid_from TEXT;
ALTER TABLE service ADD COLUMN valid_to TEXT;
ALTER TABLE service ADD COLUMN capacity REAL CHECK (capacity IS NULL OR capacity >= 0);
ALTER TABLE service ADD COLUMN external_id TEXT;
CREATE UNIQUE INDEX service_external_id ON service (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX service_validity ON service (valid_from, valid_to);
)sql" );
  const std::string id = idColumns();
  database.exec( "CREATE TABLE committee (\n" + id + R"sql(,
  name TEXT NOT NULL,
  description TEXT,
  organization_id TEXT REFERENCES organization (id) ON UPDATE CASCADE ON DELETE SET NULL,
  area TEXT,
  valid_from TEXT,
  valid_to TEXT
);
CREATE INDEX committee_organization ON committee (organization_id);
)sql" );
  database.exec( "CREATE TABLE committee_membership (\n" + id + R"sql(,
  committee_id TEXT NOT NULL REFERENCES committee (id) ON UPDATE CASCADE ON DELETE CASCADE,
  organization_id TEXT NOT NULL REFERENCES organization (id) ON UPDATE CASCADE ON DELETE CASCADE,
  role TEXT,
  valid_from TEXT,
  valid_to TEXT
);
CREATE INDEX committee_membership_committee ON committee_membership (committee_id);
CREATE INDEX committee_membership_organization ON committee_membership (organization_id);
)sql" );
  // attributes link by (link_entity, link_id), which no foreign key can express
  for ( const char *table : { "organization", "service", "location", "service_at_location", "program" } )
  {
    const std::string name = table;
    database.exec( "CREATE TRIGGER szr_attribute_cleanup_" + name + " AFTER DELETE ON " + name +
                   " BEGIN DELETE FROM attribute WHERE link_entity = '" + name + "' AND link_id = OLD.id; END;" );
  }

  // Full-text search over offerings. The trigram tokenizer finds parts of German compounds
  // ("beratung" in "Schuldnerberatung"); without it, word prefixes; without FTS5, LIKE.
  std::string tokenizer;
  if ( canUseFts5( database, "trigram" ) )
    tokenizer = "trigram";
  else if ( canUseFts5( database, "unicode61 remove_diacritics 2" ) )
    tokenizer = "unicode61 remove_diacritics 2";
  if ( !tokenizer.empty() )
  {
    database.exec( "CREATE VIRTUAL TABLE service_search USING fts5(name, alternate_name, description, tokenize = '" +
                   tokenizer + "')" );
    database.exec( R"sql(
INSERT INTO service_search (rowid, name, alternate_name, description) SELECT fid, name, alternate_name, description FROM service;
CREATE TRIGGER szr_search_service_insert AFTER INSERT ON service
BEGIN
  INSERT INTO service_search (rowid, name, alternate_name, description) VALUES (NEW.fid, NEW.name, NEW.alternate_name, NEW.description);
END;
CREATE TRIGGER szr_search_service_update AFTER UPDATE OF fid, name, alternate_name, description ON service
BEGIN
  DELETE FROM service_search WHERE rowid = OLD.fid;
  INSERT INTO service_search (rowid, name, alternate_name, description) VALUES (NEW.fid, NEW.name, NEW.alternate_name, NEW.description);
END;
CREATE TRIGGER szr_search_service_delete AFTER DELETE ON service
BEGIN
  DELETE FROM service_search WHERE rowid = OLD.fid;
END;
)sql" );
  }

  vocabulary::seedVocabularies( database );
}

const std::vector<std::function<void( Database & )>> &migrations()
{
  static const std::vector<std::function<void( Database & )>> list{ migration1, migration2 };
  return list;
}

} // namespace

const FieldInfo *TableInfo::field( const std::string &fieldName ) const
{
  for ( const FieldInfo &f : fields )
  {
    if ( f.name == fieldName )
      return &f;
  }
  return nullptr;
}

const std::vector<TableInfo> &catalogueTables()
{
  static const std::vector<TableInfo> tables = buildTables();
  return tables;
}

const TableInfo *catalogueTable( const std::string &name )
{
  for ( const TableInfo &table : catalogueTables() )
  {
    if ( table.name == name )
      return &table;
  }
  return nullptr;
}

int currentSchemaVersion()
{
  return static_cast<int>( migrations().size() );
}

const std::string &uuidSqlExpression()
{
  static const std::string expression = UUID_SQL;
  return expression;
}

bool tableExists( const Database &database, const std::string &name )
{
  Statement statement = database.prepare( "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?" );
  statement.bind( 1, name );
  return statement.step();
}

void migrateSchema( Database &database, int fromVersion, int toVersion )
{
  if ( toVersion > currentSchemaVersion() || fromVersion < 0 || fromVersion > toVersion )
    throw CatalogueError( "Cannot migrate the catalogue from schema " + std::to_string( fromVersion ) + " to " +
                          std::to_string( toVersion ) + "." );
  // the log triggers name every column; they are rebuilt once the columns are final, and the
  // migrations' own data (the seeded vocabularies) is not logged as a user's edit
  Statement triggers = database.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'szr\\_log\\_%' ESCAPE '\\'" );
  std::vector<std::string> names;
  while ( triggers.step() )
    names.push_back( triggers.text( 0 ) );
  for ( const std::string &name : names )
    database.exec( "DROP TRIGGER " + quoteIdentifier( name ) );

  for ( int version = fromVersion + 1; version <= toVersion; ++version )
    migrations()[ static_cast<size_t>( version - 1 ) ]( database );

  rebuildChangeLogTriggers( database );
  database.exec( "PRAGMA user_version = " + std::to_string( toVersion ) );
}

void rebuildChangeLogTriggers( Database &database )
{
  const std::string user = "COALESCE((SELECT updated_by FROM sozialraum_edit_context WHERE id = 1), 'unknown')";
  const std::string now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
  const std::string columnsOfLog =
      "INSERT INTO metadata (id, resource_id, resource_type, last_action_date, last_action_type, field_name, "
      "previous_value, replacement_value, updated_by)\n";

  for ( const TableInfo &table : catalogueTables() )
  {
    if ( table.name == "metadata" || !tableExists( database, table.name ) )
      continue;
    for ( const char *event : { "insert", "update", "delete" } )
      database.exec( "DROP TRIGGER IF EXISTS " + quoteIdentifier( "szr_log_" + table.name + "_" + event ) );

    std::vector<std::string> geometryColumns;
    {
      Statement geometry =
          database.prepare( "SELECT f_geometry_column FROM geometry_columns WHERE lower(f_table_name) = lower(?)" );
      geometry.bind( 1, table.name );
      while ( geometry.step() )
        geometryColumns.push_back( geometry.text( 0 ) );
    }
    std::vector<std::string> columns;
    {
      Statement info = database.prepare( "SELECT name FROM pragma_table_info(?)" );
      info.bind( 1, table.name );
      while ( info.step() )
      {
        const std::string column = info.text( 0 );
        bool geometry = false;
        for ( const std::string &g : geometryColumns )
          geometry = geometry || g == column;
        // fid is the file's row number and the geometry is logged as latitude/longitude
        if ( column != "fid" && !geometry )
          columns.push_back( column );
      }
    }

    // (field, old value, new value) of every column, one row each
    std::string fields;
    for ( size_t i = 0; i < columns.size(); ++i )
    {
      const std::string quoted = quoteIdentifier( columns[ i ] );
      fields += i == 0 ? "    SELECT '" + columns[ i ] + "' AS f, OLD." + quoted + " AS o, NEW." + quoted + " AS n\n"
                       : "    UNION ALL SELECT '" + columns[ i ] + "', OLD." + quoted + ", NEW." + quoted + "\n";
    }
    std::string insertFields;
    std::string deleteFields;
    for ( size_t i = 0; i < columns.size(); ++i )
    {
      const std::string quoted = quoteIdentifier( columns[ i ] );
      insertFields += i == 0 ? "    SELECT '" + columns[ i ] + "' AS f, NULL AS o, NEW." + quoted + " AS n\n"
                             : "    UNION ALL SELECT '" + columns[ i ] + "', NULL, NEW." + quoted + "\n";
      deleteFields += i == 0 ? "    SELECT '" + columns[ i ] + "' AS f, OLD." + quoted + " AS o, NULL AS n\n"
                             : "    UNION ALL SELECT '" + columns[ i ] + "', OLD." + quoted + ", NULL\n";
    }
    const std::string type = "'" + table.name + "'";
    const std::string name = quoteIdentifier( table.name );

    database.exec( "CREATE TRIGGER " + quoteIdentifier( "szr_log_" + table.name + "_insert" ) + " AFTER INSERT ON " +
                   name +
                   "\nWHEN COALESCE((SELECT log_inserts FROM sozialraum_edit_context WHERE id = 1), 1)\nBEGIN\n  " +
                   columnsOfLog + "  SELECT " + uuidSqlExpression() + ", NEW.id, " + type + ", " + now +
                   ", 'create', f, o, n, " + user + "\n  FROM (\n" + insertFields + "  ) WHERE n IS NOT NULL;\nEND;" );
    database.exec( "CREATE TRIGGER " + quoteIdentifier( "szr_log_" + table.name + "_update" ) + " AFTER UPDATE ON " +
                   name + "\nBEGIN\n  " + columnsOfLog + "  SELECT " + uuidSqlExpression() + ", NEW.id, " + type +
                   ", " + now + ", 'update', f, o, n, " + user + "\n  FROM (\n" + fields +
                   "  ) WHERE o IS NOT n;\nEND;" );
    database.exec( "CREATE TRIGGER " + quoteIdentifier( "szr_log_" + table.name + "_delete" ) + " AFTER DELETE ON " +
                   name + "\nBEGIN\n  " + columnsOfLog + "  SELECT " + uuidSqlExpression() + ", OLD.id, " + type +
                   ", " + now + ", 'delete', f, o, n, " + user + "\n  FROM (\n" + deleteFields +
                   "  ) WHERE o IS NOT NULL;\nEND;" );
  }
}

} // namespace sozialraum::catalogue
