#ifndef EXAMPLEMODELS_H
#define EXAMPLEMODELS_H

#include <QString>
#include <QStringList>

/**
 * The example models shipped with the plugin (models/*.model3, compiled in as resources).
 *
 * QGIS shows the models of the profile's models folder in the Processing Toolbox (Models →
 * "Sozialraum examples") and opens them in the Model Builder; copying the examples there is
 * how planners find them. A copy the user has changed is never replaced.
 */
namespace ExampleModels
{
  //! File names of the shipped models, e.g. "gap_workflow.model3".
  QStringList names();

  //! The profile's models folder: the first of Processing's MODELS_FOLDER setting, else <profile>/processing/models.
  QString profileModelsFolder();

  /**
   * Copies every shipped model that is not yet in \a folder (created when missing); an existing
   * file of the same name is kept as the user left it. Returns the names copied; \a error says
   * why a copy failed.
   */
  QStringList install( const QString &folder, QString *error = nullptr );

  //! Makes QGIS's model provider ("model") read its folders again, when it is loaded.
  void refreshModelProvider();
} // namespace ExampleModels

#endif // EXAMPLEMODELS_H
