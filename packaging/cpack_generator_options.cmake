# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "DEB")
    # CPackDeb would put the shared summary in front of each package's own first line.
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
