//===- KernelOutlining.cpp - One function per distinct CPU kernel ---------===//
//
// A model's hundred identical norms cost one kernel's worth of compile
// time and code: each distinct op (name, operand types, attributes) is
// lowered once into a private function, called where the ops were.
//
//===----------------------------------------------------------------------===//

#include "PopulatePatterns.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "llvm/ADT/StringMap.h"

using namespace mlir;
using namespace mlir::norm;

/// What makes two norm ops lower to the same kernel: the op, its operand
/// types (layouts included) and its attributes.
static std::string kernelKey(Operation *op) {
  std::string key;
  llvm::raw_string_ostream os(key);
  os << op->getName();
  for (Type type : op->getOperandTypes())
    os << "|" << type;
  os << "|" << op->getPropertiesAsAttribute() << "|"
     << op->getDiscardableAttrDictionary();
  return key;
}

/// A private function whose body is `op`'s kernel, with one argument per
/// operand; null if the kernel lowering does not take the op.
static func::FuncOp buildKernel(OpBuilder &builder, ModuleOp module,
                                Operation *op,
                                const FrozenRewritePatternSet &patterns) {
  builder.setInsertionPointToEnd(module.getBody());
  auto type = builder.getFunctionType(op->getOperandTypes(), {});
  std::string name = ("norm_cpu_" + op->getName().stripDialect()).str();
  auto kernel = func::FuncOp::create(builder, op->getLoc(), name, type);
  kernel.setPrivate();
  Block *entry = kernel.addEntryBlock();
  builder.setInsertionPointToStart(entry);
  IRMapping mapping;
  mapping.map(op->getOperands(), entry->getArguments());
  builder.clone(*op, mapping);
  func::ReturnOp::create(builder, op->getLoc());
  bool lowered = succeeded(applyPatternsGreedily(kernel, patterns)) &&
                 !kernel
                      .walk([](Operation *nested) {
                        return isa<NormDialect>(nested->getDialect())
                                   ? WalkResult::interrupt()
                                   : WalkResult::advance();
                      })
                      .wasInterrupted();
  if (!lowered) {
    kernel.erase();
    return func::FuncOp();
  }
  return kernel;
}

/// Each distinct kernel becomes one private function, lowered once and
/// called at every op it serves: a model's hundred identical norms cost
/// one kernel's worth of compile time and code.
void cpu::outlineNormKernels(ModuleOp module,
                             const FrozenRewritePatternSet &patterns) {
  SmallVector<Operation *> candidates;
  module.walk([&](Operation *op) {
    if ((getKernelFamily(op) != KernelFamily::None ||
         returnsRowStatistics(op)) &&
        cast<DestinationStyleOpInterface>(op).hasPureBufferSemantics())
      candidates.push_back(op);
  });
  SymbolTable symbols(module);
  llvm::StringMap<func::FuncOp> kernels;
  OpBuilder builder(module.getContext());
  for (Operation *op : candidates) {
    std::string key = kernelKey(op);
    auto found = kernels.find(key);
    func::FuncOp kernel;
    if (found != kernels.end()) {
      kernel = found->second;
    } else {
      kernel = buildKernel(builder, module, op, patterns);
      if (kernel)
        symbols.insert(kernel);
      kernels[key] = kernel;
    }
    // Ops without a kernel stay for --convert-norm-to-linalg.
    if (!kernel)
      continue;
    builder.setInsertionPoint(op);
    func::CallOp::create(builder, op->getLoc(), kernel, op->getOperands());
    op->erase();
  }
}
