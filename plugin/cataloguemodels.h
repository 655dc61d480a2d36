#ifndef CATALOGUEMODELS_H
#define CATALOGUEMODELS_H

#include "catalogue/types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

/**
 * The offerings a query of the catalogue returned, as a table for the dock's list.
 * Qt::UserRole gives a row's offering id.
 */
class CatalogueOfferingModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    enum Column
    {
      Name,
      Provider,
      Form,
      Status,
      ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;

    explicit CatalogueOfferingModel( QObject *parent = nullptr );

    //! Replaces the rows; \a providerNames maps stakeholder ids to names.
    void setOfferings( std::vector<sozialraum::catalogue::Service> offerings, QHash<QString, QString> providerNames );
    void clear();

    const sozialraum::catalogue::Service *offering( int row ) const;
    //! Row of the offering \a id, or -1.
    int rowOf( const QString &id ) const;

    int rowCount( const QModelIndex &parent = QModelIndex() ) const override;
    int columnCount( const QModelIndex &parent = QModelIndex() ) const override;
    QVariant data( const QModelIndex &index, int role = Qt::DisplayRole ) const override;
    QVariant headerData( int section, Qt::Orientation orientation, int role = Qt::DisplayRole ) const override;

  private:
    std::vector<sozialraum::catalogue::Service> mOfferings;
    QHash<QString, QString> mProviderNames;
};

/**
 * Stakeholders (Akteure) as a table: name, kind, number of offerings they run.
 * Qt::UserRole gives a row's stakeholder id.
 */
class CatalogueStakeholderModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    enum Column
    {
      Name,
      Kind,
      Offerings,
      ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;

    explicit CatalogueStakeholderModel( QObject *parent = nullptr );

    //! Replaces the rows; \a offeringCounts maps stakeholder ids to the number of offerings they run.
    void setStakeholders( std::vector<sozialraum::catalogue::Organization> stakeholders, QHash<QString, int> offeringCounts );
    void clear();

    const sozialraum::catalogue::Organization *stakeholder( int row ) const;
    int rowOf( const QString &id ) const;

    int rowCount( const QModelIndex &parent = QModelIndex() ) const override;
    int columnCount( const QModelIndex &parent = QModelIndex() ) const override;
    QVariant data( const QModelIndex &index, int role = Qt::DisplayRole ) const override;
    QVariant headerData( int section, Qt::Orientation orientation, int role = Qt::DisplayRole ) const override;

  private:
    std::vector<sozialraum::catalogue::Organization> mStakeholders;
    QHash<QString, int> mOfferingCounts;
};

#endif // CATALOGUEMODELS_H
