#include "common/format.h"

#include <cmath>
#include <cstdio>

namespace sozialraum
{

std::string formatNumber( double value, bool groupThousands )
{
  if ( std::isnan( value ) )
    return "NaN";
  if ( std::isinf( value ) )
    return value > 0 ? "infinity" : "-infinity";
  if ( value == std::floor( value ) && std::fabs( value ) < 1e15 )
  {
    const long long whole = static_cast<long long>( std::fabs( value ) );
    std::string digits = std::to_string( whole );
    std::string grouped;
    const int length = static_cast<int>( digits.size() );
    for ( int i = 0; i < length; ++i )
    {
      if ( groupThousands && i > 0 && ( length - i ) % 3 == 0 )
        grouped += ',';
      grouped += digits[ static_cast<std::size_t>( i ) ];
    }
    return value < 0 ? "-" + grouped : grouped;
  }
  // %g follows LC_NUMERIC; the engine's messages always use a decimal point.
  char buffer[ 64 ];
  std::snprintf( buffer, sizeof( buffer ), "%.6g", value );
  for ( char *c = buffer; *c; ++c )
  {
    if ( *c == ',' )
      *c = '.';
  }
  return buffer;
}

} // namespace sozialraum
