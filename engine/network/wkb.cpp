#include "network/wkb.h"

#include <cmath>
#include <cstring>

namespace sozialraum::network
{

namespace
{
constexpr std::uint32_t kWkbPolygon = 3;
constexpr std::uint32_t kWkbMultiPolygon = 6;

/**
 * Writes into a buffer sized beforehand: the polygons of a city-wide isochrone have tens of
 * thousands of points, and growing the buffer 8 bytes at a time showed in profiles.
 */
class WkbWriter
{
public:
  static bool littleEndian()
  {
    const std::uint32_t one = 1;
    unsigned char first;
    std::memcpy( &first, &one, 1 );
    return first == 1;
  }

  explicit WkbWriter( std::size_t size ) : mBytes( size ), mNext( mBytes.data() ) {}

  void byteOrder() { *mNext++ = 1; } // NDR, little endian

  void uint32( std::uint32_t value )
  {
    for ( int i = 0; i < 4; ++i )
      *mNext++ = static_cast<unsigned char>( value >> ( 8 * i ) );
  }

  void real( double value )
  {
    std::uint64_t bits;
    std::memcpy( &bits, &value, sizeof bits );
    for ( int i = 0; i < 8; ++i )
      *mNext++ = static_cast<unsigned char>( bits >> ( 8 * i ) );
  }

  void ring( const std::vector<Point> &points )
  {
    uint32( static_cast<std::uint32_t>( points.size() ) );
    if ( points.empty() )
      return;
    if ( littleEndian() && sizeof( Point ) == 2 * sizeof( double ) )
    {
      // The points' memory is their WKB already.
      std::memcpy( mNext, points.data(), points.size() * sizeof( Point ) );
      mNext += points.size() * sizeof( Point );
      return;
    }
    for ( const Point &p : points )
    {
      real( p.x );
      real( p.y );
    }
  }

  std::vector<unsigned char> take() { return std::move( mBytes ); }

private:
  std::vector<unsigned char> mBytes;
  unsigned char *mNext;
};

double ringArea( const std::vector<Point> &ring )
{
  // Relative to the first vertex: with projected coordinates in the millions, raw products
  // cancel catastrophically and could even flip the sign of a small ring.
  if ( ring.empty() )
    return 0.0;
  const Point &origin = ring.front();
  double area = 0.0;
  for ( std::size_t i = 0; i + 1 < ring.size(); ++i )
  {
    const double x0 = ring[ i ].x - origin.x, y0 = ring[ i ].y - origin.y;
    const double x1 = ring[ i + 1 ].x - origin.x, y1 = ring[ i + 1 ].y - origin.y;
    area += x0 * y1 - x1 * y0;
  }
  return std::abs( area ) / 2.0;
}
} // namespace

std::vector<unsigned char> multiPolygonWkb( const std::vector<PolygonRings> &polygons )
{
  std::size_t size = 1 + 4 + 4;
  for ( const PolygonRings &polygon : polygons )
  {
    size += 1 + 4 + 4 + 4 + 16 * polygon.shell.size();
    for ( const std::vector<Point> &hole : polygon.holes )
      size += 4 + 16 * hole.size();
  }
  WkbWriter writer( size );
  writer.byteOrder();
  writer.uint32( kWkbMultiPolygon );
  writer.uint32( static_cast<std::uint32_t>( polygons.size() ) );
  for ( const PolygonRings &polygon : polygons )
  {
    writer.byteOrder();
    writer.uint32( kWkbPolygon );
    writer.uint32( static_cast<std::uint32_t>( 1 + polygon.holes.size() ) );
    writer.ring( polygon.shell );
    for ( const std::vector<Point> &hole : polygon.holes )
      writer.ring( hole );
  }
  return writer.take();
}

double polygonArea( const std::vector<PolygonRings> &polygons )
{
  double area = 0.0;
  for ( const PolygonRings &polygon : polygons )
  {
    area += ringArea( polygon.shell );
    for ( const std::vector<Point> &hole : polygon.holes )
      area -= ringArea( hole );
  }
  return area;
}

} // namespace sozialraum::network
