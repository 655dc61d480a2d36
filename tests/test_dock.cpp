// The catalogue dock with a real QgsMapCanvas (no QGIS desktop): lists and filters, the detail
// pane, the map linkage both ways, edits through the dock, the project entry, a clean teardown.

#include "cataloguedock.h"
#include "cataloguelayers.h"
#include "cataloguemaplink.h"
#include "catalogueofferingdialog.h"
#include "cataloguesession.h"
#include "cataloguesitemap.h"
#include "sozialraumtranslator.h"

#include "catalogue/catalogue.h"
#include "catalogue/vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGraphicsScene>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <qgsapplication.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsfeaturerequest.h>
#include <qgsrendercontext.h>
#include <qgsrenderer.h>
#include <qgssymbol.h>
#include <qgscoordinatetransform.h>
#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsmaptoolemitpoint.h>
#include <qgsproject.h>
#include <qgsrelationmanager.h>
#include <qgsrubberband.h>
#include <qgstest.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

using namespace sozialraum::catalogue;

namespace
{
  const QgsCoordinateReferenceSystem CANVAS_CRS( QStringLiteral( "EPSG:25833" ) );
  const QgsCoordinateReferenceSystem WGS84( QStringLiteral( "EPSG:4326" ) );

  QgsPointXY toCanvas( double lon, double lat )
  {
    return QgsCoordinateTransform( WGS84, CANVAS_CRS, QgsProject::instance() ).transform( QgsPointXY( lon, lat ) );
  }

  //! A rectangle given in degrees, as a polygon in the canvas CRS.
  QgsGeometry quarter( double lonMin, double latMin, double lonMax, double latMax )
  {
    QgsGeometry g = QgsGeometry::fromRect( QgsRectangle( lonMin, latMin, lonMax, latMax ) );
    g.transform( QgsCoordinateTransform( WGS84, CANVAS_CRS, QgsProject::instance() ) );
    return g;
  }

  std::string term( const char *taxonomy, const char *code )
  {
    return vocabulary::seededTermId( taxonomy, code );
  }

  QStringList sorted( QStringList list )
  {
    list.sort();
    return list;
  }

  int visibleRubberBands( QgsMapCanvas *canvas )
  {
    int count = 0;
    for ( QGraphicsItem *item : canvas->scene()->items() )
    {
      if ( dynamic_cast<QgsRubberBand *>( item ) && item->isVisible() )
        ++count;
    }
    return count;
  }

  int featuresOf( QgsVectorLayer *layer )
  {
    int count = 0;
    QgsFeatureIterator it = layer->getFeatures();
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
      ++count;
    return count;
  }

  //! Catalogue layers of \a table in the project (the same catalogue must not come twice).
  int layersOf( const QString &path, const QString &table )
  {
    int count = 0;
    for ( QgsMapLayer *layer : QgsProject::instance()->mapLayers() )
    {
      if ( CatalogueLayers::tableOf( layer, path ) == table )
        ++count;
    }
    return count;
  }

  QStringList categoryLabels( QgsVectorLayer *layer )
  {
    QStringList labels;
    if ( const QgsCategorizedSymbolRenderer *renderer = dynamic_cast<const QgsCategorizedSymbolRenderer *>( layer->renderer() ) )
    {
      for ( const QgsRendererCategory &category : renderer->categories() )
        labels << category.label();
    }
    return labels;
  }

  int rubberBands( QgsMapCanvas *canvas )
  {
    int count = 0;
    for ( QGraphicsItem *item : canvas->scene()->items() )
    {
      if ( dynamic_cast<QgsRubberBand *>( item ) )
        ++count;
    }
    return count;
  }
} // namespace

class TestDock : public QObject
{
    Q_OBJECT

  private:
    QTemporaryDir mDir;
    QString mPath;
    QgsMapCanvas *mCanvas = nullptr;
    CatalogueDock *mDock = nullptr;
    QgsVectorLayer *mQuarters = nullptr;
    QString mFamilyCentre, mSeniors, mDebtCounselling, mYouthWork, mAwo, mDistrictOffice;

    template <typename T>
    T *child( const char *name ) const
    {
      T *widget = mDock->findChild<T *>( QString::fromLatin1( name ) );
      if ( !widget )
        qFatal( "no child %s", name );
      return widget;
    }

    //! Four offerings of two stakeholders in Berlin-Neukölln / Kreuzberg, written with the store's API.
    void createCatalogue()
    {
      Catalogue catalogue = Catalogue::create( mPath.toStdString(), { "test" } );
      Organization awo;
      awo.name = "AWO Kreisverband Berlin-Süd";
      awo.kind = StakeholderKind::WelfareAssociation;
      awo.website = "https://awo.example.org";
      mAwo = QString::fromStdString( catalogue.upsertOrganization( awo ) );
      Organization office;
      office.name = "Bezirksamt Neukölln";
      office.kind = StakeholderKind::PublicOffice;
      mDistrictOffice = QString::fromStdString( catalogue.upsertOrganization( office ) );

      const auto site = [&]( const std::string &serviceId, const std::string &name, double lat, double lon, const std::string &street ) {
        Location location;
        location.name = name;
        location.latitude = lat;
        location.longitude = lon;
        catalogue.upsertLocation( location );
        Address address;
        address.locationId = location.id;
        address.address1 = street;
        address.postalCode = "12049";
        address.city = "Berlin";
        catalogue.upsertAddress( address );
        ServiceAtLocation link;
        link.serviceId = serviceId;
        link.locationId = location.id;
        catalogue.upsertServiceAtLocation( link );
      };

      Service family;
      family.organizationId = awo.id;
      family.name = "Familienzentrum Schillerkiez";
      family.description = "Offener Treff, Elterncafé und Kurse für Familien im Kiez.";
      family.organizationForm = OrganizationForm::Quarter;
      family.validFrom = "2020-01-01";
      family.capacity = 40;
      mFamilyCentre = QString::fromStdString( catalogue.upsertService( family ) );
      catalogue.setServiceTerms( family.id, TermRole::Theme, { term( vocabulary::THEME_TAXONOMY_ID, "education" ) } );
      catalogue.setServiceTerms( family.id, TermRole::TargetGroup, { term( vocabulary::TARGET_GROUP_TAXONOMY_ID, "family" ) } );
      site( family.id, "Familienzentrum Schillerpromenade", 52.4770, 13.4230, "Schillerpromenade 10" );

      Service seniors;
      seniors.organizationId = awo.id;
      seniors.name = "Seniorentreff Rixdorf";
      seniors.organizationForm = OrganizationForm::Quarter;
      seniors.validFrom = "2019-01-01";
      seniors.validTo = "2020-12-31";
      mSeniors = QString::fromStdString( catalogue.upsertService( seniors ) );
      catalogue.setServiceTerms( seniors.id, TermRole::Theme, { term( vocabulary::THEME_TAXONOMY_ID, "health_prevention_care" ) } );
      catalogue.setServiceTerms( seniors.id, TermRole::TargetGroup, { term( vocabulary::TARGET_GROUP_TAXONOMY_ID, "senior" ) } );
      site( seniors.id, "Seniorentreff Richardplatz", 52.4725, 13.4450, "Richardplatz 3" );

      Service debt;
      debt.organizationId = office.id;
      debt.name = "Schuldnerberatung Neukölln";
      debt.description = "Kostenlose Beratung bei Schulden.";
      debt.organizationForm = OrganizationForm::Central;
      mDebtCounselling = QString::fromStdString( catalogue.upsertService( debt ) );
      catalogue.setServiceTerms( debt.id, TermRole::Theme, { term( vocabulary::THEME_TAXONOMY_ID, "services_of_general_interest" ) } );
      catalogue.setServiceTerms( debt.id, TermRole::TargetGroup,
                                 { term( vocabulary::TARGET_GROUP_TAXONOMY_ID, "unemployed" ), term( vocabulary::TARGET_GROUP_TAXONOMY_ID, "family" ) } );
      site( debt.id, "Rathaus Neukölln", 52.4815, 13.4350, "Karl-Marx-Straße 83" );
      site( debt.id, "Beratungsstelle Kreuzberg", 52.4990, 13.4030, "Oranienstraße 1" );
      Schedule hours;
      hours.serviceId = debt.id;
      hours.freq = "WEEKLY";
      hours.byday = "MO,TU,TH";
      hours.opensAt = "09:00";
      hours.closesAt = "15:00";
      catalogue.upsertSchedule( hours );

      Service youth;
      youth.organizationId = office.id;
      youth.name = "Mobile Jugendarbeit";
      youth.organizationForm = OrganizationForm::Outreach;
      youth.validTo = "2099-12-31";
      mYouthWork = QString::fromStdString( catalogue.upsertService( youth ) );
      catalogue.setServiceTerms( youth.id, TermRole::TargetGroup, { term( vocabulary::TARGET_GROUP_TAXONOMY_ID, "juvenile" ) } );
    }

  private slots:
    void initTestCase()
    {
      QVERIFY( mDir.isValid() );
      mPath = mDir.filePath( QStringLiteral( "neukoelln.sqlite" ) );
      createCatalogue();

      mCanvas = new QgsMapCanvas();
      mCanvas->setDestinationCrs( CANVAS_CRS );
      mCanvas->resize( 800, 600 );
      mCanvas->show();
      // far from the sites (near Hamburg)
      mCanvas->setExtent( QgsRectangle( 300000, 5900000, 308000, 5906000 ) );
      QgsApplication::processEvents();

      mDock = new CatalogueDock( mCanvas );
      mDock->resize( 460, 780 );
      mDock->show();
    }

    void cleanupTestCase()
    {
      delete mDock;
      delete mCanvas;
      QgsProject::instance()->clear();
    }

    void startsEmpty()
    {
      QVERIFY( mDock->cataloguePath().isEmpty() );
      QCOMPARE( mDock->offeringCount(), 0 );
      QVERIFY( !mDock->saveOffering( { { QStringLiteral( "name" ), QStringLiteral( "x" ) } } ).isEmpty() );
      QVERIFY( !mDock->openCatalogue( mDir.filePath( QStringLiteral( "missing.sqlite" ) ) ) );
      QVERIFY( mDock->lastError().contains( QStringLiteral( "does not exist" ) ) );
    }

    void opensCatalogueAndListsEverything()
    {
      QVERIFY2( mDock->openCatalogue( mPath ), qPrintable( mDock->lastError() ) );
      QCOMPARE( mDock->cataloguePath(), QFileInfo( mPath ).absoluteFilePath() );
      QCOMPARE( mDock->offeringCount(), 4 );
      QCOMPARE( mDock->stakeholderCount(), 2 );
      QCOMPARE( sorted( mDock->offeringNames() ),
                sorted( { QStringLiteral( "Familienzentrum Schillerkiez" ), QStringLiteral( "Seniorentreff Rixdorf" ),
                          QStringLiteral( "Schuldnerberatung Neukölln" ), QStringLiteral( "Mobile Jugendarbeit" ) } ) );
      // the project remembers the catalogue
      QCOMPARE( QgsProject::instance()->pathResolver().readPath( QgsProject::instance()->readEntry( QStringLiteral( "Sozialraum" ), QStringLiteral( "catalogue" ) ) ),
                mDock->cataloguePath() );
      // the filter combos hold the seeded vocabularies
      QVERIFY( child<QComboBox>( "themeFilter" )->findData( QString::fromStdString( term( vocabulary::THEME_TAXONOMY_ID, "education" ) ) ) > 0 );
      QVERIFY( child<QComboBox>( "targetGroupFilter" )->findData( QString::fromStdString( term( vocabulary::TARGET_GROUP_TAXONOMY_ID, "senior" ) ) ) > 0 );
    }

    void textSearchFilters()
    {
      QLineEdit *search = child<QLineEdit>( "offeringSearch" );
      search->setText( QStringLiteral( "beratung" ) ); // part of a word, lower case
      QCOMPARE( mDock->offeringNames(), QStringList { QStringLiteral( "Schuldnerberatung Neukölln" ) } );
      search->setText( QStringLiteral( "kiez familien" ) ); // words in name and description
      QCOMPARE( mDock->offeringNames(), QStringList { QStringLiteral( "Familienzentrum Schillerkiez" ) } );
      search->setText( QStringLiteral( "Schwimmbad" ) );
      QCOMPARE( mDock->offeringCount(), 0 );
      search->clear();
      QCOMPARE( mDock->offeringCount(), 4 );
    }

    void themeAndTargetGroupFilter()
    {
      QComboBox *theme = child<QComboBox>( "themeFilter" );
      theme->setCurrentIndex( theme->findData( QString::fromStdString( term( vocabulary::THEME_TAXONOMY_ID, "education" ) ) ) );
      QCOMPARE( mDock->offeringNames(), QStringList { QStringLiteral( "Familienzentrum Schillerkiez" ) } );
      theme->setCurrentIndex( 0 );
      QCOMPARE( mDock->offeringCount(), 4 );

      QComboBox *group = child<QComboBox>( "targetGroupFilter" );
      group->setCurrentIndex( group->findData( QString::fromStdString( term( vocabulary::TARGET_GROUP_TAXONOMY_ID, "family" ) ) ) );
      QCOMPARE( sorted( mDock->offeringNames() ), sorted( { QStringLiteral( "Familienzentrum Schillerkiez" ), QStringLiteral( "Schuldnerberatung Neukölln" ) } ) );
      group->setCurrentIndex( 0 );

      QComboBox *form = child<QComboBox>( "formFilter" );
      form->setCurrentIndex( form->findData( QStringLiteral( "outreach" ) ) );
      QCOMPARE( mDock->offeringNames(), QStringList { QStringLiteral( "Mobile Jugendarbeit" ) } );
      form->setCurrentIndex( 0 );
      QCOMPARE( mDock->offeringCount(), 4 );
    }

    void validTodayHidesEndedOfferings()
    {
      QCheckBox *validToday = child<QCheckBox>( "validTodayFilter" );
      validToday->setChecked( true );
      QCOMPARE( mDock->offeringCount(), 3 );
      QVERIFY( !mDock->offeringNames().contains( QStringLiteral( "Seniorentreff Rixdorf" ) ) );
      validToday->setChecked( false );
      QCOMPARE( mDock->offeringCount(), 4 );
    }

    void openingAddsTheCatalogueLayersOnce()
    {
      // opened through the dock's own call (as the Open button does): sites on the map, once
      QCOMPARE( layersOf( mPath, CatalogueLayers::siteMapName() ), 1 );
      QCOMPARE( layersOf( mPath, QStringLiteral( "location" ) ), 1 );
      const int layers = QgsProject::instance()->count();
      QVERIFY2( mDock->openCatalogue( mPath ), qPrintable( mDock->lastError() ) );
      QCOMPARE( QgsProject::instance()->count(), layers );
      QCOMPARE( layersOf( mPath, CatalogueLayers::siteMapName() ), 1 );
      QCOMPARE( mDock->offeringCount(), 4 );
      QCOMPARE( mDock->mapLink()->siteLayer(), CatalogueLayers::siteMapLayer( QgsProject::instance(), mPath ) );
    }

    void sitesAreDrawnByTargetGroup()
    {
      QgsVectorLayer *map = CatalogueLayers::siteMapLayer( QgsProject::instance(), mPath );
      QVERIFY( map && map->isValid() );
      QCOMPARE( map->featureCount(), 4LL );
      QCOMPARE( map->renderer()->type(), QStringLiteral( "categorizedSymbol" ) );
      const QgsCategorizedSymbolRenderer *renderer = static_cast<const QgsCategorizedSymbolRenderer *>( map->renderer() );
      QCOMPARE( renderer->classAttribute(), QStringLiteral( "target_group" ) );
      // family (Familienzentrum), senior (Seniorentreff), several (the debt counselling's two sites: unemployed and family)
      QStringList values;
      for ( const QgsRendererCategory &category : renderer->categories() )
        values << category.value().toString();
      QCOMPARE( values, QStringList( { QString::fromStdString( term( vocabulary::TARGET_GROUP_TAXONOMY_ID, "family" ) ),
                                       QString::fromStdString( term( vocabulary::TARGET_GROUP_TAXONOMY_ID, "senior" ) ),
                                       CatalogueSiteMap::severalGroups(), QString() } ) );
      // the legend speaks the interface's language
      QCOMPARE( categoryLabels( map ), QStringList( { QStringLiteral( "Families" ), QStringLiteral( "Seniors" ), QStringLiteral( "Several target groups" ),
                                                      QStringLiteral( "No target group" ) } ) );
      // every site has a class (and a symbol)
      QgsRenderContext context;
      QgsFeatureRenderer *drawing = map->renderer()->clone();
      drawing->startRender( context, map->fields() );
      QgsFeatureIterator it = map->getFeatures();
      QgsFeature feature;
      int drawn = 0;
      while ( it.nextFeature( feature ) )
        drawn += drawing->symbolForFeature( feature, context ) ? 1 : 0;
      drawing->stopRender( context );
      delete drawing;
      QCOMPARE( drawn, 4 );
    }

    void theMapShowsWhatTheListShows()
    {
      QgsVectorLayer *map = CatalogueLayers::siteMapLayer( QgsProject::instance(), mPath );
      QLineEdit *search = child<QLineEdit>( "offeringSearch" );
      search->setText( QStringLiteral( "beratung" ) );
      QCOMPARE( mDock->offeringCount(), 1 );
      QCOMPARE( map->featureCount(), 2LL ); // the debt counselling's two sites
      QVERIFY( !map->subsetString().isEmpty() );
      search->setText( QStringLiteral( "Schwimmbad" ) );
      QCOMPARE( mDock->offeringCount(), 0 );
      QCOMPARE( map->featureCount(), 0LL );
      search->clear();
      QCOMPARE( map->featureCount(), 4LL );
      QVERIFY( map->subsetString().isEmpty() );

      QComboBox *group = child<QComboBox>( "targetGroupFilter" );
      group->setCurrentIndex( group->findData( QString::fromStdString( term( vocabulary::TARGET_GROUP_TAXONOMY_ID, "senior" ) ) ) );
      QCOMPARE( mDock->offeringCount(), 1 );
      QCOMPARE( map->featureCount(), 1LL );
      group->setCurrentIndex( 0 );
      QCOMPARE( map->featureCount(), 4LL );
      // the table layer for forms and editing keeps every site
      QCOMPARE( CatalogueLayers::layer( QgsProject::instance(), mPath, QStringLiteral( "location" ) )->featureCount(), 4LL );
    }

    void vocabularyFollowsTheInterfaceLanguage()
    {
      QComboBox *group = child<QComboBox>( "targetGroupFilter" );
      const QString family = QString::fromStdString( term( vocabulary::TARGET_GROUP_TAXONOMY_ID, "family" ) );
      const QString debt = QString::fromStdString( term( vocabulary::THEME_TAXONOMY_ID, "services_of_general_interest" ) );
      QCOMPARE( group->itemText( group->findData( family ) ), QStringLiteral( "Families" ) );
      QComboBox *theme = child<QComboBox>( "themeFilter" );
      QCOMPARE( theme->itemText( theme->findData( debt ) ).trimmed(), QStringLiteral( "Municipal services of general interest" ) );
      // a planner's own colour for a class stays when the classes are made again
      QgsVectorLayer *map = CatalogueLayers::siteMapLayer( QgsProject::instance(), mPath );
      QgsCategorizedSymbolRenderer *renderer = static_cast<QgsCategorizedSymbolRenderer *>( map->renderer()->clone() );
      QgsSymbol *purple = renderer->categories().at( 0 ).symbol()->clone();
      purple->setColor( QColor( 128, 0, 128 ) );
      renderer->updateCategorySymbol( 0, purple );
      map->setRenderer( renderer );
      {
        SozialraumTranslator german( QStringLiteral( "de" ) );
        QVERIFY( german.isInstalled() );
        QVERIFY( mDock->openCatalogue( mPath ) ); // what a German QGIS shows when it opens the catalogue
        QCOMPARE( group->itemText( group->findData( family ) ), QStringLiteral( "Familien" ) );
        QCOMPARE( theme->itemText( theme->findData( debt ) ).trimmed(), QStringLiteral( "Kommunale Daseinsvorsorge" ) );
        QCOMPARE( categoryLabels( CatalogueLayers::siteMapLayer( QgsProject::instance(), mPath ) ),
                  QStringList( { QStringLiteral( "Familien" ), QStringLiteral( "Seniorinnen und Senioren" ), QStringLiteral( "Mehrere Zielgruppen" ),
                                 QStringLiteral( "Keine Zielgruppe" ) } ) );
        const QgsCategorizedSymbolRenderer *restyled = static_cast<const QgsCategorizedSymbolRenderer *>( map->renderer() );
        QCOMPARE( restyled->categories().at( 0 ).symbol()->color(), QColor( 128, 0, 128 ) );
        const QgsRectangle extent = mCanvas->extent();
        QVERIFY( mDock->selectOffering( mDebtCounselling ) );
        QVERIFY2( mDock->detailsText().contains( QStringLiteral( "Arbeitslose Menschen" ) ), qPrintable( mDock->detailsText() ) );
        mDock->offeringView()->clearSelection();
        mCanvas->setExtent( extent ); // the next test starts far from the sites
      }
      QVERIFY( mDock->openCatalogue( mPath ) );
      QCOMPARE( group->itemText( group->findData( family ) ), QStringLiteral( "Families" ) );
      QCOMPARE( categoryLabels( CatalogueLayers::siteMapLayer( QgsProject::instance(), mPath ) ).first(), QStringLiteral( "Families" ) );
      // the stored keys and names stay as they are
      QCOMPARE( QString::fromStdString( mDock->catalogue()->findTerm( vocabulary::TARGET_GROUP_TAXONOMY_ID, "family" )->name ), QStringLiteral( "Familien" ) );
    }

    void selectingAnOfferingHighlightsAndFramesItsSites()
    {
      const QgsPointXY rathaus = toCanvas( 13.4350, 52.4815 );
      const QgsPointXY kreuzberg = toCanvas( 13.4030, 52.4990 );
      QVERIFY( !mCanvas->extent().contains( rathaus ) );
      QCOMPARE( visibleRubberBands( mCanvas ), 0 );

      QVERIFY( mDock->selectOffering( mDebtCounselling ) );
      QCOMPARE( mDock->selectedOfferingId(), mDebtCounselling );
      QCOMPARE( mDock->highlightedSiteCount(), 2 );
      QCOMPARE( visibleRubberBands( mCanvas ), 1 );
      QgsRubberBand *band = mDock->mapLink()->rubberBand();
      QVERIFY( band );
      QCOMPARE( band->numberOfVertices(), 2 );
      QVERIFY2( mCanvas->extent().contains( rathaus ), qPrintable( mCanvas->extent().toString() ) );
      QVERIFY( mCanvas->extent().contains( kreuzberg ) );
      // the band's points are in the canvas CRS
      QGSCOMPARENEAR( band->getPoint( 0, 0 )->x(), kreuzberg.x(), 0.5 );

      // the detail pane: provider, sites with addresses, hours, target groups, themes, history
      const QString details = mDock->detailsText();
      for ( const QString &expected : { QStringLiteral( "Bezirksamt Neukölln" ), QStringLiteral( "Karl-Marx-Straße 83" ), QStringLiteral( "Oranienstraße 1" ),
                                        QStringLiteral( "Mon, Tue, Thu 09:00–15:00" ), QStringLiteral( "Families" ), QStringLiteral( "Municipal services of general interest" ),
                                        QStringLiteral( "History" ), QStringLiteral( "test" ), QStringLiteral( "created" ) } )
        QVERIFY2( details.contains( expected ), qPrintable( expected + QStringLiteral( " missing in:\n" ) + details ) );

      // an offering with one site: the map pans to it, the scale stays
      const double scale = mCanvas->scale();
      QVERIFY( mDock->selectOffering( mSeniors ) );
      QCOMPARE( mDock->highlightedSiteCount(), 1 );
      QVERIFY( mCanvas->extent().contains( toCanvas( 13.4450, 52.4725 ) ) );
      QGSCOMPARENEAR( mCanvas->scale(), scale, scale * 0.01 );

      // no sites: nothing marked
      QVERIFY( mDock->selectOffering( mYouthWork ) );
      QCOMPARE( mDock->highlightedSiteCount(), 0 );
      QCOMPARE( visibleRubberBands( mCanvas ), 0 );

      // deselecting clears the map
      QVERIFY( mDock->selectOffering( mFamilyCentre ) );
      QCOMPARE( visibleRubberBands( mCanvas ), 1 );
      mDock->offeringView()->clearSelection();
      QCOMPARE( mDock->highlightedSiteCount(), 0 );
      QCOMPARE( visibleRubberBands( mCanvas ), 0 );
    }

    void selectingAQuarterOnTheMapFiltersTheList()
    {
      mQuarters = new QgsVectorLayer( QStringLiteral( "Polygon?crs=EPSG:25833&field=name:string" ), QStringLiteral( "Quarters" ), QStringLiteral( "memory" ) );
      QVERIFY( mQuarters->isValid() );
      QgsFeature schillerkiez( mQuarters->fields() );
      schillerkiez.setAttributes( QgsAttributes() << QStringLiteral( "Schillerkiez" ) );
      schillerkiez.setGeometry( quarter( 13.415, 52.470, 13.440, 52.485 ) );
      QgsFeature kreuzberg( mQuarters->fields() );
      kreuzberg.setAttributes( QgsAttributes() << QStringLiteral( "Oranienstraße" ) );
      kreuzberg.setGeometry( quarter( 13.390, 52.495, 13.410, 52.505 ) );
      QgsFeatureList features { schillerkiez, kreuzberg };
      QVERIFY( mQuarters->dataProvider()->addFeatures( features ) );
      mQuarters->setDisplayExpression( QStringLiteral( "\"name\"" ) );
      QgsProject::instance()->addMapLayer( mQuarters );
      mCanvas->setLayers( { mQuarters } );
      mCanvas->setCurrentLayer( mQuarters );
      QCOMPARE( mDock->mapLink()->quarterLayer(), mQuarters );

      QCheckBox *withinQuarter = child<QCheckBox>( "quarterFilter" );
      QVERIFY( !withinQuarter->isChecked() );
      QgsFeatureId schillerkiezId = -1, kreuzbergId = -1;
      QgsFeatureIterator it = mQuarters->getFeatures();
      QgsFeature f;
      while ( it.nextFeature( f ) )
        ( f.attribute( 0 ).toString() == QLatin1String( "Schillerkiez" ) ? schillerkiezId : kreuzbergId ) = f.id();

      mQuarters->selectByIds( { schillerkiezId } );
      QVERIFY( withinQuarter->isChecked() );
      QCOMPARE( sorted( mDock->offeringNames() ), sorted( { QStringLiteral( "Familienzentrum Schillerkiez" ), QStringLiteral( "Schuldnerberatung Neukölln" ) } ) );
      QVERIFY( child<QLabel>( "scopeLabel" )->text().contains( QStringLiteral( "Schillerkiez" ) ) );

      mQuarters->selectByIds( { kreuzbergId } );
      QCOMPARE( mDock->offeringNames(), QStringList { QStringLiteral( "Schuldnerberatung Neukölln" ) } );

      // two quarters: the union
      mQuarters->selectByIds( { schillerkiezId, kreuzbergId } );
      QCOMPARE( mDock->offeringCount(), 2 );

      // the checkbox switches the filter off while the quarter stays selected
      withinQuarter->setChecked( false );
      QCOMPARE( mDock->offeringCount(), 4 );
      withinQuarter->setChecked( true );
      QCOMPARE( mDock->offeringCount(), 2 );

      mQuarters->removeSelection();
      QVERIFY( !withinQuarter->isChecked() );
      QCOMPARE( mDock->offeringCount(), 4 );
    }

    void catalogueTablesJoinTheProjectWithRelations()
    {
      QVERIFY2( mDock->addLayersToProject(), qPrintable( mDock->lastError() ) );
      QgsProject *project = QgsProject::instance();
      for ( const QString &table : CatalogueLayers::tables() )
      {
        QgsVectorLayer *layer = CatalogueLayers::layer( project, mPath, table );
        QVERIFY2( layer && layer->isValid(), qPrintable( table ) );
        QCOMPARE( layer->providerType(), QStringLiteral( "spatialite" ) );
      }
      QCOMPARE( CatalogueLayers::layer( project, mPath, QStringLiteral( "location" ) )->featureCount(), 4LL );
      QCOMPARE( CatalogueLayers::layer( project, mPath, QStringLiteral( "service" ) )->featureCount(), 4LL );
      QgsRelationManager *relations = project->relationManager();
      for ( const auto &[ child, parent ] : { qMakePair( QStringLiteral( "service" ), QStringLiteral( "organization" ) ),
                                             qMakePair( QStringLiteral( "service_at_location" ), QStringLiteral( "service" ) ),
                                             qMakePair( QStringLiteral( "service_at_location" ), QStringLiteral( "location" ) ) } )
      {
        const QgsRelation relation = relations->relation( CatalogueLayers::relationId( child, parent ) );
        QVERIFY2( relation.isValid(), qPrintable( child + " → " + parent ) );
        QCOMPARE( relation.referencingLayer(), CatalogueLayers::layer( project, mPath, child ) );
        QCOMPARE( relation.referencedLayer(), CatalogueLayers::layer( project, mPath, parent ) );
      }
      // attribute forms of a stakeholder show its offerings
      QCOMPARE( relations->referencedRelations( CatalogueLayers::layer( project, mPath, QStringLiteral( "organization" ) ) ).size(), 1 );
      // the link field of an offering picks its provider by name
      QgsVectorLayer *service = CatalogueLayers::layer( project, mPath, QStringLiteral( "service" ) );
      QCOMPARE( service->editorWidgetSetup( service->fields().lookupField( QStringLiteral( "organization_id" ) ) ).type(), QStringLiteral( "RelationReference" ) );
      // in a group of the layer tree
      QgsLayerTreeLayer *node = project->layerTreeRoot()->findLayer( service );
      QVERIFY( node && node->parent() && node->parent() != project->layerTreeRoot() );
      // adding twice adds nothing
      const int layers = project->count();
      QVERIFY( mDock->addLayersToProject() );
      QCOMPARE( project->count(), layers );
    }

    void editsInTheLayersNameTheirAuthor()
    {
      // a form's edit is written by the layer's own connection: the log still names the planner
      QgsVectorLayer *sites = CatalogueLayers::layer( QgsProject::instance(), mPath, QStringLiteral( "location" ) );
      QVERIFY( sites->startEditing() );
      QgsFeature feature;
      QgsFeatureIterator it = sites->getFeatures( QgsFeatureRequest().setFilterExpression( QStringLiteral( "\"name\" = 'Rathaus Neukölln'" ) ) );
      QVERIFY( it.nextFeature( feature ) );
      QVERIFY( sites->changeAttributeValue( feature.id(), sites->fields().lookupField( QStringLiteral( "description" ) ), QStringLiteral( "Eingang Erdgeschoss" ) ) );
      QVERIFY( sites->commitChanges() );
      const std::vector<ChangeLogEntry> history = mDock->catalogue()->history( feature.attribute( QStringLiteral( "id" ) ).toString().toStdString() );
      QVERIFY( !history.empty() );
      QCOMPARE( QString::fromStdString( history.back().field ), QStringLiteral( "description" ) );
      QCOMPARE( QString::fromStdString( history.back().updatedBy ), QgsApplication::userLoginName() );
      QVERIFY( history.back().updatedBy != "unknown" );
    }

    void selectingSitesOnTheMapFiltersTheList()
    {
      QgsVectorLayer *sites = CatalogueLayers::layer( QgsProject::instance(), mPath, QStringLiteral( "location" ) );
      QVERIFY( sites );
      mCanvas->setCurrentLayer( sites );
      QCOMPARE( mDock->mapLink()->siteLayer(), sites );

      sites->selectByExpression( QStringLiteral( "\"name\" = 'Beratungsstelle Kreuzberg'" ) );
      QCOMPARE( sites->selectedFeatureCount(), 1 );
      QCOMPARE( mDock->offeringNames(), QStringList { QStringLiteral( "Schuldnerberatung Neukölln" ) } );
      QVERIFY( child<QLabel>( "scopeLabel" )->isVisibleTo( mDock ) );

      sites->selectByExpression( QStringLiteral( "\"name\" IN ('Familienzentrum Schillerpromenade', 'Seniorentreff Richardplatz')" ) );
      QCOMPARE( sorted( mDock->offeringNames() ), sorted( { QStringLiteral( "Familienzentrum Schillerkiez" ), QStringLiteral( "Seniorentreff Rixdorf" ) } ) );

      sites->removeSelection();
      QCOMPARE( mDock->offeringCount(), 4 );
      QVERIFY( !child<QLabel>( "scopeLabel" )->isVisibleTo( mDock ) );
      mCanvas->setCurrentLayer( mQuarters );
    }

    void validationErrorsAreReported()
    {
      QVariantMap valid { { QStringLiteral( "name" ), QStringLiteral( "Kiezküche" ) }, { QStringLiteral( "providerName" ), QStringLiteral( "Nachbarschaftshaus Rixdorf" ) } };
      const auto withValue = [&]( const QString &key, const QVariant &value ) {
        QVariantMap map = valid;
        map.insert( key, value );
        return map;
      };
      const auto site = []( const QString &lat, const QString &lon ) {
        return QVariantList { QVariantMap { { QStringLiteral( "name" ), QStringLiteral( "Küche" ) }, { QStringLiteral( "latitude" ), lat }, { QStringLiteral( "longitude" ), lon } } };
      };

      QString error = mDock->saveOffering( withValue( QStringLiteral( "name" ), QStringLiteral( "  " ) ) );
      QVERIFY2( error.contains( QStringLiteral( "name" ) ), qPrintable( error ) );
      error = mDock->saveOffering( withValue( QStringLiteral( "providerName" ), QString() ) );
      QVERIFY2( error.contains( QStringLiteral( "provider" ) ), qPrintable( error ) );

      QVariantMap dates = valid;
      dates.insert( QStringLiteral( "validFrom" ), QStringLiteral( "2025-03-01" ) );
      dates.insert( QStringLiteral( "validTo" ), QStringLiteral( "2024-12-31" ) );
      error = mDock->saveOffering( dates );
      QVERIFY2( error.contains( QStringLiteral( "before it starts" ) ), qPrintable( error ) );
      error = mDock->saveOffering( withValue( QStringLiteral( "validFrom" ), QStringLiteral( "1.3.2025" ) ) );
      QVERIFY2( error.contains( QStringLiteral( "YYYY-MM-DD" ) ), qPrintable( error ) );
      error = mDock->saveOffering( withValue( QStringLiteral( "validFrom" ), QStringLiteral( "2025-02-30" ) ) );
      QVERIFY2( error.contains( QStringLiteral( "not a date" ) ), qPrintable( error ) );

      error = mDock->saveOffering( withValue( QStringLiteral( "capacity" ), QStringLiteral( "-3" ) ) );
      QVERIFY2( error.contains( QStringLiteral( "Capacity" ) ) && error.contains( QStringLiteral( "0 or more" ) ), qPrintable( error ) );
      error = mDock->saveOffering( withValue( QStringLiteral( "capacity" ), QStringLiteral( "viele" ) ) );
      QVERIFY2( error.contains( QStringLiteral( "'viele'" ) ), qPrintable( error ) );

      error = mDock->saveOffering( withValue( QStringLiteral( "sites" ), site( QStringLiteral( "52.47" ), QString() ) ) );
      QVERIFY2( error.contains( QStringLiteral( "both latitude and longitude" ) ), qPrintable( error ) );
      error = mDock->saveOffering( withValue( QStringLiteral( "sites" ), site( QStringLiteral( "152.47" ), QStringLiteral( "13.4" ) ) ) );
      QVERIFY2( error.contains( QStringLiteral( "latitude" ) ) && error.contains( QStringLiteral( "-90 to 90" ) ), qPrintable( error ) );

      error = mDock->saveOffering( withValue( QStringLiteral( "openingHours" ), QStringLiteral( "montags 9 bis 12" ) ) );
      QVERIFY2( error.contains( QStringLiteral( "Opening hours" ) ), qPrintable( error ) );
      error = mDock->saveOffering( withValue( QStringLiteral( "openingHours" ), QStringLiteral( "MO 12:00-09:00" ) ) );
      QVERIFY2( error.contains( QStringLiteral( "closing time" ) ), qPrintable( error ) );
      error = mDock->saveOffering( withValue( QStringLiteral( "themes" ), QStringList { QStringLiteral( "astrology" ) } ) );
      QVERIFY2( error.contains( QStringLiteral( "astrology" ) ), qPrintable( error ) );
      error = mDock->saveOffering( withValue( QStringLiteral( "email" ), QStringLiteral( "kiezkueche at example.org" ) ) );
      QVERIFY2( error.contains( QStringLiteral( "e-mail" ) ), qPrintable( error ) );

      QCOMPARE( mDock->lastError(), error );
      // nothing was written
      QCOMPARE( mDock->offeringCount(), 4 );
      QVERIFY( !mDock->catalogue()->findOrganizationByName( "Nachbarschaftshaus Rixdorf" ) );
    }

    void addEditAndDeleteThroughTheDock()
    {
      QVariantMap values { { QStringLiteral( "name" ), QStringLiteral( "Kiezküche" ) },
                           { QStringLiteral( "providerName" ), QStringLiteral( "Nachbarschaftshaus Rixdorf" ) },
                           { QStringLiteral( "description" ), QStringLiteral( "Gemeinsam kochen und essen." ) },
                           { QStringLiteral( "organizationForm" ), QStringLiteral( "quarter" ) },
                           { QStringLiteral( "validFrom" ), QStringLiteral( "2024-01-01" ) },
                           { QStringLiteral( "capacity" ), QStringLiteral( "25" ) },
                           { QStringLiteral( "openingHours" ), QStringLiteral( "MO-FR 11:30-14:00; SA 10:00-13:00" ) },
                           { QStringLiteral( "themes" ), QStringList { QStringLiteral( "participation" ) } },
                           { QStringLiteral( "targetGroups" ), QStringList { QStringLiteral( "senior" ), QStringLiteral( "family" ) } },
                           { QStringLiteral( "sites" ), QVariantList { QVariantMap { { QStringLiteral( "name" ), QStringLiteral( "Nachbarschaftshaus" ) },
                                                                                   { QStringLiteral( "street" ), QStringLiteral( "Richardstraße 5" ) },
                                                                                   { QStringLiteral( "postalCode" ), QStringLiteral( "12043" ) },
                                                                                   { QStringLiteral( "city" ), QStringLiteral( "Berlin" ) },
                                                                                   { QStringLiteral( "latitude" ), QStringLiteral( "52,4741" ) },
                                                                                   { QStringLiteral( "longitude" ), QStringLiteral( "13.4402" ) } } } } };
      QCOMPARE( mDock->saveOffering( values ), QString() );
      const QString id = mDock->lastSavedId();
      QVERIFY( !id.isEmpty() );
      QCOMPARE( mDock->offeringCount(), 5 );
      QCOMPARE( mDock->stakeholderCount(), 3 );
      // the new offering is selected and on the map
      QCOMPARE( mDock->selectedOfferingId(), id );
      QCOMPARE( mDock->highlightedSiteCount(), 1 );

      Catalogue &store = *mDock->catalogue();
      const std::optional<Service> saved = store.service( id.toStdString() );
      QVERIFY( saved );
      QCOMPARE( saved->capacity.value_or( -1 ), 25.0 );
      QVERIFY( saved->organizationForm == OrganizationForm::Quarter );
      QCOMPARE( QString::fromStdString( store.organization( saved->organizationId )->name ), QStringLiteral( "Nachbarschaftshaus Rixdorf" ) );
      QCOMPARE( store.serviceTerms( saved->id, TermRole::TargetGroup ).size(), size_t( 2 ) );
      QCOMPARE( store.schedulesOfService( saved->id ).size(), size_t( 2 ) );
      const std::vector<Location> locations = store.locationsOfService( saved->id );
      QCOMPARE( locations.size(), size_t( 1 ) );
      QGSCOMPARENEAR( *locations.front().latitude, 52.4741, 1e-9 );
      QCOMPARE( QString::fromStdString( *store.addressesOfLocation( locations.front().id ).front().address1 ), QStringLiteral( "Richardstraße 5" ) );
      // the catalogue's layers in the project see the new site
      QCOMPARE( featuresOf( CatalogueLayers::layer( QgsProject::instance(), mPath, QStringLiteral( "location" ) ) ), 5 );

      // edit: what the dialog shows, changed and saved again
      QVariantMap edited = mDock->offeringValues( id );
      QCOMPARE( edited.value( QStringLiteral( "openingHours" ) ).toString(), QStringLiteral( "MO-FR 11:30-14:00; SA 10:00-13:00" ) );
      QCOMPARE( edited.value( QStringLiteral( "capacity" ) ).toString(), QStringLiteral( "25" ) );
      edited.insert( QStringLiteral( "name" ), QStringLiteral( "Kiezküche Rixdorf" ) );
      edited.insert( QStringLiteral( "capacity" ), QStringLiteral( "30" ) );
      QVariantList sites = edited.value( QStringLiteral( "sites" ) ).toList();
      QCOMPARE( sites.size(), 1 );
      QVariantMap firstSite = sites.first().toMap();
      firstSite.insert( QStringLiteral( "latitude" ), QStringLiteral( "52.4750" ) );
      sites[ 0 ] = firstSite;
      edited.insert( QStringLiteral( "sites" ), sites );
      QCOMPARE( mDock->saveOffering( edited ), QString() );
      QCOMPARE( mDock->lastSavedId(), id );
      QCOMPARE( mDock->offeringCount(), 5 );
      QVERIFY( mDock->offeringNames().contains( QStringLiteral( "Kiezküche Rixdorf" ) ) );
      QCOMPARE( store.service( id.toStdString() )->capacity.value_or( -1 ), 30.0 );
      QCOMPARE( store.locationsOfService( id.toStdString() ).front().id, locations.front().id ); // the same site, moved
      QGSCOMPARENEAR( *store.locationsOfService( id.toStdString() ).front().latitude, 52.4750, 1e-9 );
      QCOMPARE( store.schedulesOfService( id.toStdString() ).size(), size_t( 2 ) );
      // the change shows in the history of the detail pane
      QVERIFY2( mDock->detailsText().contains( QStringLiteral( "capacity: 25 → 30" ) ), qPrintable( mDock->detailsText() ) );

      // delete
      QCOMPARE( mDock->deleteOffering( id ), QString() );
      QCOMPARE( mDock->offeringCount(), 4 );
      QVERIFY( !store.service( id.toStdString() ) );
      QVERIFY( !store.location( locations.front().id ) ); // it served only this offering
      QCOMPARE( mDock->highlightedSiteCount(), 0 );
      QVERIFY( !mDock->deleteOffering( id ).isEmpty() );
    }

    void theDialogValidatesAndSaves()
    {
      mDock->addOffering();
      CatalogueOfferingDialog *dialog = mDock->offeringDialog();
      QVERIFY( dialog );
      QVERIFY( dialog->isVisible() );
      // OK with no name: the dialog stays open and says why
      dialog->accept();
      QVERIFY( dialog->isVisible() );
      QVERIFY2( dialog->errorText().contains( QStringLiteral( "name" ) ), qPrintable( dialog->errorText() ) );

      dialog->findChild<QLineEdit *>( QStringLiteral( "name" ) )->setText( QStringLiteral( "Stadtteilmütter" ) );
      QComboBox *provider = dialog->findChild<QComboBox *>( QStringLiteral( "provider" ) );
      provider->setCurrentIndex( provider->findData( mAwo ) );
      dialog->findChild<QLineEdit *>( QStringLiteral( "capacity" ) )->setText( QStringLiteral( "zwölf" ) );
      dialog->accept();
      QVERIFY( dialog->isVisible() );
      QVERIFY2( dialog->errorText().contains( QStringLiteral( "Capacity" ) ), qPrintable( dialog->errorText() ) );
      dialog->findChild<QLineEdit *>( QStringLiteral( "capacity" ) )->setText( QStringLiteral( "12" ) );

      // the site at the map centre
      mCanvas->setCenter( toCanvas( 13.4300, 52.4800 ) );
      dialog->findChild<QPushButton *>( QStringLiteral( "useMapCentre" ) )->click();
      QTableWidget *sites = dialog->findChild<QTableWidget *>( QStringLiteral( "sites" ) );
      QCOMPARE( sites->rowCount(), 1 );
      QGSCOMPARENEAR( sites->item( 0, 4 )->text().toDouble(), 52.48, 1e-5 );
      QGSCOMPARENEAR( sites->item( 0, 5 )->text().toDouble(), 13.43, 1e-5 );

      // or a click on the map: the pick tool takes over the canvas for one click, then gives it back
      QgsMapTool *before = mCanvas->mapTool();
      dialog->findChild<QPushButton *>( QStringLiteral( "pickOnMap" ) )->click();
      QgsMapToolEmitPoint *pick = qobject_cast<QgsMapToolEmitPoint *>( mCanvas->mapTool() );
      QVERIFY( pick );
      emit pick->canvasClicked( toCanvas( 13.4400, 52.4760 ), Qt::LeftButton );
      QGSCOMPARENEAR( sites->item( 0, 4 )->text().toDouble(), 52.476, 1e-5 );
      QGSCOMPARENEAR( sites->item( 0, 5 )->text().toDouble(), 13.44, 1e-5 );
      QCOMPARE( mCanvas->mapTool(), before );

      QVERIFY( dialog->grab().save( QDir( QStringLiteral( SOZIALRAUM_TEST_ARTIFACTS ) ).filePath( QStringLiteral( "dock-offering-dialog.png" ) ) ) );

      QPointer<CatalogueOfferingDialog> guard( dialog );
      dialog->accept();
      QVERIFY( !dialog->isVisible() );
      QTRY_VERIFY( !guard ); // deleted on close
      QCOMPARE( mDock->offeringCount(), 5 );
      const QString id = mDock->lastSavedId();
      QCOMPARE( mDock->selectedOfferingId(), id );
      QCOMPARE( QString::fromStdString( mDock->catalogue()->service( id.toStdString() )->organizationId ), mAwo );
      QCOMPARE( mDock->deleteOffering( id ), QString() );
    }

    void stakeholdersCanBeAddedAndAreProtected()
    {
      QCOMPARE( mDock->saveStakeholder( { { QStringLiteral( "name" ), QStringLiteral( "Jobcenter Neukölln" ) }, { QStringLiteral( "kind" ), QStringLiteral( "jobcenter" ) } } ), QString() );
      const QString jobcenter = mDock->lastSavedId();
      QVERIFY( mDock->selectStakeholder( jobcenter ) );
      QVERIFY( mDock->detailsText().contains( QStringLiteral( "Jobcenter" ) ) );
      // a stakeholder on the map: the sites of its offerings
      QVERIFY( mDock->selectStakeholder( mDistrictOffice ) );
      QCOMPARE( mDock->highlightedSiteCount(), 2 );
      QVERIFY( mDock->detailsText().contains( QStringLiteral( "Schuldnerberatung Neukölln" ) ) );
      QVERIFY( mDock->grab().save( QDir( QStringLiteral( SOZIALRAUM_TEST_ARTIFACTS ) ).filePath( QStringLiteral( "dock-stakeholders.png" ) ) ) );
      // names are unique (as the import deduplicates them)
      QVERIFY( mDock->saveStakeholder( { { QStringLiteral( "name" ), QStringLiteral( "  jobcenter   NEUKÖLLN" ) } } ).contains( QStringLiteral( "already" ) ) );
      QVERIFY( !mDock->saveStakeholder( { { QStringLiteral( "name" ), QString() } } ).isEmpty() );
      // a stakeholder that runs offerings stays unless its offerings go too
      const QString error = mDock->deleteStakeholder( mDistrictOffice );
      QVERIFY2( error.contains( QStringLiteral( "still runs" ) ), qPrintable( error ) );
      QCOMPARE( mDock->deleteStakeholder( jobcenter ), QString() );

      // "its offerings": the list shows only the stakeholder's
      mDock->showOfferingsOf( mAwo );
      QCOMPARE( sorted( mDock->offeringNames() ), sorted( { QStringLiteral( "Familienzentrum Schillerkiez" ), QStringLiteral( "Seniorentreff Rixdorf" ) } ) );
      mDock->clearScope();
      QCOMPARE( mDock->offeringCount(), 4 );
    }

    void screenshotOfTheOfferingsTab()
    {
      mDock->showOfferings();
      child<QComboBox>( "targetGroupFilter" )->setCurrentIndex( child<QComboBox>( "targetGroupFilter" )->findData( QString::fromStdString( term( vocabulary::TARGET_GROUP_TAXONOMY_ID, "family" ) ) ) );
      child<QCheckBox>( "validTodayFilter" )->setChecked( true );
      QVERIFY( mDock->selectOffering( mDebtCounselling ) );
      QgsApplication::processEvents();
      const QString path = QDir( QStringLiteral( SOZIALRAUM_TEST_ARTIFACTS ) ).filePath( QStringLiteral( "dock-offerings.png" ) );
      QVERIFY( mDock->grab().save( path ) );
      // and the canvas with the highlighted sites over the quarters
      mCanvas->waitWhileRendering();
      mCanvas->refresh();
      mCanvas->waitWhileRendering();
      QgsApplication::processEvents();
      QVERIFY( mCanvas->grab().save( QDir( QStringLiteral( SOZIALRAUM_TEST_ARTIFACTS ) ).filePath( QStringLiteral( "dock-canvas.png" ) ) ) );
      child<QComboBox>( "targetGroupFilter" )->setCurrentIndex( 0 );
      child<QCheckBox>( "validTodayFilter" )->setChecked( false );
    }

    void theProjectReopensItsCatalogue()
    {
      QgsProject *project = QgsProject::instance();
      const QString projectPath = mDir.filePath( QStringLiteral( "plan.qgz" ) );
      project->setFileName( projectPath ); // as "Save As…" does
      QVERIFY( project->write() );
      // next to the project, the entry is relative: project and catalogue move together
      QCOMPARE( project->readEntry( QStringLiteral( "Sozialraum" ), QStringLiteral( "catalogue" ) ), QStringLiteral( "./neukoelln.sqlite" ) );
      mCanvas->setCurrentLayer( nullptr );
      mCanvas->setLayers( {} );
      mQuarters = nullptr;
      project->clear();
      QVERIFY( mDock->cataloguePath().isEmpty() );
      QCOMPARE( mDock->offeringCount(), 0 );
      QCOMPARE( mDock->highlightedSiteCount(), 0 );

      QVERIFY( project->read( projectPath ) );
      QCOMPARE( mDock->cataloguePath(), QFileInfo( mPath ).absoluteFilePath() );
      QCOMPARE( mDock->offeringCount(), 4 );
      // the layers and relations come back with the project
      QVERIFY( CatalogueLayers::layer( project, mPath, QStringLiteral( "location" ) ) );
      QVERIFY( project->relationManager()->relation( CatalogueLayers::relationId( QStringLiteral( "service" ), QStringLiteral( "organization" ) ) ).isValid() );
      // and the site layer is followed again
      QVERIFY( mDock->mapLink()->siteLayer() );
    }

    void fileDialogsStartInTheProjectFolder()
    {
      // the project was saved into mDir: catalogue and project belong together
      QCOMPARE( QDir( CatalogueSession::startFolder() ), QDir( mDir.path() ) );
    }

    void removingTheDockLeavesNothingOnTheCanvas()
    {
      QVERIFY( mDock->selectOffering( mDebtCounselling ) );
      QCOMPARE( visibleRubberBands( mCanvas ), 1 );
      delete mDock;
      mDock = nullptr;
      QCOMPARE( rubberBands( mCanvas ), 0 );
      // the project's signals reach no deleted dock
      QgsProject::instance()->clear();
    }
};

int main( int argc, char *argv[] )
{
  QgsApplication app( argc, argv, true );
  QgsApplication::init();
  QgsApplication::initQgis();
  int result = 0;
  {
    TestDock test;
    result = QTest::qExec( &test, argc, argv );
  }
  QgsApplication::exitQgis();
  return result;
}

#include "test_dock.moc"
