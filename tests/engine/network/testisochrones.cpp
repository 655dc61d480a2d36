#include "network/isochrones.h"
#include "network/networkerror.h"

#include "networktestutils.h"

#include <QtTest/QtTest>

#include <atomic>
#include <map>

using namespace sozialraum::network;
using namespace sozialraum::network::test;

static constexpr double kPi = 3.14159265358979323846;

class TestIsochrones : public QObject
{
  Q_OBJECT

private slots:
  void bandsMustBeAscendingAndPositive();
  void bufferOfAStraightReachedStreet();
  void bufferPolygonsAreValidAndNested();
  void exactBufferPolygonsAreValidAndNested();
  void networkBufferMatchesGeosBuffer();
  void concaveHullPolygonsAreValidAndNested();
  void concaveHullOfAStraightStreetFallsBackToABuffer();
  void unreachedBlocksStayHolesInTheNetworkBuffer();
  void accessCostBeyondTheBandGivesAnEmptyPolygon();
  void parallelRunMatchesOneByOne();
  void canceledRunStops();
  void dissolveUnitesFacilities();
};

namespace
{
GeosGeometry read( const GeosContext &geos, const WkbPolygon &polygon )
{
  return geos.fromWkb( polygon.wkb );
}

void checkNested( const std::vector<IsochroneBand> &bands )
{
  GeosContext geos;
  for ( std::size_t b = 0; b < bands.size(); ++b )
  {
    const GeosGeometry polygon = read( geos, bands[ b ].polygon );
    QCOMPARE( geos.typeId( polygon.get() ), int( GEOS_MULTIPOLYGON ) );
    QVERIFY( geos.isValid( polygon.get() ) );
    QVERIFY( bands[ b ].polygon.area > 0.0 );
    QCOMPARE( geos.area( polygon.get() ), bands[ b ].polygon.area );
    if ( b == 0 )
      continue;
    const GeosGeometry inner = read( geos, bands[ b - 1 ].polygon );
    // The smaller band lies inside the larger one: nothing of it is left outside (up to rounding).
    const GeosGeometry outside =
        geos.take( GEOSDifference_r( geos.handle(), inner.get(), polygon.get() ), "difference" );
    QVERIFY2( geos.area( outside.get() ) < 1e-6 * bands[ b - 1 ].polygon.area,
              qPrintable( QString::number( geos.area( outside.get() ) ) ) );
    QVERIFY( bands[ b ].polygon.area > bands[ b - 1 ].polygon.area );
    QVERIFY( bands[ b ].reachedLength > bands[ b - 1 ].reachedLength );
  }
}
} // namespace

void TestIsochrones::bandsMustBeAscendingAndPositive()
{
  try
  {
    checkBands( { 10, 5 } );
    QFAIL( "descending bands were accepted" );
  }
  catch ( const NetworkError &error )
  {
    QCOMPARE( QString( error.what() ), QStringLiteral( "Bands must be ascending: 10, 5" ) );
  }
  QVERIFY_EXCEPTION_THROWN( checkBands( { 5, 5 } ), NetworkError );
  QVERIFY_EXCEPTION_THROWN( checkBands( { 0, 5 } ), NetworkError );
  QVERIFY_EXCEPTION_THROWN( checkBands( {} ), NetworkError );
  checkBands( { 5, 10, 15 } );

  IsochroneOptions options;
  options.bands = { 5, 10 };
  options.bufferWidth = 0.0;
  QVERIFY_EXCEPTION_THROWN( IsochroneBuilder builder( options ), NetworkError );
}

void TestIsochrones::bufferOfAStraightReachedStreet()
{
  // 100 m reached on a straight street, buffered 10 m: a 100 x 20 rectangle plus two half discs
  // (as polygons with 4 segments per quarter circle: together a regular 16-gon, slightly less than pi r^2).
  const Graph graph = buildGraph( { { { { 0, 0 }, { 1000, 0 } } } } );
  IsochroneOptions options;
  options.bands = { 50.0 };
  options.bufferWidth = 10.0;
  options.withLines = true;
  options.method = PolygonMethod::ExactBuffer;
  IsochroneBuilder builder( options );
  DijkstraWorkspace workspace( graph );
  workspace.run( pointOn( 0, 0.5 ), 50.0 );
  std::vector<IsochroneBand> bands = builder.build( workspace );
  QCOMPARE( bands.size(), std::size_t( 1 ) );
  const double disc16 = 16 * 0.5 * 100.0 * std::sin( 2 * kPi / 16 );
  QVERIFY2( std::abs( bands[ 0 ].polygon.area - ( 2000.0 + disc16 ) ) < 1e-6,
            qPrintable( QString::number( bands[ 0 ].polygon.area ) ) );
  QCOMPARE( bands[ 0 ].reachedLength, 100.0 );
  QCOMPARE( bands[ 0 ].lines.size(), std::size_t( 1 ) );

  // The traced network buffer: the exact stadium 100 x 20 + pi 10^2 within half a percent.
  options.method = PolygonMethod::NetworkBuffer;
  IsochroneBuilder traced( options );
  bands = traced.build( workspace );
  const double stadium = 2000.0 + kPi * 100.0;
  QVERIFY2( std::abs( bands[ 0 ].polygon.area - stadium ) < 0.005 * stadium,
            qPrintable( QString::number( bands[ 0 ].polygon.area ) ) );
}

void TestIsochrones::bufferPolygonsAreValidAndNested()
{
  const Graph graph = gridGraph( 30, 20.0, 0.2, 5 );
  IsochroneOptions options;
  options.bands = { 60.0, 120.0, 200.0 };
  options.bufferWidth = 8.0;
  IsochroneBuilder builder( options );
  DijkstraWorkspace workspace( graph );
  for ( const NetworkPoint &facility : randomNetworkPoints( graph, 5, 21 ) )
  {
    workspace.run( facility, 200.0 );
    checkNested( builder.build( workspace ) );
  }
}

void TestIsochrones::exactBufferPolygonsAreValidAndNested()
{
  const Graph graph = gridGraph( 30, 20.0, 0.2, 5 );
  IsochroneOptions options;
  options.bands = { 60.0, 120.0, 200.0 };
  options.bufferWidth = 8.0;
  options.method = PolygonMethod::ExactBuffer;
  IsochroneBuilder builder( options );
  DijkstraWorkspace workspace( graph );
  for ( const NetworkPoint &facility : randomNetworkPoints( graph, 3, 21 ) )
  {
    workspace.run( facility, 200.0 );
    checkNested( builder.build( workspace ) );
  }
}

void TestIsochrones::networkBufferMatchesGeosBuffer()
{
  // Irregular streets (a jittered grid) with one-ways: the traced buffer and GEOS's agree to 1 %.
  std::mt19937 random( 8 );
  std::uniform_real_distribution<double> jitter( -6.0, 6.0 );
  std::vector<std::vector<Point>> nodes( 25, std::vector<Point>( 25 ) );
  for ( int y = 0; y < 25; ++y )
    for ( int x = 0; x < 25; ++x )
      nodes[ y ][ x ] = Point{ x * 30.0 + jitter( random ), y * 30.0 + jitter( random ) };
  std::vector<TestLine> lines;
  for ( int y = 0; y < 25; ++y )
    for ( int x = 0; x < 25; ++x )
    {
      if ( x + 1 < 25 )
        lines.push_back(
            { { nodes[ y ][ x ], nodes[ y ][ x + 1 ] }, ( x * y ) % 7 == 3 ? Direction::Forward : Direction::Both } );
      if ( y + 1 < 25 )
        lines.push_back( { { nodes[ y ][ x ], nodes[ y + 1 ][ x ] } } );
    }
  const Graph graph = buildGraph( lines );
  IsochroneOptions traced;
  traced.bands = { 100.0, 250.0 };
  traced.bufferWidth = 12.0;
  IsochroneOptions exact = traced;
  exact.method = PolygonMethod::ExactBuffer;
  exact.quadrantSegments = 16;
  IsochroneBuilder tracedBuilder( traced ), exactBuilder( exact );
  GeosContext geos;
  DijkstraWorkspace workspace( graph );
  for ( const NetworkPoint &facility : randomNetworkPoints( graph, 4, 25 ) )
  {
    workspace.run( facility, 250.0 );
    const std::vector<IsochroneBand> a = tracedBuilder.build( workspace );
    const std::vector<IsochroneBand> b = exactBuilder.build( workspace );
    for ( std::size_t band = 0; band < a.size(); ++band )
    {
      const GeosGeometry pa = geos.fromWkb( a[ band ].polygon.wkb );
      const GeosGeometry pb = geos.fromWkb( b[ band ].polygon.wkb );
      QVERIFY( geos.isValid( pa.get() ) );
      const GeosGeometry difference =
          geos.take( GEOSSymDifference_r( geos.handle(), pa.get(), pb.get() ), "difference" );
      const double share = geos.area( difference.get() ) / b[ band ].polygon.area;
      QVERIFY2( share < 0.01, qPrintable( QString::number( share ) ) );
      QCOMPARE( a[ band ].reachedLength, b[ band ].reachedLength );
    }
  }
}

void TestIsochrones::concaveHullPolygonsAreValidAndNested()
{
  const Graph graph = gridGraph( 30, 20.0, 0.2, 6 );
  IsochroneOptions options;
  options.bands = { 60.0, 120.0, 200.0 };
  options.method = PolygonMethod::ConcaveHull;
  options.concaveRatio = 0.2;
  IsochroneBuilder builder( options );
  DijkstraWorkspace workspace( graph );
  for ( const NetworkPoint &facility : randomNetworkPoints( graph, 5, 22 ) )
  {
    workspace.run( facility, 200.0 );
    checkNested( builder.build( workspace ) );
  }
}

void TestIsochrones::concaveHullOfAStraightStreetFallsBackToABuffer()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 1000, 0 } } } } );
  IsochroneOptions options;
  options.bands = { 50.0 };
  options.method = PolygonMethod::ConcaveHull;
  options.bufferWidth = 10.0;
  IsochroneBuilder builder( options );
  DijkstraWorkspace workspace( graph );
  workspace.run( pointOn( 0, 0.5 ), 50.0 );
  const std::vector<IsochroneBand> bands = builder.build( workspace );
  QVERIFY( bands[ 0 ].polygon.area > 2000.0 );
  QVERIFY( bands[ 0 ].polygon.area < 2400.0 );
}

void TestIsochrones::unreachedBlocksStayHolesInTheNetworkBuffer()
{
  // A 200 m square block around the start: buffered 10 m, the inside of the block stays a hole.
  const Graph graph = buildGraph( { { { { 0, 0 }, { 200, 0 }, { 200, 200 }, { 0, 200 }, { 0, 0 } } } } );
  IsochroneOptions options;
  options.bands = { 1000.0 };
  options.bufferWidth = 10.0;
  IsochroneBuilder builder( options );
  DijkstraWorkspace workspace( graph );
  workspace.run( pointOn( 0, 0.5 ), 1000.0 );
  const std::vector<IsochroneBand> bands = builder.build( workspace );
  GeosContext geos;
  const GeosGeometry polygon = geos.fromWkb( bands[ 0 ].polygon.wkb );
  const GeosGeometry centre = geos.take( GEOSGeom_createPointFromXY_r( geos.handle(), 100, 100 ), "point" );
  QVERIFY( !geos.covers( polygon.get(), centre.get() ) );
  QVERIFY( bands[ 0 ].polygon.area < 220.0 * 220.0 - 180.0 * 180.0 + 1.0 );
}

void TestIsochrones::accessCostBeyondTheBandGivesAnEmptyPolygon()
{
  const Graph graph = buildGraph( { { { { 0, 0 }, { 1000, 0 } } } } );
  IsochroneOptions options;
  options.bands = { 10.0, 50.0 };
  IsochroneBuilder builder( options );
  DijkstraWorkspace workspace( graph );
  workspace.run( pointOn( 0, 0.5, 30.0 ), 50.0 );
  const std::vector<IsochroneBand> bands = builder.build( workspace );
  QCOMPARE( bands[ 0 ].polygon.area, 0.0 );
  QVERIFY( !bands[ 0 ].polygon.wkb.empty() );
  GeosContext geos;
  QVERIFY( geos.isEmpty( geos.fromWkb( bands[ 0 ].polygon.wkb ).get() ) );
  QCOMPARE( bands[ 1 ].reachedLength, 40.0 );
  QVERIFY( bands[ 1 ].polygon.area > 0.0 );
}

void TestIsochrones::parallelRunMatchesOneByOne()
{
  const Graph graph = gridGraph( 30, 20.0, 0.2, 7 );
  std::vector<NetworkPoint> facilities = randomNetworkPoints( graph, 12, 23 );
  facilities[ 4 ].edge = kInvalidId; // not snapped
  IsochroneOptions options;
  options.bands = { 50.0, 150.0 };
  options.bufferWidth = 8.0;

  std::map<std::size_t, std::vector<double>> parallelAreas;
  RunControl control;
  control.threads = 3;
  std::vector<double> progress;
  control.progress = [ & ]( double percent ) { progress.push_back( percent ); };
  const auto callerThread = std::this_thread::get_id();
  bool onCallerThread = true;
  QVERIFY( computeIsochrones( graph, facilities, options, control,
                              [ & ]( Isochrone &&isochrone )
                              {
                                onCallerThread = onCallerThread && std::this_thread::get_id() == callerThread;
                                for ( const IsochroneBand &band : isochrone.bands )
                                  parallelAreas[ isochrone.facility ].push_back( band.polygon.area );
                              } ) );
  QVERIFY( onCallerThread );
  QCOMPARE( parallelAreas.size(), facilities.size() );
  QVERIFY( !progress.empty() );
  QCOMPARE( progress.back(), 100.0 );
  QCOMPARE( parallelAreas[ 4 ], ( std::vector<double>{ 0.0, 0.0 } ) );

  IsochroneBuilder builder( options );
  DijkstraWorkspace workspace( graph );
  for ( std::size_t f = 0; f < facilities.size(); ++f )
  {
    workspace.run( facilities[ f ], 150.0 );
    const std::vector<IsochroneBand> bands = builder.build( workspace );
    QCOMPARE( parallelAreas[ f ].size(), bands.size() );
    for ( std::size_t b = 0; b < bands.size(); ++b )
      QCOMPARE( parallelAreas[ f ][ b ], bands[ b ].polygon.area );
  }
}

void TestIsochrones::canceledRunStops()
{
  const Graph graph = gridGraph( 30, 20.0 );
  const std::vector<NetworkPoint> facilities = randomNetworkPoints( graph, 200, 24 );
  IsochroneOptions options;
  options.bands = { 100.0 };
  std::atomic<bool> cancel{ true };
  RunControl control;
  control.cancel = &cancel;
  std::size_t delivered = 0;
  QVERIFY( !computeIsochrones( graph, facilities, options, control, [ & ]( Isochrone && ) { ++delivered; } ) );
  QVERIFY( delivered < facilities.size() );

  // Cancel through the polled callback after the first result.
  RunControl polled;
  polled.threads = 2;
  std::size_t seen = 0;
  polled.isCanceled = [ & ] { return seen > 0; };
  QVERIFY( !computeIsochrones( graph, facilities, options, polled, [ & ]( Isochrone && ) { ++seen; } ) );
  QVERIFY( seen < facilities.size() );
}

void TestIsochrones::dissolveUnitesFacilities()
{
  GeosContext geos;
  const auto square = [ & ]( double x0, double y0, double size )
  {
    const std::vector<Point> ring{
        { x0, y0 }, { x0 + size, y0 }, { x0 + size, y0 + size }, { x0, y0 + size }, { x0, y0 } };
    GEOSCoordSequence *sequence =
        GEOSCoordSeq_copyFromBuffer_r( geos.handle(), reinterpret_cast<const double *>( ring.data() ), 5, 0, 0 );
    GEOSGeometry *shell = GEOSGeom_createLinearRing_r( geos.handle(), sequence );
    return geos.toWkb( geos.take( GEOSGeom_createPolygon_r( geos.handle(), shell, nullptr, 0 ), "polygon" ).get() );
  };
  const WkbPolygon apart = dissolvePolygons( { square( 0, 0, 10 ), square( 100, 0, 10 ) } );
  QCOMPARE( apart.area, 200.0 );
  const WkbPolygon overlapping = dissolvePolygons( { square( 0, 0, 10 ), square( 5, 0, 10 ) } );
  QCOMPARE( overlapping.area, 150.0 );
  QVERIFY( geos.isValid( geos.fromWkb( overlapping.wkb ).get() ) );
  QCOMPARE( geos.typeId( geos.fromWkb( overlapping.wkb ).get() ), int( GEOS_MULTIPOLYGON ) );
  QCOMPARE( dissolvePolygons( {} ).area, 0.0 );
}

QTEST_APPLESS_MAIN( TestIsochrones )
#include "testisochrones.moc"
