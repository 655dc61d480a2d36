// sozialraum:isochrones, nearestfacility and odmatrix on the real OSM network of Lauf an der
// Pegnitz, compared with QGIS's own native:serviceareafromlayer and native:shortestpathpointtolayer,
// plus the messages for bad input.

#include "testutils.h"
#include "qgstest.h"

#include <QtTest/QtTest>
#include <QTemporaryDir>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsvectorlayer.h>
#include <qgsprocessing.h>

#include <map>

namespace
{
  /**
   * Length of the network a set of lines covers, each stretch counted once. QGIS's service-area
   * lines hold an edge reached from both ends as two overlapping pieces whose interpolated ends
   * are not exactly collinear, so a plain union double-counts the overlap; the area of a thin
   * flat-capped buffer divided by its width counts every covered stretch once.
   */
  double coveredLength( const QgsGeometry &lines )
  {
    const double r = 0.01;
    return lines.buffer( r, 1, Qgis::EndCapStyle::Flat, Qgis::JoinStyle::Bevel, 2 ).area() / ( 2 * r );
  }

  std::vector<QgsFeature> features( const QString &path )
  {
    std::vector<QgsFeature> out;
    auto layer = TestUtils::layer( path );
    if ( !layer )
      return out;
    QgsFeatureIterator it = layer->getFeatures();
    QgsFeature f;
    while ( it.nextFeature( f ) )
      out.push_back( f );
    return out;
  }
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

  private:
    QTemporaryDir mDir;
    QString mNetworkUtm;     // Lauf's streets and paths, EPSG:32632
    QString mNetworkWgs84;   // the same straight from the PBF, EPSG:4326
    QString mFacilitiesUtm;  // kindergartens and schools, EPSG:32632
    QString mFacilitiesWgs84;

    QString out( const QString &name ) { return mDir.filePath( name ); }

  private slots:
    void initTestCase()
    {
      TestUtils::initQgis();
      const QString pbf = TestUtils::sharedData( QStringLiteral( "lauf-an-der-pegnitz-2020-01-15.osm.pbf" ) );
      mNetworkWgs84 = pbf + QStringLiteral( "|layername=lines|subset=\"highway\" IS NOT NULL" );
      TestUtils::Run r = TestUtils::run( QStringLiteral( "native:reprojectlayer" ), { { QStringLiteral( "INPUT" ), mNetworkWgs84 }, { QStringLiteral( "TARGET_CRS" ), QStringLiteral( "EPSG:32632" ) }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "network.gpkg" ) ) } } );
      QVERIFY2( r.ok, qPrintable( r.error ) );
      mNetworkUtm = r.results.value( QStringLiteral( "OUTPUT" ) ).toString();
      r = TestUtils::run( QStringLiteral( "native:extractbyexpression" ), { { QStringLiteral( "INPUT" ), pbf + QStringLiteral( "|layername=points" ) }, { QStringLiteral( "EXPRESSION" ), QStringLiteral( "\"other_tags\" LIKE '%\"amenity\"=>\"kindergarten\"%' OR \"other_tags\" LIKE '%\"amenity\"=>\"school\"%'" ) }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "facilities4326.gpkg" ) ) } } );
      QVERIFY2( r.ok, qPrintable( r.error ) );
      mFacilitiesWgs84 = r.results.value( QStringLiteral( "OUTPUT" ) ).toString();
      QVERIFY( features( mFacilitiesWgs84 ).size() >= 5 );
      r = TestUtils::run( QStringLiteral( "native:reprojectlayer" ), { { QStringLiteral( "INPUT" ), mFacilitiesWgs84 }, { QStringLiteral( "TARGET_CRS" ), QStringLiteral( "EPSG:32632" ) }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "facilities.gpkg" ) ) } } );
      QVERIFY2( r.ok, qPrintable( r.error ) );
      mFacilitiesUtm = r.results.value( QStringLiteral( "OUTPUT" ) ).toString();
    }

    void cleanupTestCase() { TestUtils::exitQgis(); }

    void reachedNetworkMatchesQgisServiceArea()
    {
      const TestUtils::Run native = TestUtils::run( QStringLiteral( "native:serviceareafromlayer" ), { { QStringLiteral( "INPUT" ), mNetworkUtm }, { QStringLiteral( "STRATEGY" ), 0 }, { QStringLiteral( "START_POINTS" ), mFacilitiesUtm }, { QStringLiteral( "TRAVEL_COST2" ), 1000 }, { QStringLiteral( "OUTPUT_LINES" ), out( QStringLiteral( "native_sa.gpkg" ) ) } } );
      QVERIFY2( native.ok, qPrintable( native.error ) );
      const TestUtils::Run ours = TestUtils::run( QStringLiteral( "sozialraum:isochrones" ), { { QStringLiteral( "NETWORK" ), mNetworkUtm }, { QStringLiteral( "FACILITIES" ), mFacilitiesUtm }, { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "BANDS" ), QStringLiteral( "1000" ) }, { QStringLiteral( "ACCESS_COST" ), false }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "iso.gpkg" ) ) }, { QStringLiteral( "OUTPUT_LINES" ), out( QStringLiteral( "iso_lines.gpkg" ) ) } } );
      QVERIFY2( ours.ok, qPrintable( ours.error ) );
      const std::vector<QgsFeature> nativeLines = features( native.results.value( QStringLiteral( "OUTPUT_LINES" ) ).toString() );
      const std::vector<QgsFeature> ourLines = features( ours.results.value( QStringLiteral( "OUTPUT_LINES" ) ).toString() );
      QCOMPARE( ourLines.size(), nativeLines.size() ); // one multiline per facility and band
      for ( std::size_t i = 0; i < nativeLines.size(); ++i )
      {
        const double expected = coveredLength( nativeLines[i].geometry() );
        const double actual = coveredLength( ourLines[i].geometry() );
        QVERIFY2( expected > 5000, "the 1 km service area should reach several km of streets" );
        QVERIFY2( std::fabs( actual - expected ) <= 0.01 * expected, qPrintable( QStringLiteral( "facility %1: ours %2 m, QGIS %3 m" ).arg( i ).arg( actual ).arg( expected ) ) );
        // The same streets, not just the same total: each side lies within 1 cm of the other.
        const QgsGeometry nativeOnly = nativeLines[i].geometry().difference( ourLines[i].geometry().buffer( 0.01, 2 ) );
        QVERIFY2( nativeOnly.length() < 0.005 * expected, qPrintable( QStringLiteral( "facility %1: %2 m only in QGIS's" ).arg( i ).arg( nativeOnly.length() ) ) );
        // reached_length_m of the polygon output is the same network.
        QGSCOMPARENEAR( ourLines[i].attribute( QStringLiteral( "length_m" ) ).toDouble(), actual, 0.01 * expected );
      }
    }

    void nearestCostMatchesQgisShortestPath()
    {
      // Origins: a few network-independent points spread over the town.
      QgsVectorLayer origins( QStringLiteral( "Point?crs=EPSG:32632&field=name:string" ), QStringLiteral( "origins" ), QStringLiteral( "memory" ) );
      const QList<QgsPointXY> points { { 664200, 5486300 }, { 665100, 5487000 }, { 663600, 5485800 }, { 665800, 5486500 }, { 664700, 5485400 } };
      QgsFeatureList list;
      for ( int i = 0; i < points.size(); ++i )
      {
        QgsFeature f( origins.fields() );
        f.setAttributes( QgsAttributes() << QStringLiteral( "o%1" ).arg( i ) );
        f.setGeometry( QgsGeometry::fromPointXY( points[i] ) );
        list << f;
      }
      origins.dataProvider()->addFeatures( list );
      const TestUtils::Run ours = TestUtils::run( QStringLiteral( "sozialraum:nearestfacility" ), { { QStringLiteral( "NETWORK" ), mNetworkUtm }, { QStringLiteral( "ORIGINS" ), QVariant::fromValue( &origins ) }, { QStringLiteral( "FACILITIES" ), mFacilitiesUtm }, { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "ACCESS_COST" ), false }, { QStringLiteral( "MAX_SNAP_DISTANCE" ), 1000 }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "nearest.gpkg" ) ) } } );
      QVERIFY2( ours.ok, qPrintable( ours.error ) );
      const std::vector<QgsFeature> result = features( ours.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      QCOMPARE( result.size(), std::size_t( 5 ) );
      for ( int i = 0; i < points.size(); ++i )
      {
        const TestUtils::Run native = TestUtils::run( QStringLiteral( "native:shortestpathpointtolayer" ), { { QStringLiteral( "INPUT" ), mNetworkUtm }, { QStringLiteral( "STRATEGY" ), 0 }, { QStringLiteral( "START_POINT" ), QStringLiteral( "%1,%2 [EPSG:32632]" ).arg( points[i].x(), 0, 'f', 1 ).arg( points[i].y(), 0, 'f', 1 ) }, { QStringLiteral( "END_POINTS" ), mFacilitiesUtm }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "sp%1.gpkg" ).arg( i ) ) } } );
        QVERIFY2( native.ok, qPrintable( native.error ) );
        double best = std::numeric_limits<double>::max();
        for ( const QgsFeature &f : features( native.results.value( QStringLiteral( "OUTPUT" ) ).toString() ) )
          if ( !f.attribute( QStringLiteral( "cost" ) ).isNull() )
            best = std::min( best, f.attribute( QStringLiteral( "cost" ) ).toDouble() );
        const double actual = result[i].attribute( QStringLiteral( "nearest_cost" ) ).toDouble();
        QVERIFY2( std::fabs( actual - best ) <= 1e-3 * best + 0.01, qPrintable( QStringLiteral( "origin %1: ours %2 m, QGIS %3 m" ).arg( i ).arg( actual ).arg( best ) ) );
        QVERIFY( result[i].attribute( QStringLiteral( "snap_distance" ) ).toDouble() >= 0 );
      }
    }

    void geographicNetworkIsMeasuredInMetres()
    {
      // The PBF in EPSG:4326 and its UTM copy give the same costs (the engine measures in UTM).
      const QVariantMap common { { QStringLiteral( "FACILITIES" ), mFacilitiesWgs84 }, { QStringLiteral( "COST_TYPE" ), 1 }, { QStringLiteral( "BANDS" ), QStringLiteral( "5,10" ) } };
      QVariantMap a = common;
      a.insert( QStringLiteral( "NETWORK" ), mNetworkWgs84 );
      a.insert( QStringLiteral( "OUTPUT" ), out( QStringLiteral( "wgs.gpkg" ) ) );
      QVariantMap b = common;
      b.insert( QStringLiteral( "NETWORK" ), mNetworkUtm );
      b.insert( QStringLiteral( "OUTPUT" ), out( QStringLiteral( "utm.gpkg" ) ) );
      const TestUtils::Run ra = TestUtils::run( QStringLiteral( "sozialraum:isochrones" ), a );
      const TestUtils::Run rb = TestUtils::run( QStringLiteral( "sozialraum:isochrones" ), b );
      QVERIFY2( ra.ok && rb.ok, qPrintable( ra.error + rb.error ) );
      QVERIFY( ra.log.contains( QStringLiteral( "UTM zone 32N" ) ) );
      const std::vector<QgsFeature> fa = features( ra.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      const std::vector<QgsFeature> fb = features( rb.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      QCOMPARE( fa.size(), fb.size() );
      for ( std::size_t i = 0; i < fa.size(); ++i )
        QGSCOMPARENEAR( fa[i].attribute( QStringLiteral( "reached_length_m" ) ).toDouble(), fb[i].attribute( QStringLiteral( "reached_length_m" ) ).toDouble(), 1.0 );
    }

    void bandsNestAndPolygonsAreValid()
    {
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:isochrones" ), { { QStringLiteral( "NETWORK" ), mNetworkUtm }, { QStringLiteral( "FACILITIES" ), mFacilitiesUtm }, { QStringLiteral( "FACILITY_ID" ), QStringLiteral( "osm_id" ) }, { QStringLiteral( "BANDS" ), QStringLiteral( "5,10,15" ) }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "nest.gpkg" ) ) } } );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      std::map<QString, std::map<double, QgsGeometry>> byFacility;
      for ( const QgsFeature &f : features( run.results.value( QStringLiteral( "OUTPUT" ) ).toString() ) )
      {
        QVERIFY( f.geometry().isGeosValid() );
        QVERIFY( f.attribute( QStringLiteral( "area_m2" ) ).toDouble() > 0 );
        byFacility[f.attribute( QStringLiteral( "facility_id" ) ).toString()][f.attribute( QStringLiteral( "band" ) ).toDouble()] = f.geometry();
      }
      QVERIFY( byFacility.size() >= 5 );
      for ( auto &entry : byFacility )
      {
        QCOMPARE( entry.second.size(), std::size_t( 3 ) );
        const QgsGeometry &b5 = entry.second[5];
        const QgsGeometry &b10 = entry.second[10];
        const QgsGeometry &b15 = entry.second[15];
        QVERIFY( b5.difference( b10 ).area() < 1e-6 * b5.area() );
        QVERIFY( b10.difference( b15 ).area() < 1e-6 * b10.area() );
        QVERIFY( b10.area() > b5.area() );
      }
    }

    void odMatrixAgreesWithNearestFacility()
    {
      const TestUtils::Run od = TestUtils::run( QStringLiteral( "sozialraum:odmatrix" ), { { QStringLiteral( "NETWORK" ), mNetworkUtm }, { QStringLiteral( "ORIGINS" ), mFacilitiesUtm }, { QStringLiteral( "ORIGIN_ID" ), QStringLiteral( "osm_id" ) }, { QStringLiteral( "DESTINATIONS" ), mFacilitiesUtm }, { QStringLiteral( "DESTINATION_ID" ), QStringLiteral( "osm_id" ) }, { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "ACCESS_COST" ), false }, { QStringLiteral( "MAX_COST" ), 2000 }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "od.csv" ) ) } } );
      QVERIFY2( od.ok, qPrintable( od.error ) );
      std::map<std::pair<QString, QString>, double> rows;
      for ( const QgsFeature &f : features( od.results.value( QStringLiteral( "OUTPUT" ) ).toString() ) )
      {
        const double cost = f.attribute( QStringLiteral( "cost" ) ).toDouble();
        QVERIFY( cost <= 2000 );
        rows[{ f.attribute( QStringLiteral( "origin_id" ) ).toString(), f.attribute( QStringLiteral( "destination_id" ) ).toString() }] = cost;
      }
      QVERIFY( !rows.empty() );
      for ( const auto &row : rows )
      {
        if ( row.first.first == row.first.second )
        {
          QGSCOMPARENEAR( row.second, 0.0, 1e-6 ); // each facility reaches itself at no cost...
        }
        else if ( rows.count( { row.first.second, row.first.first } ) )
        {
          QGSCOMPARENEAR( row.second, ( rows[{ row.first.second, row.first.first }] ), 1e-3 ); // ...and costs are symmetric without one-ways
        }
      }
    }

    void badInputGetsClearMessages()
    {
      QVariantMap p { { QStringLiteral( "NETWORK" ), mNetworkUtm }, { QStringLiteral( "FACILITIES" ), mFacilitiesUtm }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "bad.gpkg" ) ) } };
      p.insert( QStringLiteral( "BANDS" ), QStringLiteral( "10,5" ) );
      TestUtils::Run r = TestUtils::run( QStringLiteral( "sozialraum:isochrones" ), p );
      QVERIFY( !r.ok );
      QVERIFY2( r.error.contains( QStringLiteral( "ascending" ) ), qPrintable( r.error ) );

      p.insert( QStringLiteral( "BANDS" ), QStringLiteral( "5,zehn" ) );
      r = TestUtils::run( QStringLiteral( "sozialraum:isochrones" ), p );
      QVERIFY( !r.ok );
      QVERIFY2( r.error.contains( QStringLiteral( "zehn" ) ), qPrintable( r.error ) );

      p.insert( QStringLiteral( "BANDS" ), QStringLiteral( "5" ) );
      p.insert( QStringLiteral( "SPEED" ), 0 );
      r = TestUtils::run( QStringLiteral( "sozialraum:isochrones" ), p );
      QVERIFY( !r.ok );
      QVERIFY2( r.error.contains( QStringLiteral( "greater than 0" ) ), qPrintable( r.error ) );
      p.remove( QStringLiteral( "SPEED" ) );

      // A facility 2 km outside the town is reported by id; the run goes on for the others.
      QgsVectorLayer facilities( QStringLiteral( "Point?crs=EPSG:32632&field=fid_name:string" ), QStringLiteral( "f" ), QStringLiteral( "memory" ) );
      QgsFeature near( facilities.fields() ), far( facilities.fields() );
      near.setAttributes( QgsAttributes() << QStringLiteral( "Kita am Markt" ) );
      near.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( 664700, 5486400 ) ) );
      far.setAttributes( QgsAttributes() << QStringLiteral( "Kita im Wald" ) );
      far.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( 675000, 5496400 ) ) );
      facilities.dataProvider()->addFeatures( QgsFeatureList() << near << far );
      p.insert( QStringLiteral( "FACILITIES" ), QVariant::fromValue( &facilities ) );
      p.insert( QStringLiteral( "FACILITY_ID" ), QStringLiteral( "fid_name" ) );
      r = TestUtils::run( QStringLiteral( "sozialraum:isochrones" ), p );
      QVERIFY2( r.ok, qPrintable( r.error ) );
      QVERIFY2( r.log.contains( QStringLiteral( "Kita im Wald" ) ) && r.log.contains( QStringLiteral( "MAX_SNAP_DISTANCE" ) ), qPrintable( r.log ) );
      QCOMPARE( features( r.results.value( QStringLiteral( "OUTPUT" ) ).toString() ).size(), std::size_t( 1 ) );

      // An empty network layer.
      QgsVectorLayer empty( QStringLiteral( "LineString?crs=EPSG:32632" ), QStringLiteral( "leer" ), QStringLiteral( "memory" ) );
      p.insert( QStringLiteral( "NETWORK" ), QVariant::fromValue( &empty ) );
      r = TestUtils::run( QStringLiteral( "sozialraum:isochrones" ), p );
      QVERIFY( !r.ok );
      QVERIFY2( r.error.contains( QStringLiteral( "no lines" ) ), qPrintable( r.error ) );
    }

    void nearestFacilityFromAnOdMatrixTable()
    {
      // odmatrix's output (feature ids, no id fields) used as COST_TABLE without a network gives
      // the same nearest costs as the network search.
      const TestUtils::Run od = TestUtils::run( QStringLiteral( "sozialraum:odmatrix" ), { { QStringLiteral( "NETWORK" ), mNetworkUtm }, { QStringLiteral( "ORIGINS" ), mFacilitiesUtm }, { QStringLiteral( "DESTINATIONS" ), mFacilitiesUtm },
                                                                                         { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "MAX_COST" ), 3000 }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "od_table.csv" ) ) } } );
      QVERIFY2( od.ok, qPrintable( od.error ) );
      const QVariantMap common { { QStringLiteral( "ORIGINS" ), mFacilitiesUtm }, { QStringLiteral( "FACILITIES" ), mFacilitiesUtm }, { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "MAX_COST" ), 3000 } };
      QVariantMap viaNetwork = common;
      viaNetwork.insert( QStringLiteral( "NETWORK" ), mNetworkUtm );
      viaNetwork.insert( QStringLiteral( "OUTPUT" ), out( QStringLiteral( "nearest_network.gpkg" ) ) );
      QVariantMap viaTable = common;
      viaTable.insert( QStringLiteral( "COST_TABLE" ), od.results.value( QStringLiteral( "OUTPUT" ) ) );
      viaTable.insert( QStringLiteral( "OUTPUT" ), out( QStringLiteral( "nearest_table.gpkg" ) ) );
      const TestUtils::Run a = TestUtils::run( QStringLiteral( "sozialraum:nearestfacility" ), viaNetwork );
      const TestUtils::Run b = TestUtils::run( QStringLiteral( "sozialraum:nearestfacility" ), viaTable );
      QVERIFY2( a.ok && b.ok, qPrintable( a.error + b.error ) );
      const std::vector<QgsFeature> fa = features( a.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      const std::vector<QgsFeature> fb = features( b.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      QCOMPARE( fa.size(), fb.size() );
      int compared = 0;
      for ( std::size_t i = 0; i < fa.size(); ++i )
      {
        QCOMPARE( fa[i].attribute( QStringLiteral( "nearest_cost" ) ).isNull(), fb[i].attribute( QStringLiteral( "nearest_cost" ) ).isNull() );
        if ( fa[i].attribute( QStringLiteral( "nearest_cost" ) ).isNull() )
          continue;
        QGSCOMPARENEAR( fa[i].attribute( QStringLiteral( "nearest_cost" ) ).toDouble(), fb[i].attribute( QStringLiteral( "nearest_cost" ) ).toDouble(), 1e-6 );
        ++compared;
      }
      QVERIFY( compared >= 5 );
      // Without network and without table there is nothing to measure with.
      QVariantMap neither = common;
      neither.insert( QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT );
      const TestUtils::Run c = TestUtils::run( QStringLiteral( "sozialraum:nearestfacility" ), neither );
      QVERIFY2( !c.ok && c.error.contains( QStringLiteral( "COST_TABLE" ) ), qPrintable( c.error ) );
    }

    void disconnectedPartsAreReported()
    {
      const TestUtils::Run r = TestUtils::run( QStringLiteral( "sozialraum:nearestfacility" ), { { QStringLiteral( "NETWORK" ), mNetworkUtm }, { QStringLiteral( "ORIGINS" ), mFacilitiesUtm }, { QStringLiteral( "FACILITIES" ), mFacilitiesUtm }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "parts.gpkg" ) ) } } );
      QVERIFY2( r.ok, qPrintable( r.error ) );
      QVERIFY2( r.log.contains( QStringLiteral( "disconnected parts" ) ), qPrintable( r.log ) );
    }
};

QTEST_MAIN( TestAccessibility )
#include "test_alg_accessibility.moc"
