#include "network/isochrones.h"

#include "common/format.h"

#include "network/networkerror.h"
#include "network/sourcesearch.h"
#include "network/wkb.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <sstream>

namespace sozialraum::network
{

void checkBands( const std::vector<double> &bands )
{
  if ( bands.empty() )
    throw NetworkError( "Give at least one band, for example 5, 10, 15." );
  std::string list;
  for ( std::size_t i = 0; i < bands.size(); ++i )
    list += ( i ? ", " : "" ) + formatNumber( bands[ i ], false );
  for ( std::size_t i = 0; i < bands.size(); ++i )
  {
    if ( !std::isfinite( bands[ i ] ) || bands[ i ] <= 0.0 )
      throw NetworkError( "Bands must be greater than 0: " + list );
    if ( i > 0 && !( bands[ i ] > bands[ i - 1 ] ) )
      throw NetworkError( "Bands must be ascending: " + list );
  }
}

namespace
{
double checkedWidth( double width )
{
  if ( !( width > 0.0 ) || !std::isfinite( width ) )
    throw NetworkError( "The buffer width must be greater than 0 m." );
  return width;
}

/**
 * The segments of \a current that \a previous (the band before) does not have already, into
 * \a added. Both come from reachedNetwork(), ordered by edge; a whole edge stays whole in the
 * next band.
 */
void newSegments( const std::vector<Segment> &current, const std::vector<Segment> &previous,
                  std::vector<Segment> &added )
{
  added.clear();
  std::size_t p = 0;
  for ( const Segment &segment : current )
  {
    while ( p < previous.size() && previous[ p ].edge < segment.edge )
      ++p;
    bool known = false;
    for ( std::size_t q = p; q < previous.size() && previous[ q ].edge == segment.edge && !known; ++q )
      known = previous[ q ].a == segment.a && previous[ q ].b == segment.b;
    if ( !known )
      added.push_back( segment );
  }
}
} // namespace

IsochroneBuilder::IsochroneBuilder( const IsochroneOptions &options )
    : mOptions( options ), mContour( checkedWidth( options.bufferWidth ), options.cellSize )
{
  checkBands( options.bands );
  if ( options.method == PolygonMethod::ConcaveHull && !( options.concaveRatio >= 0.0 && options.concaveRatio <= 1.0 ) )
    throw NetworkError( "The concave hull ratio must lie between 0 and 1." );
  if ( mOptions.quadrantSegments < 1 )
    mOptions.quadrantSegments = 1;
}

GeosGeometry IsochroneBuilder::exactBuffer( const ReachedNetwork &reached ) const
{
  if ( reached.segments.empty() )
    return mGeos.emptyMultiPolygon();
  // One buffer of all reached lines at once; chained lines have fewer end caps to node than single segments.
  const GeosGeometry lines = mGeos.multiLineString( chainSegments( reached.segments ) );
  return mGeos.buffer( lines.get(), mOptions.bufferWidth, mOptions.quadrantSegments );
}

GeosGeometry IsochroneBuilder::concaveHull( const ReachedNetwork &reached, const DijkstraWorkspace &workspace,
                                            double band ) const
{
  // The reached nodes and the cut points are exactly the segments' end points; add the facilities themselves.
  std::vector<Point> points;
  points.reserve( reached.segments.size() * 2 + workspace.sources().size() );
  for ( const Segment &segment : reached.segments )
  {
    points.push_back( segment.a );
    points.push_back( segment.b );
  }
  for ( const NetworkPoint &source : workspace.sources() )
  {
    if ( source.edge != kInvalidId && source.offCost <= band )
      points.push_back( workspace.graph().pointAlongEdge( source.edge, source.fraction ) );
  }
  if ( points.empty() )
    return mGeos.emptyMultiPolygon();

  const GeosGeometry multiPoint = mGeos.multiPoint( points );
  GeosGeometry hull = mGeos.concaveHull( multiPoint.get(), mOptions.concaveRatio );
  const int type = mGeos.typeId( hull.get() );
  if ( type != GEOS_POLYGON && type != GEOS_MULTIPOLYGON )
  {
    // Reached points on one straight street have a line (or a point) as hull: give it the buffer's width.
    hull = mGeos.buffer( hull.get(), mOptions.bufferWidth, mOptions.quadrantSegments );
  }
  return hull;
}

std::vector<IsochroneBand> IsochroneBuilder::build( const DijkstraWorkspace &workspace )
{
  std::vector<ReachedNetwork> reached;
  reached.reserve( mOptions.bands.size() );
  std::vector<IsochroneBand> bands( mOptions.bands.size() );
  for ( std::size_t b = 0; b < mOptions.bands.size(); ++b )
  {
    reached.push_back( reachedNetwork( workspace, mOptions.bands[ b ] ) );
    bands[ b ].band = mOptions.bands[ b ];
    bands[ b ].reachedLength = reached.back().length;
  }

  if ( mOptions.method == PolygonMethod::NetworkBuffer )
    traceNetworkBuffer( bands, reached );
  else
    buildWithGeos( bands, reached, workspace );

  if ( mOptions.withLines )
  {
    for ( std::size_t b = 0; b < bands.size(); ++b )
      bands[ b ].lines = std::move( reached[ b ].segments );
  }
  return bands;
}

void IsochroneBuilder::traceNetworkBuffer( std::vector<IsochroneBand> &bands,
                                           const std::vector<ReachedNetwork> &reached )
{
  const std::vector<Segment> &largest = reached.back().segments;
  if ( largest.empty() )
  {
    for ( IsochroneBand &band : bands )
      band.polygon.wkb = multiPolygonWkb( {} );
    return;
  }
  double minX = kUnreachable, minY = kUnreachable, maxX = -kUnreachable, maxY = -kUnreachable;
  for ( const Segment &segment : largest )
  {
    minX = std::min( { minX, segment.a.x, segment.b.x } );
    minY = std::min( { minY, segment.a.y, segment.b.y } );
    maxX = std::max( { maxX, segment.a.x, segment.b.x } );
    maxY = std::max( { maxY, segment.a.y, segment.b.y } );
  }
  // One grid for all bands; each band only adds what it reaches beyond the band before.
  mContour.begin( minX, minY, maxX, maxY );
  for ( std::size_t b = 0; b < bands.size(); ++b )
  {
    if ( b == 0 )
      mContour.addSegments( reached[ b ].segments );
    else
    {
      newSegments( reached[ b ].segments, reached[ b - 1 ].segments, mAdded );
      mContour.addSegments( mAdded );
    }
    const std::vector<PolygonRings> polygons = mContour.trace();
    bands[ b ].polygon.wkb = multiPolygonWkb( polygons );
    bands[ b ].polygon.area = polygonArea( polygons );
  }
}

void IsochroneBuilder::buildWithGeos( std::vector<IsochroneBand> &bands, const std::vector<ReachedNetwork> &reached,
                                      const DijkstraWorkspace &workspace ) const
{
  GeosGeometry previous;
  for ( std::size_t b = 0; b < bands.size(); ++b )
  {
    GeosGeometry polygon = mOptions.method == PolygonMethod::ExactBuffer
                               ? exactBuffer( reached[ b ] )
                               : concaveHull( reached[ b ], workspace, bands[ b ].band );
    // GEOS approximates arcs differently for different inputs; uniting with the band before makes nesting exact.
    if ( previous && !mGeos.isEmpty( previous.get() ) )
      polygon = mGeos.unite( polygon.get(), previous.get() );
    polygon = mGeos.toMultiPolygon( std::move( polygon ) );
    bands[ b ].polygon.wkb = mGeos.toWkb( polygon.get() );
    bands[ b ].polygon.area = mGeos.area( polygon.get() );
    previous = std::move( polygon );
  }
}

bool computeIsochrones( const Graph &graph, const std::vector<NetworkPoint> &facilities,
                        const IsochroneOptions &options, const RunControl &control,
                        const std::function<void( Isochrone && )> &consume )
{
  IsochroneBuilder check( options ); // reports bad options before any thread starts
  const double maxCost = options.bands.back();

  ParallelRun run( control );
  WorkspacePool workspaces( graph, run.threadCount() );
  std::vector<std::unique_ptr<IsochroneBuilder>> builders( run.threadCount() );
  ResultChannel<Isochrone> results( run, 2 * run.threadCount() );

  return run.run(
      facilities.size(),
      [ & ]( std::size_t index, unsigned thread )
      {
        DijkstraWorkspace &workspace = workspaces.workspace( thread );
        if ( !builders[ thread ] )
          builders[ thread ] = std::make_unique<IsochroneBuilder>( options );
        workspace.run( facilities[ index ], maxCost );
        Isochrone isochrone;
        isochrone.facility = index;
        isochrone.bands = builders[ thread ]->build( workspace );
        results.push( std::move( isochrone ) );
      },
      [ & ] { results.drain( consume ); } );
}

WkbPolygon dissolvePolygons( const std::vector<std::vector<unsigned char>> &wkbs )
{
  GeosContext geos;
  std::vector<GeosGeometry> parts;
  parts.reserve( wkbs.size() );
  for ( const std::vector<unsigned char> &wkb : wkbs )
    parts.push_back( geos.fromWkb( wkb ) );
  const GeosGeometry all = geos.collection( GEOS_GEOMETRYCOLLECTION, std::move( parts ) );
  const GeosGeometry dissolved = geos.toMultiPolygon( geos.unaryUnion( all.get() ) );
  WkbPolygon result;
  result.wkb = geos.toWkb( dissolved.get() );
  result.area = geos.area( dissolved.get() );
  return result;
}

} // namespace sozialraum::network
