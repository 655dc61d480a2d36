#pragma once

#include "catalogue/types.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sozialraum::catalogue
{

class Database;
class WriteScope;

struct OpenOptions
{
  //! Name the change log records for this session's edits (HSDS metadata.updated_by); default: the login name.
  std::string user;
  //! How long a write waits for another program's write to finish before it gives up.
  int busyTimeoutMs = 5000;
};

//! One site of an offering, as a layer of the offerings' sites needs it.
struct ServiceSite
{
  std::string locationId;
  std::optional<double> latitude;
  std::optional<double> longitude;
  //! The site's address with the highest fid (the one serviceDetails() pairs last with it), if any.
  std::optional<Address> address;
};

//! An offering with its provider's name, its terms and its sites (see Catalogue::servicesWithSites()).
struct ServiceWithSites
{
  Service service;
  //! Name of the stakeholder that runs it (nullopt when the record is missing).
  std::optional<std::string> providerName;
  //! As ServiceDetails::themes and ServiceDetails::targetGroups: ordered by name, then id.
  std::vector<TaxonomyTerm> themes;
  std::vector<TaxonomyTerm> targetGroups;
  //! Each linked site once, ordered as locationsOfService() (folded name, then id).
  std::vector<ServiceSite> sites;
};

/**
 * A catalogue of stakeholders and offerings: one SpatiaLite file with HSDS 3.0 tables.
 *
 * Every write runs in a transaction and is recorded field by field in the HSDS `metadata`
 * table by triggers, so that edits made through QGIS layers on the same file are logged too.
 * Foreign keys are enforced; a second writer waits for the busy timeout (WAL journal, readers
 * never wait). One Catalogue object belongs to one thread; open a second one for another thread.
 */
class Catalogue
{
public:
  //! Creates a new, empty catalogue (with the seeded vocabularies); fails when \a path exists.
  static Catalogue create( const std::string &path, const OpenOptions &options = OpenOptions() );
  //! Opens an existing catalogue and upgrades an older schema; fails on other files and newer schemas.
  static Catalogue open( const std::string &path, const OpenOptions &options = OpenOptions() );
  //! Schema version this build writes.
  static int currentSchemaVersion();

  Catalogue( Catalogue &&other ) noexcept;
  Catalogue &operator=( Catalogue &&other ) noexcept;
  ~Catalogue();

  const std::string &path() const;
  int schemaVersion() const;
  //! True when text search uses an SQLite FTS5 index (else a scan).
  bool hasFullTextSearch() const;
  const std::string &user() const;
  void setUser( const std::string &user );
  /**
   * Names user() as the author of writes other connections make to the file from now on (QGIS
   * layers of the catalogue committing a form's edits), until called with false. Without it the
   * change log records those writes as "unknown". Call it just before such a commit and undo it
   * right after, so that writes of other programs are not logged under this name.
   */
  void lendUserToOtherWrites( bool lend );

  /**
   * Groups many writes into one transaction (an import of a layer). Calls made while it is open
   * become savepoints inside it. Rolls back unless commit() is called.
   */
  class Transaction
  {
  public:
    Transaction( Transaction &&other ) noexcept;
    ~Transaction();
    void commit();

  private:
    friend class Catalogue;
    explicit Transaction( std::unique_ptr<WriteScope> scope );
    std::unique_ptr<WriteScope> mScope;
  };
  Transaction beginTransaction();

  // Stakeholders (organization)
  //! Inserts or updates; an empty id gets a new UUID unless externalId finds an existing record. Returns the id.
  std::string upsertOrganization( Organization &organization );
  std::optional<Organization> organization( const std::string &id ) const;
  //! Case-insensitive, trimmed, white space collapsed ("  AWO  kreisverband " finds "AWO Kreisverband").
  std::optional<Organization> findOrganizationByName( const std::string &name ) const;
  std::optional<Organization> findOrganizationByExternalId( const std::string &externalId ) const;
  //! Stakeholders whose name or description contains \a text (case-insensitive), of any of \a kinds; by name.
  std::vector<Organization> organizations( const std::string &text = std::string(),
                                           const std::vector<StakeholderKind> &kinds = {} ) const;
  //! Refuses while the stakeholder runs offerings, unless \a deleteServices. Programmes, contacts, phones, funding and
  //! memberships go with it.
  void deleteOrganization( const std::string &id, bool deleteServices = false );

  std::string upsertProgram( Program &program );
  std::optional<Program> program( const std::string &id ) const;
  std::string upsertFunding( Funding &funding );

  // Offerings (service)
  //! Inserts or updates; an empty id gets a new UUID unless externalId finds an existing record. Returns the id.
  std::string upsertService( Service &service );
  std::optional<Service> service( const std::string &id ) const;
  std::optional<Service> findServiceByExternalId( const std::string &externalId ) const;
  //! Offerings matching \a filter, by name.
  std::vector<Service> services( const ServiceFilter &filter = ServiceFilter() ) const;
  std::vector<Service> servicesInBoundingBox( const BoundingBox &box ) const;
  //! Offerings with a site within the polygon \a wkt (EPSG:4326).
  std::vector<Service> servicesWithin( const std::string &wkt ) const;
  /**
   * Offerings matching \a filter, ordered as services(), each with what a layer of their sites
   * needs; the same values as serviceDetails() gives, read with four queries for all of them
   * (a layer of 3,000 offerings would otherwise take tens of queries per offering).
   */
  std::vector<ServiceWithSites> servicesWithSites( const ServiceFilter &filter = ServiceFilter() ) const;
  //! Throws when there is no such offering.
  ServiceDetails serviceDetails( const std::string &id ) const;
  //! Replaces the offering's theme or target-group links (HSDS attribute rows with link_type "theme" / "target_group").
  void setServiceTerms( const std::string &serviceId, TermRole role, const std::vector<std::string> &termIds );
  std::vector<TaxonomyTerm> serviceTerms( const std::string &serviceId, TermRole role ) const;
  //! Its site links, opening hours, contacts, phones, funding, service areas and term links go with it; sites stay.
  void deleteService( const std::string &id );

  // Sites (location) and their links
  std::string upsertLocation( Location &location );
  std::optional<Location> location( const std::string &id ) const;
  std::vector<Location> locationsOfService( const std::string &serviceId ) const;
  std::vector<Location> locationsInBoundingBox( const BoundingBox &box ) const;
  //! Its offering links, addresses, phones, contacts and opening hours go with it.
  void deleteLocation( const std::string &id );
  //! With an empty id, an existing link of the same offering and site is reused.
  std::string upsertServiceAtLocation( ServiceAtLocation &link );
  void deleteServiceAtLocation( const std::string &id );

  std::string upsertSchedule( Schedule &schedule );
  //! Opening hours of the offering and of its site links.
  std::vector<Schedule> schedulesOfService( const std::string &serviceId ) const;
  void deleteSchedule( const std::string &id );
  std::string upsertAddress( Address &address );
  std::vector<Address> addressesOfLocation( const std::string &locationId ) const;
  void deleteAddress( const std::string &id );
  std::string upsertPhone( Phone &phone );
  void deletePhone( const std::string &id );
  std::string upsertContact( Contact &contact );
  void deleteContact( const std::string &id );

  // Committees (Gremien)
  std::string upsertCommittee( Committee &committee );
  std::vector<Committee> committees() const;
  void deleteCommittee( const std::string &id );
  std::string upsertCommitteeMembership( CommitteeMembership &membership );
  std::vector<CommitteeMembership> membershipsOfCommittee( const std::string &committeeId ) const;
  std::vector<CommitteeMembership> membershipsOfOrganization( const std::string &organizationId ) const;
  void deleteCommitteeMembership( const std::string &id );

  // Vocabularies (taxonomy, taxonomy_term)
  std::vector<Taxonomy> taxonomies() const;
  std::vector<TaxonomyTerm> terms( const std::string &taxonomyId ) const;
  std::optional<TaxonomyTerm> findTerm( const std::string &taxonomyId, const std::string &code ) const;
  std::string upsertTaxonomy( Taxonomy &taxonomy );
  std::string upsertTaxonomyTerm( TaxonomyTerm &term );

  //! Field-level changes of the record \a resourceId, oldest first.
  std::vector<ChangeLogEntry> history( const std::string &resourceId ) const;
  //! Number of records in the catalogue table \a table (HSDS name).
  long long recordCount( const std::string &table ) const;

  //! The connection, for the engine's own modules (HSDS exchange); not for the plugin.
  Database &database() const;

private:
  Catalogue();
  struct Private;
  std::unique_ptr<Private> d;
};

//! Today's local date as YYYY-MM-DD (for ServiceFilter::validOn).
std::string todayIsoDate();

} // namespace sozialraum::catalogue
