#include "cataloguedock.h"
#include "cataloguedetails.h"
#include "cataloguelayers.h"
#include "cataloguelistpage.h"
#include "cataloguemaplink.h"
#include "catalogueofferingfilters.h"
#include "catalogueofferingdialog.h"
#include "catalogueqt.h"
#include "cataloguesession.h"
#include "cataloguesitemap.h"
#include "cataloguestakeholderdialog.h"
#include "vocabularylabels.h"

#include "catalogue/catalogue.h"
#include "catalogue/vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <qgsapplication.h>
#include <qgsmapcanvas.h>
#include <qgsmessagebar.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <algorithm>
#include <exception>

using namespace sozialraum::catalogue;
using CatalogueQt::qs;
using CatalogueQt::ss;

namespace
{
  // The columns of the two lists (see buildOfferingsPage(), buildStakeholdersPage()).
  enum OfferingColumn
  {
    OfferingName,
    OfferingProvider,
    OfferingForm,
    OfferingStatus,
  };
  enum StakeholderColumn
  {
    StakeholderName,
    StakeholderKindColumn,
    StakeholderOfferings,
  };

  QToolButton *toolButton( const QString &iconName, const QString &text, const QString &tip, QWidget *parent )
  {
    QToolButton *button = new QToolButton( parent );
    button->setIcon( QgsApplication::getThemeIcon( iconName ) );
    button->setText( text );
    button->setToolTip( tip );
    button->setToolButtonStyle( Qt::ToolButtonTextBesideIcon );
    button->setAutoRaise( true );
    return button;
  }

  CatalogueRow offeringRow( const ServiceWithSites &offering )
  {
    const Service &s = offering.service;
    CatalogueRow row;
    row.id = qs( s.id );
    row.cells = { qs( s.name ), qs( offering.providerName ),
                  s.organizationForm ? CatalogueText::organizationForm( *s.organizationForm ) : QString(), CatalogueText::status( s.status ) };
    row.toolTip = QStringLiteral( "<b>%1</b>" ).arg( qs( s.name ).toHtmlEscaped() );
    if ( s.description )
      row.toolTip += QStringLiteral( "<br>%1" ).arg( qs( s.description ).left( 300 ).toHtmlEscaped() );
    // offerings that do not run now are greyed out
    row.greyed = s.status != ServiceStatus::Active;
    return row;
  }

  CatalogueRow stakeholderRow( const Organization &o, int offerings )
  {
    CatalogueRow row;
    row.id = qs( o.id );
    row.cells = { qs( o.name ), o.kind ? CatalogueText::stakeholderKind( *o.kind ) : QString(), offerings };
    row.toolTip = o.description ? qs( o.description ).left( 300 ) : QString();
    return row;
  }
} // namespace

CatalogueDock::CatalogueDock( QgsMapCanvas *canvas, QWidget *parent )
  : QDockWidget( tr( "Sozialraum Catalogue" ), parent )
{
  setObjectName( QStringLiteral( "SozialraumCatalogueDock" ) );
  mMapLink = new CatalogueMapLink( canvas, this );
  mSession = new CatalogueSession( this );

  QWidget *content = new QWidget( this );
  QVBoxLayout *layout = new QVBoxLayout( content );
  layout->setContentsMargins( 4, 4, 4, 4 );
  layout->setSpacing( 4 );

  mMessageBar = new QgsMessageBar( content );
  mMessageBar->setSizePolicy( QSizePolicy::Minimum, QSizePolicy::Fixed );
  layout->addWidget( mMessageBar );

  QHBoxLayout *header = new QHBoxLayout();
  mFileLabel = new QLabel( content );
  mFileLabel->setObjectName( QStringLiteral( "catalogueFile" ) );
  mFileLabel->setWordWrap( true );
  mFileLabel->setTextInteractionFlags( Qt::TextSelectableByMouse );
  header->addWidget( mFileLabel, 1 );
  QToolButton *newButton = toolButton( QStringLiteral( "mActionNewVectorLayer.svg" ), tr( "New…" ),
                                       tr( "Create a new catalogue file (SpatiaLite) and add its tables to the project" ), content );
  newButton->setObjectName( QStringLiteral( "newCatalogue" ) );
  QToolButton *openButton = toolButton( QStringLiteral( "mActionFileOpen.svg" ), tr( "Open…" ),
                                        tr( "Open a catalogue file and add its tables to the project" ), content );
  openButton->setObjectName( QStringLiteral( "openCatalogue" ) );
  QToolButton *layersButton = toolButton( QStringLiteral( "mActionAddSpatiaLiteLayer.svg" ), QString(),
                                          tr( "Add the catalogue's tables to the project (sites on the map, forms with related records)" ), content );
  layersButton->setObjectName( QStringLiteral( "addCatalogueLayers" ) );
  layersButton->setToolButtonStyle( Qt::ToolButtonIconOnly );
  header->addWidget( newButton );
  header->addWidget( openButton );
  header->addWidget( layersButton );
  layout->addLayout( header );
  connect( newButton, &QToolButton::clicked, this, &CatalogueDock::chooseNewCatalogue );
  connect( openButton, &QToolButton::clicked, this, &CatalogueDock::chooseCatalogueToOpen );
  connect( layersButton, &QToolButton::clicked, this, &CatalogueDock::addLayersToProject );

  mTabs = new QTabWidget( content );
  mTabs->setObjectName( QStringLiteral( "catalogueTabs" ) );
  mOfferings = buildOfferingsPage();
  mStakeholders = buildStakeholdersPage();
  mTabs->addTab( mOfferings, tr( "Offerings" ) );
  mTabs->addTab( mStakeholders, tr( "Stakeholders" ) );
  layout->addWidget( mTabs, 1 );
  connect( mTabs, &QTabWidget::currentChanged, this, [this]( int index ) {
    // show on the map what the visible tab has selected, without moving the map
    mRestoringSelection = true;
    if ( index == 0 )
      offeringSelectionChanged();
    else
      stakeholderSelectionChanged();
    mRestoringSelection = false;
  } );
  setWidget( content );

  connect( mMapLink, &CatalogueMapLink::siteSelectionChanged, this, &CatalogueDock::siteSelectionChanged );
  connect( mMapLink, &CatalogueMapLink::quarterSelectionChanged, this, &CatalogueDock::quarterSelectionChanged );
  connect( mSession, &CatalogueSession::aboutToClose, this, &CatalogueDock::closeDialogs );
  connect( mSession, &CatalogueSession::changed, this, &CatalogueDock::sessionChanged );
  // edits saved in the catalogue's layers (attribute forms, the map) show in the dock at once
  connect( mSession, &CatalogueSession::layersEdited, this, &CatalogueDock::refresh );
  connect( mSession, &CatalogueSession::failed, this, &CatalogueDock::fail );

  fillFilterCombos();
  updateHeader();
  refresh();
  // the plugin may start (or be reloaded) after the project was read
  if ( !QgsProject::instance()->readEntry( QStringLiteral( "Sozialraum" ), QStringLiteral( "catalogue" ) ).isEmpty() )
    mSession->openProjectCatalogue();
}

CatalogueDock::~CatalogueDock()
{
  // Child widgets may still signal while QWidget's destructor deletes them (a tab widget
  // reports a new current page): nothing may reach this half-destroyed dock.
  const QList<QObject *> children = findChildren<QObject *>();
  for ( QObject *child : children )
    disconnect( child, nullptr, this, nullptr );
  // dialogs first: the offering dialog may hold a map tool on the canvas
  closeDialogs();
  // the map link (a child) removes the highlight from the canvas when it goes
}

Catalogue *CatalogueDock::catalogue() const
{
  return mSession->catalogue();
}

QString CatalogueDock::cataloguePath() const
{
  return mSession->path();
}

CatalogueTableModel *CatalogueDock::offeringModel() const
{
  return mOfferings->model();
}

CatalogueTableModel *CatalogueDock::stakeholderModel() const
{
  return mStakeholders->model();
}

QTableView *CatalogueDock::offeringView() const
{
  return mOfferings->view();
}

QTableView *CatalogueDock::stakeholderView() const
{
  return mStakeholders->view();
}

CatalogueOfferingDialog *CatalogueDock::offeringDialog() const
{
  return mOfferingDialog;
}

CatalogueStakeholderDialog *CatalogueDock::stakeholderDialog() const
{
  return mStakeholderDialog;
}

void CatalogueDock::closeDialogs()
{
  delete mOfferingDialog;
  delete mStakeholderDialog;
}

// ---- building the tabs ------------------------------------------------------------------------

CatalogueListPage *CatalogueDock::buildOfferingsPage()
{
  CatalogueListPage::Setup setup;
  setup.noun = QStringLiteral( "Offering" );
  setup.searchPlaceholder = tr( "Search offerings (name, description)…" );
  // name and provider fit a dock; organization form and status can be shown from the header's menu
  setup.columns = { { tr( "Offering" ) }, { tr( "Provider" ) }, { tr( "Organized" ), Qt::AlignLeft | Qt::AlignVCenter, true },
                    { tr( "Status" ), Qt::AlignLeft | Qt::AlignVCenter, true } };
  setup.stretchColumns = { OfferingName, OfferingProvider };
  CatalogueListPage *page = new CatalogueListPage( setup );

  mFilters = new CatalogueOfferingFilters( page );
  page->addAboveList( mFilters );
  connect( mFilters, &CatalogueOfferingFilters::showAllRequested, this, &CatalogueDock::clearScope );
  connect( mFilters, &CatalogueOfferingFilters::changed, this, &CatalogueDock::refreshOfferings );

  connect( page, &CatalogueListPage::addRequested, this, &CatalogueDock::addOffering );
  connect( page, &CatalogueListPage::editRequested, this, &CatalogueDock::editOffering );
  connect( page, &CatalogueListPage::deleteRequested, this, &CatalogueDock::deleteSelectedOffering );
  connect( page, &CatalogueListPage::selectionChanged, this, &CatalogueDock::offeringSelectionChanged );
  connect( page, &CatalogueListPage::searchChanged, this, &CatalogueDock::refreshOfferings );
  return page;
}

CatalogueListPage *CatalogueDock::buildStakeholdersPage()
{
  CatalogueListPage::Setup setup;
  setup.noun = QStringLiteral( "Stakeholder" );
  setup.searchPlaceholder = tr( "Search stakeholders…" );
  setup.columns = { { tr( "Stakeholder" ) }, { tr( "Kind" ) }, { tr( "Offerings" ), Qt::AlignRight | Qt::AlignVCenter } };
  setup.stretchColumns = { StakeholderName };
  CatalogueListPage *page = new CatalogueListPage( setup );
  QTableView *view = page->view();
  view->horizontalHeader()->setSectionResizeMode( StakeholderKindColumn, QHeaderView::Interactive );
  view->horizontalHeader()->resizeSection( StakeholderKindColumn, view->fontMetrics().horizontalAdvance( QStringLiteral( "Welfare association" ) ) );

  mKindFilter = CatalogueListPage::filterCombo( QStringLiteral( "kindFilter" ), page );
  mKindFilter->addItem( tr( "All kinds of stakeholders" ), QString() );
  for ( const auto &[ value, label ] : CatalogueText::stakeholderKinds() )
    mKindFilter->addItem( label, qs( toString( value ) ) );
  page->addAboveList( mKindFilter );
  QPushButton *offerings = page->addSelectionButton( tr( "Its offerings" ), QStringLiteral( "showStakeholderOfferings" ),
                                                     tr( "List only the offerings this stakeholder runs" ) );

  connect( page, &CatalogueListPage::addRequested, this, &CatalogueDock::addStakeholder );
  connect( page, &CatalogueListPage::editRequested, this, &CatalogueDock::editStakeholder );
  connect( page, &CatalogueListPage::deleteRequested, this, &CatalogueDock::deleteSelectedStakeholder );
  connect( page, &CatalogueListPage::selectionChanged, this, &CatalogueDock::stakeholderSelectionChanged );
  connect( page, &CatalogueListPage::searchChanged, this, &CatalogueDock::refreshStakeholders );
  connect( offerings, &QPushButton::clicked, this, [this] { showOfferingsOf( selectedStakeholderId() ); } );
  connect( mKindFilter, qOverload<int>( &QComboBox::currentIndexChanged ), this, &CatalogueDock::refreshStakeholders );
  return page;
}

void CatalogueDock::fillFilterCombos()
{
  try
  {
    mFilters->fillVocabularies( catalogue() );
  }
  catch ( const std::exception &e )
  {
    fail( QString::fromStdString( e.what() ) );
  }
}

// ---- catalogue file ---------------------------------------------------------------------------

bool CatalogueDock::createCatalogue( const QString &path )
{
  mLastError.clear();
  if ( !mSession->create( path ) )
  {
    fail( mSession->lastError() );
    return false;
  }
  return true;
}

bool CatalogueDock::openCatalogue( const QString &path )
{
  mLastError.clear();
  if ( !mSession->open( path ) )
  {
    fail( mSession->lastError() );
    return false;
  }
  return true;
}

void CatalogueDock::closeCatalogue()
{
  mSession->close();
}

void CatalogueDock::sessionChanged( const QString &path )
{
  mSiteScope.clear();
  mProviderScope.clear();
  if ( !path.isEmpty() )
  {
    mMessageBar->clearWidgets(); // earlier failures are history now
    if ( !mSession->lastError().isEmpty() )
      fail( mSession->lastError() ); // open, but its layers could not be added
  }
  mMapLink->setCataloguePath( path );
  fillFilterCombos();
  updateHeader();
  refresh();
  emit catalogueChanged( path );
}

QString CatalogueDock::chooseFile( bool create )
{
  const QString directory = CatalogueSession::startFolder();
  const QString filter = tr( "Sozialraum catalogue (*.sqlite *.db);;All files (*)" );
  QString path;
  if ( create )
  {
    // the catalogue refuses to overwrite a file: no point in asking
    path = QFileDialog::getSaveFileName( this, tr( "New catalogue" ), directory, filter, nullptr, QFileDialog::DontConfirmOverwrite );
    if ( !path.isEmpty() && QFileInfo( path ).suffix().isEmpty() )
      path += QLatin1String( ".sqlite" );
  }
  else
  {
    path = QFileDialog::getOpenFileName( this, tr( "Open catalogue" ), directory, filter );
  }
  CatalogueSession::rememberFolder( path );
  return path;
}

void CatalogueDock::chooseNewCatalogue()
{
  const QString path = chooseFile( true );
  if ( path.isEmpty() || !createCatalogue( path ) )
    return;
  mMessageBar->pushMessage( tr( "Catalogue" ), tr( "Created %1. Add stakeholders and offerings with the Add… buttons." ).arg( QFileInfo( path ).fileName() ),
                            Qgis::MessageLevel::Success, 6 );
}

void CatalogueDock::chooseCatalogueToOpen()
{
  const QString path = chooseFile( false );
  if ( !path.isEmpty() )
    openCatalogue( path );
}

bool CatalogueDock::addLayersToProject()
{
  mLastError.clear();
  const QString error = mSession->addLayers();
  if ( !error.isEmpty() )
  {
    fail( error );
    return false;
  }
  mMapLink->setCataloguePath( mSession->path() );
  refreshOfferings(); // the map shows what the list shows
  return true;
}

void CatalogueDock::updateHeader()
{
  const QString path = mSession->path();
  if ( catalogue() )
  {
    mFileLabel->setText( QStringLiteral( "<b>%1</b>" ).arg( QFileInfo( path ).fileName().toHtmlEscaped() ) );
    mFileLabel->setToolTip( path );
  }
  else
  {
    mFileLabel->setText( tr( "No catalogue is open: create one with New… or open a catalogue file with Open…" ) );
    mFileLabel->setToolTip( QString() );
  }
  mTabs->setEnabled( catalogue() );
  setWindowTitle( catalogue() ? tr( "Sozialraum Catalogue — %1" ).arg( QFileInfo( path ).completeBaseName() ) : tr( "Sozialraum Catalogue" ) );
}

void CatalogueDock::fail( const QString &message )
{
  mLastError = message;
  mMessageBar->pushMessage( tr( "Catalogue" ), message, Qgis::MessageLevel::Warning, 10 );
}

// ---- lists ------------------------------------------------------------------------------------

void CatalogueDock::refresh()
{
  refreshOfferings();
  refreshStakeholders();
}

void CatalogueDock::refreshOfferings()
{
  Catalogue *store = catalogue();
  if ( !store )
  {
    mOfferings->clear();
    mMapLink->clearHighlight();
    updateScope();
    return;
  }

  ServiceFilter filter;
  filter.text = ss( mOfferings->search()->text() );
  QVector<CatalogueRow> rows;
  QSet<QString> sites;
  long long total = 0;
  try
  {
    mFilters->applyTo( filter );
    if ( !mProviderScope.isEmpty() )
      filter.organizationId = ss( mProviderScope );
    for ( const QString &site : std::as_const( mSiteScope ) )
      filter.locationIds.push_back( ss( site ) );
    if ( mFilters->withinQuarter() )
      filter.withinWkt = ss( mMapLink->selectedQuarterWkt() );

    for ( const ServiceWithSites &offering : store->servicesWithSites( filter ) )
    {
      rows.append( offeringRow( offering ) );
      for ( const ServiceSite &site : offering.sites )
        sites.insert( qs( site.locationId ) );
    }
    total = store->recordCount( "service" );
  }
  catch ( const std::exception &e )
  {
    rows.clear();
    fail( QString::fromStdString( e.what() ) );
  }

  // the list keeps its selection, or clears details and map; the map does not move meanwhile
  mRestoringSelection = true;
  const bool everything = rows.size() == total;
  mOfferings->setRows( std::move( rows ), total );
  mRestoringSelection = false;
  showListedSitesOnMap( sites, everything );
  updateScope();
}

void CatalogueDock::showListedSitesOnMap( const QSet<QString> &sites, bool everything )
{
  QgsVectorLayer *map = mSession->siteMapLayer();
  Catalogue *store = catalogue();
  // a list that follows sites selected on the map leaves that map as it is: the planner selects there
  if ( !map || !store || !mSiteScope.isEmpty() )
    return;
  if ( everything )
  {
    CatalogueSiteMap::showOnly( map, {}, {} );
    return;
  }
  QSet<QString> all;
  try
  {
    for ( const Location &location : store->locationsInBoundingBox( { -180, -90, 180, 90 } ) )
      all.insert( qs( location.id ) );
  }
  catch ( const std::exception &e )
  {
    fail( QString::fromStdString( e.what() ) );
    return;
  }
  CatalogueSiteMap::showOnly( map, sites, all );
}

void CatalogueDock::updateScope()
{
  QStringList parts;
  if ( catalogue() && !mProviderScope.isEmpty() )
  {
    QString name = mProviderScope;
    try
    {
      if ( const std::optional<Organization> provider = catalogue()->organization( ss( mProviderScope ) ) )
        name = qs( provider->name );
    }
    catch ( const std::exception & )
    {
      // the id is shown instead
    }
    parts << tr( "Offerings of %1" ).arg( name );
  }
  if ( !mSiteScope.isEmpty() )
    parts << tr( "At the %1 site(s) selected on the map" ).arg( mSiteScope.size() );
  if ( mFilters->withinQuarter() )
  {
    const QStringList names = mMapLink->selectedQuarterNames( 3 );
    if ( names.isEmpty() )
      parts << tr( "Within the selected quarter: select a polygon of a statistical-area layer on the map first." );
    else
    {
      QString list = names.join( QLatin1String( ", " ) );
      if ( mMapLink->selectedQuarterCount() > names.size() )
        list += QStringLiteral( " …" );
      parts << tr( "Within %1" ).arg( list );
    }
  }
  mFilters->setScope( catalogue() ? parts : QStringList() );
}

void CatalogueDock::refreshStakeholders()
{
  Catalogue *store = catalogue();
  if ( !store )
  {
    mStakeholders->clear();
    return;
  }
  QVector<CatalogueRow> rows;
  long long total = 0;
  try
  {
    std::vector<StakeholderKind> kinds;
    if ( const QString kind = mKindFilter->currentData().toString(); !kind.isEmpty() )
      kinds.push_back( stakeholderKindFromString( ss( kind ) ) );
    QHash<QString, int> counts;
    for ( const Service &s : store->services() )
      counts[ qs( s.organizationId ) ] += 1;
    for ( const Organization &o : store->organizations( ss( mStakeholders->search()->text() ), kinds ) )
      rows.append( stakeholderRow( o, counts.value( qs( o.id ) ) ) );
    total = store->recordCount( "organization" );
  }
  catch ( const std::exception &e )
  {
    rows.clear();
    fail( QString::fromStdString( e.what() ) );
  }
  mRestoringSelection = true;
  mStakeholders->setRows( std::move( rows ), total );
  mRestoringSelection = false;
}

int CatalogueDock::offeringCount() const
{
  return mOfferings->model()->rowCount();
}

QStringList CatalogueDock::offeringNames() const
{
  return mOfferings->texts( OfferingName );
}

int CatalogueDock::stakeholderCount() const
{
  return mStakeholders->model()->rowCount();
}

QString CatalogueDock::selectedOfferingId() const
{
  return mOfferings->selectedId();
}

QString CatalogueDock::selectedStakeholderId() const
{
  return mStakeholders->selectedId();
}

int CatalogueDock::highlightedSiteCount() const
{
  return mMapLink->highlightedCount();
}

QString CatalogueDock::detailsText() const
{
  return mTabs->currentWidget() == mStakeholders ? mStakeholders->detailsText() : mOfferings->detailsText();
}

// ---- selection and the map ----------------------------------------------------------------------

bool CatalogueDock::selectOffering( const QString &id )
{
  if ( mOfferings->model()->rowOf( id ) < 0 )
    return false;
  showOfferings();
  return mOfferings->select( id );
}

bool CatalogueDock::selectStakeholder( const QString &id )
{
  if ( mStakeholders->model()->rowOf( id ) < 0 )
    return false;
  showStakeholders();
  return mStakeholders->select( id );
}

void CatalogueDock::showOfferings()
{
  mTabs->setCurrentWidget( mOfferings );
}

void CatalogueDock::showStakeholders()
{
  mTabs->setCurrentWidget( mStakeholders );
}

void CatalogueDock::showOfferingsOf( const QString &stakeholderId )
{
  mProviderScope = stakeholderId;
  showOfferings();
  refreshOfferings();
}

void CatalogueDock::clearScope()
{
  mProviderScope.clear();
  mSiteScope.clear();
  mFilters->setWithinQuarterQuietly( false );
  refreshOfferings();
}

void CatalogueDock::offeringSelectionChanged()
{
  const QString id = selectedOfferingId();
  const bool visible = mTabs->currentWidget() == mOfferings;
  Catalogue *store = catalogue();
  if ( id.isEmpty() || !store )
  {
    if ( store )
      mOfferings->setDetailsHtml( QStringLiteral( "<p style='color:#777'>%1</p>" )
                                    .arg( tr( "Select an offering to see its provider, sites, opening hours, target groups and history. "
                                              "Select sites or a quarter on the map to list what is there." )
                                            .toHtmlEscaped() ) );
    if ( visible )
      mMapLink->clearHighlight();
    return;
  }
  try
  {
    const ServiceDetails details = store->serviceDetails( ss( id ) );
    mOfferings->setDetailsHtml( CatalogueDetails::offeringHtml( details ) );
    if ( visible )
      mMapLink->highlight( details.locations, !mRestoringSelection );
  }
  catch ( const std::exception &e )
  {
    fail( QString::fromStdString( e.what() ) );
  }
}

void CatalogueDock::stakeholderSelectionChanged()
{
  const QString id = selectedStakeholderId();
  const bool visible = mTabs->currentWidget() == mStakeholders;
  Catalogue *store = catalogue();
  if ( id.isEmpty() || !store )
  {
    mStakeholders->setDetailsHtml( QString() );
    if ( visible )
      mMapLink->clearHighlight();
    return;
  }
  try
  {
    const std::optional<Organization> stakeholder = store->organization( ss( id ) );
    if ( !stakeholder )
      return;
    mStakeholders->setDetailsHtml( CatalogueDetails::stakeholderHtml( *store, *stakeholder ) );
    if ( !visible )
      return;
    // the stakeholder on the map: the sites of the offerings it runs
    ServiceFilter filter;
    filter.organizationId = stakeholder->id;
    std::vector<Location> sites;
    QSet<QString> seen;
    for ( const Service &s : store->services( filter ) )
    {
      for ( Location &l : store->locationsOfService( s.id ) )
      {
        if ( !seen.contains( qs( l.id ) ) )
        {
          seen.insert( qs( l.id ) );
          sites.push_back( std::move( l ) );
        }
      }
    }
    mMapLink->highlight( sites, !mRestoringSelection );
  }
  catch ( const std::exception &e )
  {
    fail( QString::fromStdString( e.what() ) );
  }
}

void CatalogueDock::siteSelectionChanged()
{
  const QStringList ids = mMapLink->selectedSiteIds();
  if ( ids == mSiteScope )
    return;
  mSiteScope = ids;
  if ( !ids.isEmpty() )
    showOfferings();
  refreshOfferings();
}

void CatalogueDock::quarterSelectionChanged()
{
  // selecting a quarter on the map switches the quarter filter on; clearing the selection, off
  mFilters->setWithinQuarterQuietly( mMapLink->selectedQuarterCount() > 0 );
  if ( mFilters->withinQuarter() )
    showOfferings();
  refreshOfferings();
}
// ---- editing ----------------------------------------------------------------------------------

QVariantMap CatalogueDock::offeringValues( const QString &id ) const
{
  if ( !catalogue() )
    return QVariantMap();
  return CatalogueEdits::offeringInput( *catalogue(), id ).toVariantMap();
}

void CatalogueDock::afterWrite()
{
  mSession->reloadLayers();
  refresh();
}

QString CatalogueDock::saveOffering( const QVariantMap &values )
{
  return saveOfferingInput( CatalogueOfferingInput::fromVariantMap( values ) );
}

QString CatalogueDock::saveOfferingInput( const CatalogueOfferingInput &input )
{
  mLastError.clear();
  if ( !catalogue() )
  {
    mLastError = tr( "Open or create a catalogue first." );
    return mLastError;
  }
  QString id;
  const QString error = CatalogueEdits::saveOffering( *catalogue(), input, &id );
  if ( !error.isEmpty() )
  {
    mLastError = error;
    return error;
  }
  mLastSavedId = id;
  afterWrite();
  if ( !selectOffering( id ) )
    mMessageBar->pushMessage( tr( "Catalogue" ), tr( "Saved. The offering is not listed because of the filters." ), Qgis::MessageLevel::Info, 5 );
  return QString();
}

QString CatalogueDock::deleteOffering( const QString &id )
{
  mLastError.clear();
  if ( !catalogue() )
    return mLastError = tr( "Open or create a catalogue first." );
  const QString error = CatalogueEdits::deleteOffering( *catalogue(), id );
  if ( !error.isEmpty() )
    return mLastError = error;
  afterWrite();
  return QString();
}

QString CatalogueDock::saveStakeholder( const QVariantMap &values )
{
  mLastError.clear();
  if ( !catalogue() )
    return mLastError = tr( "Open or create a catalogue first." );
  QString id;
  const QString error = CatalogueEdits::saveStakeholder( *catalogue(), CatalogueStakeholderInput::fromVariantMap( values ), &id );
  if ( !error.isEmpty() )
    return mLastError = error;
  mLastSavedId = id;
  afterWrite();
  return QString();
}

QString CatalogueDock::deleteStakeholder( const QString &id, bool withOfferings )
{
  mLastError.clear();
  if ( !catalogue() )
    return mLastError = tr( "Open or create a catalogue first." );
  const QString error = CatalogueEdits::deleteStakeholder( *catalogue(), id, withOfferings );
  if ( !error.isEmpty() )
    return mLastError = error;
  if ( mProviderScope == id )
    mProviderScope.clear();
  afterWrite();
  return QString();
}

void CatalogueDock::addOffering()
{
  if ( !catalogue() )
  {
    fail( tr( "Open or create a catalogue first." ) );
    return;
  }
  if ( mOfferingDialog )
  {
    mOfferingDialog->raise();
    mOfferingDialog->activateWindow();
    return;
  }
  CatalogueOfferingInput input;
  input.providerId = mProviderScope;
  mOfferingDialog = new CatalogueOfferingDialog( *catalogue(), mMapLink, input, [this]( const CatalogueOfferingInput &values ) { return saveOfferingInput( values ); }, this );
  mOfferingDialog->setAttribute( Qt::WA_DeleteOnClose );
  mOfferingDialog->show();
}

void CatalogueDock::editOffering()
{
  const QString id = selectedOfferingId();
  if ( !catalogue() || id.isEmpty() )
    return;
  if ( mOfferingDialog )
  {
    mOfferingDialog->raise();
    mOfferingDialog->activateWindow();
    return;
  }
  mOfferingDialog = new CatalogueOfferingDialog( *catalogue(), mMapLink, CatalogueEdits::offeringInput( *catalogue(), id ),
                                                 [this]( const CatalogueOfferingInput &values ) { return saveOfferingInput( values ); }, this );
  mOfferingDialog->setAttribute( Qt::WA_DeleteOnClose );
  mOfferingDialog->show();
}

void CatalogueDock::deleteSelectedOffering()
{
  const QString id = selectedOfferingId();
  if ( !catalogue() || id.isEmpty() )
    return;
  const QString name = mOfferings->text( id, OfferingName );
  if ( QMessageBox::question( this, tr( "Delete offering" ),
                              tr( "Delete the offering '%1'? Its opening hours and its links to sites, themes and target groups go with it; "
                                  "the change history keeps a record." )
                                .arg( name ) )
       != QMessageBox::Yes )
    return;
  const QString error = deleteOffering( id );
  if ( !error.isEmpty() )
    fail( error );
}

void CatalogueDock::addStakeholder()
{
  if ( !catalogue() )
  {
    fail( tr( "Open or create a catalogue first." ) );
    return;
  }
  if ( mStakeholderDialog )
  {
    mStakeholderDialog->raise();
    return;
  }
  mStakeholderDialog = new CatalogueStakeholderDialog( CatalogueStakeholderInput(), [this]( const CatalogueStakeholderInput &values ) {
    const QString error = saveStakeholder( values.toVariantMap() );
    if ( error.isEmpty() )
      selectStakeholder( mLastSavedId );
    return error;
  },
                                                       this );
  mStakeholderDialog->setAttribute( Qt::WA_DeleteOnClose );
  mStakeholderDialog->show();
}

void CatalogueDock::editStakeholder()
{
  const QString id = selectedStakeholderId();
  if ( !catalogue() || id.isEmpty() )
    return;
  if ( mStakeholderDialog )
  {
    mStakeholderDialog->raise();
    return;
  }
  mStakeholderDialog = new CatalogueStakeholderDialog( CatalogueEdits::stakeholderInput( *catalogue(), id ), [this]( const CatalogueStakeholderInput &values ) {
    const QString error = saveStakeholder( values.toVariantMap() );
    if ( error.isEmpty() )
      selectStakeholder( mLastSavedId );
    return error;
  },
                                                       this );
  mStakeholderDialog->setAttribute( Qt::WA_DeleteOnClose );
  mStakeholderDialog->show();
}

void CatalogueDock::deleteSelectedStakeholder()
{
  const QString id = selectedStakeholderId();
  if ( !catalogue() || id.isEmpty() )
    return;
  const QString name = mStakeholders->text( id, StakeholderName );
  const int offerings = mStakeholders->text( id, StakeholderOfferings ).toInt();
  QString question = tr( "Delete the stakeholder '%1'?" ).arg( name );
  if ( offerings > 0 )
    question = tr( "The stakeholder '%1' runs %2 offering(s). Delete it together with its offerings?" ).arg( name ).arg( offerings );
  if ( QMessageBox::question( this, tr( "Delete stakeholder" ), question ) != QMessageBox::Yes )
    return;
  const QString error = deleteStakeholder( id, offerings > 0 );
  if ( !error.isEmpty() )
    fail( error );
}
