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

# mimalloc (libmimalloc-dev) as the salvo binary's allocator. Extraction makes
# many small short-lived strings and vectors per sentence; with glibc's malloc,
# allocation was ~20% of the instructions spent on attack articles, with
# mimalloc ~11% fewer instructions in all (docs/PERFORMANCE.md). Linking it
# replaces malloc/free for the whole process, so it is left out of sanitizer
# and fuzzer builds (they bring their own allocator); without the package,
# salvo builds with glibc's malloc and says so.
option(SALVO_MIMALLOC "Link the salvo binary with mimalloc" ON)
set(SALVO_ALLOCATOR "glibc malloc")
if(SALVO_MIMALLOC AND NOT SALVO_SANITIZE AND NOT SALVO_BUILD_FUZZERS)
  find_package(mimalloc 2.0 QUIET)
  if(mimalloc_FOUND)
    set(SALVO_ALLOCATOR "mimalloc")
  else()
    message(WARNING "mimalloc not found (Debian: libmimalloc-dev): salvo uses glibc's malloc, ~4-10% slower")
  endif()
endif()
