//===- NormPassPlugin.cpp - The norm passes for stock mlir-opt ------------===//
//
// mlir-opt --load-pass-plugin=NormPassPlugin.so runs the norm passes and
// pipelines with this (load NormDialectPlugin.so too, for the dialect).
//
//===----------------------------------------------------------------------===//

#include "mlir/Tools/Plugins/PassPlugin.h"
#include "norm/InitAllNorm.h"
#include "llvm/Config/llvm-config.h"

extern "C" LLVM_ATTRIBUTE_WEAK mlir::PassPluginLibraryInfo
mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "NormPasses", LLVM_VERSION_STRING,
          []() { mlir::norm::registerAllPasses(); }};
}
