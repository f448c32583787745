# Installation layout and CPack: Debian and RPM packages split by component (eventbook-server now,
# the desktop app once it exists), plus a tarball. `scripts/eventbook.sh package` drives it.
include(GNUInstallDirs)

set(EVENTBOOK_LINUX_DIR ${CMAKE_SOURCE_DIR}/packaging/linux)
set(EVENTBOOK_SERVER_DOC ${CMAKE_INSTALL_DATADIR}/doc/eventbook-server)

# Debian wants compressed, reproducible (-n: no name or time stamp) man pages and changelogs.
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(EVENTBOOK_GZ_DIR ${CMAKE_BINARY_DIR}/packaging)
foreach(pair "eventbook-server.1;eventbook-server.1.gz" "changelog;changelog.gz")
    list(GET pair 0 source)
    list(GET pair 1 target)
    add_custom_command(OUTPUT ${EVENTBOOK_GZ_DIR}/${target}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${EVENTBOOK_GZ_DIR}
        COMMAND ${GZIP_EXECUTABLE} -9nc ${EVENTBOOK_LINUX_DIR}/${source} > ${EVENTBOOK_GZ_DIR}/${target}
        DEPENDS ${EVENTBOOK_LINUX_DIR}/${source} VERBATIM)
    list(APPEND EVENTBOOK_GZ_FILES ${EVENTBOOK_GZ_DIR}/${target})
endforeach()
add_custom_target(eventbook_packaging_files ALL DEPENDS ${EVENTBOOK_GZ_FILES})

install(TARGETS eventbook-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
install(FILES ${EVENTBOOK_GZ_DIR}/eventbook-server.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT server)
install(FILES ${EVENTBOOK_LINUX_DIR}/copyright DESTINATION ${EVENTBOOK_SERVER_DOC} COMPONENT server)
install(FILES ${EVENTBOOK_GZ_DIR}/changelog.gz DESTINATION ${EVENTBOOK_SERVER_DOC} COMPONENT server)
# Debian 12 keeps units in /lib/systemd/system; the settings file is a conffile (never overwritten).
install(FILES ${EVENTBOOK_LINUX_DIR}/eventbook-server.service DESTINATION /lib/systemd/system COMPONENT server)
# It may hold the database password and the token key: not world-readable (lintian is told why).
install(FILES ${EVENTBOOK_LINUX_DIR}/server.env DESTINATION /etc/eventbook
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ COMPONENT server)
install(FILES ${EVENTBOOK_LINUX_DIR}/debian/eventbook-server.lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME eventbook-server COMPONENT server)

set(CPACK_PACKAGE_NAME eventbook)
set(CPACK_PACKAGE_VENDOR "EventBook developers")
set(CPACK_PACKAGE_CONTACT "EventBook developers <developers@eventbook.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "EventBook: event booking that never oversells a seat")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL server)
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "EventBook server")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "HTTP and WebSocket server of EventBook, on SQLite or PostgreSQL, with a hardened systemd unit.")
set(CPACK_GENERATOR DEB TGZ)

# Debian: one package per component; shared-library dependencies from dpkg-shlibdeps, plus the Qt
# SQL plugins, which are loaded at run time and so invisible to it.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME eventbook-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql, nginx")
# CPack puts the summary first and indents this (lines under 80 columns for lintian).
set(CPACK_DEBIAN_SERVER_DESCRIPTION "This package holds the EventBook server. It serves a JSON API and
live WebSocket updates on one port for booking seats at events: browse and
search, book and cancel, admin data, audit log and CSV export. Each
booking is one database transaction, so a seat is never sold twice. It
runs on an embedded SQLite database or on PostgreSQL (several instances
behind a proxy), under a hardened systemd unit.")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA ${EVENTBOOK_LINUX_DIR}/debian/conffiles)

# RPM: the same split (built where rpmbuild exists).
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE MIT)
set(CPACK_RPM_SERVER_PACKAGE_NAME eventbook-server)
set(CPACK_RPM_SERVER_PACKAGE_REQUIRES "qt6-qtbase-postgresql")
set(CPACK_RPM_SERVER_USER_FILELIST "%config(noreplace) /etc/eventbook/server.env")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION /lib /lib/systemd /lib/systemd/system /etc/eventbook)

set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
include(CPack)
