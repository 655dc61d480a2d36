#include "cataloguedock.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace
{
  QWidget *makeListTab( const QString &searchPlaceholder, const QString &emptyText, QWidget *parent )
  {
    QWidget *page = new QWidget( parent );
    QVBoxLayout *layout = new QVBoxLayout( page );
    layout->setContentsMargins( 4, 4, 4, 4 );
    QLineEdit *search = new QLineEdit( page );
    search->setPlaceholderText( searchPlaceholder );
    search->setClearButtonEnabled( true );
    search->setEnabled( false );
    layout->addWidget( search );
    QListWidget *list = new QListWidget( page );
    QListWidgetItem *hint = new QListWidgetItem( emptyText, list );
    hint->setFlags( Qt::NoItemFlags );
    list->setWordWrap( true );
    layout->addWidget( list, 1 );
    return page;
  }
} // namespace

CatalogueDock::CatalogueDock( QWidget *parent )
  : QDockWidget( tr( "Sozialraum Catalogue" ), parent )
{
  setObjectName( QStringLiteral( "SozialraumCatalogueDock" ) );
  QWidget *content = new QWidget( this );
  QVBoxLayout *layout = new QVBoxLayout( content );

  mStatus = new QLabel( tr( "No catalogue is open. The catalogue of stakeholders and offerings is not part of this version yet; "
                            "the Sozialraum algorithms are in the Processing Toolbox under \"Sozialraum\"." ),
                        content );
  mStatus->setWordWrap( true );
  layout->addWidget( mStatus );

  mTabs = new QTabWidget( content );
  mTabs->addTab( makeListTab( tr( "Search offerings…" ), tr( "No offerings: no catalogue is open." ), mTabs ), tr( "Offerings" ) );
  mTabs->addTab( makeListTab( tr( "Search stakeholders…" ), tr( "No stakeholders: no catalogue is open." ), mTabs ), tr( "Stakeholders" ) );
  layout->addWidget( mTabs, 1 );

  setWidget( content );
}
