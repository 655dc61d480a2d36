#ifndef CATALOGUESTAKEHOLDERDIALOG_H
#define CATALOGUESTAKEHOLDERDIALOG_H

#include "catalogueedits.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/**
 * Adds or edits a stakeholder (Akteur). OK hands the input to the save function; an error it
 * returns is shown in the dialog, which stays open.
 */
class CatalogueStakeholderDialog : public QDialog
{
    Q_OBJECT

  public:
    using SaveFunction = std::function<QString( const CatalogueStakeholderInput & )>;

    CatalogueStakeholderDialog( const CatalogueStakeholderInput &input, SaveFunction save, QWidget *parent = nullptr );

    CatalogueStakeholderInput input() const;
    QString errorText() const;

  public slots:
    void accept() override;

  private:
    CatalogueStakeholderInput mInput;
    SaveFunction mSave;
    QLineEdit *mName = nullptr;
    QComboBox *mKind = nullptr;
    QPlainTextEdit *mDescription = nullptr;
    QLineEdit *mEmail = nullptr;
    QLineEdit *mWebsite = nullptr;
    QLineEdit *mLegalStatus = nullptr;
    QLabel *mError = nullptr;
};

#endif // CATALOGUESTAKEHOLDERDIALOG_H
