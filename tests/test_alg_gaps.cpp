// Service-gap algorithms: hand-computed floating-catchment, gap, location, targeting and budget
// cases, Berlin's Kitas and planning areas as real data, and the messages for bad input.

#include "testutils.h"
#include "qgstest.h"

#include <QtTest/QtTest>
#include <QTemporaryDir>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsprocessing.h>
#include <qgsvectorlayer.h>

#include <map>

namespace
{
  //! A memory point layer in EPSG:25832 from (id, x, y, value-as-text) rows.
  std::unique_ptr<QgsVectorLayer> points( const QString &name, const QList<std::tuple<QString, double, double, QString>> &rows )
  {
    auto layer = std::make_unique<QgsVectorLayer>( QStringLiteral( "Point?crs=EPSG:25832&field=id:string&field=value:string" ), name, QStringLiteral( "memory" ) );
    QgsFeatureList list;
    for ( const auto &row : rows )
    {
      QgsFeature f( layer->fields() );
      f.setAttributes( QgsAttributes() << std::get<0>( row ) << ( std::get<3>( row ).isNull() ? QVariant() : QVariant( std::get<3>( row ) ) ) );
      f.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( std::get<1>( row ), std::get<2>( row ) ) ) );
      list << f;
    }
    layer->dataProvider()->addFeatures( list );
    return layer;
  }

  std::map<QString, QgsFeature> byId( const QString &path, const QString &key = QStringLiteral( "id" ) )
  {
    std::map<QString, QgsFeature> out;
    auto layer = TestUtils::layer( path );
    if ( !layer )
      return out;
    QgsFeatureIterator it = layer->getFeatures();
    QgsFeature f;
    while ( it.nextFeature( f ) )
      out[f.attribute( key ).toString()] = f;
    return out;
  }
} // namespace

class TestGaps : public QObject
{
    Q_OBJECT

  private:
    QTemporaryDir mDir;
    QString out( const QString &name ) { return mDir.filePath( name ); }

  private slots:
    void initTestCase() { TestUtils::initQgis(); }
    void cleanupTestCase() { TestUtils::exitQgis(); }

    void costTableGivesTheSameAnswerAsTheCostsItHolds()
    {
      // The straight-line costs of twoStepByHand written as a table: the access must be the same.
      auto demand = points( QStringLiteral( "demand" ), { { "D1", 0, 0, "100" }, { "D2", 1000, 0, "300" }, { "D3", 10000, 0, "50" } } );
      auto supply = points( QStringLiteral( "supply" ), { { "S1", 0, 0, "40" }, { "S2", 2200, 0, "10" }, { "S3", 2200, 50, "7" } } );
      QgsVectorLayer table( QStringLiteral( "None?field=from:string&field=to:string&field=minutes:string" ), QStringLiteral( "transit" ), QStringLiteral( "memory" ) );
      QgsFeatureList rows;
      const QList<std::tuple<QString, QString, QString>> costs { { "D1", "S1", "0" }, { "D2", "S1", "1000" }, { "D2", "S2", "1200" }, { "D3", "S2", "7800" }, { "X9", "S1", "5" }, { "D1", "S7", "5" } };
      for ( const auto &c : costs )
      {
        QgsFeature f( table.fields() );
        f.setAttributes( QgsAttributes() << std::get<0>( c ) << std::get<1>( c ) << std::get<2>( c ) );
        rows << f;
      }
      table.dataProvider()->addFeatures( rows );
      QVariantMap p { { QStringLiteral( "DEMAND" ), QVariant::fromValue( demand.get() ) }, { QStringLiteral( "DEMAND_ID" ), QStringLiteral( "id" ) }, { QStringLiteral( "DEMAND_FIELD" ), QStringLiteral( "value" ) },
                      { QStringLiteral( "SUPPLY" ), QVariant::fromValue( supply.get() ) }, { QStringLiteral( "SUPPLY_ID" ), QStringLiteral( "id" ) }, { QStringLiteral( "SUPPLY_FIELD" ), QStringLiteral( "value" ) },
                      { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "CATCHMENT" ), 1500 }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "table_access.gpkg" ) ) },
                      { QStringLiteral( "COST_TABLE" ), QVariant::fromValue( &table ) }, { QStringLiteral( "COST_ORIGIN_FIELD" ), QStringLiteral( "from" ) },
                      { QStringLiteral( "COST_DESTINATION_FIELD" ), QStringLiteral( "to" ) }, { QStringLiteral( "COST_FIELD" ), QStringLiteral( "minutes" ) } };
      TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:catchmentratio" ), p );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      QVERIFY2( run.log.contains( QStringLiteral( "Costs come from the table 'transit' (6 rows)" ) ), qPrintable( run.log ) );
      QVERIFY2( run.log.contains( QStringLiteral( "1 origin ids of the cost table are none of the demand: X9" ) ), qPrintable( run.log ) );
      QVERIFY2( run.log.contains( QStringLiteral( "1 destination ids of the cost table are none of the supply: S7" ) ), qPrintable( run.log ) );
      QVERIFY2( run.log.contains( QStringLiteral( "1 supply have no row in the cost table and serve nobody: S3" ) ), qPrintable( run.log ) );
      auto d = byId( run.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      QGSCOMPARENEAR( d["D1"].attribute( QStringLiteral( "access" ) ).toDouble(), 0.1, 1e-12 );
      QGSCOMPARENEAR( d["D2"].attribute( QStringLiteral( "access" ) ).toDouble(), 0.1 + 10.0 / 300.0, 1e-12 );
      QGSCOMPARENEAR( d["D3"].attribute( QStringLiteral( "nearest_cost" ) ).toDouble(), 7800.0, 1e-9 );
      // A cost that is no number names its row.
      QgsFeature bad( table.fields() );
      bad.setAttributes( QgsAttributes() << QStringLiteral( "D1" ) << QStringLiteral( "S2" ) << QStringLiteral( "weit" ) );
      table.dataProvider()->addFeatures( QgsFeatureList() << bad );
      run = TestUtils::run( QStringLiteral( "sozialraum:catchmentratio" ), p );
      QVERIFY2( !run.ok && run.error.contains( QStringLiteral( "Row 7 of the cost table 'transit' has no number as its cost ('weit')" ) ), qPrintable( run.error ) );
    }

    void repeatedIdsKeepEveryFeatureAndAreNamed()
    {
      // Two facilities share the id "S1": both stay in the supply output, and the log names them.
      auto demand = points( QStringLiteral( "demand" ), { { "D1", 0, 0, "100" }, { "D2", 1000, 0, "300" } } );
      auto supply = points( QStringLiteral( "supply" ), { { "S1", 0, 0, "40" }, { "S1", 1000, 0, "10" }, { "S2", 500, 0, "5" } } );
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:catchmentratio" ),
                                                 { { QStringLiteral( "DEMAND" ), QVariant::fromValue( demand.get() ) }, { QStringLiteral( "DEMAND_FIELD" ), QStringLiteral( "value" ) },
                                                   { QStringLiteral( "SUPPLY" ), QVariant::fromValue( supply.get() ) }, { QStringLiteral( "SUPPLY_ID" ), QStringLiteral( "id" ) }, { QStringLiteral( "SUPPLY_FIELD" ), QStringLiteral( "value" ) },
                                                   { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "CATCHMENT" ), 1500 },
                                                   { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT }, { QStringLiteral( "OUTPUT_SUPPLY" ), out( QStringLiteral( "repeated_supply.gpkg" ) ) } } );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      QVERIFY2( run.log.contains( QStringLiteral( "holds 1 values more than once: 'S1' (features 1, 2)" ) ), qPrintable( run.log ) );
      auto layer = TestUtils::layer( run.results.value( QStringLiteral( "OUTPUT_SUPPLY" ) ).toString() );
      QVERIFY( layer );
      QCOMPARE( layer->featureCount(), 3LL );
    }

    void twoStepByHand()
    {
      // D1 (pop 100) at S1; D2 (pop 300) 1000 m from S1 and 1200 m from S2; D3 (pop 50) far away.
      auto demand = points( QStringLiteral( "demand" ), { { "D1", 0, 0, "100" }, { "D2", 1000, 0, "300" }, { "D3", 10000, 0, "50" } } );
      auto supply = points( QStringLiteral( "supply" ), { { "S1", 0, 0, "40" }, { "S2", 2200, 0, "10" }, { "S3", 2200, 50, QString() } } );
      auto planned = points( QStringLiteral( "planned" ), { { "P1", 10000, 100, "5" } } );
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:catchmentratio" ),
                                                 { { QStringLiteral( "DEMAND" ), QVariant::fromValue( demand.get() ) }, { QStringLiteral( "DEMAND_FIELD" ), QStringLiteral( "value" ) },
                                                   { QStringLiteral( "SUPPLY" ), QVariant::fromValue( supply.get() ) }, { QStringLiteral( "SUPPLY_ID" ), QStringLiteral( "id" ) }, { QStringLiteral( "SUPPLY_FIELD" ), QStringLiteral( "value" ) },
                                                   { QStringLiteral( "ADDITIONAL_SUPPLY" ), QVariant::fromValue( planned.get() ) },
                                                   { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "CATCHMENT" ), 1500 },
                                                   { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "2sfca.gpkg" ) ) }, { QStringLiteral( "OUTPUT_SUPPLY" ), out( QStringLiteral( "2sfca_supply.gpkg" ) ) } } );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      // The facility without a capacity is reported and counts as 0.
      QVERIFY2( run.log.contains( QStringLiteral( "no number in 'value'" ) ), qPrintable( run.log ) );
      auto d = byId( run.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      // R1 = 40 / (100 + 300) = 0.1; R2 = 10 / 300; S3 has capacity 0.
      QGSCOMPARENEAR( d["D1"].attribute( QStringLiteral( "access" ) ).toDouble(), 0.1, 1e-12 );
      QGSCOMPARENEAR( d["D2"].attribute( QStringLiteral( "access" ) ).toDouble(), 0.1 + 10.0 / 300.0, 1e-12 );
      QGSCOMPARENEAR( d["D3"].attribute( QStringLiteral( "access" ) ).toDouble(), 0.0, 1e-12 );
      QCOMPARE( d["D3"].attribute( QStringLiteral( "covered" ) ).toBool(), false );
      QGSCOMPARENEAR( d["D3"].attribute( QStringLiteral( "nearest_cost" ) ).toDouble(), 10000.0 - 2200.0, 1e-6 );
      // Mean weighted by demand: (100·0.1 + 300·0.1333 + 50·0) / 450 = 50 / 450.
      QGSCOMPARENEAR( d["D1"].attribute( QStringLiteral( "access_norm" ) ).toDouble(), 0.1 / ( 50.0 / 450.0 ), 1e-12 );
      // Scenario: the planned facility serves D3 alone: 5 / 50.
      QGSCOMPARENEAR( d["D3"].attribute( QStringLiteral( "access_scenario" ) ).toDouble(), 0.1, 1e-12 );
      QGSCOMPARENEAR( d["D3"].attribute( QStringLiteral( "access_change" ) ).toDouble(), 0.1, 1e-12 );
      QGSCOMPARENEAR( d["D1"].attribute( QStringLiteral( "access_change" ) ).toDouble(), 0.0, 1e-12 );
      auto s = byId( run.results.value( QStringLiteral( "OUTPUT_SUPPLY" ) ).toString() );
      QGSCOMPARENEAR( s["S1"].attribute( QStringLiteral( "supply_ratio" ) ).toDouble(), 0.1, 1e-12 );
      QGSCOMPARENEAR( s["S1"].attribute( QStringLiteral( "demand_in_catchment" ) ).toDouble(), 400.0, 1e-9 );
      QGSCOMPARENEAR( s["S2"].attribute( QStringLiteral( "demand_in_catchment" ) ).toDouble(), 300.0, 1e-9 );
    }

    void enhancedStepsWeighBothSteps()
    {
      // E2SFCA with steps 500:1, 1500:0.5 on the same layout: D2 is 1000 m from S1 (weight 0.5).
      auto demand = points( QStringLiteral( "demand" ), { { "D1", 0, 0, "100" }, { "D2", 1000, 0, "300" } } );
      auto supply = points( QStringLiteral( "supply" ), { { "S1", 0, 0, "40" } } );
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:catchmentratio" ),
                                                 { { QStringLiteral( "DEMAND" ), QVariant::fromValue( demand.get() ) }, { QStringLiteral( "DEMAND_FIELD" ), QStringLiteral( "value" ) },
                                                   { QStringLiteral( "SUPPLY" ), QVariant::fromValue( supply.get() ) }, { QStringLiteral( "SUPPLY_FIELD" ), QStringLiteral( "value" ) },
                                                   { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "METHOD" ), 1 }, { QStringLiteral( "STEPS" ), QStringLiteral( "500:1,1500:0.5" ) },
                                                   { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "e2sfca.gpkg" ) ) } } );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      auto d = byId( run.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      const double r = 40.0 / ( 100.0 * 1.0 + 300.0 * 0.5 ); // 0.16
      QGSCOMPARENEAR( d["D1"].attribute( QStringLiteral( "access" ) ).toDouble(), r, 1e-12 );
      QGSCOMPARENEAR( d["D2"].attribute( QStringLiteral( "access" ) ).toDouble(), 0.5 * r, 1e-12 );
    }

    void berlinKitasReproduceTotalSupply()
    {
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:catchmentratio" ),
                                                 { { QStringLiteral( "DEMAND" ), TestUtils::sharedData( QStringLiteral( "berlin-planungsraeume-2019-mss.geojson" ) ) }, { QStringLiteral( "DEMAND_ID" ), QStringLiteral( "id" ) }, { QStringLiteral( "DEMAND_FIELD" ), QStringLiteral( "inhabitants" ) },
                                                   { QStringLiteral( "SUPPLY" ), TestUtils::sharedData( QStringLiteral( "berlin-kindertagesstaetten.geojson" ) ) }, { QStringLiteral( "SUPPLY_FIELD" ), QStringLiteral( "e_platz" ) },
                                                   { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "CATCHMENT" ), 1500 },
                                                   { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "berlin.gpkg" ) ) }, { QStringLiteral( "OUTPUT_SUPPLY" ), out( QStringLiteral( "berlin_kitas.gpkg" ) ) } } );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      // Σ_j R_j · demand_in_catchment_j equals the capacity of all Kitas that have demand in reach.
      auto kitas = TestUtils::layer( run.results.value( QStringLiteral( "OUTPUT_SUPPLY" ) ).toString() );
      QCOMPARE( kitas->featureCount(), 2880LL );
      double reproduced = 0, capacityWithDemand = 0;
      QgsFeatureIterator it = kitas->getFeatures();
      QgsFeature f;
      while ( it.nextFeature( f ) )
      {
        if ( f.attribute( QStringLiteral( "supply_ratio" ) ).isNull() )
          continue;
        reproduced += f.attribute( QStringLiteral( "supply_ratio" ) ).toDouble() * f.attribute( QStringLiteral( "demand_in_catchment" ) ).toDouble();
        capacityWithDemand += f.attribute( QStringLiteral( "e_platz" ) ).toString().toDouble();
      }
      QVERIFY( capacityWithDemand > 100000 ); // Berlin has about 190,000 Kita places
      QGSCOMPARENEAR( reproduced, capacityWithDemand, 1e-6 * capacityWithDemand );
      // Plausibility: nearly every inhabited planning area has a Kita within 1.5 km, and the
      // demand-weighted mean access equals places per inhabitant in reach.
      auto areas = TestUtils::layer( run.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      int covered = 0, inhabited = 0;
      it = areas->getFeatures();
      while ( it.nextFeature( f ) )
      {
        if ( f.attribute( QStringLiteral( "inhabitants" ) ).toDouble() <= 0 )
          continue;
        ++inhabited;
        covered += f.attribute( QStringLiteral( "covered" ) ).toBool() ? 1 : 0;
        QVERIFY( f.attribute( QStringLiteral( "access" ) ).toDouble() < 1.0 ); // less than one place per inhabitant
      }
      QVERIFY( covered > 0.95 * inhabited );
    }

    void networkAndStraightLineAgreeInOrder()
    {
      // On Lauf's network, network costs are never shorter than straight lines: access with a
      // network catchment covers at most what the straight line does.
      const QString pbf = TestUtils::sharedData( QStringLiteral( "lauf-an-der-pegnitz-2020-01-15.osm.pbf" ) );
      // Only coverage is compared, so the demand weight does not matter (osm_id serves as a number).
      QVariantMap straight { { QStringLiteral( "DEMAND" ), pbf + QStringLiteral( "|layername=points" ) },
                             { QStringLiteral( "SUPPLY" ), pbf + QStringLiteral( "|layername=points|subset=\"other_tags\" LIKE '%school%' OR \"other_tags\" LIKE '%kindergarten%'" ) },
                             { QStringLiteral( "DEMAND_FIELD" ), QStringLiteral( "osm_id" ) }, { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "CATCHMENT" ), 800 },
                             { QStringLiteral( "MAX_SNAP_DISTANCE" ), 2000 }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "lauf_straight.gpkg" ) ) } };
      QVariantMap network = straight;
      network.insert( QStringLiteral( "NETWORK" ), pbf + QStringLiteral( "|layername=lines|subset=\"highway\" IS NOT NULL" ) );
      network.insert( QStringLiteral( "ACCESS_COST" ), false );
      network.insert( QStringLiteral( "OUTPUT" ), out( QStringLiteral( "lauf_network.gpkg" ) ) );
      const TestUtils::Run a = TestUtils::run( QStringLiteral( "sozialraum:catchmentratio" ), straight );
      const TestUtils::Run b = TestUtils::run( QStringLiteral( "sozialraum:catchmentratio" ), network );
      QVERIFY2( a.ok && b.ok, qPrintable( a.error + b.error ) );
      int coveredStraight = 0, coveredNetwork = 0, networkOnly = 0;
      auto la = TestUtils::layer( a.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      auto lb = TestUtils::layer( b.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      std::map<QString, bool> straightCovered;
      QgsFeature f;
      QgsFeatureIterator it = la->getFeatures();
      while ( it.nextFeature( f ) )
      {
        straightCovered[f.attribute( QStringLiteral( "osm_id" ) ).toString()] = f.attribute( QStringLiteral( "covered" ) ).toBool();
        coveredStraight += f.attribute( QStringLiteral( "covered" ) ).toBool() ? 1 : 0;
      }
      it = lb->getFeatures();
      while ( it.nextFeature( f ) )
      {
        const bool c = f.attribute( QStringLiteral( "covered" ) ).toBool();
        coveredNetwork += c ? 1 : 0;
        networkOnly += ( c && !straightCovered[f.attribute( QStringLiteral( "osm_id" ) ).toString()] ) ? 1 : 0;
      }
      QVERIFY( coveredStraight > 0 );
      QVERIFY2( coveredNetwork < coveredStraight, qPrintable( QStringLiteral( "network %1, straight %2" ).arg( coveredNetwork ).arg( coveredStraight ) ) );
      QCOMPARE( networkOnly, 0 );
    }

    void serviceGapsClassifiesNeedAgainstAccess()
    {
      // Four 1 km squares in a row; need falls from west to east; one facility in the east.
      QgsVectorLayer areas( QStringLiteral( "Polygon?crs=EPSG:25832&field=id:string&field=pop:integer&field=need:double" ), QStringLiteral( "areas" ), QStringLiteral( "memory" ) );
      QgsFeatureList list;
      const double need[] = { 4, 3, 2, 1 };
      for ( int i = 0; i < 4; ++i )
      {
        QgsFeature f( areas.fields() );
        f.setAttributes( QgsAttributes() << QStringLiteral( "A%1" ).arg( i ) << 1000 << need[i] );
        f.setGeometry( QgsGeometry::fromRect( QgsRectangle( i * 1000, 0, i * 1000 + 1000, 1000 ) ) );
        list << f;
      }
      areas.dataProvider()->addFeatures( list );
      auto supply = points( QStringLiteral( "supply" ), { { "S", 3500, 500, "100" } } );
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:servicegaps" ),
                                                 { { QStringLiteral( "AREAS" ), QVariant::fromValue( &areas ) }, { QStringLiteral( "POPULATION_FIELD" ), QStringLiteral( "pop" ) }, { QStringLiteral( "NEED_FIELD" ), QStringLiteral( "need" ) },
                                                   { QStringLiteral( "SUPPLY" ), QVariant::fromValue( supply.get() ) }, { QStringLiteral( "SUPPLY_FIELD" ), QStringLiteral( "value" ) },
                                                   { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "CATCHMENT" ), 1600 }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "gaps.gpkg" ) ) } } );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      auto a = byId( run.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      // Area centres at 500, 1500, 2500, 3500: A2 (1000 m) and A3 (0 m) reach S within 1600 m; R = 100 / 2000.
      QGSCOMPARENEAR( a["A3"].attribute( QStringLiteral( "access" ) ).toDouble(), 0.05, 1e-12 );
      QGSCOMPARENEAR( a["A0"].attribute( QStringLiteral( "access" ) ).toDouble(), 0.0, 1e-12 );
      QGSCOMPARENEAR( a["A0"].attribute( QStringLiteral( "coverage_share" ) ).toDouble(), 0.0, 1e-12 );
      QGSCOMPARENEAR( a["A0"].attribute( QStringLiteral( "unserved" ) ).toDouble(), 1000.0, 1e-9 );
      QCOMPARE( a["A0"].attribute( QStringLiteral( "need_rank" ) ).toInt(), 1 );
      // The western, needy areas without access are class 1; the eastern, served ones class 4.
      QCOMPARE( a["A0"].attribute( QStringLiteral( "gap_class" ) ).toInt(), 1 );
      QCOMPARE( a["A1"].attribute( QStringLiteral( "gap_class" ) ).toInt(), 1 );
      QCOMPARE( a["A3"].attribute( QStringLiteral( "gap_class" ) ).toInt(), 4 );
      QCOMPARE( a["A0"].attribute( QStringLiteral( "gap_label" ) ).toString(), QStringLiteral( "high need, poor access" ) );
      QVERIFY( a["A0"].attribute( QStringLiteral( "gap_score" ) ).toDouble() > a["A3"].attribute( QStringLiteral( "gap_score" ) ).toDouble() );
    }

    void locationSuggestPicksTheBestSite()
    {
      // Two demand clusters: 500 people around x=0, 200 around x=5000; candidates at each and one between.
      auto demand = points( QStringLiteral( "demand" ), { { "a", 0, 0, "250" }, { "b", 100, 0, "250" }, { "c", 5000, 0, "200" } } );
      auto candidates = points( QStringLiteral( "candidates" ), { { "C-mid", 2500, 0, QString() }, { "C-east", 5000, 50, QString() }, { "C-west", 50, 50, QString() } } );
      QVariantMap p { { QStringLiteral( "CANDIDATES" ), QVariant::fromValue( candidates.get() ) }, { QStringLiteral( "DEMAND" ), QVariant::fromValue( demand.get() ) }, { QStringLiteral( "WEIGHT" ), QStringLiteral( "to_real(\"value\")" ) },
                      { QStringLiteral( "P" ), 1 }, { QStringLiteral( "RADIUS" ), 500 }, { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "sites.gpkg" ) ) }, { QStringLiteral( "OUTPUT_SUMMARY" ), out( QStringLiteral( "summary.csv" ) ) } };
      TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:locationsuggest" ), p );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      auto sites = byId( run.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      QCOMPARE( sites.size(), std::size_t( 1 ) );
      QVERIFY( sites.count( QStringLiteral( "C-west" ) ) );
      QGSCOMPARENEAR( sites["C-west"].attribute( QStringLiteral( "marginal_gain" ) ).toDouble(), 500.0, 1e-9 );
      auto summary = byId( run.results.value( QStringLiteral( "OUTPUT_SUMMARY" ) ).toString(), QStringLiteral( "measure" ) );
      QGSCOMPARENEAR( summary["covered after"].attribute( QStringLiteral( "value" ) ).toDouble(), 500.0, 1e-9 );
      // P = 2 adds the east.
      p.insert( QStringLiteral( "P" ), 2 );
      p.insert( QStringLiteral( "OUTPUT" ), out( QStringLiteral( "sites2.gpkg" ) ) );
      run = TestUtils::run( QStringLiteral( "sozialraum:locationsuggest" ), p );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      QVERIFY( byId( run.results.value( QStringLiteral( "OUTPUT" ) ).toString() ).count( QStringLiteral( "C-east" ) ) );
      // P larger than the candidates is refused.
      p.insert( QStringLiteral( "P" ), 4 );
      run = TestUtils::run( QStringLiteral( "sozialraum:locationsuggest" ), p );
      QVERIFY( !run.ok );
      QVERIFY2( run.error.contains( QStringLiteral( "larger than the number of candidate sites" ) ), qPrintable( run.error ) );
    }

    void programmeTargetingFindsHighNeedOutside()
    {
      QgsVectorLayer areas( QStringLiteral( "Polygon?crs=EPSG:25832&field=id:string&field=cls:integer" ), QStringLiteral( "areas" ), QStringLiteral( "memory" ) );
      QgsFeatureList list;
      const int cls[] = { 4, 4, 1 };
      for ( int i = 0; i < 3; ++i )
      {
        QgsFeature f( areas.fields() );
        f.setAttributes( QgsAttributes() << QStringLiteral( "A%1" ).arg( i ) << cls[i] );
        f.setGeometry( QgsGeometry::fromRect( QgsRectangle( i * 1000, 0, i * 1000 + 1000, 1000 ) ) );
        list << f;
      }
      areas.dataProvider()->addFeatures( list );
      // The programme area, in another CRS (WGS 84), covers A0 entirely and A2 by three quarters.
      QgsVectorLayer programme( QStringLiteral( "Polygon?crs=EPSG:25832" ), QStringLiteral( "programme" ), QStringLiteral( "memory" ) );
      QgsFeature f( programme.fields() );
      f.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "MULTIPOLYGON(((-10 -10, 1000 -10, 1000 1010, -10 1010, -10 -10)),((2000 -10, 2750 -10, 2750 1010, 2000 1010, 2000 -10)))" ) ) );
      programme.dataProvider()->addFeatures( QgsFeatureList() << f );
      const TestUtils::Run reprojected = TestUtils::run( QStringLiteral( "native:reprojectlayer" ), { { QStringLiteral( "INPUT" ), QVariant::fromValue( &programme ) }, { QStringLiteral( "TARGET_CRS" ), QStringLiteral( "EPSG:4326" ) }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "programme4326.gpkg" ) ) } } );
      QVERIFY( reprojected.ok );
      const TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:programmetargeting" ), { { QStringLiteral( "AREAS" ), QVariant::fromValue( &areas ) }, { QStringLiteral( "HIGH_NEED" ), QStringLiteral( "\"cls\" >= 3" ) }, { QStringLiteral( "PROGRAMME_AREAS" ), reprojected.results.value( QStringLiteral( "OUTPUT" ) ) }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "targeting.gpkg" ) ) } } );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      auto a = byId( run.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      QGSCOMPARENEAR( a["A0"].attribute( QStringLiteral( "programme_share" ) ).toDouble(), 1.0, 1e-3 );
      QGSCOMPARENEAR( a["A1"].attribute( QStringLiteral( "programme_share" ) ).toDouble(), 0.0, 1e-3 );
      QGSCOMPARENEAR( a["A2"].attribute( QStringLiteral( "programme_share" ) ).toDouble(), 0.75, 1e-3 );
      QCOMPARE( a["A0"].attribute( QStringLiteral( "targeting" ) ).toString(), QStringLiteral( "high need inside" ) );
      QCOMPARE( a["A1"].attribute( QStringLiteral( "targeting" ) ).toString(), QStringLiteral( "high need outside programme" ) );
      QCOMPARE( a["A2"].attribute( QStringLiteral( "targeting" ) ).toString(), QStringLiteral( "programme without high need" ) );
    }

    void budgetAllocationRespectsBoundsAndSumsExactly()
    {
      QgsVectorLayer areas( QStringLiteral( "None?field=id:string&field=w:double" ), QStringLiteral( "areas" ), QStringLiteral( "memory" ) );
      QgsFeatureList list;
      const double w[] = { 1, 2, 7 };
      for ( int i = 0; i < 3; ++i )
      {
        QgsFeature f( areas.fields() );
        f.setAttributes( QgsAttributes() << QStringLiteral( "A%1" ).arg( i ) << w[i] );
        list << f;
      }
      areas.dataProvider()->addFeatures( list );
      QVariantMap p { { QStringLiteral( "AREAS" ), QVariant::fromValue( &areas ) }, { QStringLiteral( "WEIGHT" ), QStringLiteral( "\"w\"" ) }, { QStringLiteral( "BUDGET" ), 1000 }, { QStringLiteral( "MIN_PER_AREA" ), 150 }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "budget.gpkg" ) ) } };
      TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:budgetallocation" ), p );
      QVERIFY2( run.ok, qPrintable( run.error ) );
      auto a = byId( run.results.value( QStringLiteral( "OUTPUT" ) ).toString() );
      // A0 gets the minimum 150; 850 is split 2 : 7 = 188.89 / 661.11, rounded by largest remainder to 189 / 661.
      QCOMPARE( a["A0"].attribute( QStringLiteral( "allocation" ) ).toDouble(), 150.0 );
      QCOMPARE( a["A1"].attribute( QStringLiteral( "allocation" ) ).toDouble(), 189.0 );
      QCOMPARE( a["A2"].attribute( QStringLiteral( "allocation" ) ).toDouble(), 661.0 );
      QCOMPARE( a["A0"].attribute( QStringLiteral( "allocation_bound" ) ).toString(), QStringLiteral( "min" ) );
      // Minimums above the budget are refused with the figures.
      p.insert( QStringLiteral( "MIN_PER_AREA" ), 400 );
      run = TestUtils::run( QStringLiteral( "sozialraum:budgetallocation" ), p );
      QVERIFY( !run.ok );
      QVERIFY2( run.error.contains( QStringLiteral( "minimum" ), Qt::CaseInsensitive ), qPrintable( run.error ) );
    }

    void badInputIsNamed()
    {
      auto demand = points( QStringLiteral( "demand" ), { { "D1", 0, 0, "100" } } );
      auto supply = points( QStringLiteral( "supply" ), { { "S1", 0, 0, QString() }, { "S2", 10, 0, QStringLiteral( "ca. 40" ) } } );
      QVariantMap p { { QStringLiteral( "DEMAND" ), QVariant::fromValue( demand.get() ) }, { QStringLiteral( "DEMAND_FIELD" ), QStringLiteral( "value" ) },
                      { QStringLiteral( "SUPPLY" ), QVariant::fromValue( supply.get() ) }, { QStringLiteral( "SUPPLY_FIELD" ), QStringLiteral( "value" ) },
                      { QStringLiteral( "COST_TYPE" ), 0 }, { QStringLiteral( "CATCHMENT" ), 100 }, { QStringLiteral( "OUTPUT" ), out( QStringLiteral( "bad.gpkg" ) ) } };
      TestUtils::Run run = TestUtils::run( QStringLiteral( "sozialraum:catchmentratio" ), p );
      QVERIFY( !run.ok ); // all capacities missing
      QVERIFY2( run.error.contains( QStringLiteral( "capacity" ) ), qPrintable( run.error ) );
      auto supply2 = points( QStringLiteral( "supply" ), { { "S1", 0, 0, QStringLiteral( "20" ) } } );
      p.insert( QStringLiteral( "SUPPLY" ), QVariant::fromValue( supply2.get() ) );
      p.insert( QStringLiteral( "CATCHMENT" ), 0 );
      run = TestUtils::run( QStringLiteral( "sozialraum:catchmentratio" ), p );
      QVERIFY( !run.ok );
      QVERIFY2( run.error.contains( QStringLiteral( "CATCHMENT" ) ), qPrintable( run.error ) );
    }
};

QTEST_MAIN( TestGaps )
#include "test_alg_gaps.moc"
