#include "catalogue/catalogue.h"
#include "catalogue/csv.h"
#include "catalogue/hsds.h"
#include "catalogue/records.h"
#include "catalogue/sqlite.h"
#include "catalogue/uuid.h"

#include "cataloguetestutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <filesystem>
#include <map>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace sozialraum::catalogue;
using namespace cataloguetest;

namespace
{

const std::string DESCRIPTION =
    "Offener Treff, \"Café Kiez\" und Beratung\nmittwochs 14–18 Uhr; Anmeldung: ja, aber nicht nötig";

//! All files of \a directory with their content.
std::map<std::string, std::string> filesOf( const std::string &directory )
{
  std::map<std::string, std::string> files;
  for ( const auto &entry : std::filesystem::directory_iterator( directory ) )
    files[ entry.path().filename().string() ] = readFile( entry.path().string() );
  return files;
}

std::map<std::string, long long> countsOf( const Catalogue &catalogue )
{
  std::map<std::string, long long> counts;
  for ( const char *table : { "organization", "program", "service", "location", "service_at_location", "contact",
                              "address", "phone", "schedule", "funding", "service_area", "taxonomy", "taxonomy_term",
                              "attribute", "committee", "committee_membership", "metadata" } )
    counts[ table ] = catalogue.recordCount( table );
  return counts;
}

//! A catalogue with something in every table, text that needs quoting, and a history of edits.
void fillRich( Catalogue &catalogue )
{
  Organization city;
  city.name = "Hansestadt Lübeck, Fachbereich Soziales";
  city.kind = StakeholderKind::PublicOffice;
  city.website = "https://www.luebeck.de";
  catalogue.upsertOrganization( city );
  Organization office;
  office.name = "Bereich Familie und Jugend";
  office.parentOrganizationId = city.id;
  office.kind = StakeholderKind::PublicOffice;
  catalogue.upsertOrganization( office );
  Organization awo;
  awo.name = "AWO Kreisverband Lübeck e.V.";
  awo.kind = StakeholderKind::WelfareAssociation;
  awo.email = "info@awo-luebeck.example";
  awo.externalId = "org:awo";
  catalogue.upsertOrganization( awo );

  Program program;
  program.organizationId = city.id;
  program.name = "Soziale Stadt Buntekuh";
  program.description = "Städtebauförderung, Programm \"Sozialer Zusammenhalt\"";
  catalogue.upsertProgram( program );

  Service treff;
  treff.organizationId = awo.id;
  treff.programId = program.id;
  treff.name = "Stadtteiltreff Buntekuh";
  treff.description = DESCRIPTION;
  treff.capacity = 40.5;
  treff.minimumAge = 14;
  treff.organizationForm = OrganizationForm::Quarter;
  treff.planningState = PlanningState::Active;
  treff.validFrom = "2021-04-01";
  treff.externalId = "jfe:0815";
  treff.assuredDate = "2024-02-29";
  catalogue.upsertService( treff );
  catalogue.setServiceTerms( treff.id, TermRole::Theme, { theme( "participation" ) } );
  catalogue.setServiceTerms( treff.id, TermRole::TargetGroup, { targetGroup( "juvenile" ), targetGroup( "senior" ) } );

  Service outreach;
  outreach.organizationId = office.id;
  outreach.name = "Aufsuchende Familienhilfe";
  outreach.organizationForm = OrganizationForm::Outreach;
  outreach.status = ServiceStatus::TemporarilyClosed;
  catalogue.upsertService( outreach );

  Location house;
  house.name = "Nachbarschaftshaus Buntekuh";
  house.latitude = 53.8581234567891;
  house.longitude = 10.6449876543211;
  house.organizationId = awo.id;
  catalogue.upsertLocation( house );
  ServiceAtLocation link;
  link.serviceId = treff.id;
  link.locationId = house.id;
  link.description = "Erdgeschoss, barrierefrei";
  catalogue.upsertServiceAtLocation( link );

  Address address;
  address.locationId = house.id;
  address.attention = "z. Hd. Frau Müller";
  address.address1 = "Ziegelstraße 1";
  address.city = "Lübeck";
  address.postalCode = "23556";
  address.country = "DE";
  address.addressType = "physical";
  catalogue.upsertAddress( address );

  Contact person;
  person.serviceId = treff.id;
  person.name = "Petra Müller";
  person.email = "p.mueller@awo-luebeck.example";
  person.title = "Quartiersmanagerin";
  catalogue.upsertContact( person );
  Phone personal;
  personal.contactId = person.id;
  personal.number = "+49 451 99 88 77";
  catalogue.upsertPhone( personal );
  Phone office1;
  office1.serviceId = treff.id;
  office1.number = "+49 451 7654321";
  office1.description = "Büro, Mo–Fr";
  catalogue.upsertPhone( office1 );

  Schedule hours;
  hours.serviceAtLocationId = link.id;
  hours.freq = "WEEKLY";
  hours.byday = "MO,WE";
  hours.opensAt = "14:00";
  hours.closesAt = "18:00";
  hours.description = "Montags und mittwochs";
  catalogue.upsertSchedule( hours );

  Funding funding;
  funding.serviceId = treff.id;
  funding.source = "Bund-Länder-Programm, kommunaler Eigenanteil";
  catalogue.upsertFunding( funding );

  catalogue.database().exec( "INSERT INTO service_area (id, service_id, name, extent_type) VALUES ('" + createUuid() +
                             "', '" + treff.id + "', 'Buntekuh', 'text')" );

  Committee committee;
  committee.name = "Stadtteilkonferenz Buntekuh";
  committee.organizationId = city.id;
  committee.area = "Buntekuh";
  catalogue.upsertCommittee( committee );
  CommitteeMembership membership;
  membership.committeeId = committee.id;
  membership.organizationId = awo.id;
  membership.role = "member";
  catalogue.upsertCommitteeMembership( membership );

  // history with updates and deletions, also of personal fields
  treff.capacity = 45;
  catalogue.upsertService( treff );
  person.name = "Petra Müller-Schulz";
  catalogue.upsertContact( person );
  Service gone = addService( catalogue, awo.id, "Sommerferienprogramm 2023" );
  catalogue.deleteService( gone.id );
}

} // namespace

class TestHsds : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  int mCount = 0;
  std::string newPath( const QString &stem )
  {
    return mDir.filePath( QStringLiteral( "%1%2" ).arg( stem ).arg( ++mCount ) ).toStdString();
  }
  Catalogue newCatalogue() { return Catalogue::create( newPath( "catalogue" ) + ".sqlite", as( "anna" ) ); }

  //! An HSDS 3.0 package as another tool writes it: 3.0 field names, an unknown column, a table the catalogue does not
  //! keep.
  std::string writeForeignPackage()
  {
    const std::string dir = newPath( "foreign" );
    std::filesystem::create_directories( dir );
    writeFile( dir + "/datapackage.json", R"json({
  "name": "diakonie-luebeck",
  "profile": "tabular-data-package",
  "resources": [
    {"name": "organization", "path": "organization.csv"},
    {"name": "service", "path": "service.csv"},
    {"name": "location", "path": "location.csv"},
    {"name": "service_at_location", "path": "service_at_location.csv"},
    {"name": "address", "path": "address.csv"},
    {"name": "phone", "path": "phone.csv"},
    {"name": "schedule", "path": "schedule.csv"},
    {"name": "taxonomy", "path": "taxonomy.csv"},
    {"name": "taxonomy_term", "path": "taxonomy_term.csv"},
    {"name": "attribute", "path": "attribute.csv"},
    {"name": "language", "path": "language.csv"}
  ]
})json" );
    // the child organization comes before its parent; LF line ends
    writeFile( dir + "/organization.csv",
               "id,name,alternate_name,description,email,website,tax_status,tax_id,year_incorporated,legal_status,logo,"
               "uri,parent_organization_id,"
               "x_internal_note\n"
               "a1b2c3d4-0000-4000-8000-000000000002,\"Diakonie Lübeck, Fachbereich Familie\",,\"Familienhilfe, "
               "Beratung\",familie@diakonie.example,"
               "https://diakonie.example/familie,,,,,,,a1b2c3d4-0000-4000-8000-000000000001,nur intern\n"
               "a1b2c3d4-0000-4000-8000-000000000001,Diakonisches Werk Lübeck,Diakonie,\"Evangelischer "
               "Wohlfahrtsverband; Träger von Kitas, "
               "Beratungsstellen und "
               "Pflegediensten.\",info@diakonie.example,https://diakonie.example,,,1948,gemeinnütziger e.V.,,,,\n" );
    // CRLF line ends, a CRLF inside a quoted description
    writeFile( dir + "/service.csv", "id,organization_id,program_id,name,alternate_name,description,url,email,status,"
                                     "interpretation_services,application_process,"
                                     "fees_description,wait_time,fees,accreditations,eligibility_description,minimum_"
                                     "age,maximum_age,assured_date,assurer_email,licenses,alert\r\n"
                                     "b1b2c3d4-0000-4000-8000-000000000001,a1b2c3d4-0000-4000-8000-000000000002,,"
                                     "Familienbüro Kücknitz,,\"Beratung für Familien, "
                                     "Alleinerziehende und werdende Eltern.\r\nSprechzeiten: dienstags, \"\"offene "
                                     "Tür\"\" donnerstags.\",https://diakonie.example/kuecknitz,"
                                     "kuecknitz@diakonie.example,active,\"Türkisch, Arabisch\",Ohne "
                                     "Anmeldung,kostenlos,,,,\"Familien mit Kindern unter 18, auch Großeltern\","
                                     "0,99,2024-03-01,redaktion@diakonie.example,,\r\n"
                                     "b1b2c3d4-0000-4000-8000-000000000002,a1b2c3d4-0000-4000-8000-000000000001,,"
                                     "Schuldner- und Insolvenzberatung,,Hilfe bei Überschuldung; "
                                     "Pfändungsschutzkonto (P-Konto),,,temporarily "
                                     "closed,,,,,,,,18,,2023-11-15,,,Wegen Umbau bis Juni geschlossen\r\n" );
    // only some columns: the optional ones are missing
    writeFile( dir + "/location.csv",
               "id,name,latitude,longitude\n"
               "c1b2c3d4-0000-4000-8000-000000000001,Stadtteilhaus Kücknitz,53.9212,10.8213\n"
               "c1b2c3d4-0000-4000-8000-000000000002,Beratungszentrum Innenstadt,53.8667,10.6856\n" );
    writeFile( dir + "/service_at_location.csv", "id,service_id,location_id,description\n"
                                                 "d1b2c3d4-0000-4000-8000-000000000001,b1b2c3d4-0000-4000-8000-"
                                                 "000000000001,c1b2c3d4-0000-4000-8000-000000000001,Im 1. Stock\n"
                                                 "d1b2c3d4-0000-4000-8000-000000000002,b1b2c3d4-0000-4000-8000-"
                                                 "000000000002,c1b2c3d4-0000-4000-8000-000000000002,\n" );
    writeFile(
        dir + "/address.csv",
        "id,location_id,attention,address_1,address_2,city,region,state_province,postal_code,country,address_type\n"
        "e1b2c3d4-0000-4000-8000-000000000001,c1b2c3d4-0000-4000-8000-000000000001,,Kirchplatz "
        "3,,Lübeck,,Schleswig-Holstein,23569,DE,physical\n" );
    writeFile( dir + "/phone.csv", "id,location_id,service_id,organization_id,contact_id,service_at_location_id,number,"
                                   "extension,type,description\n"
                                   "f1b2c3d4-0000-4000-8000-000000000001,,b1b2c3d4-0000-4000-8000-000000000001,,,,0451 "
                                   "300 400,12,voice,Anmeldung\n" );
    writeFile( dir + "/schedule.csv",
               "id,service_id,location_id,service_at_location_id,valid_from,valid_to,dtstart,timezone,until,count,wkst,"
               "freq,interval,byday,byweekno,"
               "bymonthday,byyearday,description,opens_at,closes_at,schedule_link,attending_type,notes\n"
               "71b2c3d4-0000-4000-8000-000000000001,b1b2c3d4-0000-4000-8000-000000000001,,,2024-01-01,,,,,,,WEEKLY,1,"
               "\"TU,TH\",,,,"
               "\"Dienstags 9–12 Uhr, donnerstags 14–18 Uhr\",09:00,12:00,,In person,\n" );
    writeFile( dir + "/taxonomy.csv",
               "id,name,description,uri,version\n"
               "81b2c3d4-0000-4000-8000-000000000001,Angebotsarten Diakonie,Interne Systematik,,2\n" );
    writeFile( dir + "/taxonomy_term.csv", "id,code,name,description,parent_id,taxonomy,language,taxonomy_id,term_uri\n"
                                           "91b2c3d4-0000-4000-8000-000000000001,FAM,Familienberatung,Beratung rund um "
                                           "Familie,,,de,81b2c3d4-0000-4000-8000-000000000001,\n" );
    writeFile( dir + "/attribute.csv", "id,link_id,taxonomy_term_id,link_type,link_entity,value\n"
                                       "a9b2c3d4-0000-4000-8000-000000000001,b1b2c3d4-0000-4000-8000-000000000001,"
                                       "91b2c3d4-0000-4000-8000-000000000001,,service,\n" );
    writeFile( dir + "/language.csv",
               "id,service_id,location_id,phone_id,name,code,note\n"
               "b9b2c3d4-0000-4000-8000-000000000001,b1b2c3d4-0000-4000-8000-000000000001,,,Türkisch,tr,\n" );
    return dir;
  }

  //! The message of the import of \a dir into \a catalogue, checking that nothing changed.
  std::string failedImport( Catalogue &catalogue, const std::string &dir )
  {
    const std::map<std::string, long long> before = countsOf( catalogue );
    const std::string message = errorOf( [ & ] { importHsdsPackage( catalogue, dir ); } );
    if ( countsOf( catalogue ) != before )
      return "the failed import changed the catalogue: " + message;
    return message;
  }

  //! The message of the strict import (ImportOptions::strict) of \a dir, checking that nothing changed.
  std::string failedStrictImport( Catalogue &catalogue, const std::string &dir )
  {
    const std::map<std::string, long long> before = countsOf( catalogue );
    ImportOptions strict;
    strict.strict = true;
    const std::string message = errorOf( [ & ] { importHsdsPackage( catalogue, dir, strict ); } );
    if ( countsOf( catalogue ) != before )
      return "the failed import changed the catalogue: " + message;
    return message;
  }

  //! Open Referral's own HSDS 3.0 example (tests/data/hsds-openreferral-example).
  static std::string openReferralExample()
  {
    return ( std::filesystem::path( __FILE__ ).parent_path() / "../../data/hsds-openreferral-example" )
        .lexically_normal()
        .string();
  }

  //! The problem of \a file, \a row, \a field in \a report, or nullptr.
  static const ImportProblem *problemAt( const ImportReport &report, const std::string &file, long long row,
                                         const std::string &field )
  {
    for ( const ImportProblem &problem : report.problems )
    {
      if ( problem.file == file && problem.row == row && problem.field == field )
        return &problem;
    }
    return nullptr;
  }

private slots:
  void exportWritesRfc4180CsvAndADatapackage()
  {
    Catalogue catalogue = newCatalogue();
    fillRich( catalogue );
    const std::string dir = newPath( "export" );
    const ExportReport report = exportHsdsPackage( catalogue, dir );
    QCOMPARE( report.files.back(), std::string( "datapackage.json" ) );
    QCOMPARE( report.rowCounts.at( "service" ), 2LL );

    const std::string services = readFile( dir + "/service.csv" );
    QVERIFY( services.rfind( "id,organization_id,program_id,name,alternate_name,description,url,email,status,", 0 ) ==
             0 );
    CATALOGUE_VERIFY_CONTAINS( services,
                               ",organization_form,planning_state,valid_from,valid_to,capacity,external_id\r\n" );
    CATALOGUE_VERIFY_CONTAINS(
        services,
        "\"Offener Treff, \"\"Café Kiez\"\" und Beratung\nmittwochs 14–18 Uhr; Anmeldung: ja, aber nicht nötig\"" );
    CATALOGUE_VERIFY_CONTAINS( services, ",quarter,active,2021-04-01,,45,jfe:0815\r\n" );
    CATALOGUE_VERIFY_CONTAINS( readFile( dir + "/location.csv" ), ",53.8581234567891,10.6449876543211," );
    CATALOGUE_VERIFY_CONTAINS( readFile( dir + "/organization.csv" ), "\"Hansestadt Lübeck, Fachbereich Soziales\"" );

    const QJsonObject package =
        QJsonDocument::fromJson( QByteArray::fromStdString( readFile( dir + "/datapackage.json" ) ) ).object();
    QCOMPARE( package.value( "profile" ).toString(), QStringLiteral( "tabular-data-package" ) );
    QStringList names;
    QJsonObject service;
    for ( const QJsonValue &resource : package.value( "resources" ).toArray() )
    {
      names << resource.toObject().value( "name" ).toString();
      QCOMPARE( resource.toObject().value( "path" ).toString(),
                resource.toObject().value( "name" ).toString() + ".csv" );
      if ( resource.toObject().value( "name" ).toString() == "service" )
        service = resource.toObject();
    }
    QCOMPARE( names, QStringList( { "organization", "program", "service", "location", "service_at_location", "contact",
                                    "address", "phone", "schedule", "funding", "service_area", "taxonomy",
                                    "taxonomy_term", "attribute", "committee", "committee_membership", "metadata" } ) );
    const QJsonObject schema = service.value( "schema" ).toObject();
    QCOMPARE( schema.value( "primaryKey" ).toString(), QStringLiteral( "id" ) );
    QCOMPARE( schema.value( "fields" ).toArray().size(), 29 );
    const QJsonObject status = schema.value( "fields" ).toArray().at( 8 ).toObject();
    QCOMPARE( status.value( "name" ).toString(), QStringLiteral( "status" ) );
    QCOMPARE( status.value( "constraints" ).toObject().value( "enum" ).toArray().size(), 4 );
    QCOMPARE( schema.value( "foreignKeys" )
                  .toArray()
                  .at( 0 )
                  .toObject()
                  .value( "reference" )
                  .toObject()
                  .value( "resource" )
                  .toString(),
              QStringLiteral( "organization" ) );
  }

  void roundTripGivesIdenticalFiles()
  {
    for ( const bool personal : { false, true } )
    {
      Catalogue original = newCatalogue();
      fillRich( original );
      ExportOptions options;
      options.includePersonalContacts = personal;
      const std::string first = newPath( "first" );
      exportHsdsPackage( original, first, options );

      Catalogue copy = newCatalogue();
      const ImportReport report = importHsdsPackage( copy, first );
      QCOMPARE( report.tables.at( "service" ).inserted, 2LL );
      QVERIFY( report.ignoredColumns.empty() );
      QVERIFY( report.ignoredResources.empty() );
      const std::string second = newPath( "second" );
      exportHsdsPackage( copy, second, options );

      const std::map<std::string, std::string> a = filesOf( first );
      const std::map<std::string, std::string> b = filesOf( second );
      QCOMPARE( a.size(), size_t( 18 ) );
      for ( const auto &[ name, content ] : a )
      {
        if ( b.count( name ) == 0 || b.at( name ) != content )
          QFAIL( ( name + " differs after the round trip" ).c_str() );
      }
      QCOMPARE( b.size(), a.size() );

      // and the copy works like the original
      const Service treff = *copy.findServiceByExternalId( "jfe:0815" );
      QCOMPARE( treff.description.value_or( "" ), DESCRIPTION );
      QCOMPARE( copy.serviceDetails( treff.id ).targetGroups.size(), size_t( 2 ) );
      QCOMPARE(
          copy.servicesWithin( "POLYGON((10.62 53.85, 10.67 53.85, 10.67 53.87, 10.62 53.87, 10.62 53.85))" ).size(),
          size_t( 1 ) );
      QCOMPARE( copy.history( treff.id ).size(), original.history( treff.id ).size() );
      std::map<std::string, long long> countsA = countsOf( original );
      std::map<std::string, long long> countsB = countsOf( copy );
      if ( !personal )
      {
        countsA.erase( "phone" ); // the person's phone stays behind
        countsB.erase( "phone" );
        countsA.erase( "metadata" );
        countsB.erase( "metadata" );
      }
      QVERIFY( countsA == countsB );
    }
  }

  void personalContactsAreLeftOutUnlessAsked()
  {
    Catalogue catalogue = newCatalogue();
    fillRich( catalogue );
    const std::string dir = newPath( "private" );
    exportHsdsPackage( catalogue, dir );
    QVERIFY( readFile( dir + "/contact.csv" )
                 .rfind( "id,organization_id,service_id,service_at_location_id,location_id,title,department\r\n", 0 ) ==
             0 );
    CATALOGUE_VERIFY_CONTAINS( readFile( dir + "/contact.csv" ), "Quartiersmanagerin" );
    for ( const auto &[ name, content ] : filesOf( dir ) )
    {
      for ( const char *personal : { "Petra", "p.mueller@", "99 88 77", "Frau Müller" } )
      {
        if ( contains( content, personal ) )
          QFAIL( ( name + " holds personal data: " + personal ).c_str() );
      }
    }
    CATALOGUE_VERIFY_CONTAINS( readFile( dir + "/phone.csv" ), "7654321" ); // the office number stays

    const std::string full = newPath( "full" );
    ExportOptions options;
    options.includePersonalContacts = true;
    exportHsdsPackage( catalogue, full, options );
    CATALOGUE_VERIFY_CONTAINS( readFile( full + "/contact.csv" ),
                               "Petra Müller-Schulz,Quartiersmanagerin,,p.mueller@awo-luebeck.example" );
    CATALOGUE_VERIFY_CONTAINS( readFile( full + "/phone.csv" ), "99 88 77" );
    CATALOGUE_VERIFY_CONTAINS( readFile( full + "/metadata.csv" ), "Petra Müller,Petra Müller-Schulz" );
    CATALOGUE_VERIFY_CONTAINS( readFile( full + "/datapackage.json" ), "\"sozialraum:personal\": true" );
  }

  void importsAPackageWrittenByAnotherTool()
  {
    Catalogue catalogue = newCatalogue();
    const std::string dir = writeForeignPackage();
    const ImportReport report = importHsdsPackage( catalogue, dir );

    QCOMPARE( report.tables.at( "organization" ).inserted, 2LL );
    QCOMPARE( report.tables.at( "service" ).inserted, 2LL );
    QCOMPARE( report.tables.at( "schedule" ).inserted, 1LL );
    QCOMPARE( report.ignoredColumns.at( "organization" ), std::vector<std::string>( { "x_internal_note" } ) );
    QCOMPARE( report.ignoredResources, std::vector<std::string>( { "language.csv" } ) );
    bool told = false;
    for ( const std::string &message : report.messages )
      told = told || contains( message, "organization.csv: ignored the column 'x_internal_note'" );
    QVERIFY( told );

    const std::optional<Service> family = catalogue.service( "b1b2c3d4-0000-4000-8000-000000000001" );
    QVERIFY( family );
    QCOMPARE( family->name, std::string( "Familienbüro Kücknitz" ) );
    QCOMPARE( family->description.value_or( "" ),
              std::string( "Beratung für Familien, Alleinerziehende und werdende Eltern.\r\nSprechzeiten: dienstags, "
                           "\"offene Tür\" donnerstags." ) );
    QCOMPARE( family->eligibilityDescription.value_or( "" ),
              std::string( "Familien mit Kindern unter 18, auch Großeltern" ) );
    QCOMPARE( family->maximumAge.value_or( 0 ), 99.0 );
    const std::optional<Service> debt = catalogue.service( "b1b2c3d4-0000-4000-8000-000000000002" );
    QVERIFY( debt->status == ServiceStatus::TemporarilyClosed );
    QCOMPARE( debt->minimumAge.value_or( 0 ), 18.0 );
    QCOMPARE( catalogue.organization( "a1b2c3d4-0000-4000-8000-000000000002" )->parentOrganizationId.value_or( "" ),
              std::string( "a1b2c3d4-0000-4000-8000-000000000001" ) );
    QCOMPARE( catalogue.findOrganizationByName( "diakonie lübeck, fachbereich familie" )->id,
              std::string( "a1b2c3d4-0000-4000-8000-000000000002" ) );
    QVERIFY( catalogue.location( "c1b2c3d4-0000-4000-8000-000000000001" )->locationType == LocationType::Physical );

    // usable like any catalogue content: on the map, by term, by text, in the details
    QCOMPARE( catalogue.servicesWithin( "POLYGON((10.80 53.91, 10.84 53.91, 10.84 53.93, 10.80 53.93, 10.80 53.91))" )
                  .at( 0 )
                  .id,
              family->id );
    ServiceFilter filter;
    filter.themeTermIds = { "91b2c3d4-0000-4000-8000-000000000001" };
    QCOMPARE( catalogue.services( filter ).size(), size_t( 1 ) );
    filter = ServiceFilter();
    filter.text = "überschuldung";
    QCOMPARE( catalogue.services( filter ).size(), size_t( 1 ) );
    const ServiceDetails details = catalogue.serviceDetails( family->id );
    QCOMPARE( details.schedules.at( 0 ).byday.value_or( "" ), std::string( "TU,TH" ) );
    QCOMPARE( details.addresses.at( 0 ).address1.value_or( "" ), std::string( "Kirchplatz 3" ) );
    QCOMPARE( details.phones.at( 0 ).extension.value_or( 0 ), 12.0 );
    QCOMPARE( details.themes.at( 0 ).name, std::string( "Familienberatung" ) );
    // new records bring no history of their own (the package had none)
    QCOMPARE( catalogue.recordCount( "metadata" ), 0LL );

    // exported again, the texts are quoted as RFC 4180 asks
    const std::string out = newPath( "again" );
    exportHsdsPackage( catalogue, out );
    CATALOGUE_VERIFY_CONTAINS( readFile( out + "/service.csv" ),
                               ",\"Beratung für Familien, Alleinerziehende und werdende Eltern.\r\nSprechzeiten: "
                               "dienstags, \"\"offene Tür\"\" donnerstags.\"," );
  }

  void exportNeverMixesWithOtherFiles()
  {
    Catalogue catalogue = newCatalogue();
    fillRich( catalogue );
    // A folder with somebody else's files is refused and left exactly as it was.
    const std::string dir = newPath( "mixed" );
    std::filesystem::create_directories( dir );
    writeFile( dir + "/service.csv", "old,table\n" );
    writeFile( dir + "/notes.txt", "keep me\n" );
    CATALOGUE_VERIFY_CONTAINS( errorOf( [ & ] { exportHsdsPackage( catalogue, dir ); } ), "already holds files that are not an HSDS package (notes.txt)" );
    QCOMPARE( readFile( dir + "/service.csv" ), std::string( "old,table\n" ) );
    QVERIFY( !std::filesystem::exists( dir + "/datapackage.json" ) );
    // An earlier package is replaced whole: a table the new export does not write does not survive.
    const std::string package = newPath( "package" );
    exportHsdsPackage( catalogue, package );
    writeFile( package + "/stale.csv", "from,an,older,export\n" );
    exportHsdsPackage( catalogue, package );
    QVERIFY( !std::filesystem::exists( package + "/stale.csv" ) );
    QVERIFY( std::filesystem::exists( package + "/datapackage.json" ) );
    // No staging folder is left beside it.
    for ( const auto &entry : std::filesystem::directory_iterator( std::filesystem::path( package ).parent_path() ) )
      QVERIFY2( entry.path().filename().string().find( ".partial-" ) == std::string::npos, entry.path().c_str() );
  }

  void endlessTablesEndInAMessage()
  {
    // A table that is a link to /dev/zero never ended.
    Catalogue catalogue = newCatalogue();
    const std::string dir = newPath( "endless" );
    std::filesystem::create_directories( dir );
    std::filesystem::create_symlink( "/dev/zero", dir + "/services.csv" );
    CATALOGUE_VERIFY_CONTAINS( failedImport( catalogue, dir ), "not an ordinary file" );
  }

  void importsCsvFilesWithoutADatapackage()
  {
    Catalogue catalogue = newCatalogue();
    const std::string dir = writeForeignPackage();
    std::filesystem::remove( dir + "/datapackage.json" );
    // older tools name the files in the plural
    std::filesystem::rename( dir + "/organization.csv", dir + "/organizations.csv" );
    std::filesystem::rename( dir + "/service.csv", dir + "/services.csv" );
    const ImportReport report = importHsdsPackage( catalogue, dir );
    QCOMPARE( report.tables.at( "service" ).inserted, 2LL );
    QCOMPARE( report.ignoredResources, std::vector<std::string>( { "language.csv" } ) );
  }

  void reimportUpdatesAndLogsTheChange()
  {
    Catalogue catalogue = newCatalogue();
    const std::string dir = writeForeignPackage();
    importHsdsPackage( catalogue, dir );
    std::string services = readFile( dir + "/service.csv" );
    services.replace( services.find( "Familienbüro Kücknitz" ), std::string( "Familienbüro Kücknitz" ).size(),
                      "Familienbüro Kücknitz-Pöppendorf" );
    writeFile( dir + "/service.csv", services );

    catalogue.setUser( "import-bot" );
    const ImportReport report = importHsdsPackage( catalogue, dir );
    QCOMPARE( report.tables.at( "service" ).updated, 1LL );
    QCOMPARE( report.tables.at( "service" ).unchanged, 1LL );
    QCOMPARE( report.tables.at( "organization" ).unchanged, 2LL );
    QCOMPARE( catalogue.recordCount( "service" ), 2LL );
    const std::vector<ChangeLogEntry> history = catalogue.history( "b1b2c3d4-0000-4000-8000-000000000001" );
    QCOMPARE( history.size(), size_t( 1 ) );
    QCOMPARE( history[ 0 ].field, std::string( "name" ) );
    QCOMPARE( history[ 0 ].previousValue.value_or( "" ), std::string( "Familienbüro Kücknitz" ) );
    QCOMPARE( history[ 0 ].updatedBy, std::string( "import-bot" ) );
  }

  void badInputIsRefusedWithRowAndFieldAndNothingIsWritten()
  {
    Catalogue catalogue = newCatalogue();
    addOrganization( catalogue, "Schon da" );

    // a service pointing to a missing organization (found only after all rows were written)
    std::string dir = writeForeignPackage();
    std::string services = readFile( dir + "/service.csv" );
    services.replace( services.find( "a1b2c3d4-0000-4000-8000-000000000001,,Schuldner" ), 36,
                      "a1b2c3d4-0000-4000-8000-00000000dead" );
    writeFile( dir + "/service.csv", services );
    QCOMPARE( failedStrictImport( catalogue, dir ),
              std::string( "service.csv, row 3, field 'organization_id': the stakeholder "
                           "'a1b2c3d4-0000-4000-8000-00000000dead' is in neither the package nor the catalogue." ) );
    try
    {
      ImportOptions strict;
      strict.strict = true;
      importHsdsPackage( catalogue, dir, strict );
      QFAIL( "the strict import did not fail" );
    }
    catch ( const CatalogueError &e )
    {
      QCOMPARE( e.file(), std::string( "service.csv" ) );
      QCOMPARE( e.row(), 3LL );
      QCOMPARE( e.field(), std::string( "organization_id" ) );
    }

    // a duplicate id
    dir = writeForeignPackage();
    writeFile( dir + "/location.csv",
               "id,name\nc1b2c3d4-0000-4000-8000-000000000001,A\nc1b2c3d4-0000-4000-8000-000000000002,B\n"
               "c1b2c3d4-0000-4000-8000-000000000001,C\n" );
    QCOMPARE( failedImport( catalogue, dir ),
              std::string( "location.csv, row 4, field 'id': the id 'c1b2c3d4-0000-4000-8000-000000000001' appears "
                           "twice (also in row 2)." ) );

    // a date that does not exist (February has no 31st): was accepted
    QVERIFY( isIsoDate( "2024-02-29" ) && !isIsoDate( "2023-02-29" ) && !isIsoDate( "2024-02-31" ) && !isIsoDate( "2024-04-31" ) &&
             isIsoDate( "2000-02-29" ) && !isIsoDate( "1900-02-29" ) && isIsoDate( "2024-12-31" ) && !isIsoDate( "2024-13-01" ) );
    {
      Catalogue rich = newCatalogue();
      fillRich( rich );
      dir = newPath( "baddate" );
      exportHsdsPackage( rich, dir );
      CsvTable services = readCsvFile( dir + "/service.csv", "service.csv" );
      const auto column = std::find( services.header.begin(), services.header.end(), "valid_from" ) - services.header.begin();
      QVERIFY( column < static_cast<long>( services.header.size() ) );
      services.rows[ 0 ][ column ] = "2024-02-31";
      std::string text;
      for ( const std::vector<std::string> *record : { &services.header, &services.rows[ 0 ], &services.rows[ 1 ] } )
      {
        for ( std::size_t i = 0; i < record->size(); ++i )
          text += ( i ? "," : "" ) + csvField( ( *record )[ i ] );
        text += "\r\n";
      }
      writeFile( dir + "/service.csv", text );
      CATALOGUE_VERIFY_CONTAINS( failedStrictImport( catalogue, dir ), "2024-02-31" );
    }

    // a header without a required column, or without an id
    dir = writeForeignPackage();
    writeFile( dir + "/taxonomy.csv", "id,title\n81b2c3d4-0000-4000-8000-000000000001,Angebotsarten\n" );
    QCOMPARE( failedImport( catalogue, dir ),
              std::string( "taxonomy.csv: the column 'name' is missing; HSDS needs it in the taxonomy table." ) );
    writeFile( dir + "/taxonomy.csv", "ID;Name\n1;Angebotsarten\n" );
    CATALOGUE_VERIFY_CONTAINS( failedImport( catalogue, dir ), "taxonomy.csv uses ';' to separate its columns" );

    // a file saved as Latin-1
    dir = writeForeignPackage();
    writeFile(
        dir + "/taxonomy.csv",
        "id,name,description,uri,version\n81b2c3d4-0000-4000-8000-000000000001,Angebotsarten f\xfcr Familien,,,\n" );
    CATALOGUE_VERIFY_CONTAINS( failedImport( catalogue, dir ), "taxonomy.csv, row 2: field 2 is not UTF-8 text" );

    // a status HSDS does not know, a number that is none
    dir = writeForeignPackage();
    services = readFile( dir + "/service.csv" );
    services.replace( services.find( ",temporarily closed," ), 20, ",open," );
    writeFile( dir + "/service.csv", services );
    QCOMPARE( failedStrictImport( catalogue, dir ),
              std::string( "service.csv, row 3, field 'status': the field 'status' is 'open'; use one of 'active', "
                           "'inactive', 'defunct', 'temporarily closed'." ) );
    services.replace( services.find( ",18," ), 4, ",ab 18," );
    services.replace( services.find( ",open," ), 6, ",active," );
    writeFile( dir + "/service.csv", services );
    QCOMPARE( failedStrictImport( catalogue, dir ),
              std::string( "service.csv, row 3, field 'minimum_age': 'ab 18' is not a number." ) );

    // a broken descriptor, a path out of the package
    dir = writeForeignPackage();
    writeFile( dir + "/datapackage.json", "{ \"resources\": [ " );
    CATALOGUE_VERIFY_CONTAINS( failedImport( catalogue, dir ), "datapackage.json is not valid JSON" );
    writeFile( dir + "/datapackage.json", R"({ "resources": [ { "name": "service", "path": "../service.csv" } ] })" );
    CATALOGUE_VERIFY_CONTAINS( failedImport( catalogue, dir ), "only files inside the package folder are read" );

    CATALOGUE_VERIFY_CONTAINS( failedImport( catalogue, newPath( "missing" ) ), "does not exist" );
    QCOMPARE( catalogue.recordCount( "organization" ), 1LL );
  }

  void importsTheOpenReferralExampleWithEveryRow()
  {
    // Open Referral's own HSDS 3.0 example: latitude 100, a count that is a date, and references that point
    // nowhere (taxonomy terms, organizations, locations ...). Every row of every stored table is imported.
    const std::string dir = openReferralExample();
    QVERIFY2( std::filesystem::exists( dir + "/service.csv" ), dir.c_str() );
    Catalogue catalogue = newCatalogue();
    const std::map<std::string, long long> before = countsOf( catalogue );
    const ImportReport report = importHsdsPackage( catalogue, dir );

    std::map<std::string, long long> placeholders;
    for ( const ImportPlaceholder &placeholder : report.placeholders )
      ++placeholders[ placeholder.table ];
    const std::vector<std::string> tables = { "organization", "program", "service", "location", "service_at_location",
                                              "contact", "address", "phone", "schedule", "funding", "service_area",
                                              "taxonomy", "taxonomy_term", "attribute", "metadata" };
    for ( const std::string &table : tables )
    {
      const long long rows =
          static_cast<long long>( readCsvFile( dir + "/" + table + ".csv", table + ".csv" ).rows.size() );
      QVERIFY2( rows > 0, table.c_str() );
      QVERIFY2( report.tables.count( table ), table.c_str() );
      QVERIFY2( report.tables.at( table ).inserted == rows, table.c_str() );
      // the catalogue holds every row of the file, plus the placeholders that stand in for missing records
      QVERIFY2( catalogue.recordCount( table ) - before.at( table ) == rows + placeholders[ table ], table.c_str() );
    }
    QCOMPARE( report.tables.size(), tables.size() );
    std::vector<std::string> ignored = report.ignoredResources;
    std::sort( ignored.begin(), ignored.end() );
    QCOMPARE( ignored, std::vector<std::string>( { "accessibility.csv", "cost_option.csv", "language.csv",
                                                   "meta_table_description.csv", "organization_identifier.csv",
                                                   "required_document.csv" } ) );

    // latitude 100: left empty and listed; longitude 101 is fine, the site has no point
    const ImportProblem *latitude = problemAt( report, "location.csv", 2, "latitude" );
    QVERIFY( latitude );
    QVERIFY( latitude->kind == ImportProblemKind::InvalidValue );
    QCOMPARE( latitude->value, std::string( "100" ) );
    CATALOGUE_VERIFY_CONTAINS( latitude->rule, "not between -90 and 90" );
    QCOMPARE( problemText( *latitude ),
              std::string( "location.csv, row 2, field 'latitude': the latitude '100' is not between -90 and 90 "
                           "(degrees, EPSG:4326). The field was left empty." ) );
    QVERIFY( !problemAt( report, "location.csv", 2, "longitude" ) );
    const std::optional<Location> site = catalogue.location( "3a19ff88-4620-4d17-9830-ac1d859eb5d5" );
    QVERIFY( site );
    QVERIFY( !site->latitude );
    QCOMPARE( site->longitude.value_or( 0 ), 101.0 );
    QVERIFY( isNull( catalogue.database().scalar(
        "SELECT geom FROM location WHERE id = '3a19ff88-4620-4d17-9830-ac1d859eb5d5'" ) ) );
    // a count that is a date
    const ImportProblem *count = problemAt( report, "schedule.csv", 2, "count" );
    QVERIFY( count );
    QCOMPARE( count->value, std::string( "2005-01-01" ) );

    // the dangling taxonomy references: the attribute's term (required: a placeholder with its id stands in),
    // the term's parent and taxonomy (optional: left empty)
    const ImportProblem *term = problemAt( report, "attribute.csv", 2, "taxonomy_term_id" );
    QVERIFY( term );
    QVERIFY( term->kind == ImportProblemKind::UnresolvedReference );
    QCOMPARE( term->value, std::string( "6bd624ce-8512-497a-bcb2-7ce1a5dc1680" ) );
    QCOMPARE( term->referencedTable, std::string( "taxonomy_term" ) );
    QVERIFY( term->placeholder );
    QCOMPARE( std::get<std::string>( catalogue.database().scalar(
                  "SELECT taxonomy_term_id FROM attribute WHERE id = 'ae58cc39-8b70-4ab1-8aea-786882e5ac8e'" ) ),
              std::string( "6bd624ce-8512-497a-bcb2-7ce1a5dc1680" ) );
    QCOMPARE( std::get<std::string>( catalogue.database().scalar(
                  "SELECT name FROM taxonomy_term WHERE id = '6bd624ce-8512-497a-bcb2-7ce1a5dc1680'" ) ),
              std::string( "[unresolved] 6bd624ce-8512-497a-bcb2-7ce1a5dc1680" ) );
    for ( const char *field : { "parent_id", "taxonomy_id" } )
    {
      const ImportProblem *reference = problemAt( report, "taxonomy_term.csv", 2, field );
      QVERIFY2( reference, field );
      QVERIFY( reference->kind == ImportProblemKind::UnresolvedReference );
      QVERIFY( !reference->placeholder );
      QCOMPARE( reference->action, std::string( "The reference was left empty." ) );
      QVERIFY( isNull( catalogue.database().scalar( std::string( "SELECT " ) + field +
                                                    " FROM taxonomy_term WHERE id = "
                                                    "'3f7b145d-84af-42d7-8fae-eaca714b02b2'" ) ) );
    }
    // the offering's stakeholder is required too
    const ImportProblem *provider = problemAt( report, "service.csv", 2, "organization_id" );
    QVERIFY( provider && provider->placeholder );
    QCOMPARE( catalogue.service( "ac148810-d857-441c-9679-408f346de14b" )->organizationId,
              std::string( "0fdfb57f-c147-4cfb-864c-44788a335d8c" ) );

    // what the import reports on this package, in numbers
    long long invalid = 0, unresolved = 0;
    for ( const ImportProblem &problem : report.problems )
      ++( problem.kind == ImportProblemKind::InvalidValue ? invalid : unresolved );
    QCOMPARE( invalid, 2LL );     // latitude, count
    QCOMPARE( unresolved, 26LL ); // every reference of the package points nowhere
    std::set<std::pair<std::string, std::string>> made;
    for ( const ImportPlaceholder &placeholder : report.placeholders )
      made.insert( { placeholder.table, placeholder.id } );
    QCOMPARE( made.size(), size_t( 5 ) );
    QVERIFY( made.count( { "organization", "0fdfb57f-c147-4cfb-864c-44788a335d8c" } ) );
    QVERIFY( made.count( { "service", "ab231982-2106-4a55-80fc-b305560c5556" } ) );
    QVERIFY( made.count( { "location", "2528e812-ccbb-43a7-b761-a90f27ea9ac4" } ) );
    QVERIFY( made.count( { "taxonomy_term", "6bd624ce-8512-497a-bcb2-7ce1a5dc1680" } ) );
    QVERIFY( made.count( { "organization", "5a525243-0000-4000-8000-000000000000" } ) ); // the placeholder offering's
    bool summarized = false;
    for ( const std::string &message : report.messages )
      summarized = summarized || contains( message, "2 values break a rule and were left empty, 26 references point "
                                                    "nowhere (5 placeholder records stand in)" );
    QVERIFY( summarized );

    // the file stays consistent: every foreign key valid, the package's history kept
    QVERIFY( !catalogue.database().prepare( "PRAGMA foreign_key_check" ).step() );
    QCOMPARE( std::get<std::string>( catalogue.database().scalar( "PRAGMA integrity_check" ) ), std::string( "ok" ) );
    QCOMPARE( catalogue.recordCount( "metadata" ) - before.at( "metadata" ), 1LL );
  }

  void theOpenReferralExampleFailsWhenStrict()
  {
    Catalogue catalogue = newCatalogue();
    addOrganization( catalogue, "Schon da" );
    const std::map<std::string, long long> before = countsOf( catalogue );
    const std::string dir = openReferralExample();
    QCOMPARE( failedStrictImport( catalogue, dir ),
              std::string( "location.csv, row 2, field 'latitude': the latitude '100' is not between -90 and 90 "
                           "(degrees, EPSG:4326)." ) );
    QVERIFY( countsOf( catalogue ) == before );

    // with the coordinates put right, the first reference that points nowhere stops it
    const std::string fixed = newPath( "openreferral-fixed" );
    std::filesystem::create_directories( fixed );
    for ( const auto &entry : std::filesystem::directory_iterator( dir ) )
      std::filesystem::copy_file( entry.path(), fixed + "/" + entry.path().filename().string() );
    std::string locations = readFile( fixed + "/location.csv" );
    locations.replace( locations.find( ",100,101," ), 9, ",10,101," );
    writeFile( fixed + "/location.csv", locations );
    std::string schedules = readFile( fixed + "/schedule.csv" );
    schedules.replace( schedules.find( ",3,2005-01-01,2005-01-01,TUE," ), 29, ",3,2005-01-01,2,TUE," );
    writeFile( fixed + "/schedule.csv", schedules );
    const std::string message = failedStrictImport( catalogue, fixed );
    CATALOGUE_VERIFY_CONTAINS( message, "is in neither the package nor the catalogue." );
    CATALOGUE_VERIFY_CONTAINS( message, "more references point nowhere too." );
    QVERIFY( countsOf( catalogue ) == before );
    // and without STRICT the same package goes in
    QCOMPARE( importHsdsPackage( catalogue, fixed ).problems.size(), size_t( 26 ) );
  }

  void badValuesAreLeftEmptyAndListedWithoutStrict()
  {
    // The per-value problems the strict import refuses (see badInputIsRefusedWithRowAndFieldAndNothingIsWritten):
    // without STRICT the rows are imported, the values left empty and the problems listed.
    Catalogue catalogue = newCatalogue();
    std::string dir = writeForeignPackage();
    std::string services = readFile( dir + "/service.csv" );
    services.replace( services.find( "a1b2c3d4-0000-4000-8000-000000000001,,Schuldner" ), 36,
                      "a1b2c3d4-0000-4000-8000-00000000dead" );
    services.replace( services.find( ",temporarily closed," ), 20, ",open," );
    services.replace( services.find( ",18," ), 4, ",ab 18," );
    writeFile( dir + "/service.csv", services );
    writeFile( dir + "/location.csv", "id,name,latitude,longitude\n"
                                      "c1b2c3d4-0000-4000-8000-000000000001,Stadtteilhaus Kücknitz,53.9212,nan\n"
                                      "c1b2c3d4-0000-4000-8000-000000000002,,53.8667,10.6856\n" );
    const ImportReport report = importHsdsPackage( catalogue, dir );
    QCOMPARE( report.tables.at( "service" ).inserted, 2LL );
    QCOMPARE( report.tables.at( "location" ).inserted, 2LL );

    const ImportProblem *provider = problemAt( report, "service.csv", 3, "organization_id" );
    QVERIFY( provider && provider->placeholder );
    QCOMPARE( provider->rule, std::string( "the stakeholder 'a1b2c3d4-0000-4000-8000-00000000dead' is in neither the "
                                           "package nor the catalogue." ) );
    const std::optional<Organization> placeholder = catalogue.organization( "a1b2c3d4-0000-4000-8000-00000000dead" );
    QVERIFY( placeholder );
    QCOMPARE( placeholder->name, std::string( "[unresolved] a1b2c3d4-0000-4000-8000-00000000dead" ) );
    CATALOGUE_VERIFY_CONTAINS( placeholder->description.value_or( "" ), "service.csv, row 3, field 'organization_id'" );

    const ImportProblem *status = problemAt( report, "service.csv", 3, "status" );
    QVERIFY( status );
    QCOMPARE( status->value, std::string( "open" ) );
    QCOMPARE( status->action, std::string( "The field was left empty, so the catalogue's default 'active' applies." ) );
    const std::optional<Service> debt = catalogue.service( "b1b2c3d4-0000-4000-8000-000000000002" );
    QVERIFY( debt->status == ServiceStatus::Active );
    QVERIFY( !debt->minimumAge );
    QCOMPARE( problemAt( report, "service.csv", 3, "minimum_age" )->rule, std::string( "'ab 18' is not a number." ) );
    QVERIFY( problemAt( report, "location.csv", 2, "longitude" ) );
    QVERIFY( !catalogue.location( "c1b2c3d4-0000-4000-8000-000000000001" )->longitude );
    // an empty optional value is no problem
    QVERIFY( !catalogue.location( "c1b2c3d4-0000-4000-8000-000000000002" )->name );
    QCOMPARE( report.problems.size(), size_t( 4 ) );

    // a required name left empty: a new record gets "[missing]", a known record keeps its name
    dir = writeForeignPackage();
    std::string organizations = readFile( dir + "/organization.csv" );
    organizations.replace( organizations.find( "Diakonisches Werk Lübeck" ), std::string( "Diakonisches Werk Lübeck" ).size(),
                           "" );
    writeFile( dir + "/organization.csv", organizations );
    Catalogue fresh = newCatalogue();
    ImportReport missing = importHsdsPackage( fresh, dir );
    QCOMPARE( fresh.organization( "a1b2c3d4-0000-4000-8000-000000000001" )->name, std::string( "[missing]" ) );
    QCOMPARE( problemAt( missing, "organization.csv", 3, "name" )->rule, std::string( "the field 'name' must not be empty." ) );
    missing = importHsdsPackage( catalogue, dir );
    QCOMPARE( catalogue.organization( "a1b2c3d4-0000-4000-8000-000000000001" )->name, std::string( "Diakonisches Werk Lübeck" ) );
    QCOMPARE( problemAt( missing, "organization.csv", 3, "name" )->action, std::string( "The catalogue's value was kept." ) );

    // what makes a table unreadable still stops it, and nothing is written
    dir = writeForeignPackage();
    writeFile( dir + "/location.csv", "id,name\nc1b2c3d4-0000-4000-8000-000000000009,A\nc1b2c3d4-0000-4000-8000-000000000009,B\n" );
    CATALOGUE_VERIFY_CONTAINS( failedImport( catalogue, dir ), "appears twice" );
  }

  void aCancelledImportChangesNothing()
  {
    Catalogue catalogue = newCatalogue();
    const std::map<std::string, long long> before = countsOf( catalogue );
    ImportOptions options;
    long long calls = 0;
    options.progress = [ & ]( const ImportProgress &progress )
    {
      ++calls;
      return progress.rowsDone < 5;
    };
    CATALOGUE_VERIFY_CONTAINS( errorOf( [ & ] { importHsdsPackage( catalogue, writeForeignPackage(), options ); } ),
                               "The import was cancelled" );
    QCOMPARE( calls, 5LL );
    QVERIFY( countsOf( catalogue ) == before );
  }

  void aKilledImportLeavesTheCatalogueAsItWas()
  {
    // a package large enough to kill its import half way
    const std::string package = newPath( "big" );
    {
      Catalogue source = newCatalogue();
      Catalogue::Transaction transaction = source.beginTransaction();
      const Organization provider = addOrganization( source, "Kita-Eigenbetrieb" );
      for ( int i = 0; i < 2000; ++i )
      {
        const Service kita =
            addService( source, provider.id, "Kita Nr. " + std::to_string( i ), std::string( "Krippe, Elementar" ) );
        addSite( source, kita.id, "Standort " + std::to_string( i ), 13.3 + i * 0.0001, 52.5 );
      }
      transaction.commit();
      exportHsdsPackage( source, package );
    }
    const std::string target = newPath( "target" ) + ".sqlite";
    std::map<std::string, long long> before;
    {
      Catalogue catalogue = Catalogue::create( target );
      addOrganization( catalogue, "Schon da" );
      before = countsOf( catalogue );
    } // no connection crosses the fork

    int fds[ 2 ];
    QVERIFY( ::pipe( fds ) == 0 );
    const pid_t child = ::fork();
    if ( child == 0 )
    {
      ::close( fds[ 0 ] );
      try
      {
        Catalogue catalogue = Catalogue::open( target );
        ImportOptions options;
        options.progress = [ & ]( const ImportProgress &progress )
        {
          if ( progress.rowsDone == 3000 )
          {
            const char signal = 'x';
            if ( ::write( fds[ 1 ], &signal, 1 ) != 1 )
              ::_exit( 2 );
            for ( ;; )
              ::pause(); // killed here, in the middle of the import
          }
          return true;
        };
        importHsdsPackage( catalogue, package, options );
      }
      catch ( ... )
      {
      }
      ::_exit( 3 );
    }
    ::close( fds[ 1 ] );
    char signal = 0;
    QCOMPARE( ::read( fds[ 0 ], &signal, 1 ), ssize_t( 1 ) );
    ::close( fds[ 0 ] );
    QVERIFY( std::filesystem::exists( target + "-wal" ) );
    ::kill( child, SIGKILL );
    int status = 0;
    ::waitpid( child, &status, 0 );
    QVERIFY( WIFSIGNALED( status ) && WTERMSIG( status ) == SIGKILL );

    Catalogue catalogue = Catalogue::open( target );
    QVERIFY( countsOf( catalogue ) == before );
    QCOMPARE( std::get<std::string>( catalogue.database().scalar( "PRAGMA integrity_check" ) ), std::string( "ok" ) );
    // and the file takes the whole import afterwards
    importHsdsPackage( catalogue, package );
    QCOMPARE( catalogue.recordCount( "service" ), 2000LL );
  }
};

QTEST_GUILESS_MAIN( TestHsds )
#include "testhsds.moc"
