#ifndef SOZIALRAUM_NETWORK_BUFFERCONTOUR_H
#define SOZIALRAUM_NETWORK_BUFFERCONTOUR_H

#include "network/reachednetwork.h"

#include <vector>

namespace sozialraum::network
{

//! One polygon as rings: the shell counter-clockwise, holes clockwise, each closed (last point = first).
struct PolygonRings
{
  std::vector<Point> shell;
  std::vector<std::vector<Point>> holes;
};

/**
 * The area within a distance (the buffer width) of a set of segments, traced as the contour
 * of the distance field sampled on a triangulated grid ("marching triangles").
 *
 * Why not GEOS's buffer: it nodes the offset curves of every segment against each other,
 * which costs tens of microseconds per segment; a reached 15-minute walk has thousands of
 * segments, so one polygon took longer than QGIS's whole service area. Here the exact
 * distance is evaluated at the grid vertices near each segment and the contour is the level
 * set of the piecewise-linear interpolation on the triangles, which
 * - is valid by construction: inside a triangle the level set is one straight piece, pieces
 *   meet only at their triangle edges, so rings never cross or touch;
 * - nests exactly: adding segments only lowers the field, so the area traced after more
 *   segments contains the area traced before (bands of one facility share one grid);
 * - departs from the exact round buffer by a small fraction of the cell size (the distance
 *   is linear across a straight segment, so long sides are exact; only caps and joins are
 *   approximated, as GEOS approximates them with quadrant segments).
 *
 * Usage: begin() with the extent of all segments to come, then addSegments() and trace()
 * once per band, smallest band first.
 */
class BufferContour
{
public:
  /**
   * \a width is the buffer distance; \a cellSize the grid spacing (0 = width / 4). The cell
   * grows when the extent would need more than \a maxVertices grid vertices, to bound memory.
   */
  BufferContour( double width, double cellSize = 0.0, std::size_t maxVertices = 4000000 );

  //! Starts a new series of nested areas over the box that holds every segment to come.
  void begin( double minX, double minY, double maxX, double maxY );

  //! Adds segments to the buffered set: the area only grows.
  void addSegments( const std::vector<Segment> &segments );

  //! The current area as polygons (holes assigned to the innermost shell around them).
  std::vector<PolygonRings> trace() const;

  //! The grid spacing of the current series.
  double cellSize() const { return mCell; }

private:
  struct Link
  {
    std::uint32_t from; // crossing where the contour leaves a triangle's inside ...
    std::uint32_t to;   // ... and where it enters it again, in the next triangle
  };

  Point crossing( std::uint32_t edgeId ) const;
  void traceTriangle( std::uint32_t v0, std::uint32_t v1, std::uint32_t v2, std::uint32_t e01, std::uint32_t e12,
                      std::uint32_t e20, std::vector<Link> &links ) const;
  double level( std::uint32_t vertex ) const;

  double mWidth = 0.0;
  double mRequestedCell = 0.0;
  std::size_t mMaxVertices = 0;
  double mCell = 1.0;
  double mX0 = 0.0;
  double mY0 = 0.0;
  std::uint32_t mColumns = 0; // vertices per row
  std::uint32_t mRows = 0;
  double mFar = 0.0;
  std::vector<double> mField; // min(distance to the segments, mFar) per grid vertex
};

} // namespace sozialraum::network

#endif
