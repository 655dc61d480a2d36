#pragma once

// Internal: the one generic writer behind the typed API and the HSDS import.

#include "catalogue/sqlite.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sozialraum::catalogue
{

struct TableInfo;
struct FieldInfo;

//! Column name and value of one record (without "id").
using FieldValues = std::vector<std::pair<std::string, Value>>;

enum class WriteOutcome
{
  Inserted,
  Updated,
  Unchanged,
};

struct WriteOptions
{
  //! Check that referenced records exist (off during an import, which checks all references at its end).
  bool checkReferences = true;
  //! Opening of error messages, e.g. "Saving the offering 'Jugendclub'".
  std::string context;
};

/**
 * Inserts the record \a id of \a table, or updates the given fields of the existing one (only
 * those that differ, so the change log shows real changes). Validates required fields, code
 * lists, unique external ids and (optionally) references first, so that errors name the field.
 * For location, the point geometry is written from latitude/longitude in the same statement.
 */
WriteOutcome writeRecord( const Database &database, const TableInfo &table, const std::string &id,
                          const FieldValues &values, const WriteOptions &options );

//! Deletes record \a id of \a table (foreign-key rules cascade); false when there was none.
bool deleteRecord( const Database &database, const std::string &table, const std::string &id );

//! True when \a table has a record \a id.
bool recordExists( const Database &database, const std::string &table, const std::string &id );

//! True for a calendar date written as YYYY-MM-DD, with the real month lengths and leap years
//! (2024-02-31 is refused). The one date check of the catalogue, the algorithms and the dock.
bool isIsoDate( const std::string &text );

/**
 * The rule \a text breaks as a value of \a field (\a number: the value as a number, for Number
 * fields), as one sentence ("the capacity '-1' is negative."), or "" when it breaks none: the
 * field's range, code list and date format, all read from the registry (FieldInfo).
 */
std::string brokenRule( const FieldInfo &field, const std::string &text, std::optional<double> number );

//! Value from an optional text / number (NULL when empty).
Value toValue( const std::optional<std::string> &value );
Value toValue( const std::optional<double> &value );
Value toValue( const std::string &value );

} // namespace sozialraum::catalogue
