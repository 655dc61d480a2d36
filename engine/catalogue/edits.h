#ifndef SOZIALRAUM_CATALOGUE_EDITS_H
#define SOZIALRAUM_CATALOGUE_EDITS_H

#include "catalogue/types.h"

#include <optional>
#include <string>
#include <vector>

namespace sozialraum::catalogue
{

class Catalogue;

/**
 * The catalogue's editing rules, one implementation for the dock, importofferings and anything
 * else that writes offerings: how providers are found again, how an offering's sites and
 * addresses are kept, which sites are removed with it, and which opening hours an edit replaces.
 * Each function runs inside the caller's transaction (Catalogue::beginTransaction).
 */

//! The stakeholder named \a name (case and spaces do not matter), created when there is none (\a created says so).
std::string findOrCreateOrganization( Catalogue &catalogue, const std::string &name, bool *created = nullptr );

//! One site of an offering as an editor or an import gives it.
struct SiteEdit
{
  std::string id; //!< an existing site, or empty for a new one
  std::optional<std::string> name;
  std::optional<double> latitude;
  std::optional<double> longitude;
  std::optional<std::string> street;
  std::optional<std::string> postalCode;
  std::optional<std::string> city;
  //! False: the site's address stays as it is (an import without address columns).
  bool setAddress = true;
  std::optional<std::string> organizationId; //!< the stakeholder the site belongs to (imports set the provider)
  std::optional<std::string> externalIdentifier;
};

/**
 * Writes \a site and links it to \a serviceId; its first address is updated (or created when
 * the edit gives one). A site gets coordinates only as a pair. Returns the site's id.
 */
std::string saveSite( Catalogue &catalogue, const std::string &serviceId, const SiteEdit &site );

/**
 * The sites of \a serviceId become exactly \a sites: listed ones are written and linked, the
 * others unlinked; a site that then serves no offering and belongs to no stakeholder is removed
 * (it would stay as a stray point on the map).
 */
void replaceSites( Catalogue &catalogue, const std::string &serviceId, const std::vector<SiteEdit> &sites );

/**
 * The weekly opening hours of \a serviceId (the ones an editor shows as "Mon–Fri 09:00–17:00")
 * become \a schedules; other schedules (monthly, per site) stay.
 */
void replaceWeeklySchedules( Catalogue &catalogue, const std::string &serviceId, const std::vector<Schedule> &schedules );

//! True for a weekly schedule of the offering itself with days and times: what replaceWeeklySchedules() replaces.
bool isSimpleWeeklySchedule( const Schedule &schedule );

//! Deletes the offering and the sites only it used (see replaceSites()).
void deleteOfferingAndStraySites( Catalogue &catalogue, const std::string &serviceId );

} // namespace sozialraum::catalogue

#endif
