# Helpers shared by the norm libraries.
#
# Every library links the MLIR shared library (libMLIR.so) rather than the
# static MLIR* archives: mixing the two registers command-line options twice.

function(add_norm_library name)
  add_mlir_library(${name} ${ARGN} LINK_LIBS PUBLIC MLIR)
endfunction()
