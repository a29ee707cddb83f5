# Every third-party dependency, found once, from Debian's packages. No downloads.
find_package(PkgConfig REQUIRED)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)          # libre2-dev ships only pkg-config
find_package(nlohmann_json 3.10 REQUIRED)                     # nlohmann-json3-dev
find_package(spdlog REQUIRED)                                 # libspdlog-dev
find_package(Boost 1.74 REQUIRED COMPONENTS program_options)  # libboost-program-options-dev
find_package(ZLIB REQUIRED)                                   # zlib1g-dev: .gz input
find_package(Threads REQUIRED)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)  # libxlsxwriter-dev: XLSX output
if(SALVO_BUILD_TESTS)
  find_package(GTest REQUIRED)                                # libgtest-dev
endif()
