/*===- Dialects.h - C API of the norm dialect and passes ----------*- C -*-===*\
|*                                                                            *|
|* Registers the norm dialect and passes from C, next to MLIR's own C API.    *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef NORM_C_DIALECTS_H
#define NORM_C_DIALECTS_H

#include "mlir-c/IR.h"
#include "mlir-c/Support.h"

#ifdef __cplusplus
extern "C" {
#endif

/// The standard dialect handle: mlirGetDialectHandle__norm__().
MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(Norm, norm);

/// Registers the norm dialect with the dialects and extensions it needs.
MLIR_CAPI_EXPORTED void
mlirNormRegisterAllDialects(MlirDialectRegistry registry);

/// Registers every norm pass and named pipeline (--norm-fuse-residual,
/// --norm-cpu-pipeline, ...) with the global pass registry.
MLIR_CAPI_EXPORTED void mlirRegisterNormPasses(void);

#ifdef __cplusplus
}
#endif

#endif // NORM_C_DIALECTS_H
