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
};

struct TableImportCounts
{
  long long inserted = 0;
  long long updated = 0;
  long long unchanged = 0;
};

struct ImportReport
{
  std::map<std::string, TableImportCounts> tables;
  //! Columns of known tables the catalogue does not store, per table.
  std::map<std::string, std::vector<std::string>> ignoredColumns;
  //! Resources or files the catalogue does not store ("language.csv").
  std::vector<std::string> ignoredResources;
  //! What a planner should read about the import, one sentence each.
  std::vector<std::string> messages;
};

/**
 * Reads an HSDS tabular data package from \a directory into the catalogue: the resources that
 * datapackage.json lists (or, without it, the CSV files named after the HSDS tables, singular or
 * plural). Records are matched by id: new ones are added, known ones updated. Columns the
 * catalogue does not know are ignored and reported; missing optional columns are fine. The
 * package's change log (metadata.csv) is kept as the records' history, so adding a record is not
 * logged again; changes to records the catalogue already had are logged.
 *
 * All or nothing: any error (a wrong header, text that is not UTF-8, a duplicate id, a service
 * pointing to a missing organization, an unknown status ...) throws CatalogueError naming the
 * file, row and field, and the catalogue is left as it was.
 */
ImportReport importHsdsPackage( Catalogue &catalogue, const std::string &directory,
                                const ImportOptions &options = ImportOptions() );

} // namespace sozialraum::catalogue
