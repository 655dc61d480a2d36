#ifndef CATALOGUEDOCK_H
#define CATALOGUEDOCK_H

#include <QDockWidget>

class QTabWidget;
class QLabel;

/**
 * The catalogue of stakeholders (Akteure) and offerings (Angebote).
 * Its object name "SozialraumCatalogueDock" is public: tests and users' scripts find it by it.
 */
class CatalogueDock : public QDockWidget
{
    Q_OBJECT

  public:
    explicit CatalogueDock( QWidget *parent = nullptr );

  private:
    QTabWidget *mTabs = nullptr;
    QLabel *mStatus = nullptr;
};

#endif // CATALOGUEDOCK_H
