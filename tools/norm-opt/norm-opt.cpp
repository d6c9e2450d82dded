//===- norm-opt.cpp - The norm optimizer driver ---------------------------===//
//
// mlir-opt with the norm dialect, passes and pipelines registered next to
// every upstream dialect, pass and extension.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "norm/InitAllNorm.h"

int main(int argc, char **argv) {
  mlir::registerAllPasses();
  mlir::norm::registerAllPasses();

  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  // gpu-module-to-binary translates kernels to LLVM IR inside norm-opt.
  mlir::registerAllGPUToLLVMIRTranslations(registry);
  mlir::norm::registerAllDialects(registry);

  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "norm optimizer driver\n", registry));
}
