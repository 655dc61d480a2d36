#include "catalogue/edits.h"

#include "catalogue/catalogue.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace sozialraum::catalogue
{

namespace
{
//! Removes \a location when no offering uses it and no stakeholder owns it.
void removeIfStray( Catalogue &catalogue, const Location &location )
{
  ServiceFilter atSite;
  atSite.locationIds = { location.id };
  if ( !location.organizationId && catalogue.services( atSite ).empty() )
    catalogue.deleteLocation( location.id );
}

bool equalsIgnoringCase( const std::string &a, const std::string &b )
{
  return a.size() == b.size() && std::equal( a.begin(), a.end(), b.begin(), []( unsigned char x, unsigned char y ) { return std::tolower( x ) == std::tolower( y ); } );
}
} // namespace

std::string findOrCreateOrganization( Catalogue &catalogue, const std::string &name, bool *created )
{
  if ( created )
    *created = false;
  if ( const std::optional<Organization> existing = catalogue.findOrganizationByName( name ) )
    return existing->id;
  Organization organization;
  organization.name = name;
  if ( created )
    *created = true;
  return catalogue.upsertOrganization( organization );
}

std::string saveSite( Catalogue &catalogue, const std::string &serviceId, const SiteEdit &site )
{
  Location location;
  if ( !site.id.empty() )
  {
    if ( const std::optional<Location> existing = catalogue.location( site.id ) )
      location = *existing;
  }
  location.name = site.name;
  location.latitude = site.latitude;
  location.longitude = site.longitude;
  if ( !location.latitude || !location.longitude )
  {
    location.latitude.reset();
    location.longitude.reset();
  }
  if ( site.organizationId )
    location.organizationId = site.organizationId;
  if ( site.externalIdentifier )
    location.externalIdentifier = site.externalIdentifier;
  const std::string locationId = catalogue.upsertLocation( location );

  const std::vector<Location> linked = catalogue.locationsOfService( serviceId );
  if ( std::none_of( linked.begin(), linked.end(), [&]( const Location &l ) { return l.id == locationId; } ) )
  {
    ServiceAtLocation link;
    link.serviceId = serviceId;
    link.locationId = locationId;
    catalogue.upsertServiceAtLocation( link );
  }
  if ( !site.setAddress )
    return locationId;

  const std::vector<Address> addresses = catalogue.addressesOfLocation( locationId );
  Address address = addresses.empty() ? Address() : addresses.front();
  const bool changed = address.address1 != site.street || address.postalCode != site.postalCode || address.city != site.city;
  if ( changed && ( !addresses.empty() || site.street || site.postalCode || site.city ) )
  {
    address.locationId = locationId;
    address.address1 = site.street;
    address.postalCode = site.postalCode;
    address.city = site.city;
    if ( !address.addressType )
      address.addressType = std::string( "physical" );
    catalogue.upsertAddress( address );
  }
  return locationId;
}

void replaceSites( Catalogue &catalogue, const std::string &serviceId, const std::vector<SiteEdit> &sites )
{
  const std::vector<Location> before = catalogue.locationsOfService( serviceId );
  std::set<std::string> kept;
  for ( const SiteEdit &site : sites )
    kept.insert( saveSite( catalogue, serviceId, site ) );
  for ( const Location &location : before )
  {
    if ( kept.count( location.id ) )
      continue;
    ServiceAtLocation link;
    link.serviceId = serviceId;
    link.locationId = location.id;
    catalogue.upsertServiceAtLocation( link );
    catalogue.deleteServiceAtLocation( link.id );
    removeIfStray( catalogue, location );
  }
}

bool isSimpleWeeklySchedule( const Schedule &schedule )
{
  return schedule.byday && schedule.opensAt && schedule.closesAt && !schedule.serviceAtLocationId && !schedule.locationId &&
         ( !schedule.freq || equalsIgnoringCase( *schedule.freq, "WEEKLY" ) );
}

void replaceWeeklySchedules( Catalogue &catalogue, const std::string &serviceId, const std::vector<Schedule> &schedules )
{
  for ( const Schedule &schedule : catalogue.schedulesOfService( serviceId ) )
  {
    if ( isSimpleWeeklySchedule( schedule ) && schedule.serviceId && *schedule.serviceId == serviceId )
      catalogue.deleteSchedule( schedule.id );
  }
  for ( Schedule schedule : schedules )
  {
    schedule.id.clear();
    schedule.serviceId = serviceId;
    catalogue.upsertSchedule( schedule );
  }
}

void deleteOfferingAndStraySites( Catalogue &catalogue, const std::string &serviceId )
{
  const std::vector<Location> sites = catalogue.locationsOfService( serviceId );
  catalogue.deleteService( serviceId );
  for ( const Location &location : sites )
    removeIfStray( catalogue, location );
}

} // namespace sozialraum::catalogue
