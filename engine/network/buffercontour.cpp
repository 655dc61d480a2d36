#include "network/buffercontour.h"

#include "network/networkerror.h"

#include <algorithm>
#include <cmath>

namespace sozialraum::network
{

namespace
{
// Grid edges are numbered 3 * vertex + type, from the vertex to its neighbour in +x, +y or +x+y.
constexpr std::uint32_t kHorizontal = 0;
constexpr std::uint32_t kVertical = 1;
constexpr std::uint32_t kDiagonal = 2;

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
  // Exact distances are needed at every vertex next to the contour, i.e. up to width + one
  // (diagonal) cell; beyond that a cap keeps the field cheap to fill.
  mFar = mWidth + 1.5 * mCell;
  mField.assign( static_cast<std::size_t>( mColumns ) * mRows, mFar );
}

void BufferContour::addSegments( const std::vector<Segment> &segments )
{
  const double reach = mFar;
  const double far2 = mFar * mFar;
  for ( const Segment &segment : segments )
  {
    const Point &a = segment.a;
    const Point &b = segment.b;
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    const auto columnOf = [ & ]( double x ) { return static_cast<std::int64_t>( std::floor( ( x - mX0 ) / mCell ) ); };
    const auto rowOf = [ & ]( double y ) { return static_cast<std::int64_t>( std::floor( ( y - mY0 ) / mCell ) ); };
    const std::int64_t i0 = std::max<std::int64_t>( 0, columnOf( std::min( a.x, b.x ) - reach ) );
    const std::int64_t i1 = std::min<std::int64_t>( mColumns - 1, columnOf( std::max( a.x, b.x ) + reach ) + 1 );
    const std::int64_t j0 = std::max<std::int64_t>( 0, rowOf( std::min( a.y, b.y ) - reach ) );
    const std::int64_t j1 = std::min<std::int64_t>( mRows - 1, rowOf( std::max( a.y, b.y ) + reach ) + 1 );
    for ( std::int64_t j = j0; j <= j1; ++j )
    {
      const double py = mY0 + static_cast<double>( j ) * mCell;
      double *row = mField.data() + static_cast<std::size_t>( j ) * mColumns;
      for ( std::int64_t i = i0; i <= i1; ++i )
      {
        const double px = mX0 + static_cast<double>( i ) * mCell;
        double t = length2 > 0.0 ? ( ( px - a.x ) * dx + ( py - a.y ) * dy ) / length2 : 0.0;
        t = std::clamp( t, 0.0, 1.0 );
        const double ex = a.x + t * dx - px;
        const double ey = a.y + t * dy - py;
        const double distance2 = ex * ex + ey * ey;
        const double current = row[ i ];
        if ( distance2 < far2 && distance2 < current * current )
          row[ i ] = std::sqrt( distance2 );
      }
    }
  }
}

double BufferContour::level( std::uint32_t vertex ) const
{
  // A vertex exactly on the level would put contour points on grid vertices, where rings could
  // touch. Values just around the level count as outside; the map is monotone, so nesting holds.
  const double value = mField[ vertex ];
  const double nudge = 1e-4 * mCell;
  return std::abs( value - mWidth ) < nudge ? mWidth + nudge : value;
}

Point BufferContour::crossing( std::uint32_t edgeId ) const
{
  const std::uint32_t vertex = edgeId / 3;
  const std::uint32_t type = edgeId % 3;
  const std::uint32_t other = vertex + ( type == kHorizontal ? 1 : type == kVertical ? mColumns : mColumns + 1 );
  const double a = level( vertex );
  const double b = level( other );
  const double t = ( mWidth - a ) / ( b - a );
  const double x = mX0 + static_cast<double>( vertex % mColumns ) * mCell;
  const double y = mY0 + static_cast<double>( vertex / mColumns ) * mCell;
  const double stepX = type == kVertical ? 0.0 : mCell;
  const double stepY = type == kHorizontal ? 0.0 : mCell;
  return Point{ x + t * stepX, y + t * stepY };
}

void BufferContour::traceTriangle( std::uint32_t v0, std::uint32_t v1, std::uint32_t v2, std::uint32_t e01,
                                   std::uint32_t e12, std::uint32_t e20, std::vector<Link> &links ) const
{
  const bool in0 = level( v0 ) < mWidth;
  const bool in1 = level( v1 ) < mWidth;
  const bool in2 = level( v2 ) < mWidth;
  if ( in0 == in1 && in1 == in2 )
    return;
  // Walking the triangle counter-clockwise, the piece runs from the edge where the walk leaves
  // the inside to the edge where it enters it again: the inside is then on the piece's left,
  // so shells come out counter-clockwise and holes clockwise.
  const std::uint32_t exit = in0 && !in1 ? e01 : in1 && !in2 ? e12 : e20;
  const std::uint32_t entry = !in0 && in1 ? e01 : !in1 && in2 ? e12 : e20;
  links.push_back( Link{ exit, entry } );
}

std::vector<PolygonRings> BufferContour::trace() const
{
  std::vector<Link> links;
  for ( std::uint32_t j = 0; j + 1 < mRows; ++j )
  {
    for ( std::uint32_t i = 0; i + 1 < mColumns; ++i )
    {
      const std::uint32_t v00 = j * mColumns + i;
      const std::uint32_t v10 = v00 + 1;
      const std::uint32_t v01 = v00 + mColumns;
      const std::uint32_t v11 = v01 + 1;
      // Most cells are far from the contour: all four corners on one side.
      const double f00 = mField[ v00 ], f10 = mField[ v10 ], f01 = mField[ v01 ], f11 = mField[ v11 ];
      const double low = std::min( std::min( f00, f10 ), std::min( f01, f11 ) );
      const double high = std::max( std::max( f00, f10 ), std::max( f01, f11 ) );
      if ( low >= mWidth + 1e-3 * mCell || high < mWidth - 1e-3 * mCell )
        continue;
      traceTriangle( v00, v10, v11, 3 * v00 + kHorizontal, 3 * v10 + kVertical, 3 * v00 + kDiagonal, links );
      traceTriangle( v00, v11, v01, 3 * v00 + kDiagonal, 3 * v01 + kHorizontal, 3 * v00 + kVertical, links );
    }
  }

  // Every crossing is left by exactly one piece and entered by exactly one: follow them into rings.
  std::sort( links.begin(), links.end(), []( const Link &a, const Link &b ) { return a.from < b.from; } );
  std::vector<bool> used( links.size(), false );
  std::vector<std::vector<Point>> shells, holes;
  std::vector<double> shellAreas;
  for ( std::size_t start = 0; start < links.size(); ++start )
  {
    if ( used[ start ] )
      continue;
    std::vector<Point> ring;
    std::size_t current = start;
    while ( !used[ current ] )
    {
      used[ current ] = true;
      ring.push_back( crossing( links[ current ].from ) );
      const auto next = std::lower_bound( links.begin(), links.end(), links[ current ].to,
                                          []( const Link &link, std::uint32_t id ) { return link.from < id; } );
      if ( next == links.end() || next->from != links[ current ].to )
        throw NetworkError( "Internal error while tracing an isochrone polygon: an open contour." );
      current = static_cast<std::size_t>( next - links.begin() );
    }
    ring.push_back( ring.front() );
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
