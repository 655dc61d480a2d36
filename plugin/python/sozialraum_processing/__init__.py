"""Sozialraum Processing: the native Sozialraum algorithms for hosts that load Python plugins only.

QGIS 3.22's qgis_process never loads C++ plugins. This plugin loads libsozialraumplugin.so with
ctypes and calls its exported sozialraum_register_processing_provider(), which adds the
"sozialraum" provider unless one is registered already (e.g. by the desktop C++ plugin).

The library is looked for, in this order:
  1. $SOZIALRAUM_PLUGIN_LIBRARY (a path to the .so),
  2. a copy already loaded in this process (the desktop's C++ plugin),
  3. library_path.txt next to this file (written by the build and by make install; a path
     relative to this folder, or absolute),
  4. the folders of the QGIS setting plugins/searchPathsForPlugins,
  5. QgsApplication.pluginPath() and /usr/lib/qgis/plugins.
"""

import ctypes
import os
import sys

LIBRARY_NAME = "libsozialraumplugin.so"
_HERE = os.path.dirname(os.path.abspath(__file__))


def _loaded_copies():
    """Paths of libsozialraumplugin.so already mapped into this process (Linux)."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            for line in maps:
                fields = line.split(None, 5)
                if len(fields) == 6 and os.path.basename(fields[5].strip()) == LIBRARY_NAME:
                    yield fields[5].strip()
    except OSError:
        return


def _candidates():
    env = os.environ.get("SOZIALRAUM_PLUGIN_LIBRARY")
    if env:
        yield env
    yield from _loaded_copies()
    try:
        with open(os.path.join(_HERE, "library_path.txt"), encoding="utf-8") as listing:
            for line in listing:
                line = line.strip()
                if line and not line.startswith("#"):
                    yield os.path.normpath(os.path.join(_HERE, line))
    except OSError:
        pass
    try:
        from qgis.core import QgsApplication, QgsSettings

        search_paths = QgsSettings().value("plugins/searchPathsForPlugins", "") or ""
        if isinstance(search_paths, (list, tuple)):
            search_paths = "|".join(search_paths)
        for folder in filter(None, str(search_paths).split("|")):
            yield os.path.join(folder, LIBRARY_NAME)
        yield os.path.join(QgsApplication.pluginPath(), LIBRARY_NAME)
    except Exception:  # outside QGIS: only the fixed places
        pass
    yield os.path.join("/usr/lib/qgis/plugins", LIBRARY_NAME)


def find_library():
    """The path of the Sozialraum library this plugin will load; raises when there is none."""
    tried = []
    for path in _candidates():
        if path in tried:
            continue
        tried.append(path)
        if os.path.isfile(path):
            return path
    raise RuntimeError(
        "Sozialraum Processing: {} not found (looked at: {}). Build or install the Sozialraum "
        "C++ plugin, or set SOZIALRAUM_PLUGIN_LIBRARY.".format(LIBRARY_NAME, ", ".join(tried)))


def load_library(path=None):
    """Loads the library (RTLD_LOCAL: its C entry points stay out of the global namespace;
    QGIS and Qt, which it links, are the copies this process has already loaded)."""
    library = ctypes.CDLL(path or find_library())
    for function in ("sozialraum_register_processing_provider", "sozialraum_unregister_processing_provider"):
        getattr(library, function).restype = ctypes.c_bool
        getattr(library, function).argtypes = []
    return library


class SozialraumProcessingPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.library = None

    def initProcessing(self):
        if self.library is not None:
            return
        try:
            library = load_library()
            if not library.sozialraum_register_processing_provider():
                raise RuntimeError("Sozialraum Processing: the provider could not be registered")
        except Exception as error:
            if self.iface is None:
                # qgis_process only says "error starting plugin" (QGIS logs the reason as a
                # warning, which it does not print): say why.
                sys.stderr.write("{}\n".format(error))
            raise
        self.library = library

    def initGui(self):
        # In the desktop the C++ plugin usually owns the provider already; then this does nothing.
        self.initProcessing()

    def unload(self):
        if self.library is not None:
            # Removes only a provider this plugin registered, never the C++ plugin's.
            self.library.sozialraum_unregister_processing_provider()
            self.library = None


def classFactory(iface):  # noqa: N802 (QGIS's name)
    return SozialraumProcessingPlugin(iface)
