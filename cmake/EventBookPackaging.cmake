# Installation layout and CPack. Linux: Debian and RPM packages split into eventbook-server and
# eventbook (the desktop app), plus a tarball of both. Windows: an NSIS installer (and a zip) of the
# desktop app with its Qt libraries (windeployqt). macOS: a DMG holding EventBook.app (macdeployqt).
# `scripts/eventbook.sh package` drives the Linux part; .github/workflows/ci.yml the others.
include(GNUInstallDirs)

set(EVENTBOOK_LINUX_DIR ${CMAKE_SOURCE_DIR}/packaging/linux)
set(EVENTBOOK_METAINFO_ID io.github.eventbook.EventBook)
set(EVENTBOOK_LINUX OFF)
if(UNIX AND NOT APPLE)
    set(EVENTBOOK_LINUX ON)
endif()

if(EVENTBOOK_LINUX)
    # Debian wants compressed, reproducible (-n: no name or time stamp) man pages and changelogs.
    find_program(GZIP_EXECUTABLE gzip REQUIRED)
    set(EVENTBOOK_GZ_DIR ${CMAKE_BINARY_DIR}/packaging)
    set(gz_sources changelog)
    if(TARGET eventbook-server)
        list(APPEND gz_sources eventbook-server.1)
    endif()
    if(TARGET eventbook)
        list(APPEND gz_sources eventbook.1)
    endif()
    foreach(source IN LISTS gz_sources)
        set(target ${source}.gz)
        add_custom_command(OUTPUT ${EVENTBOOK_GZ_DIR}/${target}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${EVENTBOOK_GZ_DIR}
            COMMAND ${GZIP_EXECUTABLE} -9nc ${EVENTBOOK_LINUX_DIR}/${source} > ${EVENTBOOK_GZ_DIR}/${target}
            DEPENDS ${EVENTBOOK_LINUX_DIR}/${source} VERBATIM)
        list(APPEND EVENTBOOK_GZ_FILES ${EVENTBOOK_GZ_DIR}/${target})
    endforeach()
    add_custom_target(eventbook_packaging_files ALL DEPENDS ${EVENTBOOK_GZ_FILES})
endif()

# --- eventbook-server ---------------------------------------------------------------------------
if(TARGET eventbook-server)
    list(APPEND CPACK_COMPONENTS_ALL server)
    install(TARGETS eventbook-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
endif()
if(TARGET eventbook-server AND EVENTBOOK_LINUX)
    set(doc ${CMAKE_INSTALL_DATADIR}/doc/eventbook-server)
    install(FILES ${EVENTBOOK_GZ_DIR}/eventbook-server.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT server)
    install(FILES ${EVENTBOOK_LINUX_DIR}/copyright ${EVENTBOOK_GZ_DIR}/changelog.gz DESTINATION ${doc} COMPONENT server)
    # Debian 12 keeps units in /lib/systemd/system; the settings file is a conffile (never overwritten).
    install(FILES ${EVENTBOOK_LINUX_DIR}/eventbook-server.service DESTINATION /lib/systemd/system COMPONENT server)
    # It may hold the database password and the token key: not world-readable (lintian is told why).
    install(FILES ${EVENTBOOK_LINUX_DIR}/server.env DESTINATION /etc/eventbook
            PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ COMPONENT server)
    install(FILES ${EVENTBOOK_LINUX_DIR}/debian/eventbook-server.lintian-overrides
            DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME eventbook-server COMPONENT server)
endif()

# --- eventbook (desktop) ------------------------------------------------------------------------
if(TARGET eventbook)
    list(APPEND CPACK_COMPONENTS_ALL desktop)
    install(TARGETS eventbook
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT desktop
            BUNDLE DESTINATION . COMPONENT desktop)
endif()
if(TARGET eventbook AND EVENTBOOK_LINUX)
    set(doc ${CMAKE_INSTALL_DATADIR}/doc/eventbook)
    install(FILES ${EVENTBOOK_GZ_DIR}/eventbook.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT desktop)
    install(FILES ${EVENTBOOK_LINUX_DIR}/copyright ${EVENTBOOK_GZ_DIR}/changelog.gz DESTINATION ${doc} COMPONENT desktop)
    install(FILES ${EVENTBOOK_LINUX_DIR}/eventbook.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT desktop)
    install(FILES ${EVENTBOOK_LINUX_DIR}/${EVENTBOOK_METAINFO_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT desktop)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/eventbook.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT desktop)
    foreach(size IN LISTS EVENTBOOK_ICON_SIZES)
        install(FILES ${EVENTBOOK_ICON_DIR}/hicolor/${size}x${size}/apps/eventbook.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT desktop)
    endforeach()
endif()
if(TARGET eventbook AND (WIN32 OR APPLE))
    # Qt's deploy script runs windeployqt (Windows) or macdeployqt (macOS) on the installed app, so
    # the installer carries the Qt libraries and plugins it loads.
    qt_generate_deploy_app_script(TARGET eventbook OUTPUT_SCRIPT eventbook_deploy_script
                                  NO_TRANSLATIONS NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${eventbook_deploy_script} COMPONENT desktop)
endif()

# --- CPack --------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME eventbook)
set(CPACK_PACKAGE_VENDOR "EventBook developers")
set(CPACK_PACKAGE_CONTACT "EventBook developers <developers@eventbook.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "EventBook: event booking that never oversells a seat")
# Each Debian package's description starts with its own summary; this drops the shared one there.
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_SOURCE_DIR}/packaging/cpack_generator_options.cmake)
set(CPACK_PACKAGE_INSTALL_DIRECTORY EventBook)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "EventBook server")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "HTTP and WebSocket server of EventBook, on SQLite or PostgreSQL, with a hardened systemd unit.")
set(CPACK_COMPONENT_DESKTOP_DISPLAY_NAME "EventBook")
set(CPACK_COMPONENT_DESKTOP_DESCRIPTION "The desktop app: browse events, book seats, admin console.")

if(EVENTBOOK_LINUX)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_GENERATOR DEB TGZ)
    find_program(RPMBUILD_EXECUTABLE rpmbuild)
    if(RPMBUILD_EXECUTABLE)
        list(APPEND CPACK_GENERATOR RPM)
    endif()
elseif(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
endif()

# Debian: one package per component; shared-library dependencies from dpkg-shlibdeps, plus what is
# loaded at run time and so invisible to it (the Qt SQL plugins).
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME eventbook-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION web)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql, nginx")
# The first line is the summary; CPack indents the rest (lines under 80 columns for lintian).
set(CPACK_DEBIAN_SERVER_DESCRIPTION "event booking server that never oversells a seat
This package holds the EventBook server. It serves a JSON API and
live WebSocket updates on one port for booking seats at events: browse and
search, book and cancel, admin data, audit log and CSV export. Each
booking is one database transaction, so a seat is never sold twice. It
runs on an embedded SQLite database or on PostgreSQL (several instances
behind a proxy), under a hardened systemd unit.")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA ${EVENTBOOK_LINUX_DIR}/debian/conffiles)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME eventbook)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION misc)
# The keychain (Secret Service) keeps the sign-in across runs; Wayland sessions want Qt's plugin.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager, qt6-wayland")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SUGGESTS "eventbook-server")
set(CPACK_DEBIAN_DESKTOP_DESCRIPTION "desktop app to browse events and book seats, with live counts
This package holds the EventBook desktop app. It signs in to an
EventBook server, lists and searches its events, and books and cancels
seats while the free seats update live. It shows your bookings,
notifications and profile. Administrators get an event editor, attendee
lists with CSV export, users, the audit log and a live dashboard.")

# RPM: the same split (built where rpmbuild exists; Fedora's Qt 6 package names).
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE MIT)
set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RPM_PACKAGE_RELOCATABLE OFF)
set(CPACK_RPM_SERVER_PACKAGE_NAME eventbook-server)
set(CPACK_RPM_SERVER_PACKAGE_GROUP "System Environment/Daemons")
set(CPACK_RPM_SERVER_PACKAGE_REQUIRES "qt6-qtbase-postgresql")
set(CPACK_RPM_SERVER_USER_FILELIST "%config(noreplace) /etc/eventbook/server.env")
# The same texts: the first line is the summary, the rest the description.
foreach(component SERVER DESKTOP)
    set(text "${CPACK_DEBIAN_${component}_DESCRIPTION}")
    string(FIND "${text}" "\n" cut)
    string(SUBSTRING "${text}" 0 1 first)
    string(TOUPPER "${first}" first)
    string(SUBSTRING "${text}" 1 ${cut} summary)
    string(PREPEND summary "${first}")
    math(EXPR cut "${cut} + 1")
    string(SUBSTRING "${text}" ${cut} -1 body)
    set(CPACK_RPM_${component}_PACKAGE_SUMMARY "${summary}")
    set(CPACK_RPM_${component}_PACKAGE_DESCRIPTION "${body}")
endforeach()
set(CPACK_RPM_DESKTOP_PACKAGE_NAME eventbook)
set(CPACK_RPM_DESKTOP_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION /lib /lib/systemd /lib/systemd/system /etc/eventbook
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/man /usr/share/man/man1)
set(icon_dirs scalable)
foreach(size IN LISTS EVENTBOOK_ICON_SIZES)
    list(APPEND icon_dirs ${size}x${size})
endforeach()
foreach(dir IN LISTS icon_dirs)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
         /usr/share/icons/hicolor/${dir} /usr/share/icons/hicolor/${dir}/apps)
endforeach()

# The tarball holds both (one tree under /usr).
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

# Windows (NSIS): icon, licence page, Start menu and desktop shortcuts, add/remove programs entry.
set(CPACK_NSIS_MUI_ICON ${EVENTBOOK_ICON_DIR}/eventbook.ico)
set(CPACK_NSIS_MUI_UNIICON ${EVENTBOOK_ICON_DIR}/eventbook.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\eventbook.exe)
set(CPACK_NSIS_DISPLAY_NAME EventBook)
set(CPACK_NSIS_PACKAGE_NAME EventBook)
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_PACKAGE_EXECUTABLES eventbook EventBook)
set(CPACK_CREATE_DESKTOP_LINKS eventbook)

# macOS (DragNDrop): EventBook.app on a DMG with the volume's icon.
set(CPACK_DMG_VOLUME_NAME EventBook)
set(CPACK_DMG_FORMAT UDBZ)
if(APPLE)
    set(CPACK_PACKAGE_ICON ${EVENTBOOK_ICON_DIR}/eventbook.icns)
    set(CPACK_PACKAGE_FILE_NAME EventBook-${PROJECT_VERSION}-macOS)
endif()

include(CPack)
