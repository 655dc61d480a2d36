#include "catalogueofferingdialog.h"
#include "cataloguemaplink.h"
#include "catalogueqt.h"
#include "vocabularylabels.h"

#include "catalogue/catalogue.h"
#include "catalogue/vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qgsmapcanvas.h>
#include <qgsmaptoolemitpoint.h>

using namespace sozialraum::catalogue;
using CatalogueQt::qs;

namespace
{
  enum SiteColumn
  {
    SiteName,
    SiteStreet,
    SitePostalCode,
    SiteCity,
    SiteLatitude,
    SiteLongitude,
    SiteColumnCount
  };

  QString cell( const QTableWidget *table, int row, int column )
  {
    const QTableWidgetItem *item = table->item( row, column );
    return item ? item->text() : QString();
  }

  void setCell( QTableWidget *table, int row, int column, const QString &text )
  {
    QTableWidgetItem *item = table->item( row, column );
    if ( !item )
    {
      item = new QTableWidgetItem();
      table->setItem( row, column, item );
    }
    item->setText( text );
  }

  QStringList checkedIds( const QListWidget *list )
  {
    QStringList ids;
    for ( int i = 0; i < list->count(); ++i )
    {
      const QListWidgetItem *item = list->item( i );
      if ( ( item->flags() & Qt::ItemIsUserCheckable ) && item->checkState() == Qt::Checked )
        ids << item->data( Qt::UserRole ).toString();
    }
    return ids;
  }

  void setChecked( QListWidget *list, const QStringList &ids )
  {
    for ( int i = 0; i < list->count(); ++i )
    {
      QListWidgetItem *item = list->item( i );
      if ( item->flags() & Qt::ItemIsUserCheckable )
        item->setCheckState( ids.contains( item->data( Qt::UserRole ).toString() ) ? Qt::Checked : Qt::Unchecked );
    }
  }

  void addTerms( QListWidget *list, const QString &heading, const std::vector<TaxonomyTerm> &terms )
  {
    if ( !heading.isEmpty() )
    {
      auto *header = new QListWidgetItem( heading, list );
      QFont font = header->font();
      font.setBold( true );
      header->setFont( font );
      header->setFlags( Qt::ItemIsEnabled );
    }
    for ( const TaxonomyTerm &term : terms )
    {
      auto *item = new QListWidgetItem( VocabularyLabels::termName( term ), list );
      item->setData( Qt::UserRole, qs( term.id ) );
      item->setToolTip( VocabularyLabels::termDescription( term ) );
      item->setFlags( Qt::ItemIsEnabled | Qt::ItemIsUserCheckable );
      item->setCheckState( Qt::Unchecked );
    }
  }
} // namespace

CatalogueOfferingDialog::CatalogueOfferingDialog( const Catalogue &catalogue, CatalogueMapLink *mapLink, const CatalogueOfferingInput &input,
                                                  SaveFunction save, QWidget *parent )
  : QDialog( parent )
  , mInput( input )
  , mSave( std::move( save ) )
  , mMapLink( mapLink )
{
  setObjectName( QStringLiteral( "SozialraumOfferingDialog" ) );
  setWindowTitle( input.id.isEmpty() ? tr( "New offering" ) : tr( "Edit offering" ) );
  QVBoxLayout *layout = new QVBoxLayout( this );
  QTabWidget *tabs = new QTabWidget( this );
  layout->addWidget( tabs, 1 );

  // -- the offering
  QWidget *general = new QWidget( tabs );
  QFormLayout *form = new QFormLayout( general );
  mName = new QLineEdit( general );
  mName->setObjectName( QStringLiteral( "name" ) );
  form->addRow( tr( "Name *" ), mName );

  mProvider = new QComboBox( general );
  mProvider->setObjectName( QStringLiteral( "provider" ) );
  mProvider->setEditable( true );
  mProvider->setInsertPolicy( QComboBox::NoInsert );
  mProvider->setToolTip( tr( "Choose the stakeholder who runs the offering, or type a new name: a new stakeholder is created." ) );
  for ( const Organization &o : catalogue.organizations() )
    mProvider->addItem( qs( o.name ), qs( o.id ) );
  form->addRow( tr( "Provider *" ), mProvider );

  mDescription = new QPlainTextEdit( general );
  mDescription->setObjectName( QStringLiteral( "description" ) );
  mDescription->setMaximumHeight( 70 );
  form->addRow( tr( "Description" ), mDescription );

  mStatus = new QComboBox( general );
  mStatus->setObjectName( QStringLiteral( "status" ) );
  for ( const auto &[ value, label ] : CatalogueText::statuses() )
    mStatus->addItem( label, qs( toString( value ) ) );
  form->addRow( tr( "Status" ), mStatus );

  mForm = new QComboBox( general );
  mForm->setObjectName( QStringLiteral( "organizationForm" ) );
  mForm->addItem( tr( "— not set —" ), QString() );
  for ( const auto &[ value, label ] : CatalogueText::organizationForms() )
    mForm->addItem( label, qs( toString( value ) ) );
  form->addRow( tr( "Organized" ), mForm );

  mPlanning = new QComboBox( general );
  mPlanning->setObjectName( QStringLiteral( "planningState" ) );
  mPlanning->addItem( tr( "— not set —" ), QString() );
  for ( const auto &[ value, label ] : CatalogueText::planningStates() )
    mPlanning->addItem( label, qs( toString( value ) ) );
  form->addRow( tr( "Planning state" ), mPlanning );

  const QString datePlaceholder = tr( "YYYY-MM-DD" );
  QWidget *validity = new QWidget( general );
  QHBoxLayout *validityLayout = new QHBoxLayout( validity );
  validityLayout->setContentsMargins( 0, 0, 0, 0 );
  mValidFrom = new QLineEdit( validity );
  mValidFrom->setObjectName( QStringLiteral( "validFrom" ) );
  mValidFrom->setPlaceholderText( datePlaceholder );
  mValidTo = new QLineEdit( validity );
  mValidTo->setObjectName( QStringLiteral( "validTo" ) );
  mValidTo->setPlaceholderText( datePlaceholder );
  validityLayout->addWidget( mValidFrom );
  validityLayout->addWidget( new QLabel( tr( "to" ), validity ) );
  validityLayout->addWidget( mValidTo );
  form->addRow( tr( "Valid from" ), validity );

  mCapacity = new QLineEdit( general );
  mCapacity->setObjectName( QStringLiteral( "capacity" ) );
  mCapacity->setPlaceholderText( tr( "number of places" ) );
  form->addRow( tr( "Capacity" ), mCapacity );

  QWidget *ages = new QWidget( general );
  QHBoxLayout *agesLayout = new QHBoxLayout( ages );
  agesLayout->setContentsMargins( 0, 0, 0, 0 );
  mMinimumAge = new QLineEdit( ages );
  mMinimumAge->setObjectName( QStringLiteral( "minimumAge" ) );
  mMaximumAge = new QLineEdit( ages );
  mMaximumAge->setObjectName( QStringLiteral( "maximumAge" ) );
  agesLayout->addWidget( mMinimumAge );
  agesLayout->addWidget( new QLabel( tr( "to" ), ages ) );
  agesLayout->addWidget( mMaximumAge );
  agesLayout->addWidget( new QLabel( tr( "years" ), ages ) );
  form->addRow( tr( "Ages" ), ages );

  mOpeningHours = new QLineEdit( general );
  mOpeningHours->setObjectName( QStringLiteral( "openingHours" ) );
  mOpeningHours->setPlaceholderText( QStringLiteral( "MO-FR 09:00-17:00; SA 10:00-13:00" ) );
  form->addRow( tr( "Opening hours" ), mOpeningHours );

  mUrl = new QLineEdit( general );
  mUrl->setObjectName( QStringLiteral( "url" ) );
  form->addRow( tr( "Web" ), mUrl );
  mEmail = new QLineEdit( general );
  mEmail->setObjectName( QStringLiteral( "email" ) );
  mEmail->setToolTip( tr( "Prefer a role mailbox (info@…) to a person's address: personal data are left out of exports." ) );
  form->addRow( tr( "E-mail" ), mEmail );
  mAssured = new QLineEdit( general );
  mAssured->setObjectName( QStringLiteral( "assuredDate" ) );
  mAssured->setPlaceholderText( datePlaceholder );
  form->addRow( tr( "Last checked" ), mAssured );
  tabs->addTab( general, tr( "Offering" ) );

  // -- themes and target groups
  QWidget *terms = new QWidget( tabs );
  QHBoxLayout *termsLayout = new QHBoxLayout( terms );
  QVBoxLayout *themesColumn = new QVBoxLayout();
  themesColumn->addWidget( new QLabel( tr( "Themes" ), terms ) );
  mThemes = new QListWidget( terms );
  mThemes->setObjectName( QStringLiteral( "themes" ) );
  themesColumn->addWidget( mThemes );
  QVBoxLayout *groupsColumn = new QVBoxLayout();
  groupsColumn->addWidget( new QLabel( tr( "Target groups" ), terms ) );
  mTargetGroups = new QListWidget( terms );
  mTargetGroups->setObjectName( QStringLiteral( "targetGroups" ) );
  groupsColumn->addWidget( mTargetGroups );
  termsLayout->addLayout( themesColumn );
  termsLayout->addLayout( groupsColumn );
  for ( const Taxonomy &taxonomy : catalogue.taxonomies() )
  {
    if ( taxonomy.id == vocabulary::TARGET_GROUP_TAXONOMY_ID )
      addTerms( mTargetGroups, QString(), catalogue.terms( taxonomy.id ) );
    else
      addTerms( mThemes, VocabularyLabels::taxonomyName( taxonomy ), catalogue.terms( taxonomy.id ) );
  }
  tabs->addTab( terms, tr( "Themes and target groups" ) );

  // -- sites
  QWidget *sites = new QWidget( tabs );
  QVBoxLayout *sitesLayout = new QVBoxLayout( sites );
  QLabel *sitesHint = new QLabel( tr( "Where the offering takes place. Type coordinates in degrees (WGS 84), use the map centre, "
                                      "or pick a point on the map." ),
                                  sites );
  sitesHint->setWordWrap( true );
  sitesLayout->addWidget( sitesHint );
  mSites = new QTableWidget( 0, SiteColumnCount, sites );
  mSites->setObjectName( QStringLiteral( "sites" ) );
  mSites->setHorizontalHeaderLabels( { tr( "Site" ), tr( "Street" ), tr( "Postal code" ), tr( "City" ), tr( "Latitude" ), tr( "Longitude" ) } );
  mSites->horizontalHeader()->setStretchLastSection( true );
  mSites->verticalHeader()->setVisible( false );
  mSites->setSelectionBehavior( QAbstractItemView::SelectRows );
  mSites->setSelectionMode( QAbstractItemView::SingleSelection );
  sitesLayout->addWidget( mSites, 1 );
  QHBoxLayout *siteButtons = new QHBoxLayout();
  QPushButton *add = new QPushButton( tr( "Add site" ), sites );
  QPushButton *remove = new QPushButton( tr( "Remove site" ), sites );
  QPushButton *centre = new QPushButton( tr( "Use map centre" ), sites );
  centre->setObjectName( QStringLiteral( "useMapCentre" ) );
  QPushButton *pick = new QPushButton( tr( "Pick on map" ), sites );
  pick->setObjectName( QStringLiteral( "pickOnMap" ) );
  const bool hasCanvas = mMapLink && mMapLink->canvas();
  centre->setEnabled( hasCanvas );
  pick->setEnabled( hasCanvas );
  siteButtons->addWidget( add );
  siteButtons->addWidget( remove );
  siteButtons->addStretch( 1 );
  siteButtons->addWidget( centre );
  siteButtons->addWidget( pick );
  sitesLayout->addLayout( siteButtons );
  connect( add, &QPushButton::clicked, this, &CatalogueOfferingDialog::addSite );
  connect( remove, &QPushButton::clicked, this, &CatalogueOfferingDialog::removeSite );
  connect( centre, &QPushButton::clicked, this, &CatalogueOfferingDialog::useMapCentre );
  connect( pick, &QPushButton::clicked, this, &CatalogueOfferingDialog::pickOnMap );
  tabs->addTab( sites, tr( "Sites" ) );

  mError = new QLabel( this );
  mError->setObjectName( QStringLiteral( "error" ) );
  mError->setWordWrap( true );
  mError->setStyleSheet( QStringLiteral( "QLabel { color: #b00020; font-weight: bold; }" ) );
  mError->hide();
  layout->addWidget( mError );

  QDialogButtonBox *buttons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this );
  connect( buttons, &QDialogButtonBox::accepted, this, &CatalogueOfferingDialog::accept );
  connect( buttons, &QDialogButtonBox::rejected, this, &CatalogueOfferingDialog::reject );
  layout->addWidget( buttons );

  setInput( input );
  resize( 720, 560 );
}

CatalogueOfferingDialog::~CatalogueOfferingDialog()
{
  stopPicking();
}

void CatalogueOfferingDialog::setInput( const CatalogueOfferingInput &input )
{
  mInput = input;
  mName->setText( input.name );
  const int providerIndex = input.providerId.isEmpty() ? -1 : mProvider->findData( input.providerId );
  if ( providerIndex >= 0 )
    mProvider->setCurrentIndex( providerIndex );
  else
  {
    mProvider->setCurrentIndex( -1 );
    mProvider->setEditText( input.providerName );
  }
  mDescription->setPlainText( input.description );
  mStatus->setCurrentIndex( std::max( 0, mStatus->findData( input.status ) ) );
  mForm->setCurrentIndex( std::max( 0, mForm->findData( input.organizationForm ) ) );
  mPlanning->setCurrentIndex( std::max( 0, mPlanning->findData( input.planningState ) ) );
  mValidFrom->setText( input.validFrom );
  mValidTo->setText( input.validTo );
  mCapacity->setText( input.capacity );
  mMinimumAge->setText( input.minimumAge );
  mMaximumAge->setText( input.maximumAge );
  mOpeningHours->setText( input.openingHours );
  mUrl->setText( input.url );
  mEmail->setText( input.email );
  mAssured->setText( input.assuredDate );
  setChecked( mThemes, input.themes );
  setChecked( mTargetGroups, input.targetGroups );

  mSites->setRowCount( 0 );
  for ( const CatalogueSiteInput &site : input.sites )
  {
    const int row = mSites->rowCount();
    mSites->insertRow( row );
    setCell( mSites, row, SiteName, site.name );
    mSites->item( row, SiteName )->setData( Qt::UserRole, site.id );
    setCell( mSites, row, SiteStreet, site.street );
    setCell( mSites, row, SitePostalCode, site.postalCode );
    setCell( mSites, row, SiteCity, site.city );
    setCell( mSites, row, SiteLatitude, site.latitude );
    setCell( mSites, row, SiteLongitude, site.longitude );
  }
  if ( mSites->rowCount() == 0 )
    addSite();
  mSites->resizeColumnsToContents();
}

CatalogueOfferingInput CatalogueOfferingDialog::input() const
{
  CatalogueOfferingInput input;
  input.id = mInput.id;
  input.name = mName->text();
  const QString providerText = mProvider->currentText().trimmed();
  const int providerIndex = mProvider->findText( providerText, Qt::MatchFixedString );
  if ( providerIndex >= 0 )
    input.providerId = mProvider->itemData( providerIndex ).toString();
  else
    input.providerName = providerText;
  input.description = mDescription->toPlainText();
  input.status = mStatus->currentData().toString();
  input.organizationForm = mForm->currentData().toString();
  input.planningState = mPlanning->currentData().toString();
  input.validFrom = mValidFrom->text();
  input.validTo = mValidTo->text();
  input.capacity = mCapacity->text();
  input.minimumAge = mMinimumAge->text();
  input.maximumAge = mMaximumAge->text();
  input.openingHours = mOpeningHours->text();
  input.url = mUrl->text();
  input.email = mEmail->text();
  input.assuredDate = mAssured->text();
  input.themes = checkedIds( mThemes );
  input.targetGroups = checkedIds( mTargetGroups );
  for ( int row = 0; row < mSites->rowCount(); ++row )
  {
    CatalogueSiteInput site;
    const QTableWidgetItem *nameItem = mSites->item( row, SiteName );
    site.id = nameItem ? nameItem->data( Qt::UserRole ).toString() : QString();
    site.name = cell( mSites, row, SiteName );
    site.street = cell( mSites, row, SiteStreet );
    site.postalCode = cell( mSites, row, SitePostalCode );
    site.city = cell( mSites, row, SiteCity );
    site.latitude = cell( mSites, row, SiteLatitude );
    site.longitude = cell( mSites, row, SiteLongitude );
    input.sites.append( site );
  }
  return input;
}

QString CatalogueOfferingDialog::errorText() const
{
  return mError->isHidden() ? QString() : mError->text();
}

void CatalogueOfferingDialog::accept()
{
  const QString error = mSave ? mSave( input() ) : CatalogueEdits::validate( input() );
  if ( !error.isEmpty() )
  {
    mError->setText( error );
    mError->show();
    return;
  }
  mError->hide();
  stopPicking();
  QDialog::accept();
}

int CatalogueOfferingDialog::currentSiteRow()
{
  int row = mSites->currentRow();
  if ( row < 0 && mSites->rowCount() > 0 )
    row = 0;
  if ( row < 0 )
  {
    addSite();
    row = 0;
  }
  return row;
}

void CatalogueOfferingDialog::addSite()
{
  const int row = mSites->rowCount();
  mSites->insertRow( row );
  for ( int column = 0; column < SiteColumnCount; ++column )
    setCell( mSites, row, column, QString() );
  // the first site is usually named like the offering
  if ( row == 0 )
    setCell( mSites, row, SiteName, mName->text() );
  mSites->setCurrentCell( row, SiteName );
}

void CatalogueOfferingDialog::removeSite()
{
  const int row = mSites->currentRow();
  if ( row >= 0 )
    mSites->removeRow( row );
}

void CatalogueOfferingDialog::setSiteCoordinates( int row, const QgsPointXY &wgs84 )
{
  setCell( mSites, row, SiteLatitude, QString::number( wgs84.y(), 'f', 6 ) );
  setCell( mSites, row, SiteLongitude, QString::number( wgs84.x(), 'f', 6 ) );
  if ( cell( mSites, row, SiteName ).isEmpty() )
    setCell( mSites, row, SiteName, mName->text() );
}

void CatalogueOfferingDialog::useMapCentre()
{
  if ( !mMapLink || !mMapLink->canvas() )
    return;
  setSiteCoordinates( currentSiteRow(), mMapLink->centreWgs84() );
}

void CatalogueOfferingDialog::pickOnMap()
{
  if ( !mMapLink || !mMapLink->canvas() )
    return;
  QgsMapCanvas *canvas = mMapLink->canvas();
  mPickRow = currentSiteRow();
  if ( !mPickTool )
  {
    mPickTool = new QgsMapToolEmitPoint( canvas );
    connect( mPickTool, &QgsMapToolEmitPoint::canvasClicked, this, &CatalogueOfferingDialog::mapClicked );
  }
  if ( canvas->mapTool() != mPickTool )
    mPreviousTool = canvas->mapTool();
  canvas->setMapTool( mPickTool );
  mError->setText( tr( "Click on the map where the site is." ) );
  mError->show();
}

void CatalogueOfferingDialog::mapClicked( const QgsPointXY &point )
{
  if ( mPickRow >= 0 && mPickRow < mSites->rowCount() && mMapLink )
    setSiteCoordinates( mPickRow, mMapLink->toWgs84( point ) );
  mError->hide();
  stopPicking();
  raise();
  activateWindow();
}

void CatalogueOfferingDialog::stopPicking()
{
  if ( !mPickTool )
    return;
  QgsMapCanvas *canvas = mMapLink ? mMapLink->canvas() : nullptr;
  if ( canvas && canvas->mapTool() == mPickTool )
  {
    canvas->unsetMapTool( mPickTool );
    if ( mPreviousTool )
      canvas->setMapTool( mPreviousTool );
  }
  delete mPickTool;
  mPickRow = -1;
}
