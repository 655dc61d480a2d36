#include "catalogue/catalogue.h"
#include "catalogue/sqlite.h"

#include "cataloguetestutil.h"

#include <QObject>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace sozialraum::catalogue;
using namespace cataloguetest;

namespace
{
//! The entries of \a history for \a field and \a action.
std::vector<ChangeLogEntry> entries( const std::vector<ChangeLogEntry> &history, const std::string &action,
                                     const std::string &field )
{
  std::vector<ChangeLogEntry> found;
  for ( const ChangeLogEntry &entry : history )
  {
    if ( entry.action == action && entry.field == field )
      found.push_back( entry );
  }
  return found;
}
} // namespace

class TestChangeLog : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  int mCount = 0;
  Catalogue newCatalogue( const std::string &user = "anna" )
  {
    return Catalogue::create( mDir.filePath( QStringLiteral( "log%1.sqlite" ).arg( ++mCount ) ).toStdString(),
                              as( user ) );
  }

private slots:
  void insertLogsEveryFieldWithItsValueAndTheUser()
  {
    Catalogue catalogue = newCatalogue( "anna" );
    const Organization awo =
        addOrganization( catalogue, "AWO Kreisverband Lübeck", StakeholderKind::WelfareAssociation );
    Service service;
    service.organizationId = awo.id;
    service.name = "Familienzentrum Buntekuh";
    service.capacity = 40;
    service.validFrom = "2023-01-01";
    catalogue.upsertService( service );

    const std::vector<ChangeLogEntry> history = catalogue.history( service.id );
    const std::vector<ChangeLogEntry> names = entries( history, "create", "name" );
    QCOMPARE( names.size(), size_t( 1 ) );
    QCOMPARE( names[ 0 ].resourceType, std::string( "service" ) );
    QCOMPARE( names[ 0 ].resourceId, service.id );
    QVERIFY( !names[ 0 ].previousValue );
    QCOMPARE( names[ 0 ].replacementValue.value_or( "" ), std::string( "Familienzentrum Buntekuh" ) );
    QCOMPARE( names[ 0 ].updatedBy, std::string( "anna" ) );
    QCOMPARE( names[ 0 ].date.size(), size_t( 24 ) ); // 2024-05-02T09:14:03.125Z
    QCOMPARE( names[ 0 ].date.back(), 'Z' );
    QCOMPARE( entries( history, "create", "capacity" ).at( 0 ).replacementValue.value_or( "" ), std::string( "40.0" ) );
    QCOMPARE( entries( history, "create", "status" ).at( 0 ).replacementValue.value_or( "" ), std::string( "active" ) );
    QCOMPARE( entries( history, "create", "id" ).size(), size_t( 1 ) );
    // empty fields are not logged
    QVERIFY( entries( history, "create", "description" ).empty() );
    QVERIFY( entries( catalogue.history( awo.id ), "create", "kind" ).at( 0 ).replacementValue ==
             std::string( "welfare_association" ) );
  }

  void updateLogsOnlyChangedFieldsWithOldAndNewValue()
  {
    Catalogue catalogue = newCatalogue( "anna" );
    const Organization awo = addOrganization( catalogue, "AWO" );
    Service service = addService( catalogue, awo.id, "Seniorentreff", std::string( "Mittwochs Kaffee" ) );
    const size_t before = catalogue.history( service.id ).size();

    catalogue.setUser( "bernd" );
    service.description = "Mittwochs Kaffee, freitags Spiele";
    service.status = ServiceStatus::TemporarilyClosed;
    catalogue.upsertService( service );
    const std::vector<ChangeLogEntry> history = catalogue.history( service.id );
    QCOMPARE( history.size(), before + 2 );
    const ChangeLogEntry description = entries( history, "update", "description" ).at( 0 );
    QCOMPARE( description.previousValue.value_or( "" ), std::string( "Mittwochs Kaffee" ) );
    QCOMPARE( description.replacementValue.value_or( "" ), std::string( "Mittwochs Kaffee, freitags Spiele" ) );
    QCOMPARE( description.updatedBy, std::string( "bernd" ) );
    const ChangeLogEntry status = entries( history, "update", "status" ).at( 0 );
    QCOMPARE( status.previousValue.value_or( "" ), std::string( "active" ) );
    QCOMPARE( status.replacementValue.value_or( "" ), std::string( "temporarily closed" ) );

    // saving the same values again changes and logs nothing
    catalogue.upsertService( service );
    QCOMPARE( catalogue.history( service.id ).size(), before + 2 );
  }

  void deleteLogsTheOldValuesAlsoOfCascadedRecords()
  {
    Catalogue catalogue = newCatalogue();
    const Organization awo = addOrganization( catalogue, "AWO" );
    const Service service = addService( catalogue, awo.id, "Jugendclub" );
    const Location site = addSite( catalogue, service.id, "Haus am Park", 10.6866, 53.8655 );
    const std::string linkId = catalogue.serviceDetails( service.id ).history.back().resourceId;

    catalogue.deleteService( service.id );
    const std::vector<ChangeLogEntry> deleted = entries( catalogue.history( service.id ), "delete", "name" );
    QCOMPARE( deleted.size(), size_t( 1 ) );
    QCOMPARE( deleted[ 0 ].previousValue.value_or( "" ), std::string( "Jugendclub" ) );
    QVERIFY( !deleted[ 0 ].replacementValue );
    // the link to the site went by cascade, and is logged too
    QCOMPARE( entries( catalogue.history( linkId ), "delete", "location_id" ).at( 0 ).previousValue.value_or( "" ),
              site.id );
  }

  void editsOfOtherProgramsAreLoggedAsUnknown()
  {
    Catalogue catalogue = newCatalogue( "anna" );
    const Organization awo = addOrganization( catalogue, "AWO" );
    // as QGIS writes through its spatialite provider: plain SQL, no Sozialraum in between
    catalogue.database().exec( "UPDATE organization SET website = 'https://awo.example' WHERE id = '" + awo.id + "'" );
    const ChangeLogEntry entry = entries( catalogue.history( awo.id ), "update", "website" ).at( 0 );
    QCOMPARE( entry.updatedBy, std::string( "unknown" ) );
    QCOMPARE( entry.replacementValue.value_or( "" ), std::string( "https://awo.example" ) );
  }

  void withoutUserVariablesTheAccountNamesTheAuthor()
  {
    // a runner started by a service or a test has no $USER: its imports must not be "unknown"
    QMap<QByteArray, QByteArray> saved;
    for ( const char *variable : { "SOZIALRAUM_USER", "USER", "LOGNAME", "USERNAME" } )
    {
      if ( qEnvironmentVariableIsSet( variable ) )
        saved.insert( variable, qgetenv( variable ) );
      qunsetenv( variable );
    }
    Catalogue catalogue = Catalogue::create( mDir.filePath( QStringLiteral( "nouser.sqlite" ) ).toStdString() );
    for ( auto it = saved.constBegin(); it != saved.constEnd(); ++it )
      qputenv( it.key().constData(), it.value() );
    QVERIFY( !catalogue.user().empty() );
    QVERIFY( catalogue.user() != "unknown" );
  }

  void editsOfOtherProgramsCanBeLoggedUnderTheLentUser()
  {
    Catalogue catalogue = newCatalogue( "anna" );
    const Organization awo = addOrganization( catalogue, "AWO" );
    // QGIS's layer on the same file: its own connection, plain SQL
    Catalogue other = Catalogue::open( catalogue.path(), as( "not-logged" ) );
    catalogue.lendUserToOtherWrites( true );
    other.database().exec( "UPDATE organization SET website = 'https://awo.example' WHERE id = '" + awo.id + "'" );
    catalogue.lendUserToOtherWrites( false );
    other.database().exec( "UPDATE organization SET email = 'info@awo.example' WHERE id = '" + awo.id + "'" );
    const std::vector<ChangeLogEntry> history = catalogue.history( awo.id );
    QCOMPARE( entries( history, "update", "website" ).at( 0 ).updatedBy, std::string( "anna" ) );
    QCOMPARE( entries( history, "update", "email" ).at( 0 ).updatedBy, std::string( "unknown" ) );
  }

  void aRolledBackTransactionLeavesNoTrace()
  {
    Catalogue catalogue = newCatalogue();
    const Organization awo = addOrganization( catalogue, "AWO" );
    const long long logged = catalogue.recordCount( "metadata" );
    {
      Catalogue::Transaction transaction = catalogue.beginTransaction();
      addService( catalogue, awo.id, "Jugendclub" );
      addService( catalogue, awo.id, "Seniorentreff" );
      QCOMPARE( catalogue.recordCount( "service" ), 2LL );
      // no commit: rolled back
    }
    QCOMPARE( catalogue.recordCount( "service" ), 0LL );
    QCOMPARE( catalogue.recordCount( "metadata" ), logged );

    {
      Catalogue::Transaction transaction = catalogue.beginTransaction();
      addService( catalogue, awo.id, "Jugendclub" );
      transaction.commit();
    }
    QCOMPARE( catalogue.recordCount( "service" ), 1LL );
    // the writer's name is cleared when the transaction ends
    QVERIFY( sameValue( catalogue.database().scalar( "SELECT updated_by FROM sozialraum_edit_context" ), Value() ) );
  }

  void serviceHistoryShowsItsSitesHoursAndTerms()
  {
    Catalogue catalogue = newCatalogue();
    const Organization awo = addOrganization( catalogue, "AWO" );
    const Service service = addService( catalogue, awo.id, "Jugendclub" );
    addSite( catalogue, service.id, "Haus am Park", 10.6866, 53.8655 );
    Schedule hours;
    hours.serviceId = service.id;
    hours.byday = "MO";
    catalogue.upsertSchedule( hours );
    catalogue.setServiceTerms( service.id, TermRole::TargetGroup, { targetGroup( "juvenile" ) } );
    catalogue.setServiceTerms( service.id, TermRole::TargetGroup, {} );

    const ServiceDetails details = catalogue.serviceDetails( service.id );
    std::set<std::string> types;
    bool termRemoved = false;
    for ( const ChangeLogEntry &entry : details.history )
    {
      types.insert( entry.resourceType );
      termRemoved = termRemoved || ( entry.resourceType == "attribute" && entry.action == "delete" &&
                                     entry.field == "taxonomy_term_id" );
    }
    QCOMPARE( types, std::set<std::string>( { "service", "service_at_location", "schedule", "attribute" } ) );
    QVERIFY( termRemoved );
    for ( size_t i = 1; i < details.history.size(); ++i )
      QVERIFY( details.history[ i - 1 ].date <= details.history[ i ].date );
  }
};

QTEST_GUILESS_MAIN( TestChangeLog )
#include "testchangelog.moc"
