#ifndef SOZIALRAUM_NETWORK_ISOCHRONES_H
#define SOZIALRAUM_NETWORK_ISOCHRONES_H

#include "network/buffercontour.h"
#include "network/geos.h"
#include "network/parallel.h"
#include "network/reachednetwork.h"

#include <functional>
#include <vector>

namespace sozialraum::network
{

enum class PolygonMethod
{
  /**
   * Buffer around the reached network: honest, unreached blocks stay holes (the default).
   * Traced as a contour of the distance to the reached segments (see BufferContour): valid,
   * nested, within a fraction of IsochroneOptions::cellSize of the exact buffer, and tens of
   * times faster than GEOS's buffer.
   */
  NetworkBuffer,
  //! The same buffer computed by GEOS (GEOSBuffer_r): exact up to quadrant segments, but slow for large bands.
  ExactBuffer,
  //! Concave hull of the reached nodes and cut points: compact, but bridges rivers and unreached blocks.
  ConcaveHull,
};

struct IsochroneOptions
{
  //! Cost limits, strictly ascending and > 0, in the graph's cost unit (metres or minutes).
  std::vector<double> bands;
  PolygonMethod method = PolygonMethod::NetworkBuffer;
  //! Metres either side of the reached network; also widens a concave hull that collapsed to a line.
  double bufferWidth = 25.0;
  //! GEOSConcaveHull's length ratio: 0 = most concave, 1 = convex hull.
  double concaveRatio = 0.3;
  //! Grid spacing of the network buffer's contour, metres; 0 = a quarter of the buffer width.
  double cellSize = 0.0;
  //! Segments per quarter circle of GEOS buffers (ExactBuffer, widened hulls): few keep polygons small and fast.
  int quadrantSegments = 4;
  //! Also return the reached segments per band (the service-area lines).
  bool withLines = false;
};

//! A polygon as WKB (always a MultiPolygon, possibly empty), ready for QgsGeometry::fromWkb().
struct WkbPolygon
{
  std::vector<unsigned char> wkb;
  double area = 0.0; //!< square metres
};

struct IsochroneBand
{
  double band = 0.0;
  WkbPolygon polygon;
  double reachedLength = 0.0; //!< metres of network within the band
  std::vector<Segment> lines; //!< the reached segments; only with IsochroneOptions::withLines
};

struct Isochrone
{
  std::size_t facility = 0; //!< index into the facilities
  std::vector<IsochroneBand> bands;
};

/**
 * Throws NetworkError unless \a bands is non-empty, finite, > 0 and strictly ascending
 * ("Bands must be ascending: 10, 5").
 */
void checkBands( const std::vector<double> &bands );

/**
 * Makes the polygons of one facility from a finished search. Holds a GEOS context, so use one
 * builder per thread.
 *
 * Bands nest by construction, so the 10-minute polygon contains the 5-minute one exactly,
 * not just up to buffer rounding: the network buffer traces all bands on one distance field
 * that only decreases from band to band; GEOS polygons (exact buffer, concave hull) are
 * united with the previous band's polygon.
 */
class IsochroneBuilder
{
public:
  //! Throws NetworkError for invalid bands, a buffer width <= 0 or a ratio outside 0..1.
  explicit IsochroneBuilder( const IsochroneOptions &options );

  //! \a workspace must hold a search from one facility with maxCost() >= the largest band.
  std::vector<IsochroneBand> build( const DijkstraWorkspace &workspace );

  const GeosContext &geos() const { return mGeos; }

private:
  void traceNetworkBuffer( std::vector<IsochroneBand> &bands, const std::vector<ReachedNetwork> &reached );
  void buildWithGeos( std::vector<IsochroneBand> &bands, const std::vector<ReachedNetwork> &reached,
                      const DijkstraWorkspace &workspace ) const;
  GeosGeometry exactBuffer( const ReachedNetwork &reached ) const;
  GeosGeometry concaveHull( const ReachedNetwork &reached, const DijkstraWorkspace &workspace, double band ) const;

  IsochroneOptions mOptions;
  GeosContext mGeos;
  BufferContour mContour;
  std::vector<Segment> mAdded; // the segments a band adds to the one before, reused
};

/**
 * Isochrones for every facility, one bounded search each, on all cores. \a consume gets
 * each facility's result on the calling thread (in no particular order) as soon as it is
 * ready, so results need not be held until the end. Returns false when canceled.
 * Facilities with edge == kInvalidId (not snapped) get empty polygons.
 */
bool computeIsochrones( const Graph &graph, const std::vector<NetworkPoint> &facilities,
                        const IsochroneOptions &options, const RunControl &control,
                        const std::function<void( Isochrone && )> &consume );

/**
 * The union of polygons (for example one band's polygons of all facilities: the area within
 * 10 minutes of any youth centre). Empty input gives an empty MultiPolygon.
 */
WkbPolygon dissolvePolygons( const std::vector<std::vector<unsigned char>> &wkbs );

} // namespace sozialraum::network

#endif
