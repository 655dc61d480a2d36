#include "catalogue/catalogue.h"
#include "catalogue/schema.h"
#include "catalogue/sqlite.h"
#include "catalogue/uuid.h"
#include "catalogue/vocabulary.h"

#include "cataloguetestutil.h"

#include <QObject>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace sozialraum::catalogue;
using namespace cataloguetest;

class TestSchema : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  std::string path( const char *name ) const { return mDir.filePath( name ).toStdString(); }

  static long long integer( const Database &database, const std::string &sql )
  {
    return std::get<long long>( database.scalar( sql ) );
  }

private slots:
  void createMakesAVersionedSpatiaLiteCatalogue()
  {
    Catalogue catalogue = Catalogue::create( path( "new.sqlite" ), as( "anna" ) );
    QCOMPARE( catalogue.schemaVersion(), Catalogue::currentSchemaVersion() );
    const Database &database = catalogue.database();
    QCOMPARE( integer( database, "PRAGMA user_version" ), static_cast<long long>( currentSchemaVersion() ) );
    QCOMPARE( integer( database, "PRAGMA application_id" ), static_cast<long long>( CATALOGUE_APPLICATION_ID ) );
    QCOMPARE( integer( database, "PRAGMA foreign_keys" ), 1LL );
    QCOMPARE( std::get<std::string>( database.scalar( "PRAGMA journal_mode" ) ), std::string( "wal" ) );
    QVERIFY( integer( database, "PRAGMA busy_timeout" ) == 5000 );
    QCOMPARE( integer( database, "SELECT count(*) FROM geometry_columns WHERE f_table_name = 'location' AND "
                                 "f_geometry_column = 'geom' AND srid = 4326" ),
              1LL );
    QCOMPARE( integer( database, "SELECT spatial_index_enabled FROM geometry_columns WHERE f_table_name = 'location'" ),
              1LL );
    QVERIFY( catalogue.hasFullTextSearch() );

    // seeded vocabularies, with their fixed ids, not logged as anyone's edit
    QCOMPARE( catalogue.taxonomies().size(), size_t( 3 ) );
    const std::optional<TaxonomyTerm> seniors = catalogue.findTerm( vocabulary::TARGET_GROUP_TAXONOMY_ID, "senior" );
    QVERIFY( seniors );
    QCOMPARE( seniors->id, targetGroup( "senior" ) );
    QCOMPARE( seniors->name, std::string( "Seniorinnen und Senioren" ) );
    QCOMPARE( catalogue.terms( vocabulary::THEME_TAXONOMY_ID ).size(), size_t( 7 ) );
    QCOMPARE( catalogue.terms( vocabulary::QUARTER_FUNCTION_TAXONOMY_ID ).size(), size_t( 9 ) );
    QCOMPARE( catalogue.recordCount( "metadata" ), 0LL );
  }

  void createRefusesAnExistingFile()
  {
    writeFile( path( "exists.sqlite" ), "x" );
    CATALOGUE_VERIFY_CONTAINS( errorOf( [ & ] { Catalogue::create( path( "exists.sqlite" ) ); } ), "already exists" );
    QCOMPARE( readFile( path( "exists.sqlite" ) ), std::string( "x" ) );
  }

  void openReadsWhatCreateWrote()
  {
    std::string id;
    {
      Catalogue catalogue = Catalogue::create( path( "reopen.sqlite" ) );
      id = addOrganization( catalogue, "Stadtteilbüro Moisling", StakeholderKind::PublicOffice ).id;
    }
    Catalogue catalogue = Catalogue::open( path( "reopen.sqlite" ) );
    const std::optional<Organization> organization = catalogue.organization( id );
    QVERIFY( organization );
    QCOMPARE( organization->name, std::string( "Stadtteilbüro Moisling" ) );
    QVERIFY( organization->kind == StakeholderKind::PublicOffice );
  }

  void openUpgradesAnOlderSchema()
  {
    const std::string file = path( "v1.sqlite" );
    {
      // a catalogue as version 1 wrote it: HSDS tables only
      Database database( file, true, 5000 );
      database.loadSpatiaLite();
      database.exec( "PRAGMA foreign_keys = ON" );
      SqlTransaction transaction( database );
      migrateSchema( database, 0, 1 );
      transaction.commit();
      database.exec(
          "INSERT INTO organization (id, name) VALUES ('11111111-1111-4111-8111-111111111111', 'AWO Kreisverband')" );
      database.exec( "INSERT INTO service (id, organization_id, name) VALUES ('22222222-2222-4222-8222-222222222222', "
                     "'11111111-1111-4111-8111-111111111111', 'Seniorentreff')" );
      QCOMPARE( integer( database, "PRAGMA user_version" ), 1LL );
      QVERIFY( !tableExists( database, "committee" ) );
    }
    Catalogue catalogue = Catalogue::open( file, as( "bernd" ) );
    QCOMPARE( catalogue.schemaVersion(), 2 );
    QVERIFY( tableExists( catalogue.database(), "committee" ) );
    QCOMPARE( catalogue.taxonomies().size(), size_t( 3 ) );

    // the old record survives, takes the new fields, is found by text search and logged
    std::optional<Service> old = catalogue.service( "22222222-2222-4222-8222-222222222222" );
    QVERIFY( old );
    QCOMPARE( old->name, std::string( "Seniorentreff" ) );
    old->capacity = 25;
    old->organizationForm = OrganizationForm::Quarter;
    catalogue.upsertService( *old );
    ServiceFilter filter;
    filter.text = "treff";
    QCOMPARE( catalogue.services( filter ).size(), size_t( 1 ) );
    bool capacityLogged = false;
    for ( const ChangeLogEntry &entry : catalogue.history( old->id ) )
      capacityLogged =
          capacityLogged || ( entry.field == "capacity" && entry.replacementValue == std::string( "25.0" ) &&
                              entry.updatedBy == "bernd" );
    QVERIFY( capacityLogged );
  }

  void openRefusesANewerSchema()
  {
    const std::string file = path( "newer.sqlite" );
    {
      Catalogue catalogue = Catalogue::create( file );
      catalogue.database().exec( "PRAGMA user_version = 5" );
    }
    QCOMPARE(
        errorOf( [ & ] { Catalogue::open( file ); } ),
        "The catalogue file '" + file +
            "' was made by a newer Sozialraum (schema 5); this version reads up to 2. Update the Sozialraum plugin." );
  }

  void openRefusesFilesThatAreNoCatalogue()
  {
    CATALOGUE_VERIFY_CONTAINS( errorOf( [ & ] { Catalogue::open( path( "missing.sqlite" ) ); } ), "does not exist" );

    writeFile( path( "text.sqlite" ),
               "Dies ist keine Datenbank, sondern eine Textdatei mit etwas Inhalt, die lang genug ist." );
    CATALOGUE_VERIFY_CONTAINS( errorOf( [ & ] { Catalogue::open( path( "text.sqlite" ) ); } ),
                               "is not a Sozialraum catalogue (it is not an SQLite" );
    QCOMPARE( readFile( path( "text.sqlite" ) ).substr( 0, 8 ), std::string( "Dies ist" ) );

    {
      Database other( path( "other.sqlite" ), true, 1000 );
      other.exec( "CREATE TABLE kita (name TEXT)" );
    }
    CATALOGUE_VERIFY_CONTAINS( errorOf( [ & ] { Catalogue::open( path( "other.sqlite" ) ); } ),
                               "is an SQLite database but not a Sozialraum catalogue" );
  }

  void foreignKeysAreEnforced()
  {
    Catalogue catalogue = Catalogue::create( path( "fk.sqlite" ) );
    Service orphan;
    orphan.organizationId = "33333333-3333-4333-8333-333333333333";
    orphan.name = "Mobile Jugendarbeit";
    QCOMPARE(
        errorOf( [ & ] { catalogue.upsertService( orphan ); } ),
        std::string( "Saving the offering 'Mobile Jugendarbeit': the field 'organization_id' refers to the stakeholder "
                     "'33333333-3333-4333-8333-333333333333', which is not in the catalogue." ) );
    // SQLite itself refuses too (edits from other programs that switch foreign keys on)
    CATALOGUE_VERIFY_CONTAINS(
        errorOf(
            [ & ]
            { catalogue.database().exec( "INSERT INTO service (organization_id, name) VALUES ('nobody', 'x')" ); } ),
        "FOREIGN KEY constraint failed" );
    QCOMPARE( catalogue.recordCount( "service" ), 0LL );
  }

  void deletingAStakeholderWithOfferingsIsRefusedUnlessAsked()
  {
    Catalogue catalogue = Catalogue::create( path( "delete-org.sqlite" ) );
    const Organization awo = addOrganization( catalogue, "AWO" );
    const Service club = addService( catalogue, awo.id, "Jugendclub" );
    const Location site = addSite( catalogue, club.id, "Haus am Park", 10.7, 53.86 );
    CommitteeMembership membership;
    Committee committee;
    committee.name = "Begleitgremium";
    catalogue.upsertCommittee( committee );
    membership.committeeId = committee.id;
    membership.organizationId = awo.id;
    membership.role = "member";
    catalogue.upsertCommitteeMembership( membership );

    CATALOGUE_VERIFY_CONTAINS( errorOf( [ & ] { catalogue.deleteOrganization( awo.id ); } ),
                               "The stakeholder 'AWO' still runs 1 offering ('Jugendclub'). Delete them or give them "
                               "another provider first." );
    QVERIFY( catalogue.organization( awo.id ) );

    catalogue.deleteOrganization( awo.id, true );
    QVERIFY( !catalogue.organization( awo.id ) );
    QVERIFY( !catalogue.service( club.id ) );
    QCOMPARE( catalogue.recordCount( "service_at_location" ), 0LL );
    QCOMPARE( catalogue.recordCount( "committee_membership" ), 0LL );
    QVERIFY( catalogue.location( site.id ) ); // sites stay for other offerings
    QCOMPARE( catalogue.committees().size(), size_t( 1 ) );
  }

  void deletingAnOfferingTakesItsLinksAlong()
  {
    Catalogue catalogue = Catalogue::create( path( "delete-service.sqlite" ) );
    const Organization awo = addOrganization( catalogue, "AWO" );
    const Service club = addService( catalogue, awo.id, "Jugendclub" );
    const Location site = addSite( catalogue, club.id, "Haus am Park", 10.7, 53.86 );
    Schedule hours;
    hours.serviceId = club.id;
    hours.freq = "WEEKLY";
    hours.byday = "MO,WE";
    hours.opensAt = "14:00";
    hours.closesAt = "19:00";
    catalogue.upsertSchedule( hours );
    catalogue.setServiceTerms( club.id, TermRole::TargetGroup, { targetGroup( "juvenile" ) } );
    QCOMPARE( catalogue.recordCount( "attribute" ), 1LL );

    catalogue.deleteService( club.id );
    QCOMPARE( catalogue.recordCount( "service_at_location" ), 0LL );
    QCOMPARE( catalogue.recordCount( "schedule" ), 0LL );
    QCOMPARE( catalogue.recordCount( "attribute" ), 0LL );
    QVERIFY( catalogue.location( site.id ) );
    QVERIFY( catalogue.organization( awo.id ) );
  }

  void idsAreRandomVersion4Uuids()
  {
    std::set<std::string> ids;
    for ( int i = 0; i < 2000; ++i )
    {
      const std::string id = createUuid();
      QVERIFY( isUuid( id ) );
      QCOMPARE( id[ 14 ], '4' );
      QVERIFY( std::string( "89ab" ).find( id[ 19 ] ) != std::string::npos );
      ids.insert( id );
    }
    QCOMPARE( ids.size(), size_t( 2000 ) );
    QVERIFY( !isUuid( "1234" ) );

    Catalogue catalogue = Catalogue::create( path( "uuid.sqlite" ) );
    QVERIFY( isUuid( addOrganization( catalogue, "AWO" ).id ) );
    // rows that QGIS inserts without an id get one from the column default; change-log rows too
    catalogue.database().exec( "INSERT INTO organization (name) VALUES ('Caritas')" );
    const std::string sqlId =
        std::get<std::string>( catalogue.database().scalar( "SELECT id FROM organization WHERE name = 'Caritas'" ) );
    QVERIFY( isUuid( sqlId ) );
    QCOMPARE( sqlId[ 14 ], '4' );
    QVERIFY( isUuid( catalogue.history( sqlId ).at( 0 ).id ) );
  }

  void registryMatchesTheTablesOfTheFile()
  {
    Catalogue catalogue = Catalogue::create( path( "registry.sqlite" ) );
    const Database &database = catalogue.database();
    for ( const TableInfo &table : catalogueTables() )
    {
      std::set<std::string> columns;
      Statement info = database.prepare( "SELECT name FROM pragma_table_info(?)" );
      info.bind( 1, table.name );
      while ( info.step() )
      {
        if ( info.text( 0 ) != "fid" && info.text( 0 ) != "geom" )
          columns.insert( info.text( 0 ) );
      }
      std::set<std::string> registered;
      for ( const FieldInfo &field : table.fields )
        registered.insert( field.name );
      // name the columns, so that a registry entry without its migration (or the reverse) is plain
      for ( const std::string &column : columns )
        if ( !registered.count( column ) )
          QFAIL( ( "the file has the column " + table.name + "." + column + ", the registry does not" ).c_str() );
      for ( const std::string &column : registered )
        if ( !columns.count( column ) )
          QFAIL( ( "the registry has the column " + table.name + "." + column + ", the file does not" ).c_str() );
    }
  }
};

QTEST_GUILESS_MAIN( TestSchema )
#include "testschema.moc"
