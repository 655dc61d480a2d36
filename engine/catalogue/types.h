#pragma once

#include <optional>
#include <string>
#include <vector>

namespace sozialraum::catalogue
{

// Code lists. Each is stored as the code next to it (HSDS value where HSDS has one).

//! HSDS service.status.
enum class ServiceStatus
{
  Active,            //!< "active"
  Inactive,          //!< "inactive"
  Defunct,           //!< "defunct"
  TemporarilyClosed, //!< "temporarily closed"
};

//! How an offering is organized (Sozialraum extension service.organization_form).
enum class OrganizationForm
{
  Central,  //!< "central": one central place for the whole city
  Quarter,  //!< "quarter": in the quarter (dezentral, im Quartier)
  Outreach, //!< "outreach": goes to people (aufsuchend)
  Mobile,   //!< "mobile": travels between places (mobil)
};

//! Planning state of an offering (Sozialraum extension service.planning_state).
enum class PlanningState
{
  Planned,          //!< "planned"
  InImplementation, //!< "in_implementation"
  Active,           //!< "active"
  Paused,           //!< "paused"
  Ended,            //!< "ended"
};

//! Kind of stakeholder (Sozialraum extension organization.kind).
enum class StakeholderKind
{
  PublicOffice,        //!< "public_office": Amt, Behörde
  WelfareAssociation,  //!< "welfare_association": Wohlfahrtsverband (AWO, Caritas, Diakonie, DRK, Paritätischer ...)
  IndependentProvider, //!< "independent_provider": freier Träger
  Association,         //!< "association": Verein
  Jobcenter,           //!< "jobcenter"
  HousingCompany,      //!< "housing_company": Wohnungsunternehmen, Wohnungsgenossenschaft
  Initiative,          //!< "initiative": Initiative, civic group
  Research,            //!< "research": Hochschule, Forschung
  Business,            //!< "business": Unternehmen
  Other,               //!< "other"
};

//! HSDS location.location_type.
enum class LocationType
{
  Physical, //!< "physical"
  Postal,   //!< "postal"
  Virtual,  //!< "virtual"
};

//! What a vocabulary term says about an offering.
enum class TermRole
{
  Theme,       //!< link_type "theme"
  TargetGroup, //!< link_type "target_group"
};

std::string toString( ServiceStatus value );
std::string toString( OrganizationForm value );
std::string toString( PlanningState value );
std::string toString( StakeholderKind value );
std::string toString( LocationType value );
std::string toString( TermRole value );

// Parsers throw CatalogueError naming the allowed codes.
ServiceStatus serviceStatusFromString( const std::string &code );
OrganizationForm organizationFormFromString( const std::string &code );

//! Every organization form in the catalogue's order (central, quarter, outreach, mobile): the one list
//! that menus, filters and reports follow.
const std::vector<OrganizationForm> &organizationForms();
PlanningState planningStateFromString( const std::string &code );
StakeholderKind stakeholderKindFromString( const std::string &code );
LocationType locationTypeFromString( const std::string &code );

// Records. An empty id means "new": the catalogue assigns a UUID. Dates are ISO 8601 text
// (YYYY-MM-DD), as HSDS writes them. Fields HSDS has but a struct leaves out are kept as they
// are when the record is updated.

//! Akteur (stakeholder): HSDS organization.
struct Organization
{
  std::string id;
  std::string name;
  std::optional<std::string> alternateName;
  std::optional<std::string> description;
  std::optional<std::string> email;
  std::optional<std::string> website;
  std::optional<std::string> legalStatus;
  std::optional<std::string> uri;
  std::optional<std::string> parentOrganizationId;
  std::optional<StakeholderKind> kind;
  //! Stable id in the source it was imported from; re-imports find the record by it.
  std::optional<std::string> externalId;
};

//! Förderprogramm / programme: HSDS program.
struct Program
{
  std::string id;
  std::optional<std::string> organizationId;
  std::string name;
  std::optional<std::string> alternateName;
  std::optional<std::string> description;
};

//! Angebot (offering): HSDS service plus the planning fields.
struct Service
{
  std::string id;
  std::string organizationId;
  std::optional<std::string> programId;
  std::string name;
  std::optional<std::string> alternateName;
  std::optional<std::string> description;
  std::optional<std::string> url;
  std::optional<std::string> email;
  ServiceStatus status = ServiceStatus::Active;
  std::optional<std::string> eligibilityDescription;
  std::optional<std::string> applicationProcess;
  std::optional<std::string> feesDescription;
  std::optional<double> minimumAge;
  std::optional<double> maximumAge;
  //! Date the information was last checked.
  std::optional<std::string> assuredDate;
  std::optional<OrganizationForm> organizationForm;
  std::optional<PlanningState> planningState;
  std::optional<std::string> validFrom;
  std::optional<std::string> validTo;
  std::optional<double> capacity;
  //! Stable id in the source it was imported from; re-imports find the record by it.
  std::optional<std::string> externalId;
};

//! Standort (site): HSDS location; latitude/longitude in WGS 84 (EPSG:4326), kept equal to the point geometry.
struct Location
{
  std::string id;
  LocationType locationType = LocationType::Physical;
  std::optional<std::string> name;
  std::optional<std::string> alternateName;
  std::optional<std::string> description;
  std::optional<std::string> transportation;
  std::optional<std::string> url;
  std::optional<std::string> organizationId;
  std::optional<double> latitude;
  std::optional<double> longitude;
  std::optional<std::string> externalIdentifier;
  std::optional<std::string> externalIdentifierType;
};

//! An offering at a site: HSDS service_at_location.
struct ServiceAtLocation
{
  std::string id;
  std::string serviceId;
  std::string locationId;
  std::optional<std::string> description;
};

//! Opening hours: HSDS schedule (one row per recurring time window, RFC 5545 style).
struct Schedule
{
  std::string id;
  std::optional<std::string> serviceId;
  std::optional<std::string> locationId;
  std::optional<std::string> serviceAtLocationId;
  std::optional<std::string> validFrom;
  std::optional<std::string> validTo;
  std::optional<std::string> dtstart;
  std::optional<std::string> until;
  //! "WEEKLY" or "MONTHLY".
  std::optional<std::string> freq;
  std::optional<double> interval;
  //! "MO,TU,WE".
  std::optional<std::string> byday;
  std::optional<std::string> bymonthday;
  //! "09:00".
  std::optional<std::string> opensAt;
  std::optional<std::string> closesAt;
  std::optional<std::string> description;
  std::optional<std::string> attendingType;
  std::optional<std::string> notes;
};

//! HSDS address of a site.
struct Address
{
  std::string id;
  std::optional<std::string> locationId;
  //! "c/o" line; personal data when it names a person.
  std::optional<std::string> attention;
  std::optional<std::string> address1;
  std::optional<std::string> address2;
  std::optional<std::string> city;
  std::optional<std::string> region;
  std::optional<std::string> stateProvince;
  std::optional<std::string> postalCode;
  //! ISO 3166-1 alpha-2, e.g. "DE".
  std::optional<std::string> country;
  std::optional<std::string> addressType;
};

//! HSDS phone; one of the owner ids is set. A phone with a contactId is a person's: personal data.
struct Phone
{
  std::string id;
  std::optional<std::string> locationId;
  std::optional<std::string> serviceId;
  std::optional<std::string> organizationId;
  std::optional<std::string> contactId;
  std::optional<std::string> serviceAtLocationId;
  std::string number;
  std::optional<double> extension;
  std::optional<std::string> type;
  std::optional<std::string> description;
};

//! HSDS contact. name and email are personal data (prefer role mailboxes in title/department).
struct Contact
{
  std::string id;
  std::optional<std::string> organizationId;
  std::optional<std::string> serviceId;
  std::optional<std::string> serviceAtLocationId;
  std::optional<std::string> locationId;
  std::optional<std::string> name;
  std::optional<std::string> title;
  std::optional<std::string> department;
  std::optional<std::string> email;
};

//! HSDS funding (source of money for an organization or an offering).
struct Funding
{
  std::string id;
  std::optional<std::string> organizationId;
  std::optional<std::string> serviceId;
  std::optional<std::string> source;
};

//! HSDS taxonomy (a vocabulary).
struct Taxonomy
{
  std::string id;
  std::string name;
  std::optional<std::string> description;
  std::optional<std::string> uri;
  std::optional<std::string> version;
};

//! HSDS taxonomy_term.
struct TaxonomyTerm
{
  std::string id;
  std::optional<std::string> code;
  std::string name;
  std::optional<std::string> description;
  std::optional<std::string> parentId;
  std::optional<std::string> taxonomyId;
  std::optional<std::string> language;
  std::optional<std::string> termUri;
};

//! Gremium (committee, steering group, round table): Sozialraum extension.
struct Committee
{
  std::string id;
  std::string name;
  std::optional<std::string> description;
  //! The stakeholder that convenes it.
  std::optional<std::string> organizationId;
  //! District or quarter it is responsible for (free text).
  std::optional<std::string> area;
  std::optional<std::string> validFrom;
  std::optional<std::string> validTo;
};

//! A stakeholder's seat in a committee.
struct CommitteeMembership
{
  std::string id;
  std::string committeeId;
  std::string organizationId;
  //! "chair", "member", "advisory", "secretariat" ... (free text).
  std::optional<std::string> role;
  std::optional<std::string> validFrom;
  std::optional<std::string> validTo;
};

//! One field-level change (HSDS metadata).
struct ChangeLogEntry
{
  std::string id;
  std::string resourceId;
  //! Table of the record ("service", "location" ...).
  std::string resourceType;
  //! ISO 8601 UTC time, e.g. "2024-05-02T09:14:03.125Z".
  std::string date;
  //! "create", "update" or "delete".
  std::string action;
  std::string field;
  std::optional<std::string> previousValue;
  std::optional<std::string> replacementValue;
  std::string updatedBy;
};

//! Extent in WGS 84 degrees (EPSG:4326).
struct BoundingBox
{
  double xMinimum = 0;
  double yMinimum = 0;
  double xMaximum = 0;
  double yMaximum = 0;
};

/**
 * Which offerings to list. Empty members do not filter; lists within a member are alternatives
 * (any of the themes), members combine (a theme and a target group and valid on the date).
 */
struct ServiceFilter
{
  //! Linked (HSDS attribute) to any of these theme terms.
  std::vector<std::string> themeTermIds;
  //! Linked to any of these target-group terms.
  std::vector<std::string> targetGroupTermIds;
  std::vector<OrganizationForm> organizationForms;
  std::vector<ServiceStatus> statuses;
  std::vector<PlanningState> planningStates;
  //! Valid on this date (YYYY-MM-DD): valid_from empty or on/before it, valid_to empty or on/after it.
  std::optional<std::string> validOn;
  //! Words that must all occur in the name, alternate name or description (case-insensitive, parts of words too).
  std::string text;
  //! Run by this stakeholder.
  std::optional<std::string> organizationId;
  //! Offered at one of these sites.
  std::vector<std::string> locationIds;
  //! Offered at a site inside this box (spatial index).
  std::optional<BoundingBox> boundingBox;
  //! Offered at a site within this polygon, WKT in EPSG:4326 (e.g. a quarter from a statistical-area layer).
  std::string withinWkt;
};

//! What the detail pane shows about one offering.
struct ServiceDetails
{
  Service service;
  std::optional<Organization> provider;
  std::optional<Program> program;
  std::vector<Location> locations;
  std::vector<Address> addresses;
  std::vector<Schedule> schedules;
  std::vector<Phone> phones;
  std::vector<Funding> funding;
  //! Linked terms that are not target groups.
  std::vector<TaxonomyTerm> themes;
  //! Linked terms of the target-group vocabulary (or linked as "target_group").
  std::vector<TaxonomyTerm> targetGroups;
  //! Changes of the offering and of its sites links, opening hours and terms, oldest first.
  std::vector<ChangeLogEntry> history;
};

} // namespace sozialraum::catalogue
