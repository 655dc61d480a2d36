#ifndef CATALOGUEDOCK_H
#define CATALOGUEDOCK_H

#include "catalogueedits.h"

#include <QDockWidget>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class QToolButton;
class QWidget;
class QgsMapCanvas;
class QgsMessageBar;
class CatalogueListPage;
class CatalogueOfferingFilters;
class CatalogueMapLink;
class CatalogueOfferingDialog;
class CatalogueSession;
class CatalogueStakeholderDialog;
class CatalogueTableModel;

namespace sozialraum::catalogue
{
  class Catalogue;
}

/**
 * The catalogue of stakeholders (Akteure) and offerings (Angebote), tied to the map.
 *
 * It composes the session (the open catalogue, its layers and its project entry), two list
 * pages (Offerings and Stakeholders) and the map link, and holds what is the dock's own: the
 * filters of the offerings, which list drives the map, and the edit dialogs.
 *
 * Its object name "SozialraumCatalogueDock" is public: tests and users' scripts find it by it
 * and call the invokable methods and slots (openCatalogue(), saveOffering() ...). It needs a
 * map canvas only, no QgisInterface, so widget tests can drive it.
 */
class CatalogueDock : public QDockWidget
{
    Q_OBJECT

  public:
    explicit CatalogueDock( QgsMapCanvas *canvas, QWidget *parent = nullptr );
    ~CatalogueDock() override;

    //! The open catalogue, or nullptr.
    sozialraum::catalogue::Catalogue *catalogue() const;
    CatalogueSession *session() const { return mSession; }
    CatalogueMapLink *mapLink() const { return mMapLink; }
    CatalogueTableModel *offeringModel() const;
    CatalogueTableModel *stakeholderModel() const;
    QTableView *offeringView() const;
    QTableView *stakeholderView() const;
    //! The open edit dialog, if any (tests fill and confirm it).
    CatalogueOfferingDialog *offeringDialog() const;
    CatalogueStakeholderDialog *stakeholderDialog() const;

    Q_INVOKABLE QString cataloguePath() const;
    //! Message of the last failed action, or "".
    Q_INVOKABLE QString lastError() const { return mLastError; }
    //! Id of the record the last successful save wrote.
    Q_INVOKABLE QString lastSavedId() const { return mLastSavedId; }
    //! Rows in the Offerings list (after filters).
    Q_INVOKABLE int offeringCount() const;
    Q_INVOKABLE QStringList offeringNames() const;
    Q_INVOKABLE int stakeholderCount() const;
    Q_INVOKABLE QString selectedOfferingId() const;
    Q_INVOKABLE QString selectedStakeholderId() const;
    //! Sites marked on the map now.
    Q_INVOKABLE int highlightedSiteCount() const;
    //! The detail pane's text (plain).
    Q_INVOKABLE QString detailsText() const;

    //! What the offering dialog shows for an existing offering (as a map, see CatalogueOfferingInput).
    Q_INVOKABLE QVariantMap offeringValues( const QString &id ) const;
    //! The same as saveOffering( QVariantMap ), for C++ callers.
    QString saveOfferingInput( const CatalogueOfferingInput &input );

  public slots:
    //! Creates a catalogue file and opens it (with its layers); false and lastError() on failure.
    bool createCatalogue( const QString &path );
    //! Opens a catalogue file and adds its layers to the project once; false and lastError() on failure.
    bool openCatalogue( const QString &path );
    //! Closes the catalogue and takes its layers out of the project.
    void closeCatalogue();
    //! File dialogs of "New catalogue…" and "Open catalogue…" (they start in the project's folder).
    void chooseNewCatalogue();
    void chooseCatalogueToOpen();
    //! "Add catalogue tables to project": layers with relations, in a layer group (if they are not there).
    bool addLayersToProject();
    //! Queries the catalogue again (after edits made elsewhere).
    void refresh();

    /**
     * What the offering dialog's OK does: validates and writes the offering (keys as in
     * CatalogueOfferingInput: name, providerName or providerId, status, validFrom, capacity,
     * themes, targetGroups, sites = [{name, street, postalCode, city, latitude, longitude}] ...).
     * Returns "" on success (lastSavedId() is the offering's id), else the message for the planner.
     */
    QString saveOffering( const QVariantMap &values );
    QString deleteOffering( const QString &id );
    //! What the stakeholder dialog's OK does (keys as in CatalogueStakeholderInput).
    QString saveStakeholder( const QVariantMap &values );
    QString deleteStakeholder( const QString &id, bool withOfferings = false );

    //! Selects the offering in the list (highlighting its sites on the map); false if it is not listed.
    bool selectOffering( const QString &id );
    bool selectStakeholder( const QString &id );
    void showOfferings();
    void showStakeholders();
    //! Lists only the offerings of the stakeholder \a id ("" lists all again).
    void showOfferingsOf( const QString &stakeholderId );
    //! Drops the filters that come from the map selection or a stakeholder.
    void clearScope();

    // Dialog-driven actions of the dock's buttons.
    void addOffering();
    void editOffering();
    void deleteSelectedOffering();
    void addStakeholder();
    void editStakeholder();
    void deleteSelectedStakeholder();

  signals:
    //! A catalogue was opened ("" = closed).
    void catalogueChanged( const QString &path );

  private slots:
    void refreshOfferings();
    void refreshStakeholders();
    void offeringSelectionChanged();
    void stakeholderSelectionChanged();
    void siteSelectionChanged();
    void quarterSelectionChanged();
    void sessionChanged( const QString &path );

  private:
    CatalogueListPage *buildOfferingsPage();
    CatalogueListPage *buildStakeholdersPage();
    void fillFilterCombos();
    void updateHeader();
    void updateScope();
    //! After the dock wrote to the catalogue: layers and lists read it again.
    void afterWrite();
    void fail( const QString &message );
    QString chooseFile( bool create );
    void closeDialogs();
    //! Draws the sites of the listed offerings only (unless the list follows a selection of sites on the map).
    void showListedSitesOnMap( const QSet<QString> &sites, bool everything );

    CatalogueSession *mSession = nullptr;
    QString mLastError;
    QString mLastSavedId;

    CatalogueMapLink *mMapLink = nullptr;
    QgsMessageBar *mMessageBar = nullptr;
    QLabel *mFileLabel = nullptr;
    QTabWidget *mTabs = nullptr;
    CatalogueListPage *mOfferings = nullptr;
    CatalogueListPage *mStakeholders = nullptr;

    CatalogueOfferingFilters *mFilters = nullptr;
    // Filter of the stakeholders
    QComboBox *mKindFilter = nullptr;

    // Filters that come from outside the filter row: the map selection and a chosen stakeholder.
    QStringList mSiteScope;
    QString mProviderScope;
    // While the list is rebuilt, the selection is restored without moving the map.
    bool mRestoringSelection = false;

    QPointer<CatalogueOfferingDialog> mOfferingDialog;
    QPointer<CatalogueStakeholderDialog> mStakeholderDialog;
};

#endif // CATALOGUEDOCK_H
