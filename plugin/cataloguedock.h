#ifndef CATALOGUEDOCK_H
#define CATALOGUEDOCK_H

#include "catalogueedits.h"

#include <QDockWidget>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QToolButton;
class QWidget;
class QgsMapCanvas;
class QgsMessageBar;
class CatalogueMapLink;
class CatalogueOfferingDialog;
class CatalogueOfferingModel;
class CatalogueStakeholderDialog;
class CatalogueStakeholderModel;

namespace sozialraum::catalogue
{
  class Catalogue;
}

/**
 * The catalogue of stakeholders (Akteure) and offerings (Angebote), tied to the map.
 *
 * Its object name "SozialraumCatalogueDock" is public: tests and users' scripts find it by it
 * and call the invokable methods and slots (openCatalogue(), saveOffering() ...). It needs a
 * map canvas only, no QgisInterface, so widget tests can drive it.
 *
 * The catalogue in use is stored in the QGIS project (entry Sozialraum/catalogue) and opened
 * again when a project that names one is read.
 */
class CatalogueDock : public QDockWidget
{
    Q_OBJECT

  public:
    explicit CatalogueDock( QgsMapCanvas *canvas, QWidget *parent = nullptr );
    ~CatalogueDock() override;

    //! The open catalogue, or nullptr.
    sozialraum::catalogue::Catalogue *catalogue() const { return mCatalogue.get(); }
    CatalogueMapLink *mapLink() const { return mMapLink; }
    CatalogueOfferingModel *offeringModel() const { return mOfferingModel; }
    CatalogueStakeholderModel *stakeholderModel() const { return mStakeholderModel; }
    QTableView *offeringView() const { return mOfferingView; }
    QTableView *stakeholderView() const { return mStakeholderView; }
    //! The open edit dialog, if any (tests fill and confirm it).
    CatalogueOfferingDialog *offeringDialog() const;
    CatalogueStakeholderDialog *stakeholderDialog() const;

    Q_INVOKABLE QString cataloguePath() const { return mPath; }
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
    //! Creates a catalogue file and opens it; false and lastError() on failure.
    bool createCatalogue( const QString &path );
    //! Opens a catalogue file; false and lastError() on failure.
    bool openCatalogue( const QString &path );
    void closeCatalogue();
    //! File dialogs of "New catalogue…" and "Open catalogue…"; they also add the tables to the project.
    void chooseNewCatalogue();
    void chooseCatalogueToOpen();
    //! "Add catalogue tables to project": layers with relations, in a layer group.
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
    void projectRead();
    void writeProjectEntry();
    void layersAdded();

  private:
    QWidget *buildOfferingsPage();
    QWidget *buildStakeholdersPage();
    bool useCatalogue( std::unique_ptr<sozialraum::catalogue::Catalogue> catalogue );
    void fillFilterCombos();
    void updateHeader();
    void updateScope();
    void afterWrite();
    void fail( const QString &message );
    void watchCatalogueLayers();
    QString chooseFile( bool create );

    std::unique_ptr<sozialraum::catalogue::Catalogue> mCatalogue;
    QString mPath;
    QString mLastError;
    QString mLastSavedId;

    CatalogueMapLink *mMapLink = nullptr;
    QgsMessageBar *mMessageBar = nullptr;
    QLabel *mFileLabel = nullptr;
    QTabWidget *mTabs = nullptr;

    // Offerings tab
    QLineEdit *mOfferingSearch = nullptr;
    QComboBox *mThemeFilter = nullptr;
    QComboBox *mTargetGroupFilter = nullptr;
    QComboBox *mFormFilter = nullptr;
    QComboBox *mStatusFilter = nullptr;
    QCheckBox *mValidToday = nullptr;
    QCheckBox *mWithinQuarter = nullptr;
    QWidget *mScopeBar = nullptr;
    QLabel *mScopeLabel = nullptr;
    QToolButton *mScopeClear = nullptr;
    QTableView *mOfferingView = nullptr;
    CatalogueOfferingModel *mOfferingModel = nullptr;
    QTextBrowser *mOfferingDetails = nullptr;
    QLabel *mOfferingCount = nullptr;
    QList<QWidget *> mOfferingEditButtons;

    // Stakeholders tab
    QLineEdit *mStakeholderSearch = nullptr;
    QComboBox *mKindFilter = nullptr;
    QTableView *mStakeholderView = nullptr;
    CatalogueStakeholderModel *mStakeholderModel = nullptr;
    QTextBrowser *mStakeholderDetails = nullptr;
    QLabel *mStakeholderCount = nullptr;
    QList<QWidget *> mStakeholderEditButtons;

    // Filters that come from outside the filter row: the map selection and a chosen stakeholder.
    QStringList mSiteScope;
    QString mProviderScope;
    // While the list is rebuilt, the selection is restored without moving the map.
    bool mRestoringSelection = false;

    QPointer<CatalogueOfferingDialog> mOfferingDialog;
    QPointer<CatalogueStakeholderDialog> mStakeholderDialog;
};

#endif // CATALOGUEDOCK_H
