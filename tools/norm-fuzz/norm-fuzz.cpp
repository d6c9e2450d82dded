//===- norm-fuzz.cpp - libFuzzer target for the norm toolchain ------------===//
//
// Feeds arbitrary bytes through parse -> verify -> each norm pass and the
// CPU pipeline. Any crash, assertion or sanitizer report is a bug: invalid
// input must end in a diagnostic. Built by scripts/fuzz.sh.
//
//===----------------------------------------------------------------------===//

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
MLIRContext &getContext() {
  static MLIRContext *context = [] {
    registerAllPasses();
    norm::registerAllPasses();
    DialectRegistry registry;
    registerAllDialects(registry);
    registerAllExtensions(registry);
    norm::registerAllDialects(registry);
    auto *ctx = new MLIRContext(registry, MLIRContext::Threading::DISABLED);
    ctx->loadAllAvailableDialects();
    // Diagnostics are expected; the fuzzer only looks for crashes.
    ctx->getDiagEngine().registerHandler([](Diagnostic &) {});
    return ctx;
  }();
  return *context;
}

/// The pipelines each parsed module goes through, each on a fresh copy.
const char *const kPipelines[] = {
    "builtin.module(canonicalize)",
    "builtin.module(norm-expand-sublayers,norm-fuse-residual{report=1},"
    "norm-placement-report)",
    "builtin.module(convert-norm-to-linalg)",
    "builtin.module(convert-norm-to-cpu)",
    "builtin.module(norm-fuse-residual,norm-cpu-pipeline{num-threads=1})",
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  MLIRContext &context = getContext();
  std::string text(reinterpret_cast<const char *>(data), size);
  OwningOpRef<Operation *> module =
      parseSourceString(text, ParserConfig(&context));
  if (!module || failed(verify(*module)))
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
