// Entry points for hosts that load Python plugins only (qgis_process in 3.22, the Python
// console): the Python shim plugin/python/sozialraum_processing calls these through ctypes.
//
// The desktop C++ plugin (sozialraumplugin.cpp) registers the same provider itself. The shim
// registers only when no "sozialraum" provider exists; the C++ plugin replaces a provider the
// shim registered (marked by the property "sozialraumShim") by its own. Never two at once.

#include "sozialraumprovider.h"
#include "sozialraumresources.h"
#include "sozialraumtranslator.h"

#include <QCoreApplication>
#include <QPointer>
#include <qgis.h>
#include <qgsapplication.h>
#include <qgsprocessingregistry.h>

namespace
{
  // Only what the shim registered itself; the registry owns the provider (QPointer turns null
  // when the registry deletes it, e.g. in exitQgis()).
  QPointer<SozialraumProvider> sShimProvider;
  // Deliberately a raw pointer: a static object would be destroyed after the application and
  // then try to remove its translator from an application that no longer exists.
  SozialraumTranslator *sShimTranslator = nullptr;
} // namespace

/**
 * Adds the Sozialraum processing provider to QgsApplication::processingRegistry() unless a
 * provider with the id "sozialraum" is already there (e.g. the desktop C++ plugin's).
 * Returns true when the provider is available afterwards (registered now or before).
 */
QGISEXTERN bool sozialraum_register_processing_provider()
{
  if ( !QCoreApplication::instance() )
    return false;
  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  if ( !registry )
    return false;
  if ( registry->providerById( QStringLiteral( "sozialraum" ) ) )
    return true;

  Sozialraum::initResources();
  // The translation must be installed before the provider and its algorithms make strings.
  if ( !sShimTranslator )
    sShimTranslator = new SozialraumTranslator();

  SozialraumProvider *provider = new SozialraumProvider();
  // Marks the provider as the shim's: the desktop C++ plugin replaces it by its own.
  provider->setProperty( "sozialraumShim", true );
  if ( !registry->addProvider( provider ) )
  {
    // addProvider has deleted the provider itself (duplicate id or failed load): not again.
    delete sShimTranslator;
    sShimTranslator = nullptr;
    return false;
  }
  sShimProvider = provider;
  return true;
}

/**
 * Removes the provider that sozialraum_register_processing_provider() added, and its
 * translation. A provider registered by someone else (the desktop plugin) stays.
 * Returns true when the shim's provider was removed.
 */
QGISEXTERN bool sozialraum_unregister_processing_provider()
{
  bool removed = false;
  if ( sShimProvider && QCoreApplication::instance() )
  {
    if ( QgsProcessingRegistry *registry = QgsApplication::processingRegistry() )
      removed = registry->removeProvider( sShimProvider.data() ); // deletes it
  }
  sShimProvider = nullptr;
  if ( sShimTranslator && QCoreApplication::instance() )
  {
    delete sShimTranslator;
    sShimTranslator = nullptr;
  }
  return removed;
}
