#ifndef SOZIALRAUM_NETWORK_BUFFERCONTOUR_H
#define SOZIALRAUM_NETWORK_BUFFERCONTOUR_H

#include "network/reachednetwork.h"

#include <cstdint>
#include <utility>
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
 *
 * Speed: the field holds squared distances, so filling it needs no square root (those are
 * taken only at the contour's crossings, about one per cell along the contour), and each
 * segment updates the box of vertices within reach of it in rows of one length, with a
 * branch-free formula (two vertices at a time with SSE2). Tracing looks only at the rows'
 * reached columns, skips runs of cells on one side eight at a time, and walks each ring from
 * triangle to triangle. Not thread-safe: one object per thread.
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
  void addSegments( const std::vector<Segment> &segments ) { addSegments( segments.data(), segments.size() ); }
  void addSegments( const Segment *segments, std::size_t count );

  //! The current area as polygons (holes assigned to the innermost shell around them).
  std::vector<PolygonRings> trace() const;

  //! The grid spacing of the current series.
  double cellSize() const { return mCell; }

private:
  //! A triangle of the grid: the lower (v00, v10, v11) or upper (v00, v11, v01) half of cell (i, j).
  struct Triangle
  {
    std::int64_t i;
    std::int64_t j;
    bool upper;
  };
  struct Ring
  {
    std::uint32_t firstEdge; // the smallest edge id the ring crosses: rings start there and come in this order
    std::vector<Point> points;
  };

  void addSegment( const Segment &segment );
  Point crossing( std::int64_t i, std::int64_t j, std::uint32_t type ) const;
  double level( std::uint32_t vertex ) const;
  bool inside( std::uint32_t vertex ) const { return ( mInside[ vertex ] & 1 ) != 0; }
  Ring traceRing( Triangle start ) const;
  std::pair<std::int64_t, std::int64_t> flagColumns( std::size_t j ) const;

  double mWidth = 0.0;
  double mRequestedCell = 0.0;
  std::size_t mMaxVertices = 0;
  double mCell = 1.0;
  double mX0 = 0.0;
  double mY0 = 0.0;
  std::uint32_t mColumns = 0; // vertices per row
  std::uint32_t mRows = 0;
  double mFar = 0.0;
  double mFar2 = 0.0;
  double mReach = 0.0;        // vertices farther than this from a segment need not know their distance to it
  double mInside2 = 0.0;      // largest squared distance that counts as inside (see level())
  std::vector<double> mField; // min(squared distance to the segments, mFar2) per grid vertex
  std::vector<std::int64_t> mRowLow, mRowHigh;   // per row, the columns any segment reached so far
  mutable std::vector<std::uint8_t> mInside;     // scratch of trace(): per vertex 1 if inside, and visited triangles
  mutable std::vector<std::uint64_t> mRingEdges; // scratch of traceRing(): the ring's grid edges
};

} // namespace sozialraum::network

#endif
