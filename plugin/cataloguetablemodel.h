#ifndef CATALOGUETABLEMODEL_H
#define CATALOGUETABLEMODEL_H

#include <QAbstractTableModel>
#include <QList>
#include <QVariantList>
#include <QVector>

//! One column of a catalogue list: its header and how its cells sit.
struct CatalogueColumn
{
    QString title;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    //! Hidden at first (the header's context menu shows it): the dock is narrow.
    bool hidden = false;
};

//! One record of a catalogue list, as the list shows it.
struct CatalogueRow
{
    QString id;
    //! One value per column.
    QVariantList cells;
    QString toolTip;
    //! Shown greyed out (an offering that does not run now).
    bool greyed = false;
};

/**
 * The records a query of the catalogue returned, as a table: the same model for offerings and
 * stakeholders, described by its columns. IdRole gives a row's record id.
 */
class CatalogueTableModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    static constexpr int IdRole = Qt::UserRole;

    explicit CatalogueTableModel( const QList<CatalogueColumn> &columns, QObject *parent = nullptr );

    const QList<CatalogueColumn> &columns() const { return mColumns; }
    void setRows( QVector<CatalogueRow> rows );
    void clear();

    //! Row of the record \a id, or -1.
    int rowOf( const QString &id ) const;
    //! The record of \a row, or nullptr.
    const CatalogueRow *row( int row ) const;

    int rowCount( const QModelIndex &parent = QModelIndex() ) const override;
    int columnCount( const QModelIndex &parent = QModelIndex() ) const override;
    QVariant data( const QModelIndex &index, int role = Qt::DisplayRole ) const override;
    QVariant headerData( int section, Qt::Orientation orientation, int role = Qt::DisplayRole ) const override;

  private:
    QList<CatalogueColumn> mColumns;
    QVector<CatalogueRow> mRows;
};

#endif // CATALOGUETABLEMODEL_H
