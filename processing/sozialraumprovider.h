#ifndef SOZIALRAUMPROVIDER_H
#define SOZIALRAUMPROVIDER_H

#include <qgsprocessingprovider.h>

/**
 * The "sozialraum" processing provider: lists every Sozialraum algorithm.
 * Used by the desktop plugin, the headless runner and the tests alike.
 */
class SozialraumProvider : public QgsProcessingProvider
{
    Q_OBJECT

  public:
    explicit SozialraumProvider( QObject *parent = nullptr );

    QString id() const override;
    QString name() const override;
    QString longName() const override;
    QString versionInfo() const override;
    QIcon icon() const override;
    QString svgIconPath() const override;

  protected:
    void loadAlgorithms() override;
};

#endif // SOZIALRAUMPROVIDER_H
