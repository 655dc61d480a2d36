// The provider registers under its public id and every algorithm is complete for
// the toolbox, the Model Builder and the runner.

#include "sozialraumprovider.h"
#include "sozialraumalgorithm.h"
#include "sozialraumtranslator.h"

#include <QRegularExpression>
#include <QtTest/QtTest>
#include <qgsapplication.h>
#include <qgsnativealgorithms.h>
#include <qgsprocessingregistry.h>

class TestProvider : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
      QgsApplication::init();
      QgsApplication::initQgis();
    }

    void cleanupTestCase()
    {
      QgsApplication::exitQgis();
    }

    void registersOnceUnderItsId()
    {
      SozialraumProvider *provider = new SozialraumProvider();
      QVERIFY( QgsApplication::processingRegistry()->addProvider( provider ) );
      QCOMPARE( QgsApplication::processingRegistry()->providerById( QStringLiteral( "sozialraum" ) ), provider );
      QCOMPARE( provider->name(), QStringLiteral( "Sozialraum" ) );
      QVERIFY( !provider->icon().isNull() );
      QVERIFY( !provider->icon().pixmap( 32, 32 ).isNull() );

      // A second registration with the same id is refused (the registry deletes the duplicate); the first stays.
      QVERIFY( !QgsApplication::processingRegistry()->addProvider( new SozialraumProvider() ) );
      QCOMPARE( QgsApplication::processingRegistry()->providerById( QStringLiteral( "sozialraum" ) ), provider );

      QVERIFY( QgsApplication::processingRegistry()->removeProvider( provider ) );
      QVERIFY( !QgsApplication::processingRegistry()->providerById( QStringLiteral( "sozialraum" ) ) );
    }

    void publishesTheExpectedAlgorithms()
    {
      SozialraumProvider provider;
      provider.refreshAlgorithms();
      QStringList ids;
      for ( const QgsProcessingAlgorithm *algorithm : provider.algorithms() )
        ids << algorithm->id();
      // Public ids: users' models and scripts refer to them.
      const QStringList expected { QStringLiteral( "sozialraum:socialindex" ), QStringLiteral( "sozialraum:monitoring" ), QStringLiteral( "sozialraum:isochrones" ), QStringLiteral( "sozialraum:nearestfacility" ), QStringLiteral( "sozialraum:odmatrix" ),
                                   QStringLiteral( "sozialraum:catchmentratio" ), QStringLiteral( "sozialraum:servicegaps" ), QStringLiteral( "sozialraum:locationsuggest" ),
                                   QStringLiteral( "sozialraum:programmetargeting" ), QStringLiteral( "sozialraum:budgetallocation" ) };
      for ( const QString &id : expected )
        QVERIFY2( ids.contains( id ), qPrintable( QStringLiteral( "missing %1 in %2" ).arg( id, ids.join( ',' ) ) ) );
    }

    void everyAlgorithmIsCompleteForTheToolbox()
    {
      SozialraumProvider provider;
      provider.refreshAlgorithms();
      const QStringList groups { QStringLiteral( "socialindices" ), QStringLiteral( "accessibility" ), QStringLiteral( "servicegaps" ), QStringLiteral( "catalogue" ) };
      QVERIFY( !provider.algorithms().isEmpty() );
      for ( const QgsProcessingAlgorithm *algorithm : provider.algorithms() )
      {
        const QByteArray id = algorithm->id().toUtf8();
        QVERIFY2( QRegularExpression( QStringLiteral( "^[a-z0-9]+$" ) ).match( algorithm->name() ).hasMatch(), id );
        QVERIFY2( !algorithm->displayName().isEmpty(), id );
        QVERIFY2( groups.contains( algorithm->groupId() ), id );
        QVERIFY2( !algorithm->group().isEmpty(), id );
        QVERIFY2( algorithm->shortHelpString().size() > 150, id );
        QVERIFY2( !algorithm->icon().isNull(), id );

        std::unique_ptr<QgsProcessingAlgorithm> instance( algorithm->create() );
        QVERIFY2( instance, id );
        QCOMPARE( instance->id(), algorithm->id() );
        QVERIFY2( !instance->parameterDefinitions().isEmpty(), id );
        for ( const QgsProcessingParameterDefinition *def : instance->parameterDefinitions() )
        {
          const QByteArray what = id + ' ' + def->name().toUtf8();
          QVERIFY2( QRegularExpression( QStringLiteral( "^[A-Z][A-Z0-9_]*$" ) ).match( def->name() ).hasMatch(), what );
          QVERIFY2( def->description().size() > 3, what );
        }
        QVERIFY2( !instance->outputDefinitions().isEmpty(), id );
      }
    }

    void speaksGermanUnderAGermanLocale()
    {
      SozialraumProvider provider;
      provider.refreshAlgorithms();
      QMap<QString, QString> englishHelp;
      for ( const QgsProcessingAlgorithm *algorithm : provider.algorithms() )
        englishHelp.insert( algorithm->id(), algorithm->shortHelpString() );

      SozialraumTranslator translator( QStringLiteral( "de" ) );
      QVERIFY( translator.isInstalled() );
      QCOMPARE( SozialraumAlgorithm::groupName( SozialraumAlgorithm::Group::SocialIndices ), QStringLiteral( "Soziale Indizes" ) );
      QCOMPARE( SozialraumAlgorithm::groupName( SozialraumAlgorithm::Group::ServiceGaps ), QStringLiteral( "Versorgungslücken" ) );
      for ( const QgsProcessingAlgorithm *algorithm : provider.algorithms() )
      {
        // English and German help differ for every algorithm: nothing is left untranslated.
        QVERIFY2( algorithm->shortHelpString() != englishHelp.value( algorithm->id() ), qPrintable( algorithm->id() ) );
      }
    }

    void staysEnglishWithoutATranslation()
    {
      SozialraumTranslator translator( QStringLiteral( "en" ) );
      QVERIFY( !translator.isInstalled() );
      QCOMPARE( SozialraumAlgorithm::groupName( SozialraumAlgorithm::Group::SocialIndices ), QStringLiteral( "Social indices" ) );
    }
};

QTEST_MAIN( TestProvider )
#include "test_provider.moc"
