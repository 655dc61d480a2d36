#ifndef CATALOGUELISTPAGE_H
#define CATALOGUELISTPAGE_H

#include "cataloguetablemodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QVBoxLayout;

/**
 * One tab of the catalogue dock: a search box, room for filters, the list with a detail pane
 * below it, and Add… / Edit… / Delete buttons with a count. The Offerings and the Stakeholders
 * tab are both one of these; what they list and how they filter is the dock's business.
 *
 * Object names follow the noun: "offeringSearch", "offeringList", "offeringDetails",
 * "offeringCount", "addOffering", "editOffering", "deleteOffering" (tests and scripts use them).
 */
class CatalogueListPage : public QWidget
{
    Q_OBJECT

  public:
    struct Setup
    {
        //! Capitalized, e.g. "Offering": the object names are made from it.
        QString noun;
        QString searchPlaceholder;
        QList<CatalogueColumn> columns;
        //! Columns that take the free width (the others fit their contents).
        QList<int> stretchColumns;
    };

    explicit CatalogueListPage( const Setup &setup, QWidget *parent = nullptr );

    QLineEdit *search() const { return mSearch; }
    QTableView *view() const { return mView; }
    CatalogueTableModel *model() const { return mModel; }

    //! A combo box for the filter area that long vocabulary names do not widen.
    static QComboBox *filterCombo( const QString &objectName, QWidget *parent );

    //! Puts filter widgets between the search box and the list.
    void addAboveList( QWidget *widget );
    void addAboveList( QLayout *layout );
    //! A button after Delete that needs a selected record, like Edit… and Delete.
    QPushButton *addSelectionButton( const QString &text, const QString &objectName, const QString &toolTip );

    /**
     * Shows \a rows of \a total records. The selected record stays selected when it is still
     * listed; else selectionChanged() tells that nothing is (a reset model tells nobody).
     */
    void setRows( QVector<CatalogueRow> rows, long long total );
    //! No catalogue: an empty list, no details, no count.
    void clear();

    QString selectedId() const;
    //! Selects and shows the record \a id (selected already: selectionChanged() again); false when it is not listed.
    bool select( const QString &id );
    //! Texts of \a column, top to bottom.
    QStringList texts( int column ) const;
    //! The text of the record \a id in \a column.
    QString text( const QString &id, int column ) const;

    void setDetailsHtml( const QString &html );
    QString detailsText() const;

  signals:
    void searchChanged();
    void selectionChanged();
    void addRequested();
    void editRequested();
    void deleteRequested();

  private:
    void updateButtons();

    CatalogueTableModel *mModel = nullptr;
    QVBoxLayout *mLayout = nullptr;
    int mFilterPosition = 1;
    QLineEdit *mSearch = nullptr;
    QTableView *mView = nullptr;
    QTextBrowser *mDetails = nullptr;
    QLabel *mCount = nullptr;
    QLayout *mButtons = nullptr;
    QList<QWidget *> mSelectionButtons;
};

#endif // CATALOGUELISTPAGE_H
