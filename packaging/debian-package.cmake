# `make package` / `cpack -G DEB`: one Debian package, qgis-plugin-sozialraum, for Debian 12's
# QGIS 3.22. Included from the top-level CMakeLists.txt after every install() rule.
#
# What it holds (always under /usr, whatever CMAKE_INSTALL_PREFIX the build was configured with):
#   /usr/lib/qgis/plugins/libsozialraumplugin.so        the desktop plugin (QGIS looks there)
#   /usr/bin/sozialraum_process                        the headless runner
#   /usr/share/qgis/python/plugins/sozialraum_processing/  the shim for qgis_process
#   /usr/share/doc/qgis-plugin-sozialraum/             copyright, changelog, an example of the
#                                                      global settings that enable the plugin
#   /usr/share/man/man1/sozialraum_process.1.gz
# The translations are Qt resources inside the plugin and the runner (i18n/CMakeLists.txt).

set(SOZIALRAUM_DEB_NAME qgis-plugin-sozialraum)
set(SOZIALRAUM_DEB_DOC_DIR share/doc/${SOZIALRAUM_DEB_NAME})

# Debian wants the changelog and man pages gzipped with no timestamp (gzip -n).
set(SOZIALRAUM_DEB_STAGE ${CMAKE_BINARY_DIR}/packaging)
string(TIMESTAMP SOZIALRAUM_DEB_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC) # honours SOURCE_DATE_EPOCH
configure_file(${CMAKE_CURRENT_LIST_DIR}/changelog.Debian.in ${SOZIALRAUM_DEB_STAGE}/changelog.Debian @ONLY)
configure_file(${CMAKE_CURRENT_LIST_DIR}/sozialraum_process.1.in ${SOZIALRAUM_DEB_STAGE}/sozialraum_process.1 @ONLY)
add_custom_command(
  OUTPUT ${SOZIALRAUM_DEB_STAGE}/changelog.Debian.gz ${SOZIALRAUM_DEB_STAGE}/sozialraum_process.1.gz
  COMMAND gzip -9nf -k changelog.Debian sozialraum_process.1
  DEPENDS ${SOZIALRAUM_DEB_STAGE}/changelog.Debian ${SOZIALRAUM_DEB_STAGE}/sozialraum_process.1
  WORKING_DIRECTORY ${SOZIALRAUM_DEB_STAGE}
  COMMENT "Compressing the Debian changelog and the man page")
add_custom_target(sozialraum_deb_docs ALL
  DEPENDS ${SOZIALRAUM_DEB_STAGE}/changelog.Debian.gz ${SOZIALRAUM_DEB_STAGE}/sozialraum_process.1.gz)

install(FILES
    ${CMAKE_CURRENT_LIST_DIR}/copyright
    ${SOZIALRAUM_DEB_STAGE}/changelog.Debian.gz
  DESTINATION ${SOZIALRAUM_DEB_DOC_DIR})
install(FILES ${CMAKE_CURRENT_LIST_DIR}/qgis_global_settings.ini
  DESTINATION ${SOZIALRAUM_DEB_DOC_DIR}/examples)
install(FILES ${SOZIALRAUM_DEB_STAGE}/sozialraum_process.1.gz DESTINATION share/man/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${SOZIALRAUM_DEB_NAME})
set(CPACK_PACKAGE_VERSION ${SOZIALRAUM_VERSION}) # metadata.txt's version, like the plugin's
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)           # qgis-plugin-sozialraum_<version>-1_amd64.deb
set(CPACK_PACKAGE_VENDOR "Sozialraum developers")
set(CPACK_PACKAGE_CONTACT "Sozialraum developers <dev@sozialraum.invalid>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Sozialraum developers <dev@sozialraum.invalid>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)                         # RelWithDebInfo builds: no debug info in the package
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_CURRENT_LIST_DIR}/prerm) # removes __pycache__
# Libraries (QGIS 3.22.16's libqgis-core/-gui/-analysis, Qt 5, SQLite, ...) from dpkg-shlibdeps;
# on top, what is loaded at run time and so invisible to it: QGIS's data providers (layers from
# files, SpatiaLite catalogues), SpatiaLite's SQLite module (the catalogue) and PyQGIS (the shim
# for qgis_process). The desktop itself is recommended: servers that only run sozialraum_process
# can leave it out with --no-install-recommends.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qgis-providers (>= 3.22), libsqlite3-mod-spatialite, python3-qgis (>= 3.22)")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qgis (>= 3.22)")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "QGIS plugin for municipal social planning (Sozialraum)")
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY in front as the synopsis; lines stay below 80 columns.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Sozialraum adds social-space planning to QGIS 3.22 for social planners,
neighbourhood management and city GIS departments. It computes social indices
per statistical area as published monitoring systems do (Berlin's Monitoring
Soziale Stadtentwicklung, CDC SVI), measures accessibility along the street
network (isochrones, nearest facility, OD matrices), finds service gaps
between need and access, and keeps a catalogue of stakeholders and offerings
tied to the map.
.
This package installs the desktop plugin into QGIS's system plugin folder
(enable it under Plugins > Manage and Install Plugins, or for all users in
QGIS's global settings), the headless runner sozialraum_process, and a small
Python plugin that makes the algorithms available to qgis_process. A German
translation is included.")

include(CPack)
