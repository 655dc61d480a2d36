#include "cataloguemodels.h"
#include "catalogueqt.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

using namespace sozialraum::catalogue;
using CatalogueQt::qs;

CatalogueOfferingModel::CatalogueOfferingModel( QObject *parent )
  : QAbstractTableModel( parent )
{
}

void CatalogueOfferingModel::setOfferings( std::vector<Service> offerings, QHash<QString, QString> providerNames )
{
  beginResetModel();
  mOfferings = std::move( offerings );
  mProviderNames = std::move( providerNames );
  endResetModel();
}

void CatalogueOfferingModel::clear()
{
  setOfferings( {}, {} );
}

const Service *CatalogueOfferingModel::offering( int row ) const
{
  if ( row < 0 || row >= static_cast<int>( mOfferings.size() ) )
    return nullptr;
  return &mOfferings[ static_cast<size_t>( row ) ];
}

int CatalogueOfferingModel::rowOf( const QString &id ) const
{
  const std::string key = id.toStdString();
  for ( size_t i = 0; i < mOfferings.size(); ++i )
  {
    if ( mOfferings[ i ].id == key )
      return static_cast<int>( i );
  }
  return -1;
}

int CatalogueOfferingModel::rowCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : static_cast<int>( mOfferings.size() );
}

int CatalogueOfferingModel::columnCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogueOfferingModel::data( const QModelIndex &index, int role ) const
{
  const Service *s = offering( index.row() );
  if ( !s )
    return QVariant();
  switch ( role )
  {
    case Qt::DisplayRole:
      switch ( index.column() )
      {
        case Name:
          return qs( s->name );
        case Provider:
          return mProviderNames.value( qs( s->organizationId ) );
        case Form:
          return s->organizationForm ? CatalogueText::organizationForm( *s->organizationForm ) : QString();
        case Status:
          return CatalogueText::status( s->status );
        default:
          return QVariant();
      }
    case Qt::ToolTipRole:
    {
      QString tip = QStringLiteral( "<b>%1</b>" ).arg( qs( s->name ).toHtmlEscaped() );
      if ( s->description )
        tip += QStringLiteral( "<br>%1" ).arg( qs( s->description ).left( 300 ).toHtmlEscaped() );
      return tip;
    }
    case Qt::ForegroundRole:
      // offerings that do not run now are greyed out
      if ( s->status != ServiceStatus::Active )
        return QBrush( QPalette().color( QPalette::Disabled, QPalette::Text ) );
      return QVariant();
    case IdRole:
      return qs( s->id );
    default:
      return QVariant();
  }
}

QVariant CatalogueOfferingModel::headerData( int section, Qt::Orientation orientation, int role ) const
{
  if ( orientation != Qt::Horizontal || role != Qt::DisplayRole )
    return QAbstractTableModel::headerData( section, orientation, role );
  switch ( section )
  {
    case Name:
      return tr( "Offering" );
    case Provider:
      return tr( "Provider" );
    case Form:
      return tr( "Organized" );
    case Status:
      return tr( "Status" );
    default:
      return QVariant();
  }
}

// ---------------------------------------------------------------------------------------------

CatalogueStakeholderModel::CatalogueStakeholderModel( QObject *parent )
  : QAbstractTableModel( parent )
{
}

void CatalogueStakeholderModel::setStakeholders( std::vector<Organization> stakeholders, QHash<QString, int> offeringCounts )
{
  beginResetModel();
  mStakeholders = std::move( stakeholders );
  mOfferingCounts = std::move( offeringCounts );
  endResetModel();
}

void CatalogueStakeholderModel::clear()
{
  setStakeholders( {}, {} );
}

const Organization *CatalogueStakeholderModel::stakeholder( int row ) const
{
  if ( row < 0 || row >= static_cast<int>( mStakeholders.size() ) )
    return nullptr;
  return &mStakeholders[ static_cast<size_t>( row ) ];
}

int CatalogueStakeholderModel::rowOf( const QString &id ) const
{
  const std::string key = id.toStdString();
  for ( size_t i = 0; i < mStakeholders.size(); ++i )
  {
    if ( mStakeholders[ i ].id == key )
      return static_cast<int>( i );
  }
  return -1;
}

int CatalogueStakeholderModel::rowCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : static_cast<int>( mStakeholders.size() );
}

int CatalogueStakeholderModel::columnCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogueStakeholderModel::data( const QModelIndex &index, int role ) const
{
  const Organization *o = stakeholder( index.row() );
  if ( !o )
    return QVariant();
  switch ( role )
  {
    case Qt::DisplayRole:
      switch ( index.column() )
      {
        case Name:
          return qs( o->name );
        case Kind:
          return o->kind ? CatalogueText::stakeholderKind( *o->kind ) : QString();
        case Offerings:
          return mOfferingCounts.value( qs( o->id ) );
        default:
          return QVariant();
      }
    case Qt::TextAlignmentRole:
      if ( index.column() == Offerings )
        return static_cast<int>( Qt::AlignRight | Qt::AlignVCenter );
      return QVariant();
    case Qt::ToolTipRole:
      return o->description ? qs( o->description ).left( 300 ) : QVariant();
    case IdRole:
      return qs( o->id );
    default:
      return QVariant();
  }
}

QVariant CatalogueStakeholderModel::headerData( int section, Qt::Orientation orientation, int role ) const
{
  if ( orientation != Qt::Horizontal || role != Qt::DisplayRole )
    return QAbstractTableModel::headerData( section, orientation, role );
  switch ( section )
  {
    case Name:
      return tr( "Stakeholder" );
    case Kind:
      return tr( "Kind" );
    case Offerings:
      return tr( "Offerings" );
    default:
      return QVariant();
  }
}
