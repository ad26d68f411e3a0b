# Install the headers, the library and a package config that finds the public
# dependencies, so a consumer only writes find_package(ls CONFIG REQUIRED).
include(CMakePackageConfigHelpers)

set(LS_CONFIG_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/ls)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/ls
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS ls EXPORT lsTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(EXPORT lsTargets NAMESPACE ls:: DESTINATION ${LS_CONFIG_DESTINATION})

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/lsConfig.cmake.in
  ${PROJECT_BINARY_DIR}/lsConfig.cmake
  INSTALL_DESTINATION ${LS_CONFIG_DESTINATION})
# 0.x releases may break between minor versions.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/lsConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/lsConfig.cmake ${PROJECT_BINARY_DIR}/lsConfigVersion.cmake
        DESTINATION ${LS_CONFIG_DESTINATION})
# The built-in data files (also compiled in), for users to read and adapt.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/ls/data)
