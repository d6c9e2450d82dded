//===- mini-ml-compiler.cpp - A downstream compiler embedding norm --------===//
//
// Registers norm next to the upstream dialects it needs, parses a module,
// runs residual fusion, prints the placement report, lowers through the CPU
// pipeline, and prints the result: what an ML compiler does with a few lines.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "norm/Dialect/Norm/Transforms/Passes.h"
#include "norm/InitAllNorm.h"
#include "norm/Pipelines/Pipelines.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

int main(int argc, char **argv) {
  if (argc != 2) {
    llvm::errs() << "usage: mini-ml-compiler FILE.mlir\n";
    return 2;
  }
  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  mlir::norm::registerAllDialects(registry);
  mlir::MLIRContext context(registry);

  llvm::SourceMgr sourceMgr;
  mlir::SourceMgrDiagnosticHandler diagnostics(sourceMgr, &context);
  std::string error;
  auto file = mlir::openInputFile(argv[1], &error);
  if (!file) {
    llvm::errs() << error << "\n";
    return 1;
  }
  sourceMgr.AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceFile<mlir::ModuleOp>(sourceMgr, &context);
  if (!module)
    return 1;

  mlir::PassManager pm(&context);
  mlir::norm::NormFuseResidualOptions fuseOptions;
  fuseOptions.report = true;
  pm.addPass(mlir::norm::createNormFuseResidual(fuseOptions));
  pm.addPass(mlir::norm::createNormPlacementReport());
  mlir::norm::NormCPUPipelineOptions cpuOptions;
  cpuOptions.numThreads = 1;
  mlir::norm::buildNormCPUPipeline(pm, cpuOptions);
  if (mlir::failed(pm.run(*module)))
    return 1;
  module->print(llvm::outs());
  return 0;
}
