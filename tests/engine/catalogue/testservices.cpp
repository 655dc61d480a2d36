#include "catalogue/catalogue.h"

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
} // namespace

class TestServices : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  int mCount = 0;
  Catalogue newCatalogue()
  {
    return Catalogue::create( mDir.filePath( QStringLiteral( "services%1.sqlite" ).arg( ++mCount ) ).toStdString(),
                              as( "anna" ) );
  }

  //! Lübeck-like offerings for the filter tests.
  void fill( Catalogue &catalogue )
  {
    const Organization awo = addOrganization( catalogue, "AWO Kreisverband", StakeholderKind::WelfareAssociation );
    const Organization city =
        addOrganization( catalogue, "Hansestadt Lübeck, Bereich Soziale Sicherung", StakeholderKind::PublicOffice );

    Service debt = addService( catalogue, city.id, "Schuldnerberatung",
                               std::string( "Beratung bei Schulden, für Familien und Alleinstehende" ) );
    debt.organizationForm = OrganizationForm::Central;
    debt.validFrom = "2020-01-01";
    catalogue.upsertService( debt );
    catalogue.setServiceTerms( debt.id, TermRole::Theme, { theme( "services_of_general_interest" ) } );
    catalogue.setServiceTerms( debt.id, TermRole::TargetGroup,
                               { targetGroup( "underprivileged" ), targetGroup( "family" ) } );

    Service seniors = addService( catalogue, awo.id, "Seniorentreff Buntekuh",
                                  std::string( "Begegnung, Mittagstisch und Beratung für Ältere" ) );
    seniors.organizationForm = OrganizationForm::Quarter;
    seniors.validFrom = "2019-05-01";
    seniors.validTo = "2099-12-31";
    catalogue.upsertService( seniors );
    catalogue.setServiceTerms( seniors.id, TermRole::Theme,
                               { theme( "participation" ), theme( "health_prevention_care" ) } );
    catalogue.setServiceTerms( seniors.id, TermRole::TargetGroup, { targetGroup( "senior" ) } );

    Service streetwork = addService( catalogue, awo.id, "Mobile Jugendarbeit Moisling",
                                     std::string( "Aufsuchende Arbeit mit Jugendlichen" ) );
    streetwork.organizationForm = OrganizationForm::Outreach;
    streetwork.validFrom = "2015-01-01";
    streetwork.validTo = "2022-12-31"; // ended
    streetwork.status = ServiceStatus::Defunct;
    catalogue.upsertService( streetwork );
    catalogue.setServiceTerms( streetwork.id, TermRole::TargetGroup, { targetGroup( "juvenile" ) } );

    Service planned = addService( catalogue, awo.id, "Familienzentrum Kücknitz" );
    planned.organizationForm = OrganizationForm::Quarter;
    planned.planningState = PlanningState::Planned;
    planned.validFrom = "2099-01-01";
    catalogue.upsertService( planned );
    catalogue.setServiceTerms( planned.id, TermRole::TargetGroup, { targetGroup( "family" ), targetGroup( "child" ) } );
  }

private slots:
  void organizationsAreFoundByNameAsPeopleWriteIt()
  {
    Catalogue catalogue = newCatalogue();
    const Organization caritas = addOrganization( catalogue, "Caritasverband Lübeck" );
    const Organization street = addOrganization( catalogue, "Verein Große Straße e.V." );
    const Organization jugend = addOrganization( catalogue, "ÖKUMENISCHES JUGENDWERK" );

    QCOMPARE( catalogue.findOrganizationByName( "  caritasverband   LÜBECK " ).value_or( Organization() ).id,
              caritas.id );
    QCOMPARE( catalogue.findOrganizationByName( "verein grosse strasse e.v." ).value_or( Organization() ).id,
              street.id );
    QCOMPARE( catalogue.findOrganizationByName( "Ökumenisches\u00a0Jugendwerk" ).value_or( Organization() ).id,
              jugend.id );
    QVERIFY( !catalogue.findOrganizationByName( "Caritasverband" ) );
    QVERIFY( !catalogue.findOrganizationByName( "   " ) );

    // the importer's dedup: look up before adding
    const std::string provider = "CARITASVERBAND lübeck";
    std::optional<Organization> found = catalogue.findOrganizationByName( provider );
    QVERIFY( found );
    QCOMPARE( catalogue.recordCount( "organization" ), 3LL );

    QCOMPARE( catalogue.organizations( "lübeck" ).size(), size_t( 1 ) );
    QCOMPARE( catalogue.organizations( "", { StakeholderKind::Jobcenter } ).size(), size_t( 0 ) );
  }

  void reimportByExternalIdUpdatesInsteadOfDuplicating()
  {
    Catalogue catalogue = newCatalogue();
    const auto importRows = [ & ]( const std::vector<std::tuple<std::string, std::string, double>> &rows )
    {
      Catalogue::Transaction transaction = catalogue.beginTransaction();
      for ( const auto &[ key, name, capacity ] : rows )
      {
        std::optional<Organization> provider = catalogue.findOrganizationByName( "Kita-Eigenbetrieb Nord" );
        if ( !provider )
          provider = addOrganization( catalogue, "Kita-Eigenbetrieb Nord" );
        Service service;
        if ( const std::optional<Service> existing = catalogue.findServiceByExternalId( "kita-berlin:" + key ) )
          service = *existing;
        service.externalId = "kita-berlin:" + key;
        service.organizationId = provider->id;
        service.name = name;
        service.capacity = capacity;
        catalogue.upsertService( service );
      }
      transaction.commit();
    };
    importRows( { { "1100", "Kita Sonnenschein", 60 }, { "1101", "Kita Regenbogen", 45 } } );
    const std::string firstId = catalogue.findServiceByExternalId( "kita-berlin:1100" )->id;
    importRows( { { "1100", "Kita Sonnenschein", 75 }, { "1101", "Kita Regenbogen", 45 } } );

    QCOMPARE( catalogue.recordCount( "service" ), 2LL );
    QCOMPARE( catalogue.recordCount( "organization" ), 1LL );
    const std::optional<Service> updated = catalogue.findServiceByExternalId( "kita-berlin:1100" );
    QCOMPARE( updated->id, firstId );
    QCOMPARE( updated->capacity.value_or( 0 ), 75.0 );
    bool logged = false;
    for ( const ChangeLogEntry &entry : catalogue.history( firstId ) )
      logged = logged || ( entry.action == "update" && entry.field == "capacity" &&
                           entry.previousValue == std::string( "60.0" ) );
    QVERIFY( logged );

    // upsert with an empty id but a known external id also finds the record
    Service again;
    again.externalId = "kita-berlin:1101";
    again.organizationId = updated->organizationId;
    again.name = "Kita Regenbogen";
    catalogue.upsertService( again );
    QCOMPARE( catalogue.recordCount( "service" ), 2LL );
  }

  void externalIdsMustBeUnique()
  {
    Catalogue catalogue = newCatalogue();
    const Organization awo = addOrganization( catalogue, "AWO" );
    Service a = addService( catalogue, awo.id, "A" );
    a.externalId = "jfe:7";
    catalogue.upsertService( a );
    Service b = addService( catalogue, awo.id, "B" );
    b.externalId = "jfe:7";
    CATALOGUE_VERIFY_CONTAINS( errorOf( [ & ] { catalogue.upsertService( b ); } ),
                               "the external id 'jfe:7' is already used by the offering" );
  }

  void invalidValuesGetPlannerReadableErrors()
  {
    Catalogue catalogue = newCatalogue();
    const Organization awo = addOrganization( catalogue, "AWO" );
    Service s;
    s.organizationId = awo.id;
    s.name = "Treff";
    s.validFrom = "1.9.2024";
    QCOMPARE( errorOf( [ & ] { catalogue.upsertService( s ); } ),
              std::string( "Saving the offering 'Treff': the field 'valid_from' is '1.9.2024'; write dates as "
                           "YYYY-MM-DD (e.g. 2024-09-01)." ) );
    s.validFrom.reset();
    s.name.clear();
    CATALOGUE_VERIFY_CONTAINS( errorOf( [ & ] { catalogue.upsertService( s ); } ),
                               "the field 'name' must not be empty" );
    CATALOGUE_VERIFY_CONTAINS(
        errorOf( [] { organizationFormFromString( "dezentral" ); } ),
        "'dezentral' is not a known organization form; use one of 'central', 'quarter', 'outreach', 'mobile'." );
    Location half;
    half.latitude = 53.8;
    CATALOGUE_VERIFY_CONTAINS( errorOf( [ & ] { catalogue.upsertLocation( half ); } ),
                               "give both latitude and longitude" );
    QCOMPARE( catalogue.recordCount( "service" ), 0LL );
  }

  void filtersByThemeTargetGroupFormStatusAndValidity()
  {
    Catalogue catalogue = newCatalogue();
    fill( catalogue );
    ServiceFilter filter;
    QCOMPARE( catalogue.services( filter ).size(), size_t( 4 ) );

    filter.themeTermIds = { theme( "participation" ), theme( "services_of_general_interest" ) };
    QCOMPARE( namesOf( catalogue.services( filter ) ),
              std::set<std::string>( { "Schuldnerberatung", "Seniorentreff Buntekuh" } ) );

    filter = ServiceFilter();
    filter.targetGroupTermIds = { targetGroup( "family" ) };
    QCOMPARE( namesOf( catalogue.services( filter ) ),
              std::set<std::string>( { "Schuldnerberatung", "Familienzentrum Kücknitz" } ) );
    filter.organizationForms = { OrganizationForm::Quarter };
    QCOMPARE( namesOf( catalogue.services( filter ) ), std::set<std::string>( { "Familienzentrum Kücknitz" } ) );

    filter = ServiceFilter();
    filter.statuses = { ServiceStatus::Defunct };
    QCOMPARE( namesOf( catalogue.services( filter ) ), std::set<std::string>( { "Mobile Jugendarbeit Moisling" } ) );
    filter = ServiceFilter();
    filter.planningStates = { PlanningState::Planned };
    QCOMPARE( namesOf( catalogue.services( filter ) ), std::set<std::string>( { "Familienzentrum Kücknitz" } ) );

    // "valid today": the ended street work and the planned family centre drop out
    filter = ServiceFilter();
    filter.validOn = todayIsoDate();
    QCOMPARE( namesOf( catalogue.services( filter ) ),
              std::set<std::string>( { "Schuldnerberatung", "Seniorentreff Buntekuh" } ) );
    filter.validOn = "2021-06-30";
    QCOMPARE(
        namesOf( catalogue.services( filter ) ),
        std::set<std::string>( { "Schuldnerberatung", "Seniorentreff Buntekuh", "Mobile Jugendarbeit Moisling" } ) );
    filter.validOn = "30.06.2021";
    CATALOGUE_VERIFY_CONTAINS( errorOf( [ & ] { catalogue.services( filter ); } ), "write it as YYYY-MM-DD" );

    filter = ServiceFilter();
    filter.organizationId = catalogue.findOrganizationByName( "awo kreisverband" )->id;
    QCOMPARE( catalogue.services( filter ).size(), size_t( 3 ) );
  }

  void textSearchFindsPartsOfWordsWhateverTheCase()
  {
    Catalogue catalogue = newCatalogue();
    fill( catalogue );
    QVERIFY( catalogue.hasFullTextSearch() );
    ServiceFilter filter;
    filter.text = "beratung";
    // in the name (part of "Schuldnerberatung") and in a description
    QCOMPARE( namesOf( catalogue.services( filter ) ),
              std::set<std::string>( { "Schuldnerberatung", "Seniorentreff Buntekuh" } ) );
    filter.text = "BERATUNG familien";
    QCOMPARE( namesOf( catalogue.services( filter ) ), std::set<std::string>( { "Schuldnerberatung" } ) );
    filter.text = "kücknitz";
    QCOMPARE( namesOf( catalogue.services( filter ) ), std::set<std::string>( { "Familienzentrum Kücknitz" } ) );
    filter.text = "ÄLTERE";
    QCOMPARE( namesOf( catalogue.services( filter ) ), std::set<std::string>( { "Seniorentreff Buntekuh" } ) );
    filter.text = "Jugend \"arbeit";
    QCOMPARE( namesOf( catalogue.services( filter ) ), std::set<std::string>() );
    filter.text = "Jugend arbeit";
    QCOMPARE( namesOf( catalogue.services( filter ) ), std::set<std::string>( { "Mobile Jugendarbeit Moisling" } ) );
    // words of one or two letters (too short for the index) are matched by a scan
    filter.text = "Mo";
    QCOMPARE( namesOf( catalogue.services( filter ) ), std::set<std::string>( { "Mobile Jugendarbeit Moisling" } ) );
    // the index follows edits
    Service renamed = catalogue.services( filter ).front();
    renamed.name = "Streetwork Moisling";
    catalogue.upsertService( renamed );
    filter.text = "streetwork";
    QCOMPARE( catalogue.services( filter ).size(), size_t( 1 ) );
    filter.text = "mobile";
    QCOMPARE( catalogue.services( filter ).size(), size_t( 0 ) );
  }

  void detailsShowProviderSitesHoursAndTargetGroups()
  {
    Catalogue catalogue = newCatalogue();
    fill( catalogue );
    ServiceFilter filter;
    filter.text = "Seniorentreff";
    const Service seniors = catalogue.services( filter ).at( 0 );
    const Location site = addSite( catalogue, seniors.id, "Nachbarschaftshaus Buntekuh", 10.6449, 53.8581 );
    Address address;
    address.locationId = site.id;
    address.address1 = "Ziegelstraße 1";
    address.postalCode = "23556";
    address.city = "Lübeck";
    address.country = "DE";
    catalogue.upsertAddress( address );
    Schedule hours;
    hours.serviceId = seniors.id;
    hours.freq = "WEEKLY";
    hours.byday = "WE";
    hours.opensAt = "12:00";
    hours.closesAt = "16:00";
    catalogue.upsertSchedule( hours );

    const ServiceDetails details = catalogue.serviceDetails( seniors.id );
    QCOMPARE( details.service.name, std::string( "Seniorentreff Buntekuh" ) );
    QCOMPARE( details.provider->name, std::string( "AWO Kreisverband" ) );
    QCOMPARE( details.locations.size(), size_t( 1 ) );
    QCOMPARE( details.locations[ 0 ].name.value_or( "" ), std::string( "Nachbarschaftshaus Buntekuh" ) );
    QCOMPARE( details.addresses.at( 0 ).address1.value_or( "" ), std::string( "Ziegelstraße 1" ) );
    QCOMPARE( details.schedules.size(), size_t( 1 ) );
    QCOMPARE( details.schedules[ 0 ].opensAt.value_or( "" ), std::string( "12:00" ) );
    QCOMPARE( details.targetGroups.size(), size_t( 1 ) );
    QCOMPARE( details.targetGroups[ 0 ].name, std::string( "Seniorinnen und Senioren" ) );
    QCOMPARE( details.themes.size(), size_t( 2 ) );
    QVERIFY( !details.history.empty() );
    CATALOGUE_VERIFY_CONTAINS( errorOf( [ & ] { catalogue.serviceDetails( "nope" ); } ),
                               "There is no offering with the id 'nope'" );
  }

  void linkingTheSameSiteTwiceKeepsOneLink()
  {
    Catalogue catalogue = newCatalogue();
    const Organization awo = addOrganization( catalogue, "AWO" );
    const Service service = addService( catalogue, awo.id, "Treff" );
    const Location site = addSite( catalogue, service.id, "Haus", 10.6, 53.8 );
    ServiceAtLocation again;
    again.serviceId = service.id;
    again.locationId = site.id;
    catalogue.upsertServiceAtLocation( again );
    QCOMPARE( catalogue.recordCount( "service_at_location" ), 1LL );
  }

  void committeesListTheirMembersWithRoles()
  {
    Catalogue catalogue = newCatalogue();
    const Organization office = addOrganization( catalogue, "Amt für Stadtentwicklung", StakeholderKind::PublicOffice );
    const Organization jobcenter = addOrganization( catalogue, "Jobcenter Erfurt", StakeholderKind::Jobcenter );
    const Organization kowo = addOrganization( catalogue, "KoWo Erfurt", StakeholderKind::HousingCompany );
    Committee committee;
    committee.name = "Begleitgremium Soziale Stadt";
    committee.organizationId = office.id;
    committee.area = "Erfurt Nord";
    catalogue.upsertCommittee( committee );
    for ( const auto &[ id, role ] :
          { std::pair( office.id, "chair" ), std::pair( jobcenter.id, "member" ), std::pair( kowo.id, "member" ) } )
    {
      CommitteeMembership m;
      m.committeeId = committee.id;
      m.organizationId = id;
      m.role = role;
      catalogue.upsertCommitteeMembership( m );
    }
    const std::vector<CommitteeMembership> members = catalogue.membershipsOfCommittee( committee.id );
    QCOMPARE( members.size(), size_t( 3 ) );
    QCOMPARE( members[ 0 ].organizationId, office.id ); // by name
    QCOMPARE( members[ 0 ].role.value_or( "" ), std::string( "chair" ) );
    QCOMPARE( catalogue.membershipsOfOrganization( kowo.id ).size(), size_t( 1 ) );
  }
};

QTEST_GUILESS_MAIN( TestServices )
#include "testservices.moc"
