#ifndef TESTUTILS_H
#define TESTUTILS_H

#include <QString>
#include <QVariantMap>
#include <memory>

class QgsVectorLayer;
class QgsProcessingFeedback;

/**
 * Shared set-up of the algorithm tests: QGIS started once with QGIS's native algorithms and the
 * Sozialraum provider, and a way to run an algorithm and get its output back as a layer.
 */
namespace TestUtils
{
  void initQgis();
  void exitQgis();

  //! Result of one algorithm run.
  struct Run
  {
    bool ok = false;
    QString error;  //!< the QgsProcessingException's message when !ok
    QString log;    //!< everything the algorithm reported
    QVariantMap results;
  };

  Run run( const QString &algorithmId, const QVariantMap &parameters );

  //! Opens a result (file path or layer id of a temporary output) as a layer the caller owns.
  std::unique_ptr<QgsVectorLayer> layer( const QString &path );

  //! A path in ../shared/data.
  QString sharedData( const QString &fileName );
} // namespace TestUtils

#endif
