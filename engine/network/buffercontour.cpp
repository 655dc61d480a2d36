#include "network/buffercontour.h"

#include "network/networkerror.h"

#if defined( __SSE2__ ) || defined( _M_X64 ) || ( defined( _M_IX86_FP ) && _M_IX86_FP >= 2 )
#include <emmintrin.h>
#define SOZIALRAUM_CONTOUR_SSE2
#endif

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace sozialraum::network
{

namespace
{
// Grid edges are numbered 3 * vertex + type, from the vertex to its neighbour in +x, +y or +x+y.
constexpr std::uint32_t kHorizontal = 0;
constexpr std::uint32_t kVertical = 1;
constexpr std::uint32_t kDiagonal = 2;

// Bits of BufferContour's per-vertex flags: whether the vertex is inside, and whether trace()
// has walked the lower or upper triangle of the cell whose lower left corner it is (cleared
// when the next trace() recomputes the flags).
constexpr std::uint8_t kInside = 1;
constexpr std::uint8_t kLowerVisited = 2;
constexpr std::uint8_t kUpperVisited = 4;

double signedArea( const std::vector<Point> &ring )
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
  return area / 2.0;
}

bool contains( const std::vector<Point> &ring, const Point &p )
{
  bool inside = false;
  for ( std::size_t i = 0, j = ring.size() - 2; i + 1 < ring.size(); j = i++ )
  {
    const Point &a = ring[ i ];
    const Point &b = ring[ j ];
    if ( ( a.y > p.y ) != ( b.y > p.y ) && p.x < ( b.x - a.x ) * ( p.y - a.y ) / ( b.y - a.y ) + a.x )
      inside = !inside;
  }
  return inside;
}

struct Box
{
  double minX = kUnreachable, minY = kUnreachable, maxX = -kUnreachable, maxY = -kUnreachable;
  void add( const Point &p )
  {
    minX = std::min( minX, p.x );
    minY = std::min( minY, p.y );
    maxX = std::max( maxX, p.x );
    maxY = std::max( maxY, p.y );
  }
  bool contains( const Point &p ) const { return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY; }
};

//! floor and ceil for values in [-2, 2^31] (cheaper than the library's on plain x86-64).
std::int64_t floorSmall( double v )
{
  return static_cast<std::int64_t>( v + 8.0 ) - 8;
}
std::int64_t ceilSmall( double v )
{
  const std::int64_t f = floorSmall( v );
  return static_cast<double>( f ) < v ? f + 1 : f;
}

/**
 * A segment's rectangle of grid vertices to lower to their squared distances from it. With d
 * the segment's direction, length2 = d . d, and p - a a vertex relative to the start, the
 * squared distance is ((p - a) x d)^2 / length2 plus (w^2 / length2 where w > 0) for
 * w = |(p - a) . d - length2 / 2| - length2 / 2, which is how far before the start or past the
 * end the vertex projects (times the length). Along a row both products grow linearly, so a
 * vertex costs few operations and no branch: max(w, 0) = (w + |w|) / 2 is exact, and
 * unpredictable jumps cost more than this arithmetic. The SSE2 loop does the same operations
 * in the same order as the scalar one, so both give the same bits.
 */
struct SegmentBox
{
  double *field;         // vertex (i0, j0) is field[i0] ...
  std::size_t rowStride; // ... and row j0 + k starts k * rowStride later
  std::int32_t i0, i1;   // columns, inclusive
  std::int32_t j0, rows; // the first row's index and the number of rows
  double u0, v0;         // vertex (i, j) lies at (u0 + i * cell, v0 + j * cell) relative to the segment's start
  double cell;
  double dx, dy, length2, inverse;
};

//! One row's linear terms: across = i * stepAcross + baseAcross, along = i * stepAlong + baseAlong.
struct RowTerms
{
  double stepAcross, baseAcross, stepAlong, baseAlong, half, inverse;
};

inline double squaredDistance( const RowTerms &terms, double index )
{
  const double across = index * terms.stepAcross + terms.baseAcross;
  const double along = index * terms.stepAlong + terms.baseAlong; // relative to the segment's middle
  const double beyond = std::abs( along ) - terms.half;
  const double outside = ( beyond + std::abs( beyond ) ) * 0.5;
  return ( across * across + outside * outside ) * terms.inverse;
}

//! Lowers every vertex of \a box to its squared distance from the segment.
void exactBox( const SegmentBox &box )
{
  const double half = 0.5 * box.length2;
  for ( std::int32_t k = 0; k < box.rows; ++k )
  {
    double *row = box.field + static_cast<std::size_t>( k ) * box.rowStride;
    const double v = box.v0 + static_cast<double>( box.j0 + k ) * box.cell;
    const RowTerms terms{
        box.cell * box.dy, box.u0 * box.dy - v * box.dx, box.cell * box.dx, box.u0 * box.dx + v * box.dy - half, half,
        box.inverse };
    std::int32_t i = box.i0;
#ifdef SOZIALRAUM_CONTOUR_SSE2
    // Two vertices at a time.
    const __m128d stepAcross = _mm_set1_pd( terms.stepAcross ), baseAcross = _mm_set1_pd( terms.baseAcross );
    const __m128d stepAlong = _mm_set1_pd( terms.stepAlong ), baseAlong = _mm_set1_pd( terms.baseAlong );
    const __m128d halves = _mm_set1_pd( half ), inverse = _mm_set1_pd( box.inverse );
    const __m128d oneHalf = _mm_set1_pd( 0.5 ), two = _mm_set1_pd( 2.0 );
    const __m128d noSign = _mm_castsi128_pd( _mm_set1_epi64x( 0x7fffffffffffffffLL ) );
    __m128d index = _mm_set_pd( static_cast<double>( i + 1 ), static_cast<double>( i ) ); // exact: small integers
    for ( ; i < box.i1; i += 2, index = _mm_add_pd( index, two ) )
    {
      const __m128d across = _mm_add_pd( _mm_mul_pd( index, stepAcross ), baseAcross );
      const __m128d along = _mm_add_pd( _mm_mul_pd( index, stepAlong ), baseAlong );
      const __m128d beyond = _mm_sub_pd( _mm_and_pd( along, noSign ), halves );
      const __m128d outside = _mm_mul_pd( _mm_add_pd( beyond, _mm_and_pd( beyond, noSign ) ), oneHalf );
      const __m128d distance2 =
          _mm_mul_pd( _mm_add_pd( _mm_mul_pd( across, across ), _mm_mul_pd( outside, outside ) ), inverse );
      _mm_storeu_pd( row + i, _mm_min_pd( distance2, _mm_loadu_pd( row + i ) ) );
    }
#endif
    for ( ; i <= box.i1; ++i )
      row[ i ] = std::min( row[ i ], squaredDistance( terms, static_cast<double>( i ) ) );
  }
}

//! Lowers row[i0..i1] to the squared distance from a point (a segment of length 0), vertex i at (u0 + i * cell, v) from
//! it.
void exactRowPoint( double *row, std::int32_t i0, std::int32_t i1, double u0, double cell, double v )
{
  const double v2 = v * v;
  for ( std::int32_t i = i0; i <= i1; ++i )
  {
    const double u = u0 + static_cast<double>( i ) * cell;
    row[ i ] = std::min( row[ i ], u * u + v2 );
  }
}

} // namespace

BufferContour::BufferContour( double width, double cellSize, std::size_t maxVertices )
    : mWidth( width ), mRequestedCell( cellSize > 0.0 ? cellSize : width / 4.0 ),
      mMaxVertices( std::max<std::size_t>( maxVertices, 1024 ) )
{
  if ( !( width > 0.0 ) || !std::isfinite( width ) )
    throw NetworkError( "The buffer width must be greater than 0 m." );
}

void BufferContour::begin( double minX, double minY, double maxX, double maxY )
{
  // Undo the last series only where it wrote: cheaper than refilling the whole grid.
  for ( std::size_t j = 0; j < mRowLow.size(); ++j )
  {
    if ( mRowLow[ j ] > mRowHigh[ j ] )
      continue;
    const std::size_t offset = j * mColumns;
    std::fill( mField.begin() + offset + mRowLow[ j ], mField.begin() + offset + mRowHigh[ j ] + 1, mFar2 );
  }
  for ( std::size_t j = 0; j < mRowLow.size(); ++j )
  {
    const auto [ low, high ] = flagColumns( j );
    if ( low <= high )
      std::fill( mInside.begin() + j * mColumns + low, mInside.begin() + j * mColumns + high + 1, 0 );
  }
  const double previousFar2 = mFar2;

  // A margin of more than the width plus a cell keeps the outermost grid vertices outside the
  // area, so every contour closes inside the grid.
  double cell = mRequestedCell;
  for ( ;; )
  {
    const double margin = mWidth + 2.0 * cell;
    const double columns = std::ceil( ( maxX - minX + 2.0 * margin ) / cell ) + 1.0;
    const double rows = std::ceil( ( maxY - minY + 2.0 * margin ) / cell ) + 1.0;
    if ( columns * rows <= static_cast<double>( mMaxVertices ) )
    {
      mCell = cell;
      mX0 = minX - margin;
      mY0 = minY - margin;
      mColumns = static_cast<std::uint32_t>( columns );
      mRows = static_cast<std::uint32_t>( rows );
      break;
    }
    cell *= std::max( 1.05, std::sqrt( columns * rows / static_cast<double>( mMaxVertices ) ) );
  }
  // Exact distances are needed only at the vertices of triangle edges the contour crosses: an
  // inside vertex, or an outside one next to an inside one (at most a diagonal cell away), so
  // within width + cell * sqrt(2) of the segments (mReach; a hair more covers rounding in the
  // box of vertices a segment updates). All others may keep the cap mFar2: they stay outside.
  mFar = mWidth + 1.5 * mCell;
  mFar2 = mFar * mFar;
  mReach = mWidth + ( std::sqrt( 2.0 ) + 1e-6 ) * mCell;
  // The largest squared distance that level() counts as inside, found on the bit patterns of
  // doubles (ordered like the values for non-negative ones), so that classifying the squared
  // field agrees exactly with classifying its square roots.
  const auto isInside = [ this ]( double squared )
  {
    const double value = std::sqrt( squared );
    const double nudge = 1e-4 * mCell;
    return !( std::abs( value - mWidth ) < nudge ) && value < mWidth;
  };
  const auto fromBits = []( std::uint64_t bits )
  {
    double value;
    std::memcpy( &value, &bits, sizeof value );
    return value;
  };
  if ( isInside( 0.0 ) )
  {
    const double upper = 4.0 * mWidth * mWidth; // sqrt >= width: outside
    std::uint64_t low = 0, high;
    std::memcpy( &high, &upper, sizeof high );
    while ( high - low > 1 )
    {
      const std::uint64_t middle = low + ( high - low ) / 2;
      ( isInside( fromBits( middle ) ) ? low : high ) = middle;
    }
    mInside2 = fromBits( low );
  }
  else
    mInside2 = -1.0;

  // The buffers are all mFar2 (field) and 0 (flags) after undoing the last series, so resizing
  // them costs only what changes.
  const std::size_t vertices = static_cast<std::size_t>( mColumns ) * mRows;
  if ( mFar2 == previousFar2 )
    mField.resize( vertices, mFar2 );
  else
    mField.assign( vertices, mFar2 );
  mRowLow.assign( mRows, std::numeric_limits<std::int64_t>::max() );
  mRowHigh.assign( mRows, -1 );
  mInside.resize( vertices + 16, 0 ); // padding for reading 8 flags at once
}

void BufferContour::addSegments( const Segment *segments, std::size_t count )
{
  for ( std::size_t s = 0; s < count; ++s )
    addSegment( segments[ s ] );
}

void BufferContour::addSegment( const Segment &segment )
{
  // Every vertex of the segment's box widened by mReach. Rows of one length keep the loops'
  // jumps predictable: tighter rows (the capsule's chords) measured slower, though they visit
  // fewer vertices.
  const Point &a = segment.a;
  const Point &b = segment.b;
  const double dx = b.x - a.x;
  const double dy = b.y - a.y;
  const double length2 = dx * dx + dy * dy;
  const double x0 = mX0, y0 = mY0, cell = mCell, reach = mReach;
  const double columns = static_cast<double>( mColumns ), rows = static_cast<double>( mRows );
  // Grid coordinates clamped to just outside the grid, so that they convert safely.
  const auto column = [ & ]( double x ) { return std::clamp( ( x - x0 ) / cell, -2.0, columns + 1.0 ); };
  const auto row = [ & ]( double y ) { return std::clamp( ( y - y0 ) / cell, -2.0, rows + 1.0 ); };
  const std::int64_t i0 = std::max<std::int64_t>( 0, ceilSmall( column( std::min( a.x, b.x ) - reach ) ) );
  const std::int64_t i1 = std::min<std::int64_t>( mColumns - 1, floorSmall( column( std::max( a.x, b.x ) + reach ) ) );
  const std::int64_t j0 = std::max<std::int64_t>( 0, ceilSmall( row( std::min( a.y, b.y ) - reach ) ) );
  const std::int64_t j1 = std::min<std::int64_t>( mRows - 1, floorSmall( row( std::max( a.y, b.y ) + reach ) ) );
  if ( i0 > i1 || j0 > j1 )
    return;

  for ( std::int64_t j = j0; j <= j1; ++j )
  {
    mRowLow[ j ] = std::min( mRowLow[ j ], i0 );
    mRowHigh[ j ] = std::max( mRowHigh[ j ], i1 );
  }
  // Vertex (i, j) lies at (u0 + i * cell, v0 + j * cell) relative to a: small numbers, even in UTM.
  const double u0 = x0 - a.x;
  const double v0 = y0 - a.y;
  if ( !( length2 > 1e-300 ) )
  {
    for ( std::int64_t j = j0; j <= j1; ++j )
      exactRowPoint( mField.data() + static_cast<std::size_t>( j ) * mColumns, static_cast<std::int32_t>( i0 ),
                     static_cast<std::int32_t>( i1 ), u0, cell, v0 + static_cast<double>( j ) * cell );
    return;
  }
  const SegmentBox box{ mField.data() + static_cast<std::size_t>( j0 ) * mColumns,
                        mColumns,
                        static_cast<std::int32_t>( i0 ),
                        static_cast<std::int32_t>( i1 ),
                        static_cast<std::int32_t>( j0 ),
                        static_cast<std::int32_t>( j1 - j0 + 1 ),
                        u0,
                        v0,
                        cell,
                        dx,
                        dy,
                        length2,
                        1.0 / length2 };
  exactBox( box );
}

inline double BufferContour::level( std::uint32_t vertex ) const
{
  // A vertex exactly on the level would put contour points on grid vertices, where rings could
  // touch. Values just around the level count as outside; the map is monotone, so nesting holds.
  const double value = std::sqrt( mField[ vertex ] );
  const double nudge = 1e-4 * mCell;
  return std::abs( value - mWidth ) < nudge ? mWidth + nudge : value;
}

inline Point BufferContour::crossing( std::int64_t i, std::int64_t j, std::uint32_t type ) const
{
  const std::uint32_t vertex = static_cast<std::uint32_t>( j * mColumns + i );
  const std::uint32_t other = vertex + ( type == kHorizontal ? 1 : type == kVertical ? mColumns : mColumns + 1 );
  const double a = level( vertex );
  const double b = level( other );
  const double t = ( mWidth - a ) / ( b - a );
  const double x = mX0 + static_cast<double>( i ) * mCell;
  const double y = mY0 + static_cast<double>( j ) * mCell;
  const double stepX = type == kVertical ? 0.0 : mCell;
  const double stepY = type == kHorizontal ? 0.0 : mCell;
  return Point{ x + t * stepX, y + t * stepY };
}

BufferContour::Ring BufferContour::traceRing( Triangle start ) const
{
  // Walking a triangle counter-clockwise, the contour piece runs from the edge where the walk
  // leaves the inside (exit) to the edge where it enters it again (entry): the inside is then on
  // the piece's left, so shells come out counter-clockwise and holes clockwise. The entry edge
  // is the next triangle's exit edge; the ring's points are the exit edges' crossings.
  Ring ring;
  ring.firstEdge = std::numeric_limits<std::uint32_t>::max();
  std::size_t firstPosition = 0;
  mRingEdges.clear();
  const std::int64_t columns = mColumns;
  Triangle t = start;
  for ( ;; )
  {
    if ( t.i < 0 || t.j < 0 || t.i + 1 >= columns || t.j + 1 >= static_cast<std::int64_t>( mRows ) )
      throw NetworkError( "Internal error while tracing an isochrone polygon: an open contour." );
    const std::uint32_t v00 = static_cast<std::uint32_t>( t.j * columns + t.i );
    const std::uint8_t visitedBit = t.upper ? kUpperVisited : kLowerVisited;
    if ( mInside[ v00 ] & visitedBit )
    {
      if ( t.i == start.i && t.j == start.j && t.upper == start.upper && !mRingEdges.empty() )
        break;
      throw NetworkError( "Internal error while tracing an isochrone polygon: an open contour." );
    }
    mInside[ v00 ] |= visitedBit;

    // Corners in counter-clockwise order and the edges after each, as (vertex i, vertex j, type).
    const std::uint32_t v11 = v00 + mColumns + 1;
    const std::uint32_t v1 = t.upper ? v11 : v00 + 1;
    const std::uint32_t v2 = t.upper ? v00 + mColumns : v11;
    const bool in0 = inside( v00 ), in1 = inside( v1 ), in2 = inside( v2 );
    if ( in0 == in1 && in1 == in2 )
      throw NetworkError( "Internal error while tracing an isochrone polygon: an open contour." );
    const int exit = in0 && !in1 ? 0 : in1 && !in2 ? 1 : 2;
    const int entry = !in0 && in1 ? 0 : !in1 && in2 ? 1 : 2;

    // lower: e01 = H(i, j), e12 = V(i + 1, j), e20 = D(i, j); upper: e01 = D(i, j), e12 = H(i, j + 1), e20 = V(i, j)
    std::int64_t ei = t.i, ej = t.j;
    std::uint32_t type;
    if ( !t.upper )
    {
      type = exit == 0 ? kHorizontal : exit == 1 ? kVertical : kDiagonal;
      ei += exit == 1 ? 1 : 0;
    }
    else
    {
      type = exit == 0 ? kDiagonal : exit == 1 ? kHorizontal : kVertical;
      ej += exit == 1 ? 1 : 0;
    }
    const std::uint32_t edgeId = 3 * static_cast<std::uint32_t>( ej * columns + ei ) + type;
    if ( edgeId < ring.firstEdge )
    {
      ring.firstEdge = edgeId;
      firstPosition = mRingEdges.size();
    }
    // One 64-bit word per edge (i | j << 32 | type << 62): a small struct built on the stack
    // and copied into the vector stalled on store forwarding.
    mRingEdges.push_back( static_cast<std::uint64_t>( ei ) | static_cast<std::uint64_t>( ej ) << 32 |
                          static_cast<std::uint64_t>( type ) << 62 );

    // Across the entry edge into the neighbouring triangle (lower and upper alternate).
    if ( !t.upper )
    {
      if ( entry == 0 )
        t.j -= 1;
      else if ( entry == 1 )
        t.i += 1;
      t.upper = true;
    }
    else
    {
      if ( entry == 1 )
        t.j += 1;
      else if ( entry == 2 )
        t.i -= 1;
      t.upper = false;
    }
  }
  // The crossings in a second pass: independent of each other, so their square roots and
  // divisions overlap. The ring starts at its smallest edge id (the order of old versions).
  const std::size_t count = mRingEdges.size();
  ring.points.reserve( count + 1 );
  for ( std::size_t k = 0; k < count; ++k )
  {
    const std::uint64_t edge = mRingEdges[ firstPosition + k < count ? firstPosition + k : firstPosition + k - count ];
    ring.points.push_back( crossing( static_cast<std::int64_t>( edge & 0xffffffffU ),
                                     static_cast<std::int64_t>( ( edge >> 32 ) & 0x3fffffffU ),
                                     static_cast<std::uint32_t>( edge >> 62 ) ) );
  }
  ring.points.push_back( ring.points.front() );
  return ring;
}

std::pair<std::int64_t, std::int64_t> BufferContour::flagColumns( std::size_t j ) const
{
  // The row's reached columns, and the corners (i, j) of the cells that trace() examines
  // between this row and the next, where the visited bits go.
  std::int64_t low = mRowLow[ j ], high = mRowHigh[ j ];
  if ( j + 1 < mRowLow.size() )
  {
    const std::int64_t cellsLow = std::max<std::int64_t>( 0, std::min( mRowLow[ j ], mRowLow[ j + 1 ] ) - 1 );
    const std::int64_t cellsHigh = std::min<std::int64_t>( static_cast<std::int64_t>( mColumns ) - 2,
                                                           std::max( mRowHigh[ j ], mRowHigh[ j + 1 ] ) );
    if ( cellsLow <= cellsHigh )
    {
      low = std::min( low, cellsLow );
      high = std::max( high, cellsHigh );
    }
  }
  return { low, high };
}

std::vector<PolygonRings> BufferContour::trace() const
{
  // Inside flags (which also clears the visited bits of the last trace), only where segments
  // reached: elsewhere the field is mFar2 and the flag 0.
  for ( std::uint32_t j = 0; j < mRows; ++j )
  {
    const std::size_t offset = static_cast<std::size_t>( j ) * mColumns;
    const double *field = mField.data() + offset;
    std::uint8_t *flags = mInside.data() + offset;
    const double limit = mInside2;
    const auto [ low, high ] = flagColumns( j ); // locals: the byte stores could alias the members
    std::int64_t i = low;
#ifdef SOZIALRAUM_CONTOUR_SSE2
    const __m128d limits = _mm_set1_pd( limit );
    for ( ; i < high; i += 2 )
    {
      const int mask = _mm_movemask_pd( _mm_cmple_pd( _mm_loadu_pd( field + i ), limits ) );
      flags[ i ] = static_cast<std::uint8_t>( mask & 1 );
      flags[ i + 1 ] = static_cast<std::uint8_t>( mask >> 1 );
    }
#endif
    for ( ; i <= high; ++i )
      flags[ i ] = field[ i ] <= limit ? 1 : 0;
  }

  // Cells whose corners are not all on one side hold contour pieces; 8 cells are checked at once.
  std::vector<Ring> rings;
  const std::int64_t lastCell = static_cast<std::int64_t>( mColumns ) - 2;
  for ( std::uint32_t j = 0; j + 1 < mRows; ++j )
  {
    const std::int64_t low = std::max<std::int64_t>( 0, std::min( mRowLow[ j ], mRowLow[ j + 1 ] ) - 1 );
    const std::int64_t high = std::min( lastCell, std::max( mRowHigh[ j ], mRowHigh[ j + 1 ] ) );
    const std::uint8_t *bottom = mInside.data() + static_cast<std::size_t>( j ) * mColumns;
    const std::uint8_t *top = bottom + mColumns;
    for ( std::int64_t i8 = low; i8 <= high; i8 += 8 )
    {
      std::uint64_t b0, b1, t0, t1;
      std::memcpy( &b0, bottom + i8, 8 );
      std::memcpy( &b1, bottom + i8 + 1, 8 );
      std::memcpy( &t0, top + i8, 8 );
      std::memcpy( &t1, top + i8 + 1, 8 );
      if ( ( ( ( b0 ^ b1 ) | ( b0 ^ t0 ) | ( b0 ^ t1 ) ) & 0x0101010101010101ULL ) == 0 )
        continue;
      const std::int64_t end = std::min( high, i8 + 7 );
      for ( std::int64_t i = i8; i <= end; ++i )
      {
        const int f00 = bottom[ i ] & kInside, f10 = bottom[ i + 1 ] & kInside;
        const int f01 = top[ i ] & kInside, f11 = top[ i + 1 ] & kInside;
        if ( !( f00 == f10 && f10 == f11 ) && !( bottom[ i ] & kLowerVisited ) )
          rings.push_back( traceRing( Triangle{ i, j, false } ) );
        if ( !( f00 == f11 && f11 == f01 ) && !( bottom[ i ] & kUpperVisited ) )
          rings.push_back( traceRing( Triangle{ i, j, true } ) );
      }
    }
  }
  std::sort( rings.begin(), rings.end(), []( const Ring &a, const Ring &b ) { return a.firstEdge < b.firstEdge; } );

  std::vector<std::vector<Point>> shells, holes;
  std::vector<double> shellAreas;
  for ( Ring &traced : rings )
  {
    std::vector<Point> &ring = traced.points;
    const double area = signedArea( ring );
    // Where the distance equals the width exactly at a grid vertex (a block centre on a regular
    // grid), the nudge in level() leaves a ring of sub-millimetre size: noise, not a hole or an
    // island. Dropping it keeps nesting, as a larger band's tiny rings lie inside the smaller band's.
    if ( std::abs( area ) < 1e-6 * mCell * mCell )
      continue;
    if ( area > 0.0 )
    {
      shells.push_back( std::move( ring ) );
      shellAreas.push_back( area );
    }
    else
      holes.push_back( std::move( ring ) );
  }

  std::vector<PolygonRings> polygons( shells.size() );
  std::vector<Box> boxes( shells.size() );
  for ( std::size_t s = 0; s < shells.size(); ++s )
  {
    for ( const Point &p : shells[ s ] )
      boxes[ s ].add( p );
  }
  for ( std::vector<Point> &hole : holes )
  {
    // A hole belongs to the smallest shell around it (an island inside a hole has holes of its own).
    std::size_t owner = 0;
    if ( shells.size() > 1 )
    {
      double ownerArea = kUnreachable;
      for ( std::size_t s = 0; s < shells.size(); ++s )
      {
        if ( shellAreas[ s ] < ownerArea && boxes[ s ].contains( hole.front() ) &&
             contains( shells[ s ], hole.front() ) )
        {
          owner = s;
          ownerArea = shellAreas[ s ];
        }
      }
    }
    if ( !shells.empty() )
      polygons[ owner ].holes.push_back( std::move( hole ) );
  }
  for ( std::size_t s = 0; s < shells.size(); ++s )
    polygons[ s ].shell = std::move( shells[ s ] );
  return polygons;
}

} // namespace sozialraum::network
