# cmake/Packaging.cmake — the Debian package: `cpack -G DEB` in the build directory
# writes salvo_<version>_amd64.deb, which installs under FHS paths:
#   /usr/bin/salvo
#   /usr/share/salvo/{rules,data,schemas,places.idx}   (found by src/app/paths.cpp next to the binary)
#   /usr/share/doc/salvo/{LICENSE,NOTICE,README.md}
# with its shared-library dependencies declared by dpkg-shlibdeps (Debian's dpkg-dev).
# tests/package checks the package's file list and runs the packaged binary from it.
install(FILES LICENSE NOTICE README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME salvo)
set(CPACK_PACKAGE_VENDOR "The Salvo contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "strike and drone-attack events from news text")
set(CPACK_PACKAGE_DESCRIPTION "Salvo reads news articles and writes one structured record per strike or drone attack \
(actor, weapon, target, place with coordinates, date, casualty bounds, outcome), each traceable to the \
sentences and rules that produced it, as JSON Lines, CSV, XLSX, or in ACLED's and UCDP GED's layouts, \
and draws a batch of events as an HTML report.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # salvo_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Salvo contributors")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip)  # fast to build; xz saves ~10% for minutes of CPU
# Only the salvo target and the data: no test, fuzz or bench binary has an install rule.
include(CPack)
