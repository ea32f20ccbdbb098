# SPDX-License-Identifier: Apache-2.0
# Install rules: the two executables (translations and the protocol are built into them), the
# desktop entry, icon, AppStream metainfo and man pages, and a Debian package through CPack.
# `cmake --install build --prefix /usr` installs; `scripts/package` builds the .deb.
include(GNUInstallDirs)

set(TRIALCRF_APP_ID "org.trialcrf.TrialCRF")
set(desktop_dir "${PROJECT_SOURCE_DIR}/resources/desktop")
set(packaging_dir "${PROJECT_BINARY_DIR}/packaging")

install(TARGETS trialcrf trialcrf-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(UNIX AND NOT APPLE)
    # Debian's hardening for the link: relocations read-only and resolved at start.
    foreach(target trialcrf trialcrf-cli)
        target_link_options(${target} PRIVATE LINKER:-z,relro LINKER:-z,now)
    endforeach()
endif()

# The protocol is compiled into the executables (nothing is read beside them, so they work
# from /usr/bin); the file is installed as the readable record of every number they use.
install(FILES "${PROJECT_SOURCE_DIR}/resources/protocol/nct03745417.json"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/trialcrf/protocol)

if(UNIX AND NOT APPLE)
install(FILES "${desktop_dir}/${TRIALCRF_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file("${desktop_dir}/${TRIALCRF_APP_ID}.metainfo.xml"
               "${packaging_dir}/${TRIALCRF_APP_ID}.metainfo.xml" @ONLY)
install(FILES "${packaging_dir}/${TRIALCRF_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${desktop_dir}/icons/trialcrf.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256)
    install(FILES "${desktop_dir}/icons/trialcrf-${size}.png"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME trialcrf.png)
endforeach()

# Man pages and the Debian changelog, compressed the way Debian policy asks (gzip -9n).
configure_file("${PROJECT_SOURCE_DIR}/packaging/changelog.in" "${packaging_dir}/changelog" @ONLY)
set(compressed "")
foreach(page trialcrf.1 trialcrf-cli.1)
    add_custom_command(OUTPUT "${packaging_dir}/${page}.gz"
        COMMAND gzip -9nc "${PROJECT_SOURCE_DIR}/docs/man/${page}" > "${packaging_dir}/${page}.gz"
        DEPENDS "${PROJECT_SOURCE_DIR}/docs/man/${page}" VERBATIM)
    list(APPEND compressed "${packaging_dir}/${page}.gz")
    install(FILES "${packaging_dir}/${page}.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
add_custom_command(OUTPUT "${packaging_dir}/changelog.Debian.gz"
    COMMAND gzip -9nc "${packaging_dir}/changelog" > "${packaging_dir}/changelog.Debian.gz"
    DEPENDS "${PROJECT_SOURCE_DIR}/packaging/changelog.in" VERBATIM)
list(APPEND compressed "${packaging_dir}/changelog.Debian.gz")
add_custom_target(trialcrf_install_files ALL DEPENDS ${compressed})

set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/trialcrf)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/copyright" "${packaging_dir}/changelog.Debian.gz"
        DESTINATION ${doc_dir})
install(FILES "${PROJECT_SOURCE_DIR}/packaging/lintian-overrides"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME trialcrf)
endif()

# Windows: copy the Qt libraries and plugins the executables need beside them (windeployqt,
# run by the script Qt generates). Qt 6.4 names the script through FILENAME_VARIABLE, 6.5 and
# later through OUTPUT_SCRIPT. Not built here: docs/install.md says what is and is not tried.
if(WIN32 AND COMMAND qt_generate_deploy_app_script)
    foreach(target trialcrf trialcrf-cli)
        if(Qt6Core_VERSION VERSION_LESS 6.5)
            qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script
                                          NO_UNSUPPORTED_PLATFORM_ERROR)
        else()
            qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT deploy_script
                                          NO_UNSUPPORTED_PLATFORM_ERROR)
        endif()
        install(SCRIPT "${deploy_script}")
    endforeach()
endif()

# The Debian package (a zip of the deployed folder on Windows).
if(WIN32)
    set(CPACK_GENERATOR "ZIP")
else()
    set(CPACK_GENERATOR "DEB")
endif()
set(CPACK_PACKAGE_NAME "trialcrf")
set(CPACK_PACKAGE_VENDOR "trialcrf")
set(CPACK_PACKAGE_CONTACT "trialcrf maintainers <trialcrf@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "electronic case report forms for clinical trial NCT03745417")
# The synopsis is the summary above; this is the extended description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "trialcrf records the case report forms of one clinical trial offline on a
local SQLite file: consent, eligibility, infusions with vital signs, PASI
scores and adverse events. It keeps an audit trail with a reason for every
change, signs casebooks electronically and runs in English or Simplified
Chinese. trialcrf-cli offers the same data operations to scripts.")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# A Debian revision: the package is built from upstream sources, not a native Debian one.
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://clinicaltrials.gov/study/NCT03745417")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Libraries the executables link (Qt, libsodium, libsqlite3) come from dpkg-shlibdeps; the
# plugin Qt loads at run time, which shlibdeps cannot see, is named here (the platform
# plugins are in libqt6gui6, which shlibdeps finds).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_OUTPUT_FILE_PREFIX "${PROJECT_BINARY_DIR}")
include(CPack)
