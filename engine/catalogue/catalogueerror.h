#pragma once

#include <stdexcept>
#include <string>

namespace sozialraum::catalogue
{

/**
 * Error raised by the catalogue. The message is meant for the planner: it names the file,
 * and for an import the table, row and field, and says what to change.
 */
class CatalogueError : public std::runtime_error
{
public:
  explicit CatalogueError( const std::string &message ) : std::runtime_error( message ) {}

  //! An error about one cell of an imported file; \a row counts like a spreadsheet (the header is row 1).
  CatalogueError( const std::string &message, const std::string &file, long long row, const std::string &field )
      : std::runtime_error( message ), mFile( file ), mRow( row ), mField( field )
  {
  }

  //! The imported file the error is about (e.g. "service.csv"), or "".
  const std::string &file() const { return mFile; }
  //! Row of that file (header = 1), or -1.
  long long row() const { return mRow; }
  //! Column of that file, or "".
  const std::string &field() const { return mField; }

private:
  std::string mFile;
  long long mRow = -1;
  std::string mField;
};

} // namespace sozialraum::catalogue
