#include "catalogue/text.h"

#include <cstdint>

namespace sozialraum::catalogue
{

namespace
{

//! Decodes one code point at \a pos (advancing it); invalid bytes come back as themselves.
uint32_t decode( const std::string &text, size_t &pos, bool &valid )
{
  const auto byte = [ & ]( size_t i ) { return static_cast<uint8_t>( text[ i ] ); };
  const uint8_t first = byte( pos );
  valid = true;
  if ( first < 0x80 )
  {
    ++pos;
    return first;
  }
  int length = 0;
  uint32_t cp = 0;
  if ( ( first & 0xe0 ) == 0xc0 )
  {
    length = 2;
    cp = first & 0x1f;
  }
  else if ( ( first & 0xf0 ) == 0xe0 )
  {
    length = 3;
    cp = first & 0x0f;
  }
  else if ( ( first & 0xf8 ) == 0xf0 )
  {
    length = 4;
    cp = first & 0x07;
  }
  if ( length == 0 || pos + length > text.size() )
  {
    valid = false;
    ++pos;
    return first;
  }
  for ( int i = 1; i < length; ++i )
  {
    const uint8_t b = byte( pos + i );
    if ( ( b & 0xc0 ) != 0x80 )
    {
      valid = false;
      ++pos;
      return first;
    }
    cp = ( cp << 6 ) | ( b & 0x3f );
  }
  // overlong forms, surrogates and values beyond Unicode are not UTF-8
  static const uint32_t minimum[] = { 0, 0, 0x80, 0x800, 0x10000 };
  if ( cp < minimum[ length ] || cp > 0x10ffff || ( cp >= 0xd800 && cp <= 0xdfff ) )
  {
    valid = false;
    ++pos;
    return first;
  }
  pos += length;
  return cp;
}

void encode( uint32_t cp, std::string &out )
{
  if ( cp < 0x80 )
  {
    out += static_cast<char>( cp );
  }
  else if ( cp < 0x800 )
  {
    out += static_cast<char>( 0xc0 | ( cp >> 6 ) );
    out += static_cast<char>( 0x80 | ( cp & 0x3f ) );
  }
  else if ( cp < 0x10000 )
  {
    out += static_cast<char>( 0xe0 | ( cp >> 12 ) );
    out += static_cast<char>( 0x80 | ( ( cp >> 6 ) & 0x3f ) );
    out += static_cast<char>( 0x80 | ( cp & 0x3f ) );
  }
  else
  {
    out += static_cast<char>( 0xf0 | ( cp >> 18 ) );
    out += static_cast<char>( 0x80 | ( ( cp >> 12 ) & 0x3f ) );
    out += static_cast<char>( 0x80 | ( ( cp >> 6 ) & 0x3f ) );
    out += static_cast<char>( 0x80 | ( cp & 0x3f ) );
  }
}

//! Simple lower-case mapping for the scripts names in German directories are written in.
uint32_t lower( uint32_t cp )
{
  if ( cp >= 'A' && cp <= 'Z' )
    return cp + 32;
  if ( ( cp >= 0xc0 && cp <= 0xde ) && cp != 0xd7 ) // Latin-1: À..Þ except ×
    return cp + 32;
  if ( cp >= 0x100 && cp <= 0x17f ) // Latin Extended-A: pairs
  {
    if ( cp == 0x130 ) // İ
      return 'i';
    if ( cp == 0x178 ) // Ÿ
      return 0xff;
    if ( ( cp >= 0x139 && cp <= 0x148 ) || ( cp >= 0x179 && cp <= 0x17e ) )
      return ( cp % 2 == 1 ) ? cp + 1 : cp;
    if ( cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17f )
      return cp;
    return ( cp % 2 == 0 ) ? cp + 1 : cp;
  }
  if ( cp >= 0x391 && cp <= 0x3ab && cp != 0x3a2 ) // Greek capitals
    return cp + 32;
  if ( cp >= 0x410 && cp <= 0x42f ) // Cyrillic А..Я
    return cp + 32;
  if ( cp >= 0x400 && cp <= 0x40f ) // Cyrillic Ѐ..Џ
    return cp + 80;
  return cp;
}

bool isSpace( uint32_t cp )
{
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xa0 || cp == 0x202f;
}

} // namespace

std::string trimmed( const std::string &text )
{
  size_t begin = 0;
  size_t end = text.size();
  const auto spaceAt = [ & ]( size_t i, size_t &length )
  {
    const unsigned char c = static_cast<unsigned char>( text[ i ] );
    if ( c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' )
    {
      length = 1;
      return true;
    }
    if ( c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>( text[ i + 1 ] ) == 0xa0 )
    {
      length = 2;
      return true;
    }
    return false;
  };
  size_t length = 0;
  while ( begin < end && spaceAt( begin, length ) )
    begin += length;
  while ( end > begin )
  {
    if ( spaceAt( end - 1, length ) )
      end -= 1;
    else if ( end - begin >= 2 && spaceAt( end - 2, length ) && length == 2 )
      end -= 2;
    else
      break;
  }
  return text.substr( begin, end - begin );
}

std::string foldedName( const std::string &text )
{
  std::string out;
  out.reserve( text.size() );
  bool pendingSpace = false;
  size_t pos = 0;
  while ( pos < text.size() )
  {
    bool valid = true;
    const uint32_t cp = decode( text, pos, valid );
    if ( !valid )
    {
      out += static_cast<char>( cp );
      continue;
    }
    if ( isSpace( cp ) )
    {
      pendingSpace = !out.empty();
      continue;
    }
    if ( pendingSpace )
    {
      out += ' ';
      pendingSpace = false;
    }
    if ( cp == 0xdf || cp == 0x1e9e ) // ß, ẞ: full case folding gives "ss"
    {
      out += "ss";
      continue;
    }
    encode( lower( cp ), out );
  }
  return out;
}

bool isValidUtf8( const std::string &text )
{
  size_t pos = 0;
  while ( pos < text.size() )
  {
    bool valid = true;
    decode( text, pos, valid );
    if ( !valid )
      return false;
  }
  return true;
}

size_t utf8Length( const std::string &text )
{
  size_t count = 0;
  for ( char c : text )
  {
    if ( ( static_cast<unsigned char>( c ) & 0xc0 ) != 0x80 )
      ++count;
  }
  return count;
}

} // namespace sozialraum::catalogue
