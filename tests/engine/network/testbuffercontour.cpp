#include "network/buffercontour.h"
#include "network/geos.h"
#include "network/wkb.h"

#include "networktestutils.h"

#include <QtTest/QtTest>

using namespace sozialraum::network;
using namespace sozialraum::network::test;

static constexpr double kPi = 3.14159265358979323846;

class TestBufferContour : public QObject
{
  Q_OBJECT

private slots:
  void straightSegmentGivesAStadium();
  void unreachedBlockStaysAHole();
  void islandInsideAHoleIsItsOwnPolygon();
  void projectedCoordinatesInTheMillionsGiveTheSameArea();
  void randomSegmentsGiveValidPolygonsCloseToGeosBuffer();
  void addingSegmentsOnlyGrowsTheArea();
  void hugeExtentCoarsensTheGrid();
  void zeroLengthSegmentGivesADisc();
  void segmentOrderDoesNotMatter();
  void tracingTwiceGivesTheSameRings();
  void reusedContourMatchesAFreshOne();
};

namespace
{
struct Traced
{
  std::vector<PolygonRings> polygons;
  double area = 0.0;
};

Traced trace( const std::vector<Segment> &segments, double width, double cell = 0.0 )
{
  double minX = kUnreachable, minY = kUnreachable, maxX = -kUnreachable, maxY = -kUnreachable;
  for ( const Segment &s : segments )
  {
    minX = std::min( { minX, s.a.x, s.b.x } );
    minY = std::min( { minY, s.a.y, s.b.y } );
    maxX = std::max( { maxX, s.a.x, s.b.x } );
    maxY = std::max( { maxY, s.a.y, s.b.y } );
  }
  BufferContour contour( width, cell );
  contour.begin( minX, minY, maxX, maxY );
  contour.addSegments( segments );
  Traced traced;
  traced.polygons = contour.trace();
  traced.area = polygonArea( traced.polygons );
  return traced;
}

bool sameRings( const std::vector<PolygonRings> &a, const std::vector<PolygonRings> &b )
{
  const auto samePoints = []( const std::vector<Point> &p, const std::vector<Point> &q )
  { return p.size() == q.size() && std::equal( p.begin(), p.end(), q.begin() ); };
  if ( a.size() != b.size() )
    return false;
  for ( std::size_t i = 0; i < a.size(); ++i )
  {
    if ( !samePoints( a[ i ].shell, b[ i ].shell ) || a[ i ].holes.size() != b[ i ].holes.size() )
      return false;
    for ( std::size_t h = 0; h < a[ i ].holes.size(); ++h )
    {
      if ( !samePoints( a[ i ].holes[ h ], b[ i ].holes[ h ] ) )
        return false;
    }
  }
  return true;
}

std::vector<Segment> randomSegments( std::mt19937 &random, int count, double extent, double step )
{
  std::uniform_real_distribution<double> coordinate( 0.0, extent );
  std::uniform_real_distribution<double> offset( -step, step );
  std::vector<Segment> segments;
  for ( int s = 0; s < count; ++s )
  {
    const Point a{ coordinate( random ), coordinate( random ) };
    segments.push_back( Segment{ a, Point{ a.x + offset( random ), a.y + offset( random ) } } );
  }
  return segments;
}

GeosGeometry toGeos( const GeosContext &geos, const std::vector<PolygonRings> &polygons )
{
  return geos.fromWkb( multiPolygonWkb( polygons ) );
}

GeosGeometry geosBuffer( const GeosContext &geos, const std::vector<Segment> &segments, double width )
{
  std::vector<std::vector<Point>> lines;
  for ( const Segment &s : segments )
    lines.push_back( { s.a, s.b } );
  const GeosGeometry multiLine = geos.multiLineString( lines );
  return geos.buffer( multiLine.get(), width, 32 );
}
} // namespace

void TestBufferContour::straightSegmentGivesAStadium()
{
  const Traced traced = trace( { Segment{ { 1000, 2000 }, { 1100, 2000 } } }, 10.0 );
  QCOMPARE( traced.polygons.size(), std::size_t( 1 ) );
  QVERIFY( traced.polygons[ 0 ].holes.empty() );
  const double exact = 100.0 * 20.0 + kPi * 100.0;
  QVERIFY2( std::abs( traced.area - exact ) < 0.01 * exact, qPrintable( QString::number( traced.area ) ) );
  GeosContext geos;
  QVERIFY( geos.isValid( toGeos( geos, traced.polygons ).get() ) );
}

void TestBufferContour::unreachedBlockStaysAHole()
{
  const std::vector<Segment> square{
      { { 0, 0 }, { 200, 0 } }, { { 200, 0 }, { 200, 200 } }, { { 200, 200 }, { 0, 200 } }, { { 0, 200 }, { 0, 0 } } };
  const Traced traced = trace( square, 10.0 );
  QCOMPARE( traced.polygons.size(), std::size_t( 1 ) );
  QCOMPARE( traced.polygons[ 0 ].holes.size(), std::size_t( 1 ) );
  const double exact = 200.0 * 200.0 + 4 * 200.0 * 10.0 + kPi * 100.0 - 180.0 * 180.0;
  QVERIFY2( std::abs( traced.area - exact ) < 0.005 * exact, qPrintable( QString::number( traced.area ) ) );
  GeosContext geos;
  const GeosGeometry polygon = toGeos( geos, traced.polygons );
  QVERIFY( geos.isValid( polygon.get() ) );
  const GeosGeometry centre = geos.take( GEOSGeom_createPointFromXY_r( geos.handle(), 100, 100 ), "point" );
  QVERIFY( !geos.covers( polygon.get(), centre.get() ) );
}

void TestBufferContour::projectedCoordinatesInTheMillionsGiveTheSameArea()
{
  // UTM coordinates (easting 600 km, northing 5,500 km): areas and orientation must not suffer from cancellation.
  const auto block = []( double x0, double y0 )
  {
    return std::vector<Segment>{ { { x0, y0 }, { x0 + 200, y0 } },
                                 { { x0 + 200, y0 }, { x0 + 200, y0 + 200 } },
                                 { { x0 + 200, y0 + 200 }, { x0, y0 + 200 } },
                                 { { x0, y0 + 200 }, { x0, y0 } },
                                 { { x0 + 90, y0 + 100 }, { x0 + 110, y0 + 100 } } };
  };
  const Traced local = trace( block( 0, 0 ), 10.0 );
  const Traced utm = trace( block( 600000, 5500000 ), 10.0 );
  QCOMPARE( utm.polygons.size(), std::size_t( 2 ) );
  QVERIFY2( std::abs( utm.area - local.area ) < 1e-6 * local.area,
            qPrintable( QStringLiteral( "%1 vs %2" ).arg( utm.area ).arg( local.area ) ) );
  GeosContext geos;
  const GeosGeometry polygon = toGeos( geos, utm.polygons );
  QVERIFY( geos.isValid( polygon.get() ) );
  QVERIFY( std::abs( geos.area( polygon.get() ) - utm.area ) < 1e-6 * utm.area );
}

void TestBufferContour::islandInsideAHoleIsItsOwnPolygon()
{
  const std::vector<Segment> segments{ { { 0, 0 }, { 400, 0 } },
                                       { { 400, 0 }, { 400, 400 } },
                                       { { 400, 400 }, { 0, 400 } },
                                       { { 0, 400 }, { 0, 0 } },
                                       { { 150, 200 }, { 250, 200 } } };
  const Traced traced = trace( segments, 10.0 );
  QCOMPARE( traced.polygons.size(), std::size_t( 2 ) );
  GeosContext geos;
  QVERIFY( geos.isValid( toGeos( geos, traced.polygons ).get() ) );
  std::size_t holes = 0;
  for ( const PolygonRings &polygon : traced.polygons )
    holes += polygon.holes.size();
  QCOMPARE( holes, std::size_t( 1 ) );
}

void TestBufferContour::randomSegmentsGiveValidPolygonsCloseToGeosBuffer()
{
  GeosContext geos;
  std::mt19937 random( 3 );
  std::uniform_real_distribution<double> coordinate( 0.0, 500.0 );
  std::uniform_real_distribution<double> step( -60.0, 60.0 );
  for ( int round = 0; round < 20; ++round )
  {
    std::vector<Segment> segments;
    for ( int s = 0; s < 60; ++s )
    {
      const Point a{ coordinate( random ), coordinate( random ) };
      segments.push_back( Segment{ a, Point{ a.x + step( random ), a.y + step( random ) } } );
    }
    const double width = 5.0 + round;
    const Traced traced = trace( segments, width );
    const GeosGeometry polygon = toGeos( geos, traced.polygons );
    QVERIFY2( geos.isValid( polygon.get() ), qPrintable( QStringLiteral( "round %1" ).arg( round ) ) );
    const GeosGeometry exact = geosBuffer( geos, segments, width );
    const GeosGeometry difference =
        geos.take( GEOSSymDifference_r( geos.handle(), polygon.get(), exact.get() ), "difference" );
    const double share = geos.area( difference.get() ) / geos.area( exact.get() );
    QVERIFY2( share < 0.01, qPrintable( QStringLiteral( "round %1: %2" ).arg( round ).arg( share ) ) );
  }
}

void TestBufferContour::addingSegmentsOnlyGrowsTheArea()
{
  GeosContext geos;
  std::mt19937 random( 4 );
  std::uniform_real_distribution<double> coordinate( 0.0, 300.0 );
  std::vector<Segment> segments;
  for ( int s = 0; s < 80; ++s )
    segments.push_back(
        Segment{ { coordinate( random ), coordinate( random ) }, { coordinate( random ), coordinate( random ) } } );
  BufferContour contour( 7.0 );
  contour.begin( 0, 0, 300, 300 );
  GeosGeometry previous;
  for ( std::size_t step = 0; step < 4; ++step )
  {
    contour.addSegments( std::vector<Segment>( segments.begin() + step * 20, segments.begin() + ( step + 1 ) * 20 ) );
    GeosGeometry current = toGeos( geos, contour.trace() );
    QVERIFY( geos.isValid( current.get() ) );
    if ( previous )
    {
      const GeosGeometry outside =
          geos.take( GEOSDifference_r( geos.handle(), previous.get(), current.get() ), "difference" );
      QVERIFY2( geos.area( outside.get() ) < 1e-9, qPrintable( QString::number( geos.area( outside.get() ) ) ) );
    }
    previous = std::move( current );
  }
}

void TestBufferContour::hugeExtentCoarsensTheGrid()
{
  BufferContour contour( 10.0, 0.0, 10000 );
  contour.begin( 0, 0, 100000, 100000 );
  QVERIFY( contour.cellSize() > 900.0 );
  contour.addSegments( { Segment{ { 0, 0 }, { 100000, 100000 } } } );
  GeosContext geos;
  QVERIFY( geos.isValid( toGeos( geos, contour.trace() ).get() ) );
}

void TestBufferContour::zeroLengthSegmentGivesADisc()
{
  const Traced traced = trace( { Segment{ { 500, 700 }, { 500, 700 } } }, 20.0 );
  QCOMPARE( traced.polygons.size(), std::size_t( 1 ) );
  // A radius of four cells: the contour's chords cut the circle by about 1 %, as a GEOS buffer
  // with few quadrant segments does.
  const double exact = kPi * 20.0 * 20.0;
  QVERIFY2( std::abs( traced.area - exact ) < 0.02 * exact, qPrintable( QString::number( traced.area ) ) );
  GeosContext geos;
  QVERIFY( geos.isValid( toGeos( geos, traced.polygons ).get() ) );
}

void TestBufferContour::segmentOrderDoesNotMatter()
{
  // The field is a minimum, and rings come in a fixed order: the same polygons, point for point.
  std::mt19937 random( 5 );
  std::vector<Segment> segments = randomSegments( random, 200, 800.0, 80.0 );
  const Traced forward = trace( segments, 15.0 );
  std::shuffle( segments.begin(), segments.end(), random );
  const Traced shuffled = trace( segments, 15.0 );
  QVERIFY( sameRings( forward.polygons, shuffled.polygons ) );
}

void TestBufferContour::tracingTwiceGivesTheSameRings()
{
  std::mt19937 random( 6 );
  const std::vector<Segment> segments = randomSegments( random, 100, 400.0, 60.0 );
  BufferContour contour( 9.0 );
  contour.begin( -60, -60, 460, 460 );
  contour.addSegments( segments );
  const std::vector<PolygonRings> first = contour.trace();
  QVERIFY( !first.empty() );
  QVERIFY( sameRings( first, contour.trace() ) );
  contour.addSegments( std::vector<Segment>() );
  QVERIFY( sameRings( first, contour.trace() ) );
}

void TestBufferContour::reusedContourMatchesAFreshOne()
{
  // One contour for many series (as per thread in computeIsochrones): each series must trace as
  // if on a new object, whatever the extent and grid of the series before.
  std::mt19937 random( 7 );
  BufferContour reused( 10.0, 0.0, 200000 );
  const double origins[][ 2 ] = { { 0, 0 }, { 600000, 5500000 }, { 600100, 5500050 }, { 0, 0 }, { 50, -20 } };
  const double extents[] = { 300.0, 900.0, 150.0, 6000.0, 400.0 }; // 6000 m coarsens the grid (maxVertices)
  for ( std::size_t series = 0; series < 5; ++series )
  {
    const double x0 = origins[ series ][ 0 ], y0 = origins[ series ][ 1 ], extent = extents[ series ];
    std::vector<Segment> segments = randomSegments( random, 150, extent, extent / 10.0 );
    for ( Segment &segment : segments )
    {
      segment.a = Point{ segment.a.x + x0, segment.a.y + y0 };
      segment.b = Point{ segment.b.x + x0, segment.b.y + y0 };
    }
    double minX = kUnreachable, minY = kUnreachable, maxX = -kUnreachable, maxY = -kUnreachable;
    for ( const Segment &s : segments )
    {
      minX = std::min( { minX, s.a.x, s.b.x } );
      minY = std::min( { minY, s.a.y, s.b.y } );
      maxX = std::max( { maxX, s.a.x, s.b.x } );
      maxY = std::max( { maxY, s.a.y, s.b.y } );
    }
    BufferContour fresh( 10.0, 0.0, 200000 );
    fresh.begin( minX, minY, maxX, maxY );
    reused.begin( minX, minY, maxX, maxY );
    QCOMPARE( reused.cellSize(), fresh.cellSize() );
    // Two bands: half the segments, then all.
    const std::size_t half = segments.size() / 2;
    for ( std::size_t band = 0; band < 2; ++band )
    {
      const std::vector<Segment> part( segments.begin() + ( band == 0 ? 0 : half ),
                                       band == 0 ? segments.begin() + half : segments.end() );
      fresh.addSegments( part );
      reused.addSegments( part );
      const std::vector<PolygonRings> expected = fresh.trace();
      QVERIFY( !expected.empty() );
      QVERIFY2( sameRings( reused.trace(), expected ),
                qPrintable( QStringLiteral( "series %1, band %2" ).arg( series ).arg( band ) ) );
    }
  }
}

QTEST_APPLESS_MAIN( TestBufferContour )
#include "testbuffercontour.moc"
