#include "catalogue/catalogue.h"

#include "cataloguetestutil.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace sozialraum::catalogue;
using namespace cataloguetest;

class TestConcurrency : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  int mCount = 0;
  std::string newFile()
  {
    const std::string file = mDir.filePath( QStringLiteral( "shared%1.sqlite" ).arg( ++mCount ) ).toStdString();
    Catalogue::create( file );
    return file;
  }

private slots:
  void aSecondWriterWaitsForTheFirstInsteadOfFailing()
  {
    const std::string file = newFile();
    Catalogue first = Catalogue::open( file, as( "anna" ) );
    Catalogue second = Catalogue::open( file, as( "bernd" ) );

    Catalogue::Transaction transaction = first.beginTransaction();
    addOrganization( first, "AWO" );

    std::atomic<bool> done{ false };
    std::string error;
    qint64 waited = 0;
    std::thread writer(
        [ & ]
        {
          QElapsedTimer timer;
          timer.start();
          try
          {
            addOrganization( second, "Caritas" );
          }
          catch ( const CatalogueError &e )
          {
            error = e.what();
          }
          waited = timer.elapsed();
          done = true;
        } );
    std::this_thread::sleep_for( std::chrono::milliseconds( 400 ) );
    QVERIFY( !done ); // still waiting for the lock
    transaction.commit();
    writer.join();

    QCOMPARE( error, std::string() );
    QVERIFY2( waited >= 350, qPrintable( QStringLiteral( "waited only %1 ms" ).arg( waited ) ) );
    QCOMPARE( first.recordCount( "organization" ), 2LL );
    // each edit is logged under its own writer
    QCOMPARE( first.history( first.findOrganizationByName( "caritas" )->id ).at( 0 ).updatedBy,
              std::string( "bernd" ) );
    QCOMPARE( first.history( first.findOrganizationByName( "awo" )->id ).at( 0 ).updatedBy, std::string( "anna" ) );
  }

  void aWriterGivesUpAfterItsTimeoutWithAClearMessage()
  {
    const std::string file = newFile();
    Catalogue first = Catalogue::open( file, as( "anna" ) );
    Catalogue impatient = Catalogue::open( file, as( "bernd", 200 ) );
    Catalogue::Transaction transaction = first.beginTransaction();
    addOrganization( first, "AWO" );

    QElapsedTimer timer;
    timer.start();
    const std::string message = errorOf( [ & ] { addOrganization( impatient, "Caritas" ); } );
    QVERIFY( timer.elapsed() >= 150 );
    QVERIFY2( timer.elapsed() < 2000, "the writer's own timeout applies, not SpatiaLite's 5 s" );
    QCOMPARE( message, "The catalogue '" + file +
                           "' is being changed by another user or program and stayed locked for 0.2 s. "
                           "Try again when the other edit is finished." );
    transaction.commit();
    addOrganization( impatient, "Caritas" );
    QCOMPARE( impatient.recordCount( "organization" ), 2LL );
  }

  void readersDoNotWaitForAWriter()
  {
    const std::string file = newFile();
    Catalogue first = Catalogue::open( file );
    addService( first, addOrganization( first, "AWO" ).id, "Jugendclub" );
    Catalogue reader = Catalogue::open( file, as( "dock", 100 ) );

    Catalogue::Transaction transaction = first.beginTransaction();
    addService( first, first.findOrganizationByName( "AWO" )->id, "Seniorentreff" );
    // the dock still lists the committed state, at once
    QElapsedTimer timer;
    timer.start();
    QCOMPARE( reader.services().size(), size_t( 1 ) );
    QVERIFY( timer.elapsed() < 100 );
    transaction.commit();
    QCOMPARE( reader.services().size(), size_t( 2 ) );
  }
};

QTEST_GUILESS_MAIN( TestConcurrency )
#include "testconcurrency.moc"
