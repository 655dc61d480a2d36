# Runs inside QGIS (qgis --code): checks what a user sees after enabling the plugin,
# unloads and reloads it in the same session, and saves screenshots.
import os
import traceback

from qgis.PyQt.QtCore import QTimer, QMetaObject, Qt
from qgis.PyQt.QtWidgets import QDockWidget, QAction
from qgis.core import QgsApplication
from qgis.utils import iface

RESULT = os.environ["SOZIALRAUM_TEST_RESULT"]
ARTIFACTS = os.environ["SOZIALRAUM_TEST_ARTIFACTS"]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def provider_present():
    return QgsApplication.processingRegistry().providerById("sozialraum") is not None


def dock():
    return iface.mainWindow().findChild(QDockWidget, "SozialraumCatalogueDock")


def action():
    return iface.mainWindow().findChild(QAction, "SozialraumCatalogueAction")


def guarded(step):
    def run():
        try:
            step()
        except Exception:
            failures.append(traceback.format_exc())
            finish()
    return run


def inspect_loaded(stage):
    check(provider_present(), f"{stage}: provider 'sozialraum' is not registered")
    check(dock() is not None, f"{stage}: dock SozialraumCatalogueDock not found")
    check(action() is not None, f"{stage}: toolbar/menu action SozialraumCatalogueAction not found")
    algs = [a.id() for a in QgsApplication.processingRegistry().algorithms() if a.id().startswith("sozialraum:")]
    check(len(algs) > 0, f"{stage}: provider has no algorithms")


@guarded
def first_look():
    inspect_loaded("after start")
    if dock() is not None and action() is not None:
        if not dock().isVisible():
            action().trigger()
        QgsApplication.processEvents()
        check(dock().isVisible(), "the toolbar action did not show the dock")
    QTimer.singleShot(1500, screenshot_and_unload)


@guarded
def screenshot_and_unload():
    iface.mainWindow().grab().save(os.path.join(ARTIFACTS, "desktop-qgis.png"))
    plugin = QgsApplication.instance().property("sozialraumPlugin")
    check(plugin is not None, "plugin object not reachable (qApp property sozialraumPlugin)")
    if plugin is None:
        finish()
        return
    QMetaObject.invokeMethod(plugin, "unload", Qt.DirectConnection)
    QgsApplication.processEvents()
    check(not provider_present(), "after unload: provider still registered")
    check(dock() is None, "after unload: dock still in the main window")
    check(action() is None, "after unload: action still in the main window")
    QMetaObject.invokeMethod(plugin, "initGui", Qt.DirectConnection)
    QTimer.singleShot(1000, after_reload)


@guarded
def after_reload():
    inspect_loaded("after reload")
    if action() is not None and not dock().isVisible():
        action().trigger()
    QgsApplication.processEvents()
    iface.mainWindow().grab().save(os.path.join(ARTIFACTS, "desktop-qgis-reloaded.png"))
    finish()


def finish():
    with open(RESULT, "w") as f:
        if failures:
            f.write("FAIL\n" + "\n".join(failures) + "\n")
        else:
            f.write("PASS: provider sozialraum and dock SozialraumCatalogueDock present; unload and reload clean\n")
    QgsApplication.exit(1 if failures else 0)


QTimer.singleShot(4000, first_look)
