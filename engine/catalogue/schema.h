#pragma once

#include <optional>
#include <string>
#include <vector>

namespace sozialraum::catalogue
{

class Database;

//! HSDS / Frictionless type of a field, as declared in datapackage.json.
enum class FieldType
{
  String,
  Number,
  Date,
};

//! One column of a catalogue table as the exchange format and the importer see it.
struct FieldInfo
{
  std::string name;
  FieldType type = FieldType::String;
  //! An imported row must give a value (HSDS required or needed by the catalogue).
  bool required = false;
  //! Sozialraum extension, not part of HSDS 3.0.
  bool extension = false;
  //! Personal data of a contact person: left out of exports unless asked for.
  bool personal = false;
  //! Table whose id this field holds (a foreign key), or "".
  std::string references;
  //! Closed code list, or empty.
  std::vector<std::string> allowed;
  //! Value the catalogue stores when an import leaves the cell empty, or "".
  std::string defaultValue;
  //! "uuid", "email", "uri" ... for datapackage.json, or "".
  std::string format;
  //! Description in datapackage.json (extension fields; HSDS fields are described by the standard).
  std::string description;
  //! Smallest / largest value of a Number field (nullopt: no bound). The one place of a
  //! column's range: the HSDS import and writeRecord both check it (see brokenRule).
  std::optional<double> minimum;
  std::optional<double> maximum;
  //! Unit a range message names ("degrees, EPSG:4326"), or "".
  std::string unit;
};

//! One catalogue table: its HSDS name, fields in HSDS order (extensions last) and how people call it.
struct TableInfo
{
  std::string name;
  std::vector<FieldInfo> fields;
  //! Sozialraum extension table (committee, committee_membership), not part of HSDS 3.0.
  bool extension = false;
  //! File name stem older HSDS tools use ("organizations" for organization).
  std::string pluralName;
  //! What a planner calls one row ("stakeholder", "offering", "site" ...), for messages.
  std::string label;

  const FieldInfo *field( const std::string &name ) const;
};

//! The tables of the current schema in import order (parents before children; metadata last).
const std::vector<TableInfo> &catalogueTables();
//! The table called \a name (HSDS name), or nullptr.
const TableInfo *catalogueTable( const std::string &name );

//! Schema version this build writes (PRAGMA user_version).
int currentSchemaVersion();

//! PRAGMA application_id of a catalogue file ("SZRC").
constexpr int CATALOGUE_APPLICATION_ID = 0x535a5243;

//! SQL expression for a random version-4 UUID (column defaults and change-log ids).
const std::string &uuidSqlExpression();

/**
 * Upgrades the open file from schema \a fromVersion to \a toVersion by running the ordered
 * migrations, then regenerates the change-log triggers and sets user_version. Must run inside
 * a write transaction; a migration that fails leaves the file as it was.
 */
void migrateSchema( Database &database, int fromVersion, int toVersion );

/**
 * Drops and re-creates the change-log triggers of every catalogue table from its current
 * columns: after insert, update and delete, each changed field becomes one row of the HSDS
 * `metadata` table (resource_id, resource_type, last_action_date, last_action_type, field_name,
 * previous_value, replacement_value, updated_by).
 */
void rebuildChangeLogTriggers( Database &database );

//! True when the file has a table or view called \a name.
bool tableExists( const Database &database, const std::string &name );

} // namespace sozialraum::catalogue
