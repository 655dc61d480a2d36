#ifndef INDEXLABELS_H
#define INDEXLABELS_H

#include <QCoreApplication>
#include <QStringList>

#include <string>

/**
 * The words of the index engine in the interface language.
 *
 * The engine (plain C++, no Qt) speaks in fixed words: Berlin's published MSS class names
 * ("hoch", "mittel", "niedrig", "sehr niedrig"; dynamics "positiv", "stabil", "negativ";
 * "ohne Zuordnung"), English notes ("excluded: …", "missing value in …") and English preset
 * titles. Planners see them in output fields, legends and the log, so this layer turns them
 * into the interface language: the English interface shows "high", "missing value in s1", the
 * German one Berlin's published names and German notes. Class numbers (si_class,
 * status_class …) stay the stable keys; labels someone wrote into an own definition are
 * shown as written.
 */
class IndexLabels
{
    Q_DECLARE_TR_FUNCTIONS( IndexLabels )

  public:
    //! A class label of the engine in the interface language ("hoch" → "high" in English).
    static QString classLabel( const std::string &engineLabel );
    //! The legend's label of a class: what it classifies and the class, e.g. "Status: hoch".
    static QString legendLabel( const QString &subject, const std::string &engineLabel );
    //! MSS overall group, e.g. "Status mittel, Dynamik negativ" / "Status medium, dynamics negative".
    static QString mssOverall( int statusClass, int dynamicsClass );
    //! Label of areas the MSS leaves without a class ("ohne Zuordnung" / "not assigned").
    static QString notAssigned();
    //! An engine note for si_note / monitoring_note in the interface language.
    static QString note( const std::string &engineNote );

    //! The shipped presets as a choice: index 0 is "none", then one entry per preset, in presetNames() order.
    static QStringList presetOptions();
    //! The preset name of option \a index of presetOptions(), or "" for "none".
    static QString presetAt( int index );
    //! A preset's title in the interface language; "" for a name that is no preset.
    static QString presetTitle( const QString &name );
};

#endif // INDEXLABELS_H
