#ifndef GUARDEDSINK_H
#define GUARDEDSINK_H

#include <QCoreApplication>
#include <memory>
#include <qgsfeaturesink.h>

class QgsFeedback;

/**
 * The sink every Sozialraum output is written through. It stops the run at once when the
 * user cancels (a cancelled run never goes on writing gigabytes), and turns a feature that
 * could not be written into an error naming the output: QGIS's own sink only logs it, and a
 * result missing rows must never look complete.
 */
class GuardedSink : public QgsFeatureSink
{
    Q_DECLARE_TR_FUNCTIONS( GuardedSink )

  public:
    GuardedSink( QgsFeatureSink *sink, const QString &outputName, QgsFeedback *feedback );
    ~GuardedSink() override;

    bool addFeature( QgsFeature &feature, QgsFeatureSink::Flags flags = QgsFeatureSink::Flags() ) override;
    bool addFeatures( QgsFeatureList &features, QgsFeatureSink::Flags flags = QgsFeatureSink::Flags() ) override;
    bool flushBuffer() override;
    QString lastError() const override;

  private:
    //! Throws when the run was cancelled (before anything more is written).
    void stopIfCanceled() const;
    //! Throws the write error of the wrapped sink, naming the output.
    [[noreturn]] void failWrite() const;

    std::unique_ptr<QgsFeatureSink> mSink;
    QString mOutputName;
    QgsFeedback *mFeedback = nullptr;
};

#endif // GUARDEDSINK_H
