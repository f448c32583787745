# One version number: project(EventBook VERSION …). The binaries get it from the generated
# eventbook/version.h; the two files that must state it in their own format are checked here, so a
# release cannot ship with three different versions.
file(STRINGS ${CMAKE_SOURCE_DIR}/docs/openapi.yaml EVENTBOOK_API_VERSION_LINE REGEX "^  version: " LIMIT_COUNT 1)
string(REGEX REPLACE "^  version: *" "" EVENTBOOK_API_VERSION "${EVENTBOOK_API_VERSION_LINE}")
if(NOT EVENTBOOK_API_VERSION STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "docs/openapi.yaml says version ${EVENTBOOK_API_VERSION}; the project is ${PROJECT_VERSION}")
endif()
set(EVENTBOOK_METAINFO ${CMAKE_SOURCE_DIR}/packaging/linux/io.github.eventbook.EventBook.metainfo.xml)
file(STRINGS ${EVENTBOOK_METAINFO} EVENTBOOK_RELEASE_LINE REGEX "<release version=" LIMIT_COUNT 1)
string(REGEX REPLACE ".*<release version=\"([^\"]+)\".*" "\\1" EVENTBOOK_RELEASE_VERSION "${EVENTBOOK_RELEASE_LINE}")
if(NOT EVENTBOOK_RELEASE_VERSION STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "${EVENTBOOK_METAINFO}: newest release ${EVENTBOOK_RELEASE_VERSION}; the project is ${PROJECT_VERSION}")
endif()
