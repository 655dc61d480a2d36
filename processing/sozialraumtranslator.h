#ifndef SOZIALRAUMTRANSLATOR_H
#define SOZIALRAUMTRANSLATOR_H

#include <QString>
#include <memory>

class QTranslator;

/**
 * Installs the Sozialraum translation that matches QgsApplication::locale()
 * for as long as the object lives (QGIS only installs its own translators).
 */
class SozialraumTranslator
{
  public:
    //! Installs the translation for \a locale (two-letter code); empty = QgsApplication::locale().
    explicit SozialraumTranslator( const QString &locale = QString() );
    ~SozialraumTranslator();

    SozialraumTranslator( const SozialraumTranslator & ) = delete;
    SozialraumTranslator &operator=( const SozialraumTranslator & ) = delete;

    //! True when a translation for the locale was found and installed.
    bool isInstalled() const { return mInstalled; }
    QString locale() const { return mLocale; }

  private:
    std::unique_ptr<QTranslator> mTranslator;
    QString mLocale;
    bool mInstalled = false;
};

#endif // SOZIALRAUMTRANSLATOR_H
