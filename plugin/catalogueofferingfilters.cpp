#include "catalogueofferingfilters.h"
#include "cataloguelistpage.h"
#include "catalogueqt.h"
#include "vocabularylabels.h"

#include "catalogue/catalogue.h"
#include "catalogue/vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace sozialraum::catalogue;
using CatalogueQt::qs;
using CatalogueQt::ss;

namespace
{
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

  //! Terms with their labels in the interface language, in the order of those labels.
  QList<QPair<QString, QString>> labelledTerms( const std::vector<TaxonomyTerm> &terms )
  {
    QList<QPair<QString, QString>> list;
    for ( const TaxonomyTerm &term : terms )
      list.append( { VocabularyLabels::termName( term ), qs( term.id ) } );
    std::sort( list.begin(), list.end(), []( const auto &a, const auto &b ) { return QString::localeAwareCompare( a.first, b.first ) < 0; } );
    return list;
  }

} // namespace

CatalogueOfferingFilters::CatalogueOfferingFilters( QWidget *parent )
  : QWidget( parent )
{
  QVBoxLayout *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 0, 0, 0, 0 );
  layout->setSpacing( 4 );
  QGridLayout *filters = new QGridLayout();
  filters->setHorizontalSpacing( 6 );
  filters->setVerticalSpacing( 2 );
  mTheme = CatalogueListPage::filterCombo( QStringLiteral( "themeFilter" ), this );
  mTheme->setToolTip( tr( "Only offerings on this theme" ) );
  mTargetGroup = CatalogueListPage::filterCombo( QStringLiteral( "targetGroupFilter" ), this );
  mTargetGroup->setToolTip( tr( "Only offerings for this target group" ) );
  mForm = CatalogueListPage::filterCombo( QStringLiteral( "formFilter" ), this );
  mForm->setToolTip( tr( "How the offering is organized: central, in the quarter, outreach, mobile" ) );
  mForm->addItem( tr( "Organized: any" ), QString() );
  for ( const auto &[ value, label ] : CatalogueText::organizationForms() )
    mForm->addItem( label, qs( toString( value ) ) );
  mStatus = CatalogueListPage::filterCombo( QStringLiteral( "statusFilter" ), this );
  mStatus->addItem( tr( "Status: any" ), QString() );
  for ( const auto &[ value, label ] : CatalogueText::statuses() )
    mStatus->addItem( label, qs( toString( value ) ) );
  mValidToday = new QCheckBox( tr( "Valid today" ), this );
  mValidToday->setObjectName( QStringLiteral( "validTodayFilter" ) );
  mValidToday->setToolTip( tr( "Only offerings whose validity period includes today" ) );
  mWithinQuarter = new QCheckBox( tr( "Within the selected quarter" ), this );
  mWithinQuarter->setObjectName( QStringLiteral( "quarterFilter" ) );
  mWithinQuarter->setToolTip( tr( "Only offerings with a site inside the polygon(s) selected on the map "
                                  "(select a quarter of a statistical-area layer with the selection tool)" ) );
  filters->addWidget( mTheme, 0, 0 );
  filters->addWidget( mTargetGroup, 0, 1 );
  filters->addWidget( mForm, 1, 0 );
  filters->addWidget( mStatus, 1, 1 );
  filters->addWidget( mValidToday, 2, 0 );
  filters->addWidget( mWithinQuarter, 2, 1 );
  filters->setColumnStretch( 0, 1 );
  filters->setColumnStretch( 1, 1 );
  layout->addLayout( filters );

  mScopeBar = new QWidget( this );
  mScopeBar->setObjectName( QStringLiteral( "scopeBar" ) );
  mScopeBar->setAutoFillBackground( true );
  mScopeBar->setStyleSheet( QStringLiteral( "#scopeBar { background: #fff4cc; border: 1px solid #e0c860; border-radius: 3px; }" ) );
  QHBoxLayout *scopeLayout = new QHBoxLayout( mScopeBar );
  scopeLayout->setContentsMargins( 6, 2, 2, 2 );
  mScopeLabel = new QLabel( mScopeBar );
  mScopeLabel->setObjectName( QStringLiteral( "scopeLabel" ) );
  mScopeLabel->setWordWrap( true );
  QToolButton *scopeClear = new QToolButton( mScopeBar );
  scopeClear->setText( tr( "Show all" ) );
  scopeClear->setToolTip( tr( "Drop the filters that come from the map selection or a stakeholder" ) );
  scopeClear->setAutoRaise( true );
  scopeLayout->addWidget( mScopeLabel, 1 );
  scopeLayout->addWidget( scopeClear );
  mScopeBar->hide();
  layout->addWidget( mScopeBar );

  connect( scopeClear, &QToolButton::clicked, this, &CatalogueOfferingFilters::showAllRequested );
  for ( QComboBox *combo : { mTheme, mTargetGroup, mForm, mStatus } )
    connect( combo, qOverload<int>( &QComboBox::currentIndexChanged ), this, &CatalogueOfferingFilters::changed );
  connect( mValidToday, &QCheckBox::toggled, this, &CatalogueOfferingFilters::changed );
  connect( mWithinQuarter, &QCheckBox::toggled, this, &CatalogueOfferingFilters::changed );
}

void CatalogueOfferingFilters::fillVocabularies( const Catalogue *catalogue )
{
  const QSignalBlocker themeBlocker( mTheme );
  const QSignalBlocker groupBlocker( mTargetGroup );
  mTheme->clear();
  mTheme->addItem( tr( "All themes" ), QString() );
  mTargetGroup->clear();
  mTargetGroup->addItem( tr( "All target groups" ), QString() );
  if ( !catalogue )
    return;
  for ( const Taxonomy &taxonomy : catalogue->taxonomies() )
  {
    const QList<QPair<QString, QString>> terms = labelledTerms( catalogue->terms( taxonomy.id ) );
    if ( taxonomy.id == vocabulary::TARGET_GROUP_TAXONOMY_ID )
    {
      for ( const auto &[ label, id ] : terms )
        mTargetGroup->addItem( label, id );
      continue;
    }
    addHeading( mTheme, VocabularyLabels::taxonomyName( taxonomy ) );
    for ( const auto &[ label, id ] : terms )
      mTheme->addItem( QStringLiteral( "   %1" ).arg( label ), id );
  }
}

void CatalogueOfferingFilters::applyTo( ServiceFilter &filter ) const
{
  if ( const QString theme = mTheme->currentData().toString(); !theme.isEmpty() )
    filter.themeTermIds = { ss( theme ) };
  if ( const QString group = mTargetGroup->currentData().toString(); !group.isEmpty() )
    filter.targetGroupTermIds = { ss( group ) };
  if ( const QString form = mForm->currentData().toString(); !form.isEmpty() )
    filter.organizationForms = { organizationFormFromString( ss( form ) ) };
  if ( const QString status = mStatus->currentData().toString(); !status.isEmpty() )
    filter.statuses = { serviceStatusFromString( ss( status ) ) };
  if ( mValidToday->isChecked() )
    filter.validOn = todayIsoDate();
}

bool CatalogueOfferingFilters::withinQuarter() const
{
  return mWithinQuarter->isChecked();
}

void CatalogueOfferingFilters::setWithinQuarterQuietly( bool within )
{
  const QSignalBlocker blocker( mWithinQuarter );
  mWithinQuarter->setChecked( within );
}

void CatalogueOfferingFilters::setScope( const QStringList &parts )
{
  mScopeLabel->setText( parts.join( QLatin1String( " · " ) ) );
  mScopeBar->setVisible( !parts.isEmpty() );
}
