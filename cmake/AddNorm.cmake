# Helpers shared by the norm libraries.
#
# Every library links the MLIR shared library (libMLIR.so) rather than the
# static MLIR* archives: mixing the two registers command-line options twice.
# Libraries are installed into norm's own export set (NormTargets, namespace
# Norm::), as CIRCT does, not into MLIR's.

include(GNUInstallDirs)

function(add_norm_library name)
  add_mlir_library(${name} DISABLE_INSTALL ${ARGN} LINK_LIBS PUBLIC MLIR)
  target_include_directories(${name} INTERFACE
    $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
  install(TARGETS ${name}
    EXPORT NormTargets
    ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
endfunction()
