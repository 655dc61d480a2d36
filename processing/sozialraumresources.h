#ifndef SOZIALRAUMRESOURCES_H
#define SOZIALRAUMRESOURCES_H

#include <QString>

/**
 * Resources (icons, compiled translations) live in a static library, so their
 * registration has to be triggered explicitly once per process.
 */
namespace Sozialraum
{
  //! Registers the embedded icons and translations. Safe to call repeatedly.
  void initResources();

  //! The plugin's version, taken from metadata.txt at build time.
  QString version();

  //! Resource path of an icon in icons/, e.g. iconPath( "sozialraum.svg" ).
  QString iconPath( const QString &fileName );
} // namespace Sozialraum

#endif // SOZIALRAUMRESOURCES_H
