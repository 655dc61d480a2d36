// The catalogue's editing rules (catalogue/edits): what the dock and importofferings share.
#include "catalogue/catalogue.h"
#include "catalogue/edits.h"

#include "cataloguetestutil.h"

#include <QObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace sozialraum::catalogue;
using namespace cataloguetest;

class TestEdits : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  int mCount = 0;
  Catalogue newCatalogue()
  {
    return Catalogue::create( mDir.filePath( QStringLiteral( "edits%1.sqlite" ).arg( ++mCount ) ).toStdString(), as( "anna" ) );
  }

private slots:
  void providersAreFoundAgainByName()
  {
    Catalogue catalogue = newCatalogue();
    bool created = false;
    const std::string awo = findOrCreateOrganization( catalogue, "AWO Kreisverband", &created );
    QVERIFY( created );
    QCOMPARE( findOrCreateOrganization( catalogue, "awo  kreisverband", &created ), awo ); // case and spaces do not matter
    QVERIFY( !created );
    QVERIFY( findOrCreateOrganization( catalogue, "Diakonie", &created ) != awo );
    QVERIFY( created );
  }

  void sitesAreReplacedAndStraySitesRemoved()
  {
    Catalogue catalogue = newCatalogue();
    const Organization owner = addOrganization( catalogue, "Stadt" );
    const Service offering = addService( catalogue, owner.id, "Familienbüro" );
    const Service other = addService( catalogue, owner.id, "Schuldnerberatung" );
    const Location only = addSite( catalogue, offering.id, "nur hier", 10.0, 53.0 );
    const Location shared = addSite( catalogue, offering.id, "geteilt", 10.1, 53.1 );
    ServiceAtLocation link;
    link.serviceId = other.id;
    link.locationId = shared.id;
    catalogue.upsertServiceAtLocation( link );

    // Keep the shared site (with a new address), add a new one; the first one serves nobody any more.
    SiteEdit keep;
    keep.id = shared.id;
    keep.name = std::string( "geteilt" );
    keep.latitude = 53.1;
    keep.longitude = 10.1;
    keep.street = std::string( "Marktplatz 1" );
    SiteEdit added;
    added.name = std::string( "neu" );
    added.latitude = 53.2; // a latitude without longitude is no position
    replaceSites( catalogue, offering.id, { keep, added } );

    const std::vector<Location> sites = catalogue.locationsOfService( offering.id );
    QCOMPARE( sites.size(), std::size_t( 2 ) );
    QVERIFY( !catalogue.location( only.id ) ); // stray: removed
    QVERIFY( catalogue.location( shared.id ) );
    QCOMPARE( catalogue.addressesOfLocation( shared.id ).front().address1, std::optional<std::string>( "Marktplatz 1" ) );
    for ( const Location &site : sites )
      if ( site.name == std::optional<std::string>( "neu" ) )
        QVERIFY( !site.latitude && !site.longitude );

    // setAddress = false keeps the address; saving again does not link twice.
    keep.street.reset();
    keep.setAddress = false;
    saveSite( catalogue, offering.id, keep );
    QCOMPARE( catalogue.addressesOfLocation( shared.id ).front().address1, std::optional<std::string>( "Marktplatz 1" ) );
    QCOMPARE( catalogue.locationsOfService( offering.id ).size(), std::size_t( 2 ) );

    // Deleting the offering takes its own site along, the shared one stays for the other offering.
    deleteOfferingAndStraySites( catalogue, offering.id );
    QVERIFY( !catalogue.service( offering.id ) );
    QVERIFY( catalogue.location( shared.id ) );
    QCOMPARE( catalogue.locationsOfService( other.id ).size(), std::size_t( 1 ) );
  }

  void onlyTheWeeklyOpeningHoursAreReplaced()
  {
    Catalogue catalogue = newCatalogue();
    const Organization owner = addOrganization( catalogue, "Stadt" );
    const Service offering = addService( catalogue, owner.id, "Seniorentreff" );
    Schedule weekly;
    weekly.serviceId = offering.id;
    weekly.freq = std::string( "WEEKLY" );
    weekly.byday = std::string( "MO,TU" );
    weekly.opensAt = std::string( "09:00" );
    weekly.closesAt = std::string( "12:00" );
    catalogue.upsertSchedule( weekly );
    Schedule monthly = weekly;
    monthly.id.clear();
    monthly.freq = std::string( "MONTHLY" );
    monthly.byday.reset();
    monthly.bymonthday = std::string( "1" );
    catalogue.upsertSchedule( monthly );
    QVERIFY( isSimpleWeeklySchedule( weekly ) && !isSimpleWeeklySchedule( monthly ) );

    Schedule friday = weekly;
    friday.byday = std::string( "FR" );
    replaceWeeklySchedules( catalogue, offering.id, { friday } );
    std::vector<std::string> days;
    for ( const Schedule &s : catalogue.schedulesOfService( offering.id ) )
      days.push_back( s.byday.value_or( "monthly" ) );
    std::sort( days.begin(), days.end() );
    QCOMPARE( days, std::vector<std::string>( { "FR", "monthly" } ) );
  }
};

QTEST_GUILESS_MAIN( TestEdits )
#include "testedits.moc"
