#include "network/wkb.h"

#include <cmath>
#include <cstring>

namespace sozialraum::network
{

namespace
{
constexpr std::uint32_t kWkbPolygon = 3;
constexpr std::uint32_t kWkbMultiPolygon = 6;

class WkbWriter
{
public:
  void byteOrder() { mBytes.push_back( 1 ); } // NDR, little endian

  void uint32( std::uint32_t value )
  {
    unsigned char bytes[ 4 ];
    for ( int i = 0; i < 4; ++i )
      bytes[ i ] = static_cast<unsigned char>( value >> ( 8 * i ) );
    mBytes.insert( mBytes.end(), bytes, bytes + 4 );
  }

  void real( double value )
  {
    std::uint64_t bits;
    std::memcpy( &bits, &value, sizeof bits );
    unsigned char bytes[ 8 ];
    for ( int i = 0; i < 8; ++i )
      bytes[ i ] = static_cast<unsigned char>( bits >> ( 8 * i ) );
    mBytes.insert( mBytes.end(), bytes, bytes + 8 );
  }

  void ring( const std::vector<Point> &points )
  {
    uint32( static_cast<std::uint32_t>( points.size() ) );
    for ( const Point &p : points )
    {
      real( p.x );
      real( p.y );
    }
  }

  std::vector<unsigned char> take() { return std::move( mBytes ); }

private:
  std::vector<unsigned char> mBytes;
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
  WkbWriter writer;
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
