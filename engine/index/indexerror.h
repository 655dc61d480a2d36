#pragma once

#include <stdexcept>
#include <string>

namespace sozialraum::index
{

/**
 * Error raised by the index engine. The message is meant for the planner who
 * runs the index: it says what is wrong with the data or the definition and,
 * where possible, what to change.
 */
class IndexError : public std::runtime_error
{
public:
  explicit IndexError( const std::string &message, long long row = -1 ) : std::runtime_error( message ), mRow( row ) {}

  //! Row of the input table (counting from 0) the error is about, or -1; lets the caller name the area.
  long long row() const { return mRow; }

private:
  long long mRow = -1;
};

} // namespace sozialraum::index
