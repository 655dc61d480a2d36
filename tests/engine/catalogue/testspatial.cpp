#include "catalogue/catalogue.h"
#include "catalogue/sqlite.h"

#include "cataloguetestutil.h"

#include <QObject>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace sozialraum::catalogue;
using namespace cataloguetest;

namespace
{
std::set<std::string> namesOf( const std::vector<Service> &services )
{
  std::set<std::string> names;
  for ( const Service &s : services )
    names.insert( s.name );
  return names;
}

// Lübeck: Buntekuh lies west of the old town, Moisling south-west, Kücknitz north-east.
const char *BUNTEKUH = "POLYGON((10.62 53.85, 10.67 53.85, 10.67 53.87, 10.62 53.87, 10.62 53.85))";
} // namespace

class TestSpatial : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  int mCount = 0;
  Catalogue newCatalogue()
  {
    return Catalogue::create( mDir.filePath( QStringLiteral( "spatial%1.sqlite" ).arg( ++mCount ) ).toStdString(),
                              as( "anna" ) );
  }

  struct Sites
  {
    Location buntekuh;
    Location moisling;
    Location kuecknitz;
  };

  Sites fill( Catalogue &catalogue )
  {
    const Organization awo = addOrganization( catalogue, "AWO" );
    const Service seniors = addService( catalogue, awo.id, "Seniorentreff Buntekuh" );
    const Service youth = addService( catalogue, awo.id, "Jugendzentrum Moisling" );
    const Service family = addService( catalogue, awo.id, "Familienzentrum Kücknitz" );
    const Service mobile = addService( catalogue, awo.id, "Mobile Beratung" );
    Sites sites;
    sites.buntekuh = addSite( catalogue, seniors.id, "Nachbarschaftshaus Buntekuh", 10.6449, 53.8581 );
    sites.moisling = addSite( catalogue, youth.id, "Haus der Jugend Moisling", 10.6305, 53.8322 );
    sites.kuecknitz = addSite( catalogue, family.id, "Familienzentrum Kücknitz", 10.8213, 53.9212 );
    // the mobile offering stops in Buntekuh and in Kücknitz
    for ( const Location *site : { &sites.buntekuh, &sites.kuecknitz } )
    {
      ServiceAtLocation link;
      link.serviceId = mobile.id;
      link.locationId = site->id;
      catalogue.upsertServiceAtLocation( link );
    }
    return sites;
  }

private slots:
  void sitesGetAPointGeometryInWgs84()
  {
    Catalogue catalogue = newCatalogue();
    const Sites sites = fill( catalogue );
    Statement point = catalogue.database().prepare(
        "SELECT ST_X(geom), ST_Y(geom), ST_SRID(geom), GeometryType(geom) FROM location WHERE id = ?" );
    point.bind( 1, sites.buntekuh.id );
    QVERIFY( point.step() );
    QCOMPARE( point.real( 0 ), 10.6449 );
    QCOMPARE( point.real( 1 ), 53.8581 );
    QCOMPARE( point.integer( 2 ), 4326LL );
    QCOMPARE( point.text( 3 ), std::string( "POINT" ) );
  }

  void servicesInABoundingBoxUseTheSpatialIndex()
  {
    Catalogue catalogue = newCatalogue();
    fill( catalogue );
    QCOMPARE( std::get<long long>( catalogue.database().scalar( "SELECT count(*) FROM idx_location_geom" ) ), 3LL );
    const BoundingBox west{ 10.60, 53.82, 10.70, 53.87 };
    QCOMPARE( namesOf( catalogue.servicesInBoundingBox( west ) ),
              std::set<std::string>( { "Seniorentreff Buntekuh", "Jugendzentrum Moisling", "Mobile Beratung" } ) );
    QCOMPARE( catalogue.locationsInBoundingBox( west ).size(), size_t( 2 ) );
    const BoundingBox sea{ 11.0, 54.0, 11.1, 54.1 };
    QVERIFY( catalogue.servicesInBoundingBox( sea ).empty() );
  }

  void servicesWithinAQuarterPolygon()
  {
    Catalogue catalogue = newCatalogue();
    fill( catalogue );
    QCOMPARE( namesOf( catalogue.servicesWithin( BUNTEKUH ) ),
              std::set<std::string>( { "Seniorentreff Buntekuh", "Mobile Beratung" } ) );
    // combined with other filters
    ServiceFilter filter;
    filter.withinWkt = BUNTEKUH;
    filter.text = "mobil";
    QCOMPARE( namesOf( catalogue.services( filter ) ), std::set<std::string>( { "Mobile Beratung" } ) );
    // a multipolygon of two quarters
    const std::string twoQuarters = "MULTIPOLYGON(((10.62 53.85, 10.67 53.85, 10.67 53.87, 10.62 53.87, 10.62 53.85)),"
                                    "((10.80 53.91, 10.84 53.91, 10.84 53.93, 10.80 53.93, 10.80 53.91)))";
    QCOMPARE( catalogue.servicesWithin( twoQuarters ).size(), size_t( 3 ) );

    CATALOGUE_VERIFY_CONTAINS( errorOf( [ & ] { catalogue.servicesWithin( "POLYGON((10 53, 11 53" ); } ),
                               "is not a valid polygon in WKT" );
    CATALOGUE_VERIFY_CONTAINS( errorOf( [ & ] { catalogue.servicesWithin( "POINT(10 53)" ); } ),
                               "it must be a polygon" );
  }

  void movingASiteMovesItsPointAndIndexEntry()
  {
    Catalogue catalogue = newCatalogue();
    Sites sites = fill( catalogue );
    // the Moisling youth centre moves into Buntekuh
    sites.moisling.latitude = 53.8600;
    sites.moisling.longitude = 10.6500;
    catalogue.upsertLocation( sites.moisling );
    QCOMPARE( catalogue.servicesWithin( BUNTEKUH ).size(), size_t( 3 ) );

    // an edit of latitude/longitude in a QGIS form (plain SQL) moves the point too
    catalogue.database().exec( "UPDATE location SET latitude = 53.8322, longitude = 10.6305 WHERE id = '" +
                               sites.moisling.id + "'" );
    QCOMPARE( catalogue.servicesWithin( BUNTEKUH ).size(), size_t( 2 ) );

    // moving the point on the map (QGIS writes the geometry) updates latitude/longitude
    catalogue.database().exec( "UPDATE location SET geom = MakePoint(10.655, 53.861, 4326) WHERE id = '" +
                               sites.moisling.id + "'" );
    const std::optional<Location> moved = catalogue.location( sites.moisling.id );
    QCOMPARE( moved->longitude.value_or( 0 ), 10.655 );
    QCOMPARE( moved->latitude.value_or( 0 ), 53.861 );
    QCOMPARE( catalogue.servicesWithin( BUNTEKUH ).size(), size_t( 3 ) );

    // a point digitized in QGIS without coordinates in the attributes gets them
    catalogue.database().exec( "INSERT INTO location (name, geom) VALUES ('Neu', MakePoint(10.7, 53.9, 4326))" );
    Statement inserted = catalogue.database().prepare( "SELECT latitude, longitude FROM location WHERE name = 'Neu'" );
    QVERIFY( inserted.step() );
    QCOMPARE( inserted.real( 0 ), 53.9 );
    QCOMPARE( inserted.real( 1 ), 10.7 );

    // clearing the coordinates clears the point
    sites.kuecknitz.latitude.reset();
    sites.kuecknitz.longitude.reset();
    catalogue.upsertLocation( sites.kuecknitz );
    QVERIFY( sameValue(
        catalogue.database().scalar( "SELECT geom IS NULL FROM location WHERE id = '" + sites.kuecknitz.id + "'" ),
        Value( 1LL ) ) );
    const BoundingBox north{ 10.8, 53.9, 10.9, 54.0 };
    QVERIFY( catalogue.servicesInBoundingBox( north ).empty() );
    // SpatiaLite agrees that its index matches the geometries
    QVERIFY( sameValue( catalogue.database().scalar( "SELECT CheckSpatialIndex('location', 'geom')" ), Value( 1LL ) ) );
  }
};

QTEST_GUILESS_MAIN( TestSpatial )
#include "testspatial.moc"
