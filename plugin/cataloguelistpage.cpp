#include "cataloguelistpage.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <qgsapplication.h>

namespace
{
  QString lowerFirst( QString text )
  {
    if ( !text.isEmpty() )
      text[ 0 ] = text.at( 0 ).toLower();
    return text;
  }

  //! The header's context menu shows and hides columns (the dock is narrow; details are in the pane below).
  void offerColumnChoice( QTableView *view )
  {
    QHeaderView *header = view->horizontalHeader();
    header->setContextMenuPolicy( Qt::CustomContextMenu );
    header->setToolTip( CatalogueListPage::tr( "Right-click to show or hide columns" ) );
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
} // namespace

CatalogueListPage::CatalogueListPage( const Setup &setup, QWidget *parent )
  : QWidget( parent )
{
  const QString noun = lowerFirst( setup.noun );
  mLayout = new QVBoxLayout( this );
  mLayout->setContentsMargins( 4, 4, 4, 4 );
  mLayout->setSpacing( 4 );

  mSearch = new QLineEdit( this );
  mSearch->setObjectName( noun + QStringLiteral( "Search" ) );
  mSearch->setPlaceholderText( setup.searchPlaceholder );
  mSearch->setClearButtonEnabled( true );
  mLayout->addWidget( mSearch );

  QSplitter *splitter = new QSplitter( Qt::Vertical, this );
  mModel = new CatalogueTableModel( setup.columns, this );
  mView = new QTableView( splitter );
  mView->setObjectName( noun + QStringLiteral( "List" ) );
  mView->setModel( mModel );
  mView->setSelectionBehavior( QAbstractItemView::SelectRows );
  mView->setSelectionMode( QAbstractItemView::SingleSelection );
  mView->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mView->setAlternatingRowColors( true );
  mView->setShowGrid( false );
  mView->setWordWrap( false );
  mView->verticalHeader()->setVisible( false );
  mView->verticalHeader()->setDefaultSectionSize( mView->fontMetrics().height() + 6 );
  mView->horizontalHeader()->setHighlightSections( false );
  mView->horizontalHeader()->setSectionResizeMode( QHeaderView::ResizeToContents );
  for ( int column : setup.stretchColumns )
    mView->horizontalHeader()->setSectionResizeMode( column, QHeaderView::Stretch );
  for ( int column = 0; column < setup.columns.size(); ++column )
    mView->setColumnHidden( column, setup.columns.at( column ).hidden );
  offerColumnChoice( mView );
  mDetails = new QTextBrowser( splitter );
  mDetails->setObjectName( noun + QStringLiteral( "Details" ) );
  mDetails->setOpenExternalLinks( true );
  splitter->addWidget( mView );
  splitter->addWidget( mDetails );
  splitter->setStretchFactor( 0, 2 );
  splitter->setStretchFactor( 1, 3 );
  mLayout->addWidget( splitter, 1 );

  QHBoxLayout *buttons = new QHBoxLayout();
  QPushButton *add = new QPushButton( QgsApplication::getThemeIcon( QStringLiteral( "symbologyAdd.svg" ) ), tr( "Add…" ), this );
  add->setObjectName( QStringLiteral( "add" ) + setup.noun );
  QPushButton *edit = new QPushButton( QgsApplication::getThemeIcon( QStringLiteral( "mActionToggleEditing.svg" ) ), tr( "Edit…" ), this );
  edit->setObjectName( QStringLiteral( "edit" ) + setup.noun );
  QPushButton *remove = new QPushButton( QgsApplication::getThemeIcon( QStringLiteral( "mActionDeleteSelected.svg" ) ), tr( "Delete" ), this );
  remove->setObjectName( QStringLiteral( "delete" ) + setup.noun );
  mCount = new QLabel( this );
  mCount->setObjectName( noun + QStringLiteral( "Count" ) );
  buttons->addWidget( add );
  buttons->addWidget( edit );
  buttons->addWidget( remove );
  buttons->addStretch( 1 );
  buttons->addWidget( mCount );
  mLayout->addLayout( buttons );
  mButtons = buttons;
  mSelectionButtons = { edit, remove };

  connect( add, &QPushButton::clicked, this, &CatalogueListPage::addRequested );
  connect( edit, &QPushButton::clicked, this, &CatalogueListPage::editRequested );
  connect( remove, &QPushButton::clicked, this, &CatalogueListPage::deleteRequested );
  connect( mView, &QTableView::doubleClicked, this, &CatalogueListPage::editRequested );
  connect( mView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
    updateButtons();
    emit selectionChanged();
  } );
  connect( mSearch, &QLineEdit::textChanged, this, &CatalogueListPage::searchChanged );
  updateButtons();
}

QComboBox *CatalogueListPage::filterCombo( const QString &objectName, QWidget *parent )
{
  QComboBox *combo = new QComboBox( parent );
  combo->setObjectName( objectName );
  // long vocabulary names must not widen the dock
  combo->setSizeAdjustPolicy( QComboBox::AdjustToMinimumContentsLengthWithIcon );
  combo->setMinimumContentsLength( 8 );
  return combo;
}

void CatalogueListPage::addAboveList( QWidget *widget )
{
  mLayout->insertWidget( mFilterPosition++, widget );
}

void CatalogueListPage::addAboveList( QLayout *layout )
{
  mLayout->insertLayout( mFilterPosition++, layout );
}

QPushButton *CatalogueListPage::addSelectionButton( const QString &text, const QString &objectName, const QString &toolTip )
{
  QPushButton *button = new QPushButton( text, this );
  button->setObjectName( objectName );
  button->setToolTip( toolTip );
  // after Delete, before the stretch and the count
  static_cast<QHBoxLayout *>( mButtons )->insertWidget( 3 + mSelectionButtons.size() - 2, button );
  mSelectionButtons.append( button );
  updateButtons();
  return button;
}

void CatalogueListPage::setRows( QVector<CatalogueRow> rows, long long total )
{
  const QString selected = selectedId();
  mModel->setRows( std::move( rows ) );
  const int row = mModel->rowOf( selected );
  if ( row >= 0 )
    mView->selectRow( row );
  else
  {
    updateButtons();
    emit selectionChanged();
  }
  mCount->setText( tr( "%1 of %2" ).arg( mModel->rowCount() ).arg( total ) );
  mCount->setToolTip( tr( "Listed, of all in the catalogue" ) );
}

void CatalogueListPage::clear()
{
  mModel->clear();
  mDetails->clear();
  mCount->clear();
  updateButtons();
}

QString CatalogueListPage::selectedId() const
{
  if ( !mView->selectionModel() )
    return QString();
  const QModelIndexList rows = mView->selectionModel()->selectedRows();
  return rows.isEmpty() ? QString() : rows.first().data( CatalogueTableModel::IdRole ).toString();
}

bool CatalogueListPage::select( const QString &id )
{
  const int row = mModel->rowOf( id );
  if ( row < 0 )
    return false;
  if ( selectedId() == id )
    emit selectionChanged(); // already selected: show it again
  else
    mView->selectRow( row );
  mView->scrollTo( mModel->index( row, 0 ) );
  return true;
}

QStringList CatalogueListPage::texts( int column ) const
{
  QStringList list;
  for ( int row = 0; row < mModel->rowCount(); ++row )
    list << mModel->index( row, column ).data().toString();
  return list;
}

QString CatalogueListPage::text( const QString &id, int column ) const
{
  return mModel->index( mModel->rowOf( id ), column ).data().toString();
}

void CatalogueListPage::setDetailsHtml( const QString &html )
{
  mDetails->setHtml( html );
}

QString CatalogueListPage::detailsText() const
{
  return mDetails->toPlainText();
}

void CatalogueListPage::updateButtons()
{
  const bool selected = !selectedId().isEmpty();
  for ( QWidget *button : std::as_const( mSelectionButtons ) )
    button->setEnabled( selected );
}
