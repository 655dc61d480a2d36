// One description per catalogue column: the row bindings (rows.cpp), the registry (schema.cpp)
// and the value rules must agree, and a disagreement names the column.

#include "catalogue/catalogue.h"
#include "catalogue/records.h"
#include "catalogue/rows.h"
#include "catalogue/schema.h"
#include "catalogue/sqlite.h"

#include "cataloguetestutil.h"

#include <QObject>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <set>

using namespace sozialraum::catalogue;
using namespace cataloguetest;

namespace
{

bool isUnbound( const std::string &table, const std::string &column )
{
  const std::vector<UnboundColumn> &unbound = unboundColumns();
  return std::any_of( unbound.begin(), unbound.end(),
                      [ & ]( const UnboundColumn &u ) { return u.table == table && u.column == column; } );
}

const BoundTable *boundTable( const std::vector<BoundTable> &bound, const std::string &table )
{
  const auto it = std::find_if( bound.begin(), bound.end(), [ & ]( const BoundTable &b ) { return b.table == table; } );
  return it == bound.end() ? nullptr : &*it;
}

const FieldInfo &registryField( const std::string &table, const std::string &column )
{
  const TableInfo *info = catalogueTable( table );
  const FieldInfo *field = info ? info->field( column ) : nullptr;
  if ( !field )
    throw std::runtime_error( "no registry field " + table + "." + column );
  return *field;
}

} // namespace

class TestColumns : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  std::string path( const char *name ) const { return mDir.filePath( name ).toStdString(); }

private slots:
  void everyBindingNamesAColumnOfItsRegistryTable()
  {
    std::vector<std::string> problems;
    for ( const BoundTable &bound : boundTables() )
    {
      const TableInfo *table = catalogueTable( bound.table );
      if ( !table )
      {
        problems.push_back( "the bindings of '" + bound.table + "' name a table the registry does not have" );
        continue;
      }
      std::set<std::string> seen;
      for ( const std::string &column : bound.columns )
      {
        if ( column == "id" )
          problems.push_back( bound.table + ".id is bound: ids are read from \"id\" by recordFrom and never written" );
        else if ( !table->field( column ) )
          problems.push_back( bound.table + "." + column + " is bound but not in the registry" );
        if ( !seen.insert( column ).second )
          problems.push_back( bound.table + "." + column + " is bound twice" );
      }
    }
    if ( !problems.empty() )
      QFAIL( problems.front().c_str() );
  }

  void everyRegistryColumnIsBoundOrListedAsUnbound()
  {
    const std::vector<BoundTable> bound = boundTables();
    for ( const TableInfo &table : catalogueTables() )
    {
      const BoundTable *bindings = boundTable( bound, table.name );
      if ( !bindings )
      {
        if ( !isUnbound( table.name, "" ) )
          QFAIL( ( "the registry table '" + table.name +
                   "' has no binding table and is not listed in unboundColumns() with a reason" )
                     .c_str() );
        continue;
      }
      for ( const FieldInfo &field : table.fields )
      {
        if ( field.name == "id" )
          continue;
        const bool isBound =
            std::find( bindings->columns.begin(), bindings->columns.end(), field.name ) != bindings->columns.end();
        if ( !isBound && !isUnbound( table.name, field.name ) )
          QFAIL( ( "the registry column " + table.name + "." + field.name +
                   " is neither bound to a record member nor listed in unboundColumns() with a reason" )
                     .c_str() );
      }
    }
  }

  void theUnboundListNamesOnlyRegistryColumnsNoBindingCovers()
  {
    const std::vector<BoundTable> bound = boundTables();
    for ( const UnboundColumn &unbound : unboundColumns() )
    {
      const std::string name = unbound.table + ( unbound.column.empty() ? "" : "." + unbound.column );
      QVERIFY2( !unbound.reason.empty(), ( name + " is listed as unbound without a reason" ).c_str() );
      const TableInfo *table = catalogueTable( unbound.table );
      if ( !table || ( !unbound.column.empty() && !table->field( unbound.column ) ) )
        QFAIL( ( name + " is listed as unbound but is not in the registry" ).c_str() );
      const BoundTable *bindings = boundTable( bound, unbound.table );
      if ( unbound.column.empty() ? bindings != nullptr
                                  : bindings && std::find( bindings->columns.begin(), bindings->columns.end(),
                                                           unbound.column ) != bindings->columns.end() )
        QFAIL( ( name + " is listed as unbound but a binding covers it" ).c_str() );
    }
  }

  void aServiceReadsBackWhatItsBindingsWrote()
  {
    Catalogue catalogue = Catalogue::create( path( "roundtrip.sqlite" ) );
    const Organization organization = addOrganization( catalogue, "Träger", StakeholderKind::WelfareAssociation );
    Service service;
    service.organizationId = organization.id;
    service.name = "Familienzentrum";
    service.alternateName = "FZ";
    service.description = "Beratung";
    service.url = "https://example.org";
    service.email = "fz@example.org";
    service.status = ServiceStatus::TemporarilyClosed;
    service.eligibilityDescription = "Familien";
    service.applicationProcess = "Anruf";
    service.feesDescription = "kostenlos";
    service.minimumAge = 0;
    service.maximumAge = 99;
    service.assuredDate = "2024-05-01";
    service.organizationForm = OrganizationForm::Outreach;
    service.planningState = PlanningState::InImplementation;
    service.validFrom = "2024-01-01";
    service.validTo = "2025-12-31";
    service.capacity = 12.5;
    service.externalId = "test:1";
    catalogue.upsertService( service );
    const std::optional<Service> read = catalogue.service( service.id );
    QVERIFY( read );
    QCOMPARE( read->id, service.id );
    const FieldValues written = fieldsOf( service );
    const FieldValues back = fieldsOf( *read );
    QCOMPARE( back.size(), written.size() );
    for ( size_t i = 0; i < written.size(); ++i )
    {
      if ( !sameValue( written[ i ].second, back[ i ].second ) )
        QFAIL( ( "service." + written[ i ].first + " was written as '" + valueToText( written[ i ].second ) +
                 "' and read as '" + valueToText( back[ i ].second ) + "'" )
                   .c_str() );
    }
  }

  void unknownCodesReadAsUnsetAndStatusDefaultsToActive()
  {
    Catalogue catalogue = Catalogue::create( path( "codes.sqlite" ) );
    Statement statement = catalogue.database().prepare(
        "SELECT 'x-1' AS id, 'Treff' AS name, 'closed-for-good' AS status, 'hybrid' AS organization_form, "
        "NULL AS planning_state, 'o-1' AS organization_id" );
    RowReader reader( statement );
    QVERIFY( statement.step() );
    const Service service = serviceFrom( reader );
    QCOMPARE( service.id, std::string( "x-1" ) );
    QCOMPARE( service.organizationId, std::string( "o-1" ) );
    QVERIFY( service.status == ServiceStatus::Active );
    QVERIFY( !service.organizationForm );
    QVERIFY( !service.planningState );
    QVERIFY( !service.capacity ); // a column the query lacks reads as unset
  }

  void valueRulesComeFromTheRegistry()
  {
    QCOMPARE( brokenRule( registryField( "service", "capacity" ), "-1", -1.0 ),
              std::string( "the capacity '-1' is negative." ) );
    QCOMPARE( brokenRule( registryField( "service", "capacity" ), "0", 0.0 ), std::string() );
    QCOMPARE( brokenRule( registryField( "location", "latitude" ), "100", 100.0 ),
              std::string( "the latitude '100' is not between -90 and 90 (degrees, EPSG:4326)." ) );
    QCOMPARE( brokenRule( registryField( "location", "longitude" ), "-180.5", -180.5 ),
              std::string( "the longitude '-180.5' is not between -180 and 180 (degrees, EPSG:4326)." ) );
    QCOMPARE( brokenRule( registryField( "location", "longitude" ), "180", 180.0 ), std::string() );
    QCOMPARE( brokenRule( registryField( "service", "valid_from" ), "2024-02-30", std::nullopt ),
              std::string( "the field 'valid_from' is '2024-02-30'; write dates as YYYY-MM-DD (e.g. 2024-09-01)." ) );
    CATALOGUE_VERIFY_CONTAINS( brokenRule( registryField( "service", "status" ), "open", std::nullopt ),
                               "the field 'status' is 'open'; use one of 'active'" );
  }

  void writingAValueOutsideItsRangeNamesTheRule()
  {
    Catalogue catalogue = Catalogue::create( path( "ranges.sqlite" ) );
    const Organization organization = addOrganization( catalogue, "Träger" );
    Service service;
    service.organizationId = organization.id;
    service.name = "Jugendclub";
    service.capacity = -3;
    CATALOGUE_VERIFY_CONTAINS( errorOf( [ & ] { catalogue.upsertService( service ); } ), "is negative." );
    Location site;
    site.name = "Treff";
    site.latitude = 95;
    site.longitude = 10;
    CATALOGUE_VERIFY_CONTAINS( errorOf( [ & ] { catalogue.upsertLocation( site ); } ),
                               "is not between -90 and 90 (degrees, EPSG:4326)." );
  }
};

QTEST_GUILESS_MAIN( TestColumns )
#include "testcolumns.moc"
