# Desktop integration, the Debian package and the checks on both. Included from the top
# CMakeLists.txt, after the targets.
#
#   cmake --install build --prefix /usr        the binary, .desktop, metainfo, MIME type, icons, man page
#   (cd build && cpack -G DEB)                  evimap_<version>_amd64.deb, Depends from dpkg-shlibdeps
#   ctest -L packaging                          appstreamcli, desktop-file-validate, the man page

include(GNUInstallDirs)

set(EVIMAP_APP_ID org.evimap.EviMap)
set(evimap_packaging_dir ${PROJECT_SOURCE_DIR}/packaging)
set(evimap_packaging_out ${PROJECT_BINARY_DIR}/packaging)

# The metainfo and the man page carry the project's version.
configure_file(${evimap_packaging_dir}/${EVIMAP_APP_ID}.metainfo.xml
               ${evimap_packaging_out}/${EVIMAP_APP_ID}.metainfo.xml @ONLY)
configure_file(${evimap_packaging_dir}/evimap.1 ${evimap_packaging_out}/evimap.1 @ONLY)

# Debian wants man pages compressed, reproducibly (no name or time stamp in the gzip header).
find_program(EVIMAP_GZIP gzip)
if(EVIMAP_GZIP)
  add_custom_command(
    OUTPUT ${evimap_packaging_out}/evimap.1.gz
    COMMAND ${EVIMAP_GZIP} -9 -n -c ${evimap_packaging_out}/evimap.1 > ${evimap_packaging_out}/evimap.1.gz
    DEPENDS ${evimap_packaging_out}/evimap.1
    COMMENT "Compressing the man page")
  add_custom_target(evimap_manpage ALL DEPENDS ${evimap_packaging_out}/evimap.1.gz)
  set(evimap_manpage ${evimap_packaging_out}/evimap.1.gz)
else()
  set(evimap_manpage ${evimap_packaging_out}/evimap.1)
endif()

install(FILES ${evimap_packaging_dir}/${EVIMAP_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${evimap_packaging_out}/${EVIMAP_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${evimap_packaging_dir}/${EVIMAP_APP_ID}.mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME ${EVIMAP_APP_ID}.xml)
install(FILES ${evimap_packaging_dir}/icons/${EVIMAP_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# The project files' icon: the same drawing, under the MIME type's icon name.
install(FILES ${evimap_packaging_dir}/icons/${EVIMAP_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes
        RENAME application-x-evimap-project.svg)
foreach(size 16 22 24 32 48 64 128 256)
  install(FILES ${evimap_packaging_dir}/icons/${EVIMAP_APP_ID}-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
          RENAME ${EVIMAP_APP_ID}.png)
endforeach()
install(FILES ${evimap_manpage} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# What Debian asks of every package's documentation folder: the licence (machine-readable
# copyright file) and the changelog, compressed the same reproducible way as the man page.
# One entry per release, newest first: a release without its entry stops the configuration.
file(STRINGS ${evimap_packaging_dir}/changelog evimap_changelog_top LIMIT_COUNT 1)
if(NOT evimap_changelog_top MATCHES "^evimap \\(${PROJECT_VERSION}\\) ")
  message(FATAL_ERROR "packaging/changelog: the newest entry is \"${evimap_changelog_top}\"; "
                      "add an entry for version ${PROJECT_VERSION}")
endif()
configure_file(${evimap_packaging_dir}/changelog ${evimap_packaging_out}/changelog COPYONLY)
if(EVIMAP_GZIP)
  add_custom_command(
    OUTPUT ${evimap_packaging_out}/changelog.gz
    COMMAND ${EVIMAP_GZIP} -9 -n -c ${evimap_packaging_out}/changelog > ${evimap_packaging_out}/changelog.gz
    DEPENDS ${evimap_packaging_out}/changelog
    COMMENT "Compressing the changelog")
  add_custom_target(evimap_changelog ALL DEPENDS ${evimap_packaging_out}/changelog.gz)
  install(FILES ${evimap_packaging_out}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/evimap)
else()
  install(FILES ${evimap_packaging_out}/changelog DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/evimap)
endif()
install(FILES ${evimap_packaging_dir}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/evimap)

# --- The Debian package -------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME evimap)
set(CPACK_PACKAGE_VENDOR "The EviMap developers")
set(CPACK_PACKAGE_CONTACT "The EviMap developers <maintainers@evimap.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "literature reviews and evidence maps, offline")
# Debian's description lines stay under 80 characters.
set(CPACK_PACKAGE_DESCRIPTION
    "EviMap takes a systematic or scoping review from the database searches to\n\
the evidence map, offline, in one project file: import references and PDFs,\n\
find duplicates, screen titles, abstracts and full texts (blind and dual),\n\
code studies with a codebook, and draw evidence gap maps and PRISMA 2020 flow\n\
diagrams from the data. Every step also works from the command line.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries the binary links come from dpkg-shlibdeps (dpkg-dev). Qt's plugins are loaded at
# run time, so they are named here: the X11/Wayland platform plugins, the SQLite driver and the
# SVG icon engine (the window icon).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, xdg-utils")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "chromium")
include(CPack)

# --- Checks (ctest -L packaging) ---------------------------------------------------------------
if(EVIMAP_BUILD_TESTS)
  add_test(NAME appstream_validate
           COMMAND appstreamcli validate --no-net --explain
                   ${evimap_packaging_out}/${EVIMAP_APP_ID}.metainfo.xml)
  add_test(NAME desktop_file_validate
           COMMAND desktop-file-validate ${evimap_packaging_dir}/${EVIMAP_APP_ID}.desktop)
  add_test(NAME manpage_lists_every_command
           COMMAND ${CMAKE_COMMAND} -DEVIMAP=$<TARGET_FILE:evimap>
                   -DMANPAGE=${evimap_packaging_out}/evimap.1
                   -P ${evimap_packaging_dir}/check-manpage.cmake)
  add_test(NAME install_tree
           COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${PROJECT_BINARY_DIR}
                   -DPREFIX=${PROJECT_BINARY_DIR}/install-check
                   -P ${evimap_packaging_dir}/check-install.cmake)
  set_tests_properties(appstream_validate desktop_file_validate manpage_lists_every_command
                       install_tree PROPERTIES LABELS packaging TIMEOUT 120)
endif()
