#ifndef INDEXOUTPUT_H
#define INDEXOUTPUT_H

#include "index/compute.h"
#include "index/sensitivity.h"

#include <QCoreApplication>
#include <qgsfields.h>

class IndexInput;
class QgsFeatureSink;
class QgsProcessingFeedback;

/**
 * Writes an index result next to the input's attributes: every input field, the
 * definition's named columns (n_*, EPL_*, SPL_THEME1 …), the si_* fields and, with a
 * sensitivity analysis, si_class_stability / si_rank_p05 / si_rank_p95.
 * An input field with the name of a result field is replaced by the result (re-running
 * CDC's SVI on CDC's own CSV overwrites its EPL_* columns with ours).
 */
class IndexOutput
{
    Q_DECLARE_TR_FUNCTIONS( IndexOutput )

  public:
    IndexOutput( const IndexInput &input, const sozialraum::index::IndexResult &result, const sozialraum::index::SensitivityResult *sensitivity );

    QgsFields fields() const { return mFields; }
    void write( QgsFeatureSink &sink, QgsProcessingFeedback *feedback ) const;

    static QgsFields pcaFields();
    static void writePca( const sozialraum::index::IndexDefinition &definition, const sozialraum::index::IndexResult &result, QgsFeatureSink &sink );

  private:
    const IndexInput &mInput;
    const sozialraum::index::IndexResult &mResult;
    const sozialraum::index::SensitivityResult *mSensitivity = nullptr;
    QgsFields mFields;
    QVector<int> mKeptInputFields;
};

namespace Sozialraum
{
  //! Logs the class distribution, exclusions and principal-component loadings of a result.
  void reportIndex( const sozialraum::index::IndexResult &result, QgsProcessingFeedback *feedback );
} // namespace Sozialraum

#endif // INDEXOUTPUT_H
