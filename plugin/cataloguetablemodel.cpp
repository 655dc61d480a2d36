#include "cataloguetablemodel.h"

#include <QBrush>
#include <QPalette>

CatalogueTableModel::CatalogueTableModel( const QList<CatalogueColumn> &columns, QObject *parent )
  : QAbstractTableModel( parent )
  , mColumns( columns )
{
}

void CatalogueTableModel::setRows( QVector<CatalogueRow> rows )
{
  beginResetModel();
  mRows = std::move( rows );
  endResetModel();
}

void CatalogueTableModel::clear()
{
  setRows( {} );
}

int CatalogueTableModel::rowOf( const QString &id ) const
{
  for ( int i = 0; i < mRows.size(); ++i )
  {
    if ( mRows.at( i ).id == id )
      return i;
  }
  return -1;
}

const CatalogueRow *CatalogueTableModel::row( int row ) const
{
  return row >= 0 && row < mRows.size() ? &mRows.at( row ) : nullptr;
}

int CatalogueTableModel::rowCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : mRows.size();
}

int CatalogueTableModel::columnCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : mColumns.size();
}

QVariant CatalogueTableModel::data( const QModelIndex &index, int role ) const
{
  const CatalogueRow *record = row( index.row() );
  if ( !record || index.column() < 0 || index.column() >= mColumns.size() )
    return QVariant();
  switch ( role )
  {
    case Qt::DisplayRole:
      return record->cells.value( index.column() );
    case Qt::TextAlignmentRole:
      return static_cast<int>( mColumns.at( index.column() ).alignment );
    case Qt::ToolTipRole:
      return record->toolTip.isEmpty() ? QVariant() : record->toolTip;
    case Qt::ForegroundRole:
      if ( record->greyed )
        return QBrush( QPalette().color( QPalette::Disabled, QPalette::Text ) );
      return QVariant();
    case IdRole:
      return record->id;
    default:
      return QVariant();
  }
}

QVariant CatalogueTableModel::headerData( int section, Qt::Orientation orientation, int role ) const
{
  if ( orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= mColumns.size() )
    return QAbstractTableModel::headerData( section, orientation, role );
  return mColumns.at( section ).title;
}
