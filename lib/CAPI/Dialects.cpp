//===- Dialects.cpp - C API of the norm dialect and passes ----------------===//
//
// Implements include/norm-c/Dialects.h.
//
//===----------------------------------------------------------------------===//

#include "norm-c/Dialects.h"

#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Registration.h"
#include "norm/Dialect/Norm/IR/NormDialect.h"
#include "norm/InitAllNorm.h"

MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(Norm, norm, mlir::norm::NormDialect)

void mlirNormRegisterAllDialects(MlirDialectRegistry registry) {
  mlir::norm::registerAllDialects(*unwrap(registry));
}

void mlirRegisterNormPasses(void) { mlir::norm::registerAllPasses(); }
