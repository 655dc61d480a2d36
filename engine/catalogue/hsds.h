#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace sozialraum::catalogue
{

class Catalogue;

struct ExportOptions
{
  //! Write contact persons' names and e-mail addresses, the "attention" line of addresses and phone numbers of persons
  //! (GDPR: off by default).
  bool includePersonalContacts = false;
  //! Write the change log (metadata.csv).
  bool includeHistory = true;
};

struct ExportReport
{
  //! Rows written per table.
  std::map<std::string, long long> rowCounts;
  //! Files written, in package order (datapackage.json last).
  std::vector<std::string> files;
};

/**
 * Writes the catalogue as an HSDS 3.0 tabular data package into \a directory (created when
 * missing; files of the same names are replaced): one RFC 4180 CSV per table (UTF-8, CRLF) and
 * datapackage.json listing each resource with its fields, primary and foreign keys. Sozialraum
 * extensions (stakeholder kind, organization form, planning state, validity, capacity, external
 * ids, committees) are extra columns and resources that other HSDS tools ignore. Rows are ordered
 * by id (the change log by time), so exporting the same content gives the same bytes.
 */
ExportReport exportHsdsPackage( const Catalogue &catalogue, const std::string &directory,
                                const ExportOptions &options = ExportOptions() );

struct ImportProgress
{
  //! File being read, e.g. "service.csv".
  std::string file;
  long long rowsDone = 0;
  long long rowsTotal = 0;
};

struct ImportOptions
{
  //! Called after every row; return false to cancel (the catalogue stays as it was).
  std::function<bool( const ImportProgress & )> progress;
  /**
   * All or nothing at the level of values too: the first value that breaks a rule and the first
   * reference that points nowhere stop the import, and nothing is written. Off (the default):
   * such values are left empty and such references resolved as importHsdsPackage() describes;
   * both are listed in ImportReport::problems.
   */
  bool strict = false;
};

struct TableImportCounts
{
  long long inserted = 0;
  long long updated = 0;
  long long unchanged = 0;
};

enum class ImportProblemKind
{
  //! A value breaks a rule (not a number, not a date, not in the code list, out of range ...).
  InvalidValue,
  //! A reference to a record that is in neither the package nor the catalogue.
  UnresolvedReference,
};

//! One value a lenient import could not take as it was (see ImportOptions::strict).
struct ImportProblem
{
  ImportProblemKind kind = ImportProblemKind::InvalidValue;
  //! File of the package, e.g. "location.csv".
  std::string file;
  //! Row of that file as a spreadsheet counts it (the header is row 1).
  long long row = -1;
  //! Column of that file.
  std::string field;
  //! The cell as the file has it.
  std::string value;
  //! The rule the value breaks, one sentence ("the latitude '100' is not between -90 and 90.").
  std::string rule;
  //! What the import stored instead, one sentence ("The field was left empty.").
  std::string action;
  //! UnresolvedReference: the table the reference points into.
  std::string referencedTable;
  //! UnresolvedReference of a required field: a placeholder record with the referenced id stands in.
  bool placeholder = false;
};

//! A record a lenient import added because a required reference pointed nowhere.
struct ImportPlaceholder
{
  std::string table;
  std::string id;
};

//! "location.csv, row 2, field 'latitude': the latitude '100' is not between -90 and 90. The field was left empty."
std::string problemText( const ImportProblem &problem );

struct ImportReport
{
  //! Rows of the package per table (placeholders are not counted here).
  std::map<std::string, TableImportCounts> tables;
  //! Columns of known tables the catalogue does not store, per table.
  std::map<std::string, std::vector<std::string>> ignoredColumns;
  //! Resources or files the catalogue does not store ("language.csv").
  std::vector<std::string> ignoredResources;
  //! What a planner should read about the import, one sentence each.
  std::vector<std::string> messages;
  //! Values left empty and references that point nowhere, in file and row order (lenient imports only).
  std::vector<ImportProblem> problems;
  //! Placeholder records added for required references that point nowhere (lenient imports only).
  std::vector<ImportPlaceholder> placeholders;
};

/**
 * Reads an HSDS tabular data package from \a directory into the catalogue: the resources that
 * datapackage.json lists (or, without it, the CSV files named after the HSDS tables, singular or
 * plural). Records are matched by id: new ones are added, known ones updated. Columns the
 * catalogue does not know are ignored and reported; missing optional columns are fine. The
 * package's change log (metadata.csv) is kept as the records' history, so adding a record is not
 * logged again; changes to records the catalogue already had are logged.
 *
 * One transaction: the import completes (with its list of problems) or throws CatalogueError
 * naming the file, row and field, and the catalogue is left as it was.
 *
 * What makes a table unreadable stops the import in every mode: a broken descriptor, a wrong
 * header (no id, a required column missing, a column named twice), broken CSV, text that is not
 * UTF-8, an empty or duplicate id.
 *
 * With ImportOptions::strict every other problem stops the import too. Without it (real feeds
 * hold bad values) the row is kept and the problem listed in ImportReport::problems:
 * - a value that breaks a rule (not a number, not a calendar date, not in the field's code list,
 *   latitude/longitude out of range, a negative capacity, an external id another record has) is
 *   left empty: NULL, or the field's default where the catalogue has one (service.status
 *   'active', location.location_type 'physical'); an empty required text (a name) becomes
 *   "[missing]" in a new record and leaves an existing record's value alone;
 * - a reference that points nowhere (in neither the package nor the catalogue) keeps the
 *   catalogue's foreign keys valid: an optional one is left empty; a required one
 *   (service.organization_id, service_at_location.service_id/location_id,
 *   attribute.taxonomy_term_id ...) gets a placeholder record with the referenced id, named
 *   "[unresolved] <id>" and listed in ImportReport::placeholders, so that the row is kept, the
 *   id is not lost and a later package that brings the record fills the placeholder in (records
 *   are matched by id). A placeholder's own required references point to one placeholder per
 *   table with a fixed id ("[unresolved] unknown stakeholder").
 */
ImportReport importHsdsPackage( Catalogue &catalogue, const std::string &directory,
                                const ImportOptions &options = ImportOptions() );

} // namespace sozialraum::catalogue
