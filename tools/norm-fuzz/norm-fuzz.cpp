//===- norm-fuzz.cpp - libFuzzer target for the norm toolchain ------------===//
//
// Feeds arbitrary bytes through parse -> verify -> each norm pass and the
// CPU pipeline. Any crash, assertion or sanitizer report is a bug: invalid
// input must end in a diagnostic. Built by scripts/fuzz.sh.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "norm/InitAllNorm.h"
#include "llvm/Support/SourceMgr.h"

#include <cstdint>
#include <string>

using namespace mlir;

namespace {
/// Inputs are parsed in a context that has only the dialects norm IR is
/// written in: upstream parsers of other dialects are not what this target
/// fuzzes, and LLVM 22's linalg.broadcast parser crashes on a truncated
/// `dimensions` list (tools/norm-fuzz/known-upstream/), in mlir-opt as in
/// norm-opt. A module that parses and verifies is printed and re-parsed in a
/// context with everything registered, where the pipelines run.
MLIRContext &getParseContext() {
  static MLIRContext *context = [] {
    DialectRegistry registry;
    registry.insert<arith::ArithDialect, func::FuncDialect, math::MathDialect,
                    tensor::TensorDialect>();
    norm::registerAllDialects(registry);
    auto *ctx = new MLIRContext(registry, MLIRContext::Threading::DISABLED);
    ctx->getDiagEngine().registerHandler([](Diagnostic &) {});
    return ctx;
  }();
  return *context;
}

MLIRContext &getPipelineContext() {
  static MLIRContext *context = [] {
    registerAllPasses();
    norm::registerAllPasses();
    DialectRegistry registry;
    registerAllDialects(registry);
    registerAllExtensions(registry);
    norm::registerAllDialects(registry);
    auto *ctx = new MLIRContext(registry, MLIRContext::Threading::DISABLED);
    ctx->getDiagEngine().registerHandler([](Diagnostic &) {});
    return ctx;
  }();
  return *context;
}

/// The pipelines each parsed module goes through, each on a fresh copy.
const char *const kPipelines[] = {
    "builtin.module(canonicalize)",
    ("builtin.module(norm-expand-sublayers,norm-fuse-residual{report=1},"
     "norm-placement-report)"),
    "builtin.module(convert-norm-to-linalg)",
    "builtin.module(convert-norm-to-cpu)",
    ("builtin.module(norm-fuse-residual,"
     "norm-cpu-pipeline{num-threads=1})"),
    "builtin.module(norm-raise,norm-fuse-residual)",
    ("builtin.module(one-shot-bufferize{bufferize-function-boundaries=1},"
     "convert-norm-to-gpu,norm-gpu-device-memory)"),
    ("builtin.module(func.func(norm-gpu-tile-parallel-loops,"
     "gpu-map-parallel-loops,convert-parallel-loops-to-gpu))"),
    ("builtin.module(func.func(norm-deallocate-after-last-use),"
     "norm-llvm-target-features{features=+avx2},norm-bf16-memory-as-i16)"),
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string text(reinterpret_cast<const char *>(data), size);
  std::string printed;
  {
    OwningOpRef<Operation *> module =
        parseSourceString(text, ParserConfig(&getParseContext()));
    if (!module || failed(verify(*module)))
      return 0;
    llvm::raw_string_ostream os(printed);
    (*module)->print(os, OpPrintingFlags().printGenericOpForm());
  }
  MLIRContext &context = getPipelineContext();
  OwningOpRef<Operation *> module =
      parseSourceString(printed, ParserConfig(&context));
  // It may not: discardable attributes of dialects absent from the parse
  // context (`bufferization.writable`, misspelled) are verified here.
  if (!module)
    return 0;
  for (const char *pipeline : kPipelines) {
    OwningOpRef<Operation *> copy = (*module)->clone();
    PassManager pm(&context, copy->getName().getStringRef());
    if (failed(parsePassPipeline(pipeline, pm)))
      __builtin_trap(); // the pipelines above are valid
    (void)pm.run(*copy);
  }
  return 0;
}
