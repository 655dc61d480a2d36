#include "network/geos.h"

#include "network/networkerror.h"

#include <utility>

namespace sozialraum::network
{

GeosGeometry::GeosGeometry( GEOSContextHandle_t handle, GEOSGeometry *geometry )
    : mHandle( handle ), mGeometry( geometry )
{
}

GeosGeometry::GeosGeometry( GeosGeometry &&other ) noexcept
    : mHandle( other.mHandle ), mGeometry( std::exchange( other.mGeometry, nullptr ) )
{
}

GeosGeometry &GeosGeometry::operator=( GeosGeometry &&other ) noexcept
{
  if ( this != &other )
  {
    if ( mGeometry )
      GEOSGeom_destroy_r( mHandle, mGeometry );
    mHandle = other.mHandle;
    mGeometry = std::exchange( other.mGeometry, nullptr );
  }
  return *this;
}

GeosGeometry::~GeosGeometry()
{
  if ( mGeometry )
    GEOSGeom_destroy_r( mHandle, mGeometry );
}

GEOSGeometry *GeosGeometry::release()
{
  return std::exchange( mGeometry, nullptr );
}

GeosContext::GeosContext() : mHandle( GEOS_init_r() )
{
  if ( !mHandle )
    throw NetworkError( "Could not start the geometry library (GEOS)." );
  GEOSContext_setErrorMessageHandler_r( mHandle, &GeosContext::onError, this );
  mWriter = GEOSWKBWriter_create_r( mHandle );
  mReader = GEOSWKBReader_create_r( mHandle );
  if ( !mWriter || !mReader )
  {
    if ( mWriter )
      GEOSWKBWriter_destroy_r( mHandle, mWriter );
    if ( mReader )
      GEOSWKBReader_destroy_r( mHandle, mReader );
    GEOS_finish_r( mHandle );
    throw NetworkError( "Could not start the geometry library (GEOS)." );
  }
  GEOSWKBWriter_setOutputDimension_r( mHandle, mWriter, 2 );
  GEOSWKBWriter_setByteOrder_r( mHandle, mWriter, GEOS_WKB_NDR );
}

GeosContext::~GeosContext()
{
  GEOSWKBWriter_destroy_r( mHandle, mWriter );
  GEOSWKBReader_destroy_r( mHandle, mReader );
  GEOS_finish_r( mHandle );
}

void GeosContext::onError( const char *message, void *userData )
{
  static_cast<GeosContext *>( userData )->mLastError = message ? message : "";
}

void GeosContext::fail( const char *operation ) const
{
  std::string message = std::string( "A geometry operation failed (" ) + operation + ")";
  message += mLastError.empty() ? "." : ": " + mLastError;
  mLastError.clear();
  throw NetworkError( message );
}

GeosGeometry GeosContext::take( GEOSGeometry *geometry, const char *operation ) const
{
  if ( !geometry )
    fail( operation );
  return GeosGeometry( mHandle, geometry );
}

GeosGeometry GeosContext::lineString( const std::vector<Point> &points ) const
{
  // Point is two packed doubles, so the vector is already the x,y buffer GEOS copies from.
  static_assert( sizeof( Point ) == 2 * sizeof( double ), "Point must be two packed doubles" );
  GEOSCoordSequence *sequence = GEOSCoordSeq_copyFromBuffer_r(
      mHandle, reinterpret_cast<const double *>( points.data() ), static_cast<unsigned>( points.size() ), 0, 0 );
  if ( !sequence )
    fail( "line" );
  return take( GEOSGeom_createLineString_r( mHandle, sequence ), "line" );
}

GeosGeometry GeosContext::multiLineString( const std::vector<std::vector<Point>> &lines ) const
{
  std::vector<GeosGeometry> parts;
  parts.reserve( lines.size() );
  for ( const std::vector<Point> &line : lines )
    parts.push_back( lineString( line ) );
  return collection( GEOS_MULTILINESTRING, std::move( parts ) );
}

GeosGeometry GeosContext::multiPoint( const std::vector<Point> &points ) const
{
  std::vector<GeosGeometry> parts;
  parts.reserve( points.size() );
  for ( const Point &point : points )
    parts.push_back( take( GEOSGeom_createPointFromXY_r( mHandle, point.x, point.y ), "point" ) );
  return collection( GEOS_MULTIPOINT, std::move( parts ) );
}

GeosGeometry GeosContext::emptyMultiPolygon() const
{
  return take( GEOSGeom_createEmptyCollection_r( mHandle, GEOS_MULTIPOLYGON ), "empty polygon" );
}

GeosGeometry GeosContext::collection( int type, std::vector<GeosGeometry> &&parts ) const
{
  if ( parts.empty() )
    return take( GEOSGeom_createEmptyCollection_r( mHandle, type ), "collection" );
  std::vector<GEOSGeometry *> raw;
  raw.reserve( parts.size() );
  for ( GeosGeometry &part : parts )
    raw.push_back( part.release() );
  GEOSGeometry *result = GEOSGeom_createCollection_r( mHandle, type, raw.data(), static_cast<unsigned>( raw.size() ) );
  if ( !result )
  {
    // On failure GEOS did not take the parts.
    for ( GEOSGeometry *part : raw )
      GEOSGeom_destroy_r( mHandle, part );
    fail( "collection" );
  }
  return GeosGeometry( mHandle, result );
}

GeosGeometry GeosContext::buffer( const GEOSGeometry *geometry, double width, int quadrantSegments ) const
{
  return take( GEOSBuffer_r( mHandle, geometry, width, quadrantSegments ), "buffer" );
}

GeosGeometry GeosContext::unite( const GEOSGeometry *a, const GEOSGeometry *b ) const
{
  return take( GEOSUnion_r( mHandle, a, b ), "union" );
}

GeosGeometry GeosContext::unaryUnion( const GEOSGeometry *geometry ) const
{
  return take( GEOSUnaryUnion_r( mHandle, geometry ), "union" );
}

GeosGeometry GeosContext::concaveHull( const GEOSGeometry *geometry, double ratio ) const
{
  return take( GEOSConcaveHull_r( mHandle, geometry, ratio, 0 ), "concave hull" );
}

GeosGeometry GeosContext::toMultiPolygon( GeosGeometry &&geometry ) const
{
  const int type = typeId( geometry.get() );
  if ( type == GEOS_MULTIPOLYGON )
    return std::move( geometry );
  std::vector<GeosGeometry> polygons;
  if ( type == GEOS_POLYGON )
  {
    if ( !isEmpty( geometry.get() ) )
      polygons.push_back( std::move( geometry ) );
  }
  else if ( type == GEOS_GEOMETRYCOLLECTION )
  {
    const int count = GEOSGetNumGeometries_r( mHandle, geometry.get() );
    for ( int i = 0; i < count; ++i )
    {
      const GEOSGeometry *part = GEOSGetGeometryN_r( mHandle, geometry.get(), i );
      if ( GEOSGeomTypeId_r( mHandle, part ) == GEOS_POLYGON && !isEmpty( part ) )
        polygons.push_back( take( GEOSGeom_clone_r( mHandle, part ), "copy" ) );
    }
  }
  return collection( GEOS_MULTIPOLYGON, std::move( polygons ) );
}

double GeosContext::area( const GEOSGeometry *geometry ) const
{
  double area = 0.0;
  if ( !GEOSArea_r( mHandle, geometry, &area ) )
    fail( "area" );
  return area;
}

bool GeosContext::isValid( const GEOSGeometry *geometry ) const
{
  const char valid = GEOSisValid_r( mHandle, geometry );
  if ( valid == 2 )
    fail( "validity check" );
  return valid == 1;
}

bool GeosContext::isEmpty( const GEOSGeometry *geometry ) const
{
  const char empty = GEOSisEmpty_r( mHandle, geometry );
  if ( empty == 2 )
    fail( "emptiness check" );
  return empty == 1;
}

bool GeosContext::covers( const GEOSGeometry *a, const GEOSGeometry *b ) const
{
  const char covers = GEOSCovers_r( mHandle, a, b );
  if ( covers == 2 )
    fail( "covers" );
  return covers == 1;
}

int GeosContext::typeId( const GEOSGeometry *geometry ) const
{
  const int type = GEOSGeomTypeId_r( mHandle, geometry );
  if ( type < 0 )
    fail( "geometry type" );
  return type;
}

std::vector<unsigned char> GeosContext::toWkb( const GEOSGeometry *geometry ) const
{
  std::size_t size = 0;
  unsigned char *buffer = GEOSWKBWriter_write_r( mHandle, mWriter, geometry, &size );
  if ( !buffer )
    fail( "WKB export" );
  std::vector<unsigned char> wkb( buffer, buffer + size );
  GEOSFree_r( mHandle, buffer );
  return wkb;
}

GeosGeometry GeosContext::fromWkb( const std::vector<unsigned char> &wkb ) const
{
  return take( GEOSWKBReader_read_r( mHandle, mReader, wkb.data(), wkb.size() ), "WKB import" );
}

} // namespace sozialraum::network
