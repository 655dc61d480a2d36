#include "cataloguestakeholderdialog.h"
#include "catalogueqt.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace sozialraum::catalogue;
using CatalogueQt::qs;

CatalogueStakeholderDialog::CatalogueStakeholderDialog( const CatalogueStakeholderInput &input, SaveFunction save, QWidget *parent )
  : QDialog( parent )
  , mInput( input )
  , mSave( std::move( save ) )
{
  setObjectName( QStringLiteral( "SozialraumStakeholderDialog" ) );
  setWindowTitle( input.id.isEmpty() ? tr( "New stakeholder" ) : tr( "Edit stakeholder" ) );
  QVBoxLayout *layout = new QVBoxLayout( this );
  QFormLayout *form = new QFormLayout();
  layout->addLayout( form );

  mName = new QLineEdit( input.name, this );
  mName->setObjectName( QStringLiteral( "name" ) );
  form->addRow( tr( "Name *" ), mName );
  mKind = new QComboBox( this );
  mKind->setObjectName( QStringLiteral( "kind" ) );
  mKind->addItem( tr( "— not set —" ), QString() );
  for ( const auto &[ value, label ] : CatalogueText::stakeholderKinds() )
    mKind->addItem( label, qs( toString( value ) ) );
  mKind->setCurrentIndex( std::max( 0, mKind->findData( input.kind ) ) );
  form->addRow( tr( "Kind" ), mKind );
  mDescription = new QPlainTextEdit( input.description, this );
  mDescription->setObjectName( QStringLiteral( "description" ) );
  mDescription->setMaximumHeight( 90 );
  form->addRow( tr( "Description" ), mDescription );
  mEmail = new QLineEdit( input.email, this );
  mEmail->setObjectName( QStringLiteral( "email" ) );
  mEmail->setToolTip( tr( "Prefer a role mailbox (info@…) to a person's address: personal data are left out of exports." ) );
  form->addRow( tr( "E-mail" ), mEmail );
  mWebsite = new QLineEdit( input.website, this );
  mWebsite->setObjectName( QStringLiteral( "website" ) );
  form->addRow( tr( "Web" ), mWebsite );
  mLegalStatus = new QLineEdit( input.legalStatus, this );
  mLegalStatus->setObjectName( QStringLiteral( "legalStatus" ) );
  mLegalStatus->setPlaceholderText( tr( "e.g. e. V., gGmbH, public body" ) );
  form->addRow( tr( "Legal status" ), mLegalStatus );

  mError = new QLabel( this );
  mError->setObjectName( QStringLiteral( "error" ) );
  mError->setWordWrap( true );
  mError->setStyleSheet( QStringLiteral( "QLabel { color: #b00020; font-weight: bold; }" ) );
  mError->hide();
  layout->addWidget( mError );

  QDialogButtonBox *buttons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this );
  connect( buttons, &QDialogButtonBox::accepted, this, &CatalogueStakeholderDialog::accept );
  connect( buttons, &QDialogButtonBox::rejected, this, &CatalogueStakeholderDialog::reject );
  layout->addWidget( buttons );
  resize( 460, 360 );
}

CatalogueStakeholderInput CatalogueStakeholderDialog::input() const
{
  CatalogueStakeholderInput input;
  input.id = mInput.id;
  input.name = mName->text();
  input.kind = mKind->currentData().toString();
  input.description = mDescription->toPlainText();
  input.email = mEmail->text();
  input.website = mWebsite->text();
  input.legalStatus = mLegalStatus->text();
  return input;
}

QString CatalogueStakeholderDialog::errorText() const
{
  return mError->isHidden() ? QString() : mError->text();
}

void CatalogueStakeholderDialog::accept()
{
  const QString error = mSave ? mSave( input() ) : CatalogueEdits::validate( input() );
  if ( !error.isEmpty() )
  {
    mError->setText( error );
    mError->show();
    return;
  }
  QDialog::accept();
}
