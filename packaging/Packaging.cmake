# Debian packages, made by `cpack -G DEB` in a build directory (see packaging/README.md):
#   kiosk         the kiosk, kioskctl, the sample store (/usr/share/kiosk/kiosk-config) and its
#                 editable copy (/etc/kiosk, conffiles), kiosk.service, kiosk-session.service.
#                 No secret: kiosk.json has no staff PIN (`kioskctl pin-set` sets one) and no
#                 backend token is shipped (the store's backend issues one; packaging/README.md)
#   kiosk-refpos  refpos, the reference backend for labs and demos, and refpos.service;
#                 squaresim, the local Square simulator, with its sample seed
#
# The app's own install() rules have no component ("Unspecified") and install bin/kiosk,
# bin/refpos, bin/squaresim, bin/kioskctl. They are not packaged as they are: one component cannot be split
# into two packages, so the rules below install the same targets again, each into its package's
# component, and CPack packages only those components. tests/packaging checks that every file
# of the "Unspecified" component is in one of the packages, so an install() rule added to the
# app without a place here fails the test instead of being left out silently.
#
# Every rule here is EXCLUDE_FROM_ALL: a plain `cmake --install` does what it did before and
# never writes to /etc or /lib/systemd; only CPack (which installs component by component)
# uses them.
include_guard(GLOBAL)

set(KIOSK_DEB_RELEASE 1 CACHE STRING "Debian revision of the packages (the part after the '-')")
set(KIOSK_DEB_MAINTAINER "Harbor kiosk maintainers <kiosk-maintainers@harbor-kiosk.example>"
    CACHE STRING "Maintainer field of the Debian packages")
set(KIOSK_DEB_VERSION "${PROJECT_VERSION}-${KIOSK_DEB_RELEASE}")

# Replaces the one match of `regex` in the variable `var` (the sample's kiosk.json) with
# `replacement`; stops the configuration unless there is exactly one (`what` names it).
function(kiosk_packaging_replace_once var regex replacement what)
    string(REGEX MATCHALL "${regex}" found "${${var}}")
    list(LENGTH found count)
    if(NOT count EQUAL 1)
        message(FATAL_ERROR "packaging: expected one ${what} in kiosk-config/kiosk.json, found ${count}")
    endif()
    string(REGEX REPLACE "${regex}" "${replacement}" result "${${var}}")
    set(${var} "${result}" PARENT_SCOPE)
endfunction()

# Writes `content` to `path`, touching the file only when it changes (no needless rebuilds).
function(kiosk_packaging_write path content)
    file(WRITE ${path}.tmp "${content}")
    file(COPY_FILE ${path}.tmp ${path} ONLY_IF_DIFFERENT)
endfunction()

function(kiosk_packaging_generate_files src gen)
    set(config ${PROJECT_SOURCE_DIR}/kiosk-config)
    set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
        ${config}/kiosk.json ${src}/changelog.Debian.in ${src}/man/kiosk.1 ${src}/man/kioskctl.1
        ${src}/man/refpos.1 ${src}/man/squaresim.1 ${src}/maintscript/kiosk.postinst ${src}/maintscript/kiosk.prerm
        ${src}/maintscript/kiosk.postrm ${src}/maintscript/kiosk-refpos.postinst
        ${src}/maintscript/kiosk-refpos.prerm ${src}/maintscript/kiosk-refpos.postrm)

    # The packaged kiosk.json: the sample's without its diagnostics section, whose PIN (2468)
    # is printed in the README. /usr/share/kiosk/kiosk-config gets it as it is; /etc/kiosk with
    # data_dir made absolute (the sample keeps its relative "data", so a checkout runs without
    # root).
    file(READ ${config}/kiosk.json json)
    kiosk_packaging_replace_once(json ",[ \t\r\n]*\"diagnostics\"[ \t\r\n]*:[ \t\r\n]*{[^}]*}" ""
        "a \"diagnostics\" section after another key")
    string(JSON kind ERROR_VARIABLE json_error TYPE "${json}" diagnostics)
    if(NOT json_error MATCHES "not found")
        message(FATAL_ERROR "packaging: kiosk.json without its diagnostics section is not valid JSON: ${json_error}")
    endif()
    kiosk_packaging_write(${gen}/share/kiosk.json "${json}")
    kiosk_packaging_replace_once(json "\"data_dir\"[ \t]*:[ \t]*\"[^\"]*\"" "\"data_dir\": \"/var/lib/kiosk\""
        "\"data_dir\"")
    kiosk_packaging_write(${gen}/etc/kiosk.json "${json}")

    # conffiles: every file the package puts under /etc/kiosk (dpkg keeps local changes to them
    # on upgrade, and asks when both sides changed). The test compares it with the package.
    file(GLOB_RECURSE images LIST_DIRECTORIES false RELATIVE ${config}/images CONFIGURE_DEPENDS
        ${config}/images/*)
    list(SORT images)
    set(conffiles "/etc/kiosk/kiosk.json\n/etc/kiosk/menu.json\n")
    foreach(image IN LISTS images)
        string(APPEND conffiles "/etc/kiosk/images/${image}\n")
    endforeach()

    # Control files of each package: maintainer scripts (executable) and conffiles.
    foreach(pkg kiosk kiosk-refpos)
        file(MAKE_DIRECTORY ${gen}/control/${pkg})
        foreach(script postinst prerm postrm)
            file(COPY_FILE ${src}/maintscript/${pkg}.${script} ${gen}/control/${pkg}/${script}
                ONLY_IF_DIFFERENT)
            file(CHMOD ${gen}/control/${pkg}/${script} PERMISSIONS OWNER_READ OWNER_WRITE
                OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
        endforeach()
    endforeach()
    file(WRITE ${gen}/control/kiosk/conffiles "${conffiles}")

    # changelog.Debian.gz and the man pages, compressed as Debian wants them: gzip -9n (best
    # compression, no name or time stamp in the header, so rebuilds are identical).
    configure_file(${src}/changelog.Debian.in ${gen}/doc/changelog.Debian @ONLY)
    find_program(KIOSK_GZIP gzip REQUIRED)
    execute_process(COMMAND ${KIOSK_GZIP} -9nc ${gen}/doc/changelog.Debian
        OUTPUT_FILE ${gen}/doc/changelog.Debian.gz COMMAND_ERROR_IS_FATAL ANY)
    file(MAKE_DIRECTORY ${gen}/man)
    foreach(page kiosk kioskctl refpos squaresim)
        execute_process(COMMAND ${KIOSK_GZIP} -9nc ${src}/man/${page}.1 OUTPUT_FILE ${gen}/man/${page}.1.gz
            COMMAND_ERROR_IS_FATAL ANY)
    endforeach()
endfunction()

function(kiosk_packaging_install_rules src gen)
    set(config ${PROJECT_SOURCE_DIR}/kiosk-config)
    set(to_kiosk COMPONENT kiosk EXCLUDE_FROM_ALL)
    set(to_refpos COMPONENT refpos EXCLUDE_FROM_ALL)

    # kiosk: executables, then whatever kioskctl brings once it exists.
    install(TARGETS kiosk RUNTIME DESTINATION bin ${to_kiosk})
    install(FILES ${gen}/man/kiosk.1.gz DESTINATION share/man/man1 ${to_kiosk})
    if(TARGET kioskctl)
        install(TARGETS kioskctl RUNTIME DESTINATION bin ${to_kiosk})
        install(FILES ${gen}/man/kioskctl.1.gz DESTINATION share/man/man1 ${to_kiosk})
        if(EXISTS ${PROJECT_SOURCE_DIR}/docs/kioskctl.md)
            install(FILES ${PROJECT_SOURCE_DIR}/docs/kioskctl.md DESTINATION share/doc/kiosk ${to_kiosk})
        endif()
    endif()

    # The sample store as shipped, for reference and diffs: without the PIN and the demo
    # token. Its data_dir stays relative.
    install(FILES ${gen}/share/kiosk.json ${config}/menu.json DESTINATION share/kiosk/kiosk-config ${to_kiosk})
    install(DIRECTORY ${config}/images DESTINATION share/kiosk/kiosk-config ${to_kiosk})

    # The store's editable copy in /etc/kiosk: kiosk.json with an absolute data_dir (0640;
    # postinst gives it group kiosk: it names the backend and may hold a PIN hash), the menu
    # and the images, which the menu and branding.logo name relative to this folder. The
    # backend token, /etc/kiosk/backend.token, is the store's to provision.
    install(FILES ${gen}/etc/kiosk.json DESTINATION /etc/kiosk
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ ${to_kiosk})
    install(FILES ${config}/menu.json DESTINATION /etc/kiosk ${to_kiosk})
    install(DIRECTORY ${config}/images DESTINATION /etc/kiosk ${to_kiosk})

    # Debian 12's unit directory is /lib/systemd/system (not yet /usr/lib).
    install(FILES ${src}/kiosk.service ${src}/kiosk-session.service
        DESTINATION /lib/systemd/system ${to_kiosk})

    install(FILES ${src}/copyright ${gen}/doc/changelog.Debian.gz ${src}/README.md
        ${PROJECT_SOURCE_DIR}/docs/backend-api.md DESTINATION share/doc/kiosk ${to_kiosk})
    # Each override says why (packaging/README.md, Lintian).
    install(FILES ${src}/lintian-overrides/kiosk DESTINATION share/lintian/overrides ${to_kiosk})

    # kiosk-refpos
    install(TARGETS refpos RUNTIME DESTINATION bin ${to_refpos})
    install(FILES ${gen}/man/refpos.1.gz DESTINATION share/man/man1 ${to_refpos})
    install(FILES ${src}/refpos.service DESTINATION /lib/systemd/system ${to_refpos})
    install(FILES ${src}/copyright ${gen}/doc/changelog.Debian.gz
        DESTINATION share/doc/kiosk-refpos ${to_refpos})
    install(FILES ${src}/lintian-overrides/kiosk-refpos DESTINATION share/lintian/overrides
        ${to_refpos})
    install(TARGETS squaresim RUNTIME DESTINATION bin ${to_refpos})
    install(FILES ${gen}/man/squaresim.1.gz DESTINATION share/man/man1 ${to_refpos})
    install(DIRECTORY ${PROJECT_SOURCE_DIR}/tests/square/data/seed/ DESTINATION share/kiosk-refpos/square-seed
        ${to_refpos})
endfunction()

set(_kiosk_pkg_src ${CMAKE_CURRENT_LIST_DIR})
set(_kiosk_pkg_gen ${CMAKE_BINARY_DIR}/packaging)
kiosk_packaging_generate_files(${_kiosk_pkg_src} ${_kiosk_pkg_gen})
kiosk_packaging_install_rules(${_kiosk_pkg_src} ${_kiosk_pkg_gen})

# CPack: one DEB per component.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kiosk)
set(CPACK_PACKAGE_VENDOR "Harbor kiosk")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${KIOSK_DEB_MAINTAINER})
# Empty, so that CPackDeb does not put the project's description above each package's own
# synopsis (CPACK_DEBIAN_<COMPONENT>_DESCRIPTION's first line).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_COMPONENTS_ALL kiosk refpos)
set(CPACK_DEB_COMPONENT_INSTALL ON)

set(CPACK_DEBIAN_PACKAGE_RELEASE ${KIOSK_DEB_RELEASE})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${KIOSK_DEB_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SOURCE kiosk)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME kiosk)
# What dpkg-shlibdeps cannot see: the QML modules and Qt plugins loaded at run time, the font
# the pages use, a speech engine for the accessibility mode (flite needs no daemon), and
# adduser for postinst.
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS
    "adduser, fonts-dejavu-core, qt6-qpa-plugins, qml6-module-qtqml, qml6-module-qtqml-workerscript, qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, qml6-module-qtquick-templates, qml6-module-qtquick-window, qt6-speech-flite-plugin | qt6-speech-speechd-plugin")
# kiosk-session.service: the cage compositor and Qt's Wayland platform plugin.
set(CPACK_DEBIAN_KIOSK_PACKAGE_RECOMMENDS "cage, qt6-wayland")
set(CPACK_DEBIAN_KIOSK_PACKAGE_SUGGESTS "kiosk-refpos")
set(CPACK_DEBIAN_KIOSK_DESCRIPTION "self-service ordering kiosk for restaurants
Customers pick items from a photo menu, customise them, review the cart and
get an order number at once; every confirmed order is saved in SQLite before
the number appears. English and Spanish on every screen.

This package holds the kiosk and kioskctl, the sample store (editable copy in
/etc/kiosk), and two systemd units, neither enabled on install: kiosk.service
(full screen on the display through EGLFS, with a watchdog) and
kiosk-session.service (a cage Wayland session on tty1).")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA
    ${_kiosk_pkg_gen}/control/kiosk/conffiles
    ${_kiosk_pkg_gen}/control/kiosk/postinst
    ${_kiosk_pkg_gen}/control/kiosk/prerm
    ${_kiosk_pkg_gen}/control/kiosk/postrm)

set(CPACK_DEBIAN_REFPOS_PACKAGE_NAME kiosk-refpos)
# refpos.service serves /etc/kiosk/menu.json, with tokens of its own in /etc/kiosk-refpos.
set(CPACK_DEBIAN_REFPOS_PACKAGE_DEPENDS "kiosk (= ${KIOSK_DEB_VERSION})")
set(CPACK_DEBIAN_REFPOS_DESCRIPTION "reference ordering backend for kiosk labs and demos
refpos speaks the kiosk's backend contract v1 (orders, menu with ETags,
loyalty, feedback, assistance calls) on 127.0.0.1, stores what it receives in
SQLite, and can inject faults (latency, errors, rate limits, hangs, resets).
It is for labs, demos and end-to-end tests, not a production point of sale.

The unit refpos.service (disabled on install) serves the kiosk's own menu from
/etc/kiosk on 127.0.0.1:8088, the sample store's backend.url, with its own API
and admin tokens, made on install in /etc/kiosk-refpos.")
set(CPACK_DEBIAN_REFPOS_PACKAGE_CONTROL_EXTRA
    ${_kiosk_pkg_gen}/control/kiosk-refpos/postinst
    ${_kiosk_pkg_gen}/control/kiosk-refpos/prerm
    ${_kiosk_pkg_gen}/control/kiosk-refpos/postrm)

include(CPack)
unset(_kiosk_pkg_src)
unset(_kiosk_pkg_gen)
