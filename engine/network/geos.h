#ifndef SOZIALRAUM_NETWORK_GEOS_H
#define SOZIALRAUM_NETWORK_GEOS_H

#include "network/types.h"

#include <geos_c.h>

#include <string>
#include <vector>

namespace sozialraum::network
{

class GeosContext;

//! Owns one GEOS geometry (move-only); destroyed with the context handle it was made in.
class GeosGeometry
{
public:
  GeosGeometry() = default;
  GeosGeometry( GEOSContextHandle_t handle, GEOSGeometry *geometry );
  GeosGeometry( GeosGeometry &&other ) noexcept;
  GeosGeometry &operator=( GeosGeometry &&other ) noexcept;
  GeosGeometry( const GeosGeometry & ) = delete;
  GeosGeometry &operator=( const GeosGeometry & ) = delete;
  ~GeosGeometry();

  const GEOSGeometry *get() const { return mGeometry; }
  //! Gives up ownership, for GEOS calls that take it (collections).
  GEOSGeometry *release();
  explicit operator bool() const { return mGeometry != nullptr; }

private:
  GEOSContextHandle_t mHandle = nullptr;
  GEOSGeometry *mGeometry = nullptr;
};

/**
 * One GEOS context (reentrant API): use one per thread. Every GEOS call of the engine goes
 * through here, so this is the one place where a GEOS failure (a null result, an exception
 * message from GEOS's handler) becomes a NetworkError.
 */
class GeosContext
{
public:
  GeosContext();
  ~GeosContext();
  GeosContext( const GeosContext & ) = delete;
  GeosContext &operator=( const GeosContext & ) = delete;

  GEOSContextHandle_t handle() const { return mHandle; }

  //! Takes ownership of a GEOS result; throws NetworkError naming \a operation when it is null.
  GeosGeometry take( GEOSGeometry *geometry, const char *operation ) const;

  GeosGeometry lineString( const std::vector<Point> &points ) const;
  GeosGeometry multiLineString( const std::vector<std::vector<Point>> &lines ) const;
  GeosGeometry multiPoint( const std::vector<Point> &points ) const;
  GeosGeometry emptyMultiPolygon() const;
  //! A collection of \a type (GEOS_MULTIPOLYGON, GEOS_GEOMETRYCOLLECTION, ...) owning \a parts.
  GeosGeometry collection( int type, std::vector<GeosGeometry> &&parts ) const;

  //! Round caps and joins with \a quadrantSegments segments per quarter circle.
  GeosGeometry buffer( const GEOSGeometry *geometry, double width, int quadrantSegments ) const;
  GeosGeometry unite( const GEOSGeometry *a, const GEOSGeometry *b ) const;
  GeosGeometry unaryUnion( const GEOSGeometry *geometry ) const;
  GeosGeometry concaveHull( const GEOSGeometry *geometry, double ratio ) const;
  //! The polygons of \a geometry as one MultiPolygon (other parts dropped), so outputs have one geometry type.
  GeosGeometry toMultiPolygon( GeosGeometry &&geometry ) const;

  double area( const GEOSGeometry *geometry ) const;
  bool isValid( const GEOSGeometry *geometry ) const;
  bool isEmpty( const GEOSGeometry *geometry ) const;
  bool covers( const GEOSGeometry *a, const GEOSGeometry *b ) const;
  int typeId( const GEOSGeometry *geometry ) const;

  std::vector<unsigned char> toWkb( const GEOSGeometry *geometry ) const;
  GeosGeometry fromWkb( const std::vector<unsigned char> &wkb ) const;

private:
  static void onError( const char *message, void *userData );
  [[noreturn]] void fail( const char *operation ) const;

  GEOSContextHandle_t mHandle = nullptr;
  GEOSWKBWriter *mWriter = nullptr;
  GEOSWKBReader *mReader = nullptr;
  mutable std::string mLastError;
};

} // namespace sozialraum::network

#endif
