#ifndef SOZIALRAUM_GAPS_GAPSERROR_H
#define SOZIALRAUM_GAPS_GAPSERROR_H

#include <stdexcept>
#include <string>

namespace sozialraum::gaps
{

/**
 * The one exception type of the service-gaps engine. Its message is written for a planner
 * (what is wrong with the input and what to change), so callers can show it as it is.
 */
class GapsError : public std::runtime_error
{
public:
  explicit GapsError( const std::string &message, long long item = -1 ) : std::runtime_error( message ), mItem( item )
  {
  }

  //! Index (from 0) of the demand point, facility, candidate or area the error is about, or -1; lets the caller name
  //! the feature.
  long long item() const { return mItem; }

private:
  long long mItem = -1;
};

} // namespace sozialraum::gaps

#endif
