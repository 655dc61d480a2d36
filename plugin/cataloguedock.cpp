#include "cataloguedock.h"
#include "cataloguedetails.h"
#include "cataloguelayers.h"
#include "cataloguemaplink.h"
#include "cataloguemodels.h"
#include "catalogueofferingdialog.h"
#include "catalogueqt.h"
#include "cataloguestakeholderdialog.h"

#include "catalogue/catalogue.h"
#include "catalogue/vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <qgsapplication.h>
#include <qgsmapcanvas.h>
#include <qgsmessagebar.h>
#include <qgsproject.h>
#include <qgssettings.h>
#include <qgsvectorlayer.h>

#include <exception>

using namespace sozialraum::catalogue;
using CatalogueQt::qs;
using CatalogueQt::ss;

namespace
{
  const QString PROJECT_SCOPE = QStringLiteral( "Sozialraum" );
  const QString PROJECT_KEY = QStringLiteral( "catalogue" );
  const QString SETTINGS_DIR = QStringLiteral( "Sozialraum/catalogueDirectory" );

  //! The change log names the planner by the login QGIS knows.
  OpenOptions openOptions()
  {
    OpenOptions options;
    options.user = QgsApplication::userLoginName().toStdString();
    return options;
  }

  QComboBox *filterCombo( const QString &objectName, QWidget *parent )
  {
    QComboBox *combo = new QComboBox( parent );
    combo->setObjectName( objectName );
    // long vocabulary names must not widen the dock
    combo->setSizeAdjustPolicy( QComboBox::AdjustToMinimumContentsLengthWithIcon );
    combo->setMinimumContentsLength( 8 );
    return combo;
  }

  void addHeading( QComboBox *combo, const QString &text )
  {
    combo->addItem( text );
    if ( QStandardItemModel *model = qobject_cast<QStandardItemModel *>( combo->model() ) )
    {
      QStandardItem *item = model->item( combo->count() - 1 );
      item->setFlags( item->flags() & ~( Qt::ItemIsSelectable | Qt::ItemIsEnabled ) );
      QFont font = item->font();
      font.setBold( true );
      item->setFont( font );
    }
  }

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

  //! The header's context menu shows and hides columns (the dock is narrow; details are in the pane below).
  void offerColumnChoice( QTableView *view )
  {
    QHeaderView *header = view->horizontalHeader();
    header->setContextMenuPolicy( Qt::CustomContextMenu );
    QObject::connect( header, &QHeaderView::customContextMenuRequested, view, [view, header]( const QPoint &pos ) {
      QMenu menu( view );
      QAbstractItemModel *model = view->model();
      for ( int column = 1; column < model->columnCount(); ++column )
      {
        QAction *action = menu.addAction( model->headerData( column, Qt::Horizontal ).toString() );
        action->setCheckable( true );
        action->setChecked( !view->isColumnHidden( column ) );
        QObject::connect( action, &QAction::toggled, view, [view, column]( bool shown ) { view->setColumnHidden( column, !shown ); } );
      }
      menu.exec( header->mapToGlobal( pos ) );
    } );
  }

  void setUpTable( QTableView *view, int stretchColumn )
  {
    view->setSelectionBehavior( QAbstractItemView::SelectRows );
    view->setSelectionMode( QAbstractItemView::SingleSelection );
    view->setEditTriggers( QAbstractItemView::NoEditTriggers );
    view->setAlternatingRowColors( true );
    view->setShowGrid( false );
    view->setWordWrap( false );
    view->verticalHeader()->setVisible( false );
    view->verticalHeader()->setDefaultSectionSize( view->fontMetrics().height() + 6 );
    view->horizontalHeader()->setHighlightSections( false );
    view->horizontalHeader()->setSectionResizeMode( QHeaderView::ResizeToContents );
    view->horizontalHeader()->setSectionResizeMode( stretchColumn, QHeaderView::Stretch );
  }

  QString selectedId( const QTableView *view, int role )
  {
    if ( !view->selectionModel() )
      return QString();
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data( role ).toString();
  }
} // namespace

CatalogueDock::CatalogueDock( QgsMapCanvas *canvas, QWidget *parent )
  : QDockWidget( tr( "Sozialraum Catalogue" ), parent )
{
  setObjectName( QStringLiteral( "SozialraumCatalogueDock" ) );
  mMapLink = new CatalogueMapLink( canvas, this );

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
  mTabs->addTab( buildOfferingsPage(), tr( "Offerings" ) );
  mTabs->addTab( buildStakeholdersPage(), tr( "Stakeholders" ) );
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

  QgsProject *project = QgsProject::instance();
  connect( project, &QgsProject::readProject, this, &CatalogueDock::projectRead );
  connect( project, &QgsProject::cleared, this, &CatalogueDock::closeCatalogue );
  connect( project, &QgsProject::layersAdded, this, &CatalogueDock::layersAdded );
  // saved under a (new) name: the entry becomes relative to the project file where the project wants that
  connect( project, &QgsProject::fileNameChanged, this, &CatalogueDock::writeProjectEntry );

  fillFilterCombos();
  updateHeader();
  refresh();
  // the plugin may start (or be reloaded) after the project was read
  if ( !project->readEntry( PROJECT_SCOPE, PROJECT_KEY ).isEmpty() )
    projectRead();
}

CatalogueDock::~CatalogueDock()
{
  // Child widgets may still signal while QWidget's destructor deletes them (a tab widget
  // reports a new current page): nothing may reach this half-destroyed dock.
  const QList<QObject *> children = findChildren<QObject *>();
  for ( QObject *child : children )
    disconnect( child, nullptr, this, nullptr );
  disconnect( QgsProject::instance(), nullptr, this, nullptr );
  // dialogs first: the offering dialog may hold a map tool on the canvas
  delete mOfferingDialog;
  delete mStakeholderDialog;
  // the map link (a child) removes the highlight from the canvas when it goes
}

CatalogueOfferingDialog *CatalogueDock::offeringDialog() const
{
  return mOfferingDialog;
}

CatalogueStakeholderDialog *CatalogueDock::stakeholderDialog() const
{
  return mStakeholderDialog;
}

// ---- building the tabs ------------------------------------------------------------------------

QWidget *CatalogueDock::buildOfferingsPage()
{
  QWidget *page = new QWidget();
  QVBoxLayout *layout = new QVBoxLayout( page );
  layout->setContentsMargins( 4, 4, 4, 4 );
  layout->setSpacing( 4 );

  mOfferingSearch = new QLineEdit( page );
  mOfferingSearch->setObjectName( QStringLiteral( "offeringSearch" ) );
  mOfferingSearch->setPlaceholderText( tr( "Search offerings (name, description)…" ) );
  mOfferingSearch->setClearButtonEnabled( true );
  layout->addWidget( mOfferingSearch );

  QGridLayout *filters = new QGridLayout();
  filters->setHorizontalSpacing( 6 );
  filters->setVerticalSpacing( 2 );
  mThemeFilter = filterCombo( QStringLiteral( "themeFilter" ), page );
  mThemeFilter->setToolTip( tr( "Only offerings on this theme" ) );
  mTargetGroupFilter = filterCombo( QStringLiteral( "targetGroupFilter" ), page );
  mTargetGroupFilter->setToolTip( tr( "Only offerings for this target group" ) );
  mFormFilter = filterCombo( QStringLiteral( "formFilter" ), page );
  mFormFilter->setToolTip( tr( "How the offering is organized: central, in the quarter, outreach, mobile" ) );
  mFormFilter->addItem( tr( "Organized: any" ), QString() );
  for ( const auto &[ value, label ] : CatalogueText::organizationForms() )
    mFormFilter->addItem( label, qs( toString( value ) ) );
  mStatusFilter = filterCombo( QStringLiteral( "statusFilter" ), page );
  mStatusFilter->addItem( tr( "Status: any" ), QString() );
  for ( const auto &[ value, label ] : CatalogueText::statuses() )
    mStatusFilter->addItem( label, qs( toString( value ) ) );
  mValidToday = new QCheckBox( tr( "Valid today" ), page );
  mValidToday->setObjectName( QStringLiteral( "validTodayFilter" ) );
  mValidToday->setToolTip( tr( "Only offerings whose validity period includes today" ) );
  mWithinQuarter = new QCheckBox( tr( "Within the selected quarter" ), page );
  mWithinQuarter->setObjectName( QStringLiteral( "quarterFilter" ) );
  mWithinQuarter->setToolTip( tr( "Only offerings with a site inside the polygon(s) selected on the map "
                                  "(select a quarter of a statistical-area layer with the selection tool)" ) );
  filters->addWidget( mThemeFilter, 0, 0 );
  filters->addWidget( mTargetGroupFilter, 0, 1 );
  filters->addWidget( mFormFilter, 1, 0 );
  filters->addWidget( mStatusFilter, 1, 1 );
  filters->addWidget( mValidToday, 2, 0 );
  filters->addWidget( mWithinQuarter, 2, 1 );
  filters->setColumnStretch( 0, 1 );
  filters->setColumnStretch( 1, 1 );
  layout->addLayout( filters );

  mScopeBar = new QWidget( page );
  mScopeBar->setObjectName( QStringLiteral( "scopeBar" ) );
  mScopeBar->setAutoFillBackground( true );
  mScopeBar->setStyleSheet( QStringLiteral( "#scopeBar { background: #fff4cc; border: 1px solid #e0c860; border-radius: 3px; }" ) );
  QHBoxLayout *scopeLayout = new QHBoxLayout( mScopeBar );
  scopeLayout->setContentsMargins( 6, 2, 2, 2 );
  mScopeLabel = new QLabel( mScopeBar );
  mScopeLabel->setObjectName( QStringLiteral( "scopeLabel" ) );
  mScopeLabel->setWordWrap( true );
  mScopeClear = new QToolButton( mScopeBar );
  mScopeClear->setText( tr( "Show all" ) );
  mScopeClear->setToolTip( tr( "Drop the filters that come from the map selection or a stakeholder" ) );
  mScopeClear->setAutoRaise( true );
  scopeLayout->addWidget( mScopeLabel, 1 );
  scopeLayout->addWidget( mScopeClear );
  mScopeBar->hide();
  layout->addWidget( mScopeBar );
  connect( mScopeClear, &QToolButton::clicked, this, &CatalogueDock::clearScope );

  QSplitter *splitter = new QSplitter( Qt::Vertical, page );
  mOfferingModel = new CatalogueOfferingModel( this );
  mOfferingView = new QTableView( splitter );
  mOfferingView->setObjectName( QStringLiteral( "offeringList" ) );
  mOfferingView->setModel( mOfferingModel );
  setUpTable( mOfferingView, CatalogueOfferingModel::Name );
  // name and provider fit a dock; organization form and status can be shown from the header's menu
  mOfferingView->horizontalHeader()->setSectionResizeMode( CatalogueOfferingModel::Provider, QHeaderView::Stretch );
  mOfferingView->setColumnHidden( CatalogueOfferingModel::Form, true );
  mOfferingView->setColumnHidden( CatalogueOfferingModel::Status, true );
  mOfferingView->horizontalHeader()->setToolTip( tr( "Right-click to show or hide columns" ) );
  offerColumnChoice( mOfferingView );
  mOfferingDetails = new QTextBrowser( splitter );
  mOfferingDetails->setObjectName( QStringLiteral( "offeringDetails" ) );
  mOfferingDetails->setOpenExternalLinks( true );
  splitter->addWidget( mOfferingView );
  splitter->addWidget( mOfferingDetails );
  splitter->setStretchFactor( 0, 2 );
  splitter->setStretchFactor( 1, 3 );
  layout->addWidget( splitter, 1 );

  QHBoxLayout *buttons = new QHBoxLayout();
  QPushButton *add = new QPushButton( QgsApplication::getThemeIcon( QStringLiteral( "symbologyAdd.svg" ) ), tr( "Add…" ), page );
  add->setObjectName( QStringLiteral( "addOffering" ) );
  QPushButton *edit = new QPushButton( QgsApplication::getThemeIcon( QStringLiteral( "mActionToggleEditing.svg" ) ), tr( "Edit…" ), page );
  edit->setObjectName( QStringLiteral( "editOffering" ) );
  QPushButton *remove = new QPushButton( QgsApplication::getThemeIcon( QStringLiteral( "mActionDeleteSelected.svg" ) ), tr( "Delete" ), page );
  remove->setObjectName( QStringLiteral( "deleteOffering" ) );
  mOfferingCount = new QLabel( page );
  mOfferingCount->setObjectName( QStringLiteral( "offeringCount" ) );
  buttons->addWidget( add );
  buttons->addWidget( edit );
  buttons->addWidget( remove );
  buttons->addStretch( 1 );
  buttons->addWidget( mOfferingCount );
  layout->addLayout( buttons );
  mOfferingEditButtons = { edit, remove };

  connect( add, &QPushButton::clicked, this, &CatalogueDock::addOffering );
  connect( edit, &QPushButton::clicked, this, &CatalogueDock::editOffering );
  connect( remove, &QPushButton::clicked, this, &CatalogueDock::deleteSelectedOffering );
  connect( mOfferingView, &QTableView::doubleClicked, this, &CatalogueDock::editOffering );
  connect( mOfferingView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CatalogueDock::offeringSelectionChanged );
  connect( mOfferingSearch, &QLineEdit::textChanged, this, &CatalogueDock::refreshOfferings );
  for ( QComboBox *combo : { mThemeFilter, mTargetGroupFilter, mFormFilter, mStatusFilter } )
    connect( combo, qOverload<int>( &QComboBox::currentIndexChanged ), this, &CatalogueDock::refreshOfferings );
  connect( mValidToday, &QCheckBox::toggled, this, &CatalogueDock::refreshOfferings );
  connect( mWithinQuarter, &QCheckBox::toggled, this, &CatalogueDock::refreshOfferings );
  return page;
}

QWidget *CatalogueDock::buildStakeholdersPage()
{
  QWidget *page = new QWidget();
  QVBoxLayout *layout = new QVBoxLayout( page );
  layout->setContentsMargins( 4, 4, 4, 4 );
  layout->setSpacing( 4 );

  mStakeholderSearch = new QLineEdit( page );
  mStakeholderSearch->setObjectName( QStringLiteral( "stakeholderSearch" ) );
  mStakeholderSearch->setPlaceholderText( tr( "Search stakeholders…" ) );
  mStakeholderSearch->setClearButtonEnabled( true );
  layout->addWidget( mStakeholderSearch );
  mKindFilter = filterCombo( QStringLiteral( "kindFilter" ), page );
  mKindFilter->addItem( tr( "All kinds of stakeholders" ), QString() );
  for ( const auto &[ value, label ] : CatalogueText::stakeholderKinds() )
    mKindFilter->addItem( label, qs( toString( value ) ) );
  layout->addWidget( mKindFilter );

  QSplitter *splitter = new QSplitter( Qt::Vertical, page );
  mStakeholderModel = new CatalogueStakeholderModel( this );
  mStakeholderView = new QTableView( splitter );
  mStakeholderView->setObjectName( QStringLiteral( "stakeholderList" ) );
  mStakeholderView->setModel( mStakeholderModel );
  setUpTable( mStakeholderView, CatalogueStakeholderModel::Name );
  mStakeholderView->horizontalHeader()->setSectionResizeMode( CatalogueStakeholderModel::Kind, QHeaderView::Interactive );
  mStakeholderView->horizontalHeader()->resizeSection( CatalogueStakeholderModel::Kind, mStakeholderView->fontMetrics().horizontalAdvance( QStringLiteral( "Welfare association" ) ) );
  mStakeholderView->horizontalHeader()->setToolTip( tr( "Right-click to show or hide columns" ) );
  offerColumnChoice( mStakeholderView );
  mStakeholderDetails = new QTextBrowser( splitter );
  mStakeholderDetails->setObjectName( QStringLiteral( "stakeholderDetails" ) );
  mStakeholderDetails->setOpenExternalLinks( true );
  splitter->addWidget( mStakeholderView );
  splitter->addWidget( mStakeholderDetails );
  splitter->setStretchFactor( 0, 2 );
  splitter->setStretchFactor( 1, 3 );
  layout->addWidget( splitter, 1 );

  QHBoxLayout *buttons = new QHBoxLayout();
  QPushButton *add = new QPushButton( QgsApplication::getThemeIcon( QStringLiteral( "symbologyAdd.svg" ) ), tr( "Add…" ), page );
  add->setObjectName( QStringLiteral( "addStakeholder" ) );
  QPushButton *edit = new QPushButton( QgsApplication::getThemeIcon( QStringLiteral( "mActionToggleEditing.svg" ) ), tr( "Edit…" ), page );
  edit->setObjectName( QStringLiteral( "editStakeholder" ) );
  QPushButton *remove = new QPushButton( QgsApplication::getThemeIcon( QStringLiteral( "mActionDeleteSelected.svg" ) ), tr( "Delete" ), page );
  remove->setObjectName( QStringLiteral( "deleteStakeholder" ) );
  QPushButton *offerings = new QPushButton( tr( "Its offerings" ), page );
  offerings->setObjectName( QStringLiteral( "showStakeholderOfferings" ) );
  offerings->setToolTip( tr( "List only the offerings this stakeholder runs" ) );
  mStakeholderCount = new QLabel( page );
  buttons->addWidget( add );
  buttons->addWidget( edit );
  buttons->addWidget( remove );
  buttons->addWidget( offerings );
  buttons->addStretch( 1 );
  buttons->addWidget( mStakeholderCount );
  layout->addLayout( buttons );
  mStakeholderEditButtons = { edit, remove, offerings };

  connect( add, &QPushButton::clicked, this, &CatalogueDock::addStakeholder );
  connect( edit, &QPushButton::clicked, this, &CatalogueDock::editStakeholder );
  connect( remove, &QPushButton::clicked, this, &CatalogueDock::deleteSelectedStakeholder );
  connect( offerings, &QPushButton::clicked, this, [this] { showOfferingsOf( selectedStakeholderId() ); } );
  connect( mStakeholderView, &QTableView::doubleClicked, this, &CatalogueDock::editStakeholder );
  connect( mStakeholderView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CatalogueDock::stakeholderSelectionChanged );
  connect( mStakeholderSearch, &QLineEdit::textChanged, this, &CatalogueDock::refreshStakeholders );
  connect( mKindFilter, qOverload<int>( &QComboBox::currentIndexChanged ), this, &CatalogueDock::refreshStakeholders );
  return page;
}

void CatalogueDock::fillFilterCombos()
{
  const QSignalBlocker themeBlocker( mThemeFilter );
  const QSignalBlocker groupBlocker( mTargetGroupFilter );
  mThemeFilter->clear();
  mThemeFilter->addItem( tr( "All themes" ), QString() );
  mTargetGroupFilter->clear();
  mTargetGroupFilter->addItem( tr( "All target groups" ), QString() );
  if ( !mCatalogue )
    return;
  try
  {
    for ( const Taxonomy &taxonomy : mCatalogue->taxonomies() )
    {
      const std::vector<TaxonomyTerm> terms = mCatalogue->terms( taxonomy.id );
      if ( taxonomy.id == vocabulary::TARGET_GROUP_TAXONOMY_ID )
      {
        for ( const TaxonomyTerm &term : terms )
          mTargetGroupFilter->addItem( qs( term.name ), qs( term.id ) );
        continue;
      }
      addHeading( mThemeFilter, qs( taxonomy.name ) );
      for ( const TaxonomyTerm &term : terms )
        mThemeFilter->addItem( QStringLiteral( "   %1" ).arg( qs( term.name ) ), qs( term.id ) );
    }
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
  const QString absolute = QFileInfo( path ).absoluteFilePath();
  try
  {
    return useCatalogue( std::make_unique<Catalogue>( Catalogue::create( ss( absolute ), openOptions() ) ) );
  }
  catch ( const std::exception &e )
  {
    fail( tr( "The catalogue could not be created: %1" ).arg( QString::fromStdString( e.what() ) ) );
    return false;
  }
}

bool CatalogueDock::openCatalogue( const QString &path )
{
  mLastError.clear();
  const QString absolute = QFileInfo( path ).absoluteFilePath();
  try
  {
    return useCatalogue( std::make_unique<Catalogue>( Catalogue::open( ss( absolute ), openOptions() ) ) );
  }
  catch ( const std::exception &e )
  {
    fail( tr( "The catalogue could not be opened: %1" ).arg( QString::fromStdString( e.what() ) ) );
    return false;
  }
}

bool CatalogueDock::useCatalogue( std::unique_ptr<Catalogue> catalogue )
{
  closeCatalogue();
  mCatalogue = std::move( catalogue );
  mPath = qs( mCatalogue->path() );
  mMessageBar->clearWidgets(); // earlier failures are history now
  mMapLink->setCataloguePath( mPath );
  writeProjectEntry();
  fillFilterCombos();
  watchCatalogueLayers();
  updateHeader();
  refresh();
  emit catalogueChanged( mPath );
  return true;
}

void CatalogueDock::closeCatalogue()
{
  delete mOfferingDialog;
  delete mStakeholderDialog;
  const bool wasOpen = static_cast<bool>( mCatalogue );
  mCatalogue.reset();
  mPath.clear();
  mSiteScope.clear();
  mProviderScope.clear();
  mMapLink->setCataloguePath( QString() );
  fillFilterCombos();
  updateHeader();
  refresh();
  if ( wasOpen )
    emit catalogueChanged( QString() );
}

QString CatalogueDock::chooseFile( bool create )
{
  QgsSettings settings;
  const QString directory = settings.value( SETTINGS_DIR, QDir::homePath() ).toString();
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
  if ( !path.isEmpty() )
    settings.setValue( SETTINGS_DIR, QFileInfo( path ).absolutePath() );
  return path;
}

void CatalogueDock::chooseNewCatalogue()
{
  const QString path = chooseFile( true );
  if ( path.isEmpty() || !createCatalogue( path ) )
    return;
  addLayersToProject();
  mMessageBar->pushMessage( tr( "Catalogue" ), tr( "Created %1. Add stakeholders and offerings with the Add… buttons." ).arg( QFileInfo( path ).fileName() ),
                            Qgis::MessageLevel::Success, 6 );
}

void CatalogueDock::chooseCatalogueToOpen()
{
  const QString path = chooseFile( false );
  if ( path.isEmpty() || !openCatalogue( path ) )
    return;
  addLayersToProject();
}

bool CatalogueDock::addLayersToProject()
{
  mLastError.clear();
  if ( !mCatalogue )
  {
    fail( tr( "Open or create a catalogue first." ) );
    return false;
  }
  const QString error = CatalogueLayers::addToProject( QgsProject::instance(), mPath );
  if ( !error.isEmpty() )
  {
    fail( error );
    return false;
  }
  mMapLink->setCataloguePath( mPath );
  watchCatalogueLayers();
  return true;
}

void CatalogueDock::writeProjectEntry()
{
  if ( !mCatalogue )
    return;
  QgsProject *project = QgsProject::instance();
  project->writeEntry( PROJECT_SCOPE, PROJECT_KEY, project->pathResolver().writePath( mPath ) );
}

void CatalogueDock::projectRead()
{
  QgsProject *project = QgsProject::instance();
  const QString entry = project->readEntry( PROJECT_SCOPE, PROJECT_KEY );
  if ( entry.isEmpty() )
    return;
  const QString path = project->pathResolver().readPath( entry );
  if ( path == mPath && mCatalogue )
    return;
  if ( !openCatalogue( path ) )
    fail( tr( "The project's catalogue %1 could not be opened: %2" ).arg( path, mLastError ) );
}

void CatalogueDock::layersAdded()
{
  watchCatalogueLayers();
}

void CatalogueDock::watchCatalogueLayers()
{
  // edits saved in the catalogue's layers (attribute forms, the map) show in the dock at once
  for ( QgsVectorLayer *layer : CatalogueLayers::layers( QgsProject::instance(), mPath ) )
    connect( layer, &QgsVectorLayer::afterCommitChanges, this, &CatalogueDock::refresh, Qt::UniqueConnection );
}

void CatalogueDock::updateHeader()
{
  if ( mCatalogue )
  {
    mFileLabel->setText( QStringLiteral( "<b>%1</b>" ).arg( QFileInfo( mPath ).fileName().toHtmlEscaped() ) );
    mFileLabel->setToolTip( mPath );
  }
  else
  {
    mFileLabel->setText( tr( "No catalogue is open: create one with New… or open a catalogue file with Open…" ) );
    mFileLabel->setToolTip( QString() );
  }
  mTabs->setEnabled( static_cast<bool>( mCatalogue ) );
  setWindowTitle( mCatalogue ? tr( "Sozialraum Catalogue — %1" ).arg( QFileInfo( mPath ).completeBaseName() ) : tr( "Sozialraum Catalogue" ) );
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
  const QString selected = selectedOfferingId();
  if ( !mCatalogue )
  {
    mOfferingModel->clear();
    mOfferingDetails->clear();
    mMapLink->clearHighlight();
    mOfferingCount->clear();
    updateScope();
    for ( QWidget *button : mOfferingEditButtons )
      button->setEnabled( false );
    return;
  }

  ServiceFilter filter;
  filter.text = ss( mOfferingSearch->text() );
  if ( const QString theme = mThemeFilter->currentData().toString(); !theme.isEmpty() )
    filter.themeTermIds = { ss( theme ) };
  if ( const QString group = mTargetGroupFilter->currentData().toString(); !group.isEmpty() )
    filter.targetGroupTermIds = { ss( group ) };
  long long total = 0;
  try
  {
    if ( const QString form = mFormFilter->currentData().toString(); !form.isEmpty() )
      filter.organizationForms = { organizationFormFromString( ss( form ) ) };
    if ( const QString status = mStatusFilter->currentData().toString(); !status.isEmpty() )
      filter.statuses = { serviceStatusFromString( ss( status ) ) };
    if ( mValidToday->isChecked() )
      filter.validOn = todayIsoDate();
    if ( !mProviderScope.isEmpty() )
      filter.organizationId = ss( mProviderScope );
    for ( const QString &site : mSiteScope )
      filter.locationIds.push_back( ss( site ) );
    if ( mWithinQuarter->isChecked() )
      filter.withinWkt = ss( mMapLink->selectedQuarterWkt() );

    std::vector<Service> offerings = mCatalogue->services( filter );
    QHash<QString, QString> providerNames;
    for ( const Organization &o : mCatalogue->organizations() )
      providerNames.insert( qs( o.id ), qs( o.name ) );
    total = mCatalogue->recordCount( "service" );
    mOfferingModel->setOfferings( std::move( offerings ), std::move( providerNames ) );
  }
  catch ( const std::exception &e )
  {
    mOfferingModel->clear();
    fail( QString::fromStdString( e.what() ) );
  }

  // a reset model has no selection and tells nobody: restore it, or clear details and map
  mRestoringSelection = true;
  const int row = mOfferingModel->rowOf( selected );
  if ( row >= 0 )
    mOfferingView->selectRow( row );
  else
    offeringSelectionChanged();
  mRestoringSelection = false;

  mOfferingCount->setText( tr( "%1 of %2" ).arg( mOfferingModel->rowCount() ).arg( total ) );
  mOfferingCount->setToolTip( tr( "Offerings listed, of all in the catalogue" ) );
  updateScope();
}

void CatalogueDock::updateScope()
{
  QStringList parts;
  if ( mCatalogue && !mProviderScope.isEmpty() )
  {
    QString name = mProviderScope;
    try
    {
      if ( const std::optional<Organization> provider = mCatalogue->organization( ss( mProviderScope ) ) )
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
  if ( mWithinQuarter->isChecked() )
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
  mScopeLabel->setText( parts.join( QLatin1String( " · " ) ) );
  mScopeBar->setVisible( mCatalogue && !parts.isEmpty() );
}

void CatalogueDock::refreshStakeholders()
{
  const QString selected = selectedStakeholderId();
  if ( !mCatalogue )
  {
    mStakeholderModel->clear();
    mStakeholderDetails->clear();
    mStakeholderCount->clear();
    for ( QWidget *button : mStakeholderEditButtons )
      button->setEnabled( false );
    return;
  }
  long long total = 0;
  try
  {
    std::vector<StakeholderKind> kinds;
    if ( const QString kind = mKindFilter->currentData().toString(); !kind.isEmpty() )
      kinds.push_back( stakeholderKindFromString( ss( kind ) ) );
    std::vector<Organization> stakeholders = mCatalogue->organizations( ss( mStakeholderSearch->text() ), kinds );
    QHash<QString, int> counts;
    for ( const Service &s : mCatalogue->services() )
      counts[ qs( s.organizationId ) ] += 1;
    total = mCatalogue->recordCount( "organization" );
    mStakeholderModel->setStakeholders( std::move( stakeholders ), std::move( counts ) );
  }
  catch ( const std::exception &e )
  {
    mStakeholderModel->clear();
    fail( QString::fromStdString( e.what() ) );
  }
  const bool visible = mTabs->currentIndex() == 1;
  mRestoringSelection = true;
  const int row = mStakeholderModel->rowOf( selected );
  if ( row >= 0 )
    mStakeholderView->selectRow( row );
  else if ( visible )
    stakeholderSelectionChanged();
  mRestoringSelection = false;
  mStakeholderCount->setText( tr( "%1 of %2" ).arg( mStakeholderModel->rowCount() ).arg( total ) );
}

int CatalogueDock::offeringCount() const
{
  return mOfferingModel->rowCount();
}

QStringList CatalogueDock::offeringNames() const
{
  QStringList names;
  for ( int row = 0; row < mOfferingModel->rowCount(); ++row )
    names << mOfferingModel->index( row, CatalogueOfferingModel::Name ).data().toString();
  return names;
}

int CatalogueDock::stakeholderCount() const
{
  return mStakeholderModel->rowCount();
}

QString CatalogueDock::selectedOfferingId() const
{
  return selectedId( mOfferingView, CatalogueOfferingModel::IdRole );
}

QString CatalogueDock::selectedStakeholderId() const
{
  return selectedId( mStakeholderView, CatalogueStakeholderModel::IdRole );
}

int CatalogueDock::highlightedSiteCount() const
{
  return mMapLink->highlightedCount();
}

QString CatalogueDock::detailsText() const
{
  return mTabs->currentIndex() == 1 ? mStakeholderDetails->toPlainText() : mOfferingDetails->toPlainText();
}

// ---- selection and the map ----------------------------------------------------------------------

bool CatalogueDock::selectOffering( const QString &id )
{
  const int row = mOfferingModel->rowOf( id );
  if ( row < 0 )
    return false;
  showOfferings();
  if ( selectedOfferingId() == id )
    offeringSelectionChanged(); // already selected: show it on the map again
  else
    mOfferingView->selectRow( row );
  mOfferingView->scrollTo( mOfferingModel->index( row, 0 ) );
  return true;
}

bool CatalogueDock::selectStakeholder( const QString &id )
{
  const int row = mStakeholderModel->rowOf( id );
  if ( row < 0 )
    return false;
  showStakeholders();
  if ( selectedStakeholderId() == id )
    stakeholderSelectionChanged();
  else
    mStakeholderView->selectRow( row );
  mStakeholderView->scrollTo( mStakeholderModel->index( row, 0 ) );
  return true;
}

void CatalogueDock::showOfferings()
{
  mTabs->setCurrentIndex( 0 );
}

void CatalogueDock::showStakeholders()
{
  mTabs->setCurrentIndex( 1 );
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
  {
    const QSignalBlocker blocker( mWithinQuarter );
    mWithinQuarter->setChecked( false );
  }
  refreshOfferings();
}

void CatalogueDock::offeringSelectionChanged()
{
  const QString id = selectedOfferingId();
  for ( QWidget *button : mOfferingEditButtons )
    button->setEnabled( !id.isEmpty() );
  if ( id.isEmpty() || !mCatalogue )
  {
    if ( mCatalogue )
      mOfferingDetails->setHtml( QStringLiteral( "<p style='color:#777'>%1</p>" )
                                   .arg( tr( "Select an offering to see its provider, sites, opening hours, target groups and history. "
                                             "Select sites or a quarter on the map to list what is there." )
                                           .toHtmlEscaped() ) );
    if ( mTabs->currentIndex() == 0 )
      mMapLink->clearHighlight();
    return;
  }
  try
  {
    const ServiceDetails details = mCatalogue->serviceDetails( ss( id ) );
    mOfferingDetails->setHtml( CatalogueDetails::offeringHtml( details ) );
    if ( mTabs->currentIndex() == 0 )
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
  for ( QWidget *button : mStakeholderEditButtons )
    button->setEnabled( !id.isEmpty() );
  if ( id.isEmpty() || !mCatalogue )
  {
    mStakeholderDetails->clear();
    if ( mTabs->currentIndex() == 1 )
      mMapLink->clearHighlight();
    return;
  }
  try
  {
    const std::optional<Organization> stakeholder = mCatalogue->organization( ss( id ) );
    if ( !stakeholder )
      return;
    mStakeholderDetails->setHtml( CatalogueDetails::stakeholderHtml( *mCatalogue, *stakeholder ) );
    if ( mTabs->currentIndex() != 1 )
      return;
    // the stakeholder on the map: the sites of the offerings it runs
    ServiceFilter filter;
    filter.organizationId = stakeholder->id;
    std::vector<Location> sites;
    QSet<QString> seen;
    for ( const Service &s : mCatalogue->services( filter ) )
    {
      for ( Location &l : mCatalogue->locationsOfService( s.id ) )
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
  {
    // selecting a quarter on the map switches the quarter filter on; clearing the selection, off
    const QSignalBlocker blocker( mWithinQuarter );
    mWithinQuarter->setChecked( mMapLink->selectedQuarterCount() > 0 );
  }
  if ( mWithinQuarter->isChecked() )
    showOfferings();
  refreshOfferings();
}

// ---- editing ----------------------------------------------------------------------------------

QVariantMap CatalogueDock::offeringValues( const QString &id ) const
{
  if ( !mCatalogue )
    return QVariantMap();
  return CatalogueEdits::offeringInput( *mCatalogue, id ).toVariantMap();
}

QString CatalogueDock::saveOffering( const QVariantMap &values )
{
  return saveOfferingInput( CatalogueOfferingInput::fromVariantMap( values ) );
}

QString CatalogueDock::saveOfferingInput( const CatalogueOfferingInput &input )
{
  mLastError.clear();
  if ( !mCatalogue )
  {
    mLastError = tr( "Open or create a catalogue first." );
    return mLastError;
  }
  QString id;
  const QString error = CatalogueEdits::saveOffering( *mCatalogue, input, &id );
  if ( !error.isEmpty() )
  {
    mLastError = error;
    return error;
  }
  mLastSavedId = id;
  CatalogueLayers::reload( QgsProject::instance(), mPath );
  refresh();
  if ( !selectOffering( id ) )
    mMessageBar->pushMessage( tr( "Catalogue" ), tr( "Saved. The offering is not listed because of the filters." ), Qgis::MessageLevel::Info, 5 );
  return QString();
}

QString CatalogueDock::deleteOffering( const QString &id )
{
  mLastError.clear();
  if ( !mCatalogue )
    return mLastError = tr( "Open or create a catalogue first." );
  const QString error = CatalogueEdits::deleteOffering( *mCatalogue, id );
  if ( !error.isEmpty() )
    return mLastError = error;
  CatalogueLayers::reload( QgsProject::instance(), mPath );
  refresh();
  return QString();
}

QString CatalogueDock::saveStakeholder( const QVariantMap &values )
{
  mLastError.clear();
  if ( !mCatalogue )
    return mLastError = tr( "Open or create a catalogue first." );
  QString id;
  const QString error = CatalogueEdits::saveStakeholder( *mCatalogue, CatalogueStakeholderInput::fromVariantMap( values ), &id );
  if ( !error.isEmpty() )
    return mLastError = error;
  mLastSavedId = id;
  CatalogueLayers::reload( QgsProject::instance(), mPath );
  refresh();
  return QString();
}

QString CatalogueDock::deleteStakeholder( const QString &id, bool withOfferings )
{
  mLastError.clear();
  if ( !mCatalogue )
    return mLastError = tr( "Open or create a catalogue first." );
  const QString error = CatalogueEdits::deleteStakeholder( *mCatalogue, id, withOfferings );
  if ( !error.isEmpty() )
    return mLastError = error;
  if ( mProviderScope == id )
    mProviderScope.clear();
  CatalogueLayers::reload( QgsProject::instance(), mPath );
  refresh();
  return QString();
}

void CatalogueDock::addOffering()
{
  if ( !mCatalogue )
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
  mOfferingDialog = new CatalogueOfferingDialog( *mCatalogue, mMapLink, input, [this]( const CatalogueOfferingInput &values ) { return saveOfferingInput( values ); }, this );
  mOfferingDialog->setAttribute( Qt::WA_DeleteOnClose );
  mOfferingDialog->show();
}

void CatalogueDock::editOffering()
{
  const QString id = selectedOfferingId();
  if ( !mCatalogue || id.isEmpty() )
    return;
  if ( mOfferingDialog )
  {
    mOfferingDialog->raise();
    mOfferingDialog->activateWindow();
    return;
  }
  mOfferingDialog = new CatalogueOfferingDialog( *mCatalogue, mMapLink, CatalogueEdits::offeringInput( *mCatalogue, id ),
                                                 [this]( const CatalogueOfferingInput &values ) { return saveOfferingInput( values ); }, this );
  mOfferingDialog->setAttribute( Qt::WA_DeleteOnClose );
  mOfferingDialog->show();
}

void CatalogueDock::deleteSelectedOffering()
{
  const QString id = selectedOfferingId();
  if ( !mCatalogue || id.isEmpty() )
    return;
  const QString name = mOfferingModel->index( mOfferingModel->rowOf( id ), CatalogueOfferingModel::Name ).data().toString();
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
  if ( !mCatalogue )
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
  if ( !mCatalogue || id.isEmpty() )
    return;
  if ( mStakeholderDialog )
  {
    mStakeholderDialog->raise();
    return;
  }
  mStakeholderDialog = new CatalogueStakeholderDialog( CatalogueEdits::stakeholderInput( *mCatalogue, id ), [this]( const CatalogueStakeholderInput &values ) {
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
  if ( !mCatalogue || id.isEmpty() )
    return;
  const int row = mStakeholderModel->rowOf( id );
  const QString name = mStakeholderModel->index( row, CatalogueStakeholderModel::Name ).data().toString();
  const int offerings = mStakeholderModel->index( row, CatalogueStakeholderModel::Offerings ).data().toInt();
  QString question = tr( "Delete the stakeholder '%1'?" ).arg( name );
  if ( offerings > 0 )
    question = tr( "The stakeholder '%1' runs %2 offering(s). Delete it together with its offerings?" ).arg( name ).arg( offerings );
  if ( QMessageBox::question( this, tr( "Delete stakeholder" ), question ) != QMessageBox::Yes )
    return;
  const QString error = deleteStakeholder( id, offerings > 0 );
  if ( !error.isEmpty() )
    fail( error );
}
