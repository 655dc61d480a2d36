#include "catalogue/catalogue.h"

#include "cataloguetestutil.h"

#include <QObject>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace sozialraum::catalogue;
using namespace cataloguetest;

namespace
{
std::vector<std::string> idsOf( const std::vector<TaxonomyTerm> &terms )
{
  std::vector<std::string> ids;
  for ( const TaxonomyTerm &term : terms )
    ids.push_back( term.id );
  return ids;
}

std::string joined( const std::vector<std::string> &parts )
{
  std::string text;
  for ( const std::string &part : parts )
    text += ( text.empty() ? "" : "," ) + part;
  return text;
}

std::string describe( const std::optional<Address> &address )
{
  if ( !address )
    return "(none)";
  return address->id + "|" + address->locationId.value_or( "-" ) + "|" + address->address1.value_or( "-" ) + "|" +
         address->postalCode.value_or( "-" ) + "|" + address->city.value_or( "-" );
}

std::string describe( const std::optional<double> &value )
{
  return value ? std::to_string( *value ) : std::string( "null" );
}
} // namespace

//! compareWithDetails(), and the test stops at its first difference.
#define COMPARE_WITH_DETAILS( catalogue, filter, expectedCount )                                                       \
  do                                                                                                                   \
  {                                                                                                                    \
    compareWithDetails( catalogue, filter, expectedCount );                                                            \
    if ( QTest::currentTestFailed() )                                                                                  \
      return;                                                                                                          \
  } while ( false )

class TestServiceSites : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  int mCount = 0;
  Catalogue newCatalogue()
  {
    return Catalogue::create( mDir.filePath( QStringLiteral( "sites%1.sqlite" ).arg( ++mCount ) ).toStdString(),
                              as( "anna" ) );
  }

  static Address addAddress( Catalogue &catalogue, const std::string &locationId, const std::string &street,
                             const std::string &postalCode, const std::string &city )
  {
    Address address;
    address.locationId = locationId;
    address.address1 = street;
    address.postalCode = postalCode;
    address.city = city;
    catalogue.upsertAddress( address );
    return address;
  }

  /**
   * Offerings with no, one and two sites, sites without coordinates or address, a site with
   * two addresses, a site linked twice, a site shared by two offerings, names that fold alike,
   * terms without a code and a theme linked as a target group.
   */
  void fill( Catalogue &catalogue )
  {
    const Organization north = addOrganization( catalogue, "Kita-Eigenbetrieb Nord" );
    const Organization south = addOrganization( catalogue, "Träger Süd e.V." );

    TaxonomyTerm ownTheme;
    ownTheme.taxonomyId = vocabulary::THEME_TAXONOMY_ID;
    ownTheme.name = "Sprachförderung"; // no code: the layer shows the name
    catalogue.upsertTaxonomyTerm( ownTheme );

    // no site at all
    Service noSite = addService( catalogue, north.id, "Beratung ohne Ort" );
    noSite.organizationForm = OrganizationForm::Outreach;
    noSite.validFrom = "2020-01-01";
    catalogue.upsertService( noSite );
    catalogue.setServiceTerms( noSite.id, TermRole::Theme, { theme( "participation" ), ownTheme.id } );
    catalogue.setServiceTerms( noSite.id, TermRole::TargetGroup, { targetGroup( "family" ) } );

    // one site with two addresses (the later one is the site's address) and a site linked twice
    Service one = addService( catalogue, north.id, "Kita Sonnenschein" );
    one.capacity = 60;
    one.organizationForm = OrganizationForm::Quarter;
    one.validFrom = "2019-05-01";
    one.validTo = "2030-12-31";
    catalogue.upsertService( one );
    const Location house = addSite( catalogue, one.id, "Haus am Park", 13.40, 52.52 );
    addAddress( catalogue, house.id, "Alte Straße 1", "10115", "Berlin" );
    addAddress( catalogue, house.id, "Parkweg 3", "10115", "Berlin" );
    ServiceAtLocation again;
    again.serviceId = one.id;
    again.locationId = house.id;
    again.description = "second link of the same site";
    catalogue.upsertServiceAtLocation( again );
    catalogue.setServiceTerms( one.id, TermRole::Theme, { theme( "education" ) } );
    catalogue.setServiceTerms( one.id, TermRole::TargetGroup, { targetGroup( "child" ), targetGroup( "family" ) } );

    // two sites: one with coordinates and no address, one without coordinates but with an address
    Service two = addService( catalogue, south.id, "Familienzentrum Mitte" );
    two.capacity = 25.5;
    two.organizationForm = OrganizationForm::Central;
    two.status = ServiceStatus::Inactive;
    two.validTo = "2023-06-30";
    catalogue.upsertService( two );
    addSite( catalogue, two.id, "Zentrum", 13.41, 52.51 );
    Location postal;
    postal.name = "Postfach";
    postal.locationType = LocationType::Postal;
    catalogue.upsertLocation( postal );
    addAddress( catalogue, postal.id, "Postfach 12 34", "10117", "Berlin" );
    ServiceAtLocation postalLink;
    postalLink.serviceId = two.id;
    postalLink.locationId = postal.id;
    catalogue.upsertServiceAtLocation( postalLink );
    catalogue.setServiceTerms( two.id, TermRole::Theme, { theme( "health_prevention_care" ), theme( "education" ) } );
    // a theme linked as a target group counts as a target group
    catalogue.setServiceTerms( two.id, TermRole::TargetGroup, { targetGroup( "senior" ), theme( "participation" ) } );

    // two sites, one shared with "Kita Sonnenschein"; names that fold alike sort by id
    Service shared = addService( catalogue, south.id, "KITA sonnenschein" );
    shared.capacity = 0;
    shared.organizationForm = OrganizationForm::Quarter;
    shared.status = ServiceStatus::TemporarilyClosed;
    catalogue.upsertService( shared );
    const Location garden = addSite( catalogue, shared.id, "Garten", 13.39, 52.53 );
    addAddress( catalogue, garden.id, "Gartenstraße 7", "10119", "" );
    ServiceAtLocation sharedLink;
    sharedLink.serviceId = shared.id;
    sharedLink.locationId = house.id;
    catalogue.upsertServiceAtLocation( sharedLink );
    catalogue.setServiceTerms( shared.id, TermRole::TargetGroup, { targetGroup( "child" ) } );

    // an offering without terms, whose only site has no coordinates
    Service plain = addService( catalogue, north.id, "Ämterlotse" );
    Location nowhere;
    nowhere.name = "irgendwo";
    catalogue.upsertLocation( nowhere );
    ServiceAtLocation nowhereLink;
    nowhereLink.serviceId = plain.id;
    nowhereLink.locationId = nowhere.id;
    catalogue.upsertServiceAtLocation( nowhereLink );
  }

  //! Fails unless servicesWithSites( filter ) lists what services( filter ) and serviceDetails() give, in order.
  static void compareWithDetails( const Catalogue &catalogue, const ServiceFilter &filter, size_t expectedCount )
  {
    const std::vector<Service> services = catalogue.services( filter );
    const std::vector<ServiceWithSites> offerings = catalogue.servicesWithSites( filter );
    QCOMPARE( services.size(), expectedCount );
    QCOMPARE( offerings.size(), services.size() );
    for ( size_t i = 0; i < services.size(); ++i )
    {
      const ServiceDetails details = catalogue.serviceDetails( services[ i ].id );
      const ServiceWithSites &offering = offerings[ i ];
      QCOMPARE( offering.service.id, details.service.id );
      QCOMPARE( offering.service.name, details.service.name );
      QCOMPARE( describe( offering.service.capacity ), describe( details.service.capacity ) );
      QVERIFY( offering.service.organizationForm == details.service.organizationForm );
      QVERIFY( offering.service.status == details.service.status );
      QCOMPARE( offering.service.validFrom.value_or( "null" ), details.service.validFrom.value_or( "null" ) );
      QCOMPARE( offering.service.validTo.value_or( "null" ), details.service.validTo.value_or( "null" ) );
      QCOMPARE( offering.providerName.value_or( "null" ),
                details.provider ? details.provider->name : std::string( "null" ) );
      QCOMPARE( joined( idsOf( offering.themes ) ), joined( idsOf( details.themes ) ) );
      QCOMPARE( joined( idsOf( offering.targetGroups ) ), joined( idsOf( details.targetGroups ) ) );
      for ( size_t t = 0; t < offering.themes.size(); ++t )
        QCOMPARE( offering.themes[ t ].code.value_or( offering.themes[ t ].name ),
                  details.themes[ t ].code.value_or( details.themes[ t ].name ) );
      for ( size_t t = 0; t < offering.targetGroups.size(); ++t )
        QCOMPARE( offering.targetGroups[ t ].code.value_or( offering.targetGroups[ t ].name ),
                  details.targetGroups[ t ].code.value_or( details.targetGroups[ t ].name ) );

      QCOMPARE( offering.sites.size(), details.locations.size() );
      for ( size_t s = 0; s < offering.sites.size(); ++s )
      {
        const ServiceSite &site = offering.sites[ s ];
        const Location &location = details.locations[ s ];
        QCOMPARE( site.locationId, location.id );
        QCOMPARE( describe( site.latitude ), describe( location.latitude ) );
        QCOMPARE( describe( site.longitude ), describe( location.longitude ) );
        // the layer's pairing: the last of the details' addresses with the site's id
        std::optional<Address> address;
        for ( const Address &a : details.addresses )
          if ( a.locationId == location.id )
            address = a;
        QCOMPARE( describe( site.address ), describe( address ) );
      }
    }
  }

private slots:
  void listsEveryOfferingWithItsSitesAsTheDetailsDo()
  {
    Catalogue catalogue = newCatalogue();
    fill( catalogue );
    COMPARE_WITH_DETAILS( catalogue, ServiceFilter(), 5 );

    std::map<std::string, ServiceWithSites> byName;
    for ( const ServiceWithSites &offering : catalogue.servicesWithSites() )
      byName[ offering.service.name ] = offering;
    QCOMPARE( byName[ "Beratung ohne Ort" ].sites.size(), size_t( 0 ) );
    QCOMPARE( byName[ "Kita Sonnenschein" ].sites.size(), size_t( 1 ) ); // linked twice, listed once
    QCOMPARE( byName[ "KITA sonnenschein" ].sites.size(), size_t( 2 ) );
    QCOMPARE( byName[ "Familienzentrum Mitte" ].sites.size(), size_t( 2 ) );
    QCOMPARE( byName[ "Ämterlotse" ].sites.size(), size_t( 1 ) );

    QCOMPARE( byName[ "Kita Sonnenschein" ].sites[ 0 ].address.value_or( Address() ).address1.value_or( "" ),
              std::string( "Parkweg 3" ) ); // the later of its two addresses
    // sites by name: "Postfach" (no coordinates, an address), then "Zentrum" (coordinates, no address)
    const std::vector<ServiceSite> &centre = byName[ "Familienzentrum Mitte" ].sites;
    QVERIFY( !centre[ 0 ].latitude && centre[ 0 ].address );
    QVERIFY( centre[ 1 ].latitude && !centre[ 1 ].address );
    QCOMPARE( byName[ "Beratung ohne Ort" ].themes.size(), size_t( 2 ) );
    QCOMPARE( byName[ "Familienzentrum Mitte" ].targetGroups.size(), size_t( 2 ) );
    QCOMPARE( byName[ "Familienzentrum Mitte" ].providerName.value_or( "" ), std::string( "Träger Süd e.V." ) );
  }

  void filtersSelectTheSameOfferingsAsServices()
  {
    Catalogue catalogue = newCatalogue();
    fill( catalogue );

    ServiceFilter byTheme;
    byTheme.themeTermIds = { theme( "education" ) };
    COMPARE_WITH_DETAILS( catalogue, byTheme, 2 );

    ServiceFilter byTargetGroup;
    byTargetGroup.targetGroupTermIds = { targetGroup( "child" ), targetGroup( "senior" ) };
    COMPARE_WITH_DETAILS( catalogue, byTargetGroup, 3 );

    ServiceFilter byStatus;
    byStatus.statuses = { ServiceStatus::Active };
    COMPARE_WITH_DETAILS( catalogue, byStatus, 3 );

    ServiceFilter byDate;
    byDate.validOn = "2024-06-01";
    COMPARE_WITH_DETAILS( catalogue, byDate, 4 );

    ServiceFilter byForm;
    byForm.organizationForms = { OrganizationForm::Quarter };
    COMPARE_WITH_DETAILS( catalogue, byForm, 2 );

    ServiceFilter combined;
    combined.targetGroupTermIds = { targetGroup( "child" ) };
    combined.statuses = { ServiceStatus::Active };
    combined.organizationForms = { OrganizationForm::Quarter };
    combined.validOn = "2024-06-01";
    COMPARE_WITH_DETAILS( catalogue, combined, 1 );

    ServiceFilter none;
    none.themeTermIds = { theme( "education" ) };
    none.statuses = { ServiceStatus::Defunct };
    COMPARE_WITH_DETAILS( catalogue, none, 0 );
  }

  void emptyCatalogueGivesNothing()
  {
    const Catalogue catalogue = newCatalogue();
    QVERIFY( catalogue.servicesWithSites().empty() );
  }
};

QTEST_GUILESS_MAIN( TestServiceSites )
#include "testservicesites.moc"
