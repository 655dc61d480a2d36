#include "catalogue/uuid.h"

#include <array>
#include <cstdint>
#include <random>

namespace sozialraum::catalogue
{

std::string createUuid()
{
  // std::random_device reads the kernel's CSPRNG (getrandom / /dev/urandom) with libstdc++ and libc++,
  // so ids made on two desks at once do not collide as those of a time-seeded generator could
  thread_local std::random_device device;
  std::array<uint8_t, 16> bytes;
  for ( size_t i = 0; i < bytes.size(); i += 4 )
  {
    const uint32_t r = device();
    bytes[ i ] = static_cast<uint8_t>( r );
    bytes[ i + 1 ] = static_cast<uint8_t>( r >> 8 );
    bytes[ i + 2 ] = static_cast<uint8_t>( r >> 16 );
    bytes[ i + 3 ] = static_cast<uint8_t>( r >> 24 );
  }
  bytes[ 6 ] = static_cast<uint8_t>( ( bytes[ 6 ] & 0x0f ) | 0x40 ); // version 4
  bytes[ 8 ] = static_cast<uint8_t>( ( bytes[ 8 ] & 0x3f ) | 0x80 ); // RFC 4122 variant

  static const char *hex = "0123456789abcdef";
  std::string text;
  text.reserve( 36 );
  for ( size_t i = 0; i < bytes.size(); ++i )
  {
    if ( i == 4 || i == 6 || i == 8 || i == 10 )
      text += '-';
    text += hex[ bytes[ i ] >> 4 ];
    text += hex[ bytes[ i ] & 0x0f ];
  }
  return text;
}

bool isUuid( const std::string &text )
{
  if ( text.size() != 36 )
    return false;
  for ( size_t i = 0; i < text.size(); ++i )
  {
    const char c = text[ i ];
    if ( i == 8 || i == 13 || i == 18 || i == 23 )
    {
      if ( c != '-' )
        return false;
    }
    else if ( !( ( c >= '0' && c <= '9' ) || ( c >= 'a' && c <= 'f' ) || ( c >= 'A' && c <= 'F' ) ) )
    {
      return false;
    }
  }
  return true;
}

} // namespace sozialraum::catalogue
