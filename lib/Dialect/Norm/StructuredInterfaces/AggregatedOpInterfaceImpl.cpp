//===- AggregatedOpInterfaceImpl.cpp - Decomposition of norm ops ----------===//
//
// A norm op decomposes into what the linalg reference lowering replaces it
// with: the shifted two-pass statistics and the element-wise maps as
// linalg.generic on tensors, with the same run-time shape checks.
//
//===----------------------------------------------------------------------===//

#include "norm/Dialect/Norm/StructuredInterfaces/AggregatedOpInterfaceImpl.h"

#include "norm/Conversion/NormToLinalg/Decompositions.h"
#include "norm/Dialect/Norm/IR/NormDialect.h"
#include "norm/Dialect/Norm/IR/NormOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "llvm/Support/Debug.h"

#define DEBUG_TYPE "norm-aggregated-op-interface"

using namespace mlir;
using namespace mlir::norm;

namespace {
template <typename OpTy>
struct NormOpDecomposition
    : linalg::AggregatedOpInterface::ExternalModel<NormOpDecomposition<OpTy>,
                                                   OpTy> {
  /// One value per result of `op`, built at `b`'s insertion point; fails on
  /// memrefs (decompose before bufferizing).
  FailureOr<SmallVector<Value>> decomposeOperation(Operation *op,
                                                   OpBuilder &b) const {
    FailureOr<SmallVector<Value>> results = decomposeNormOp(b, op);
    LLVM_DEBUG(if (failed(results)) llvm::dbgs()
               << "cannot decompose (memref operands): " << *op << "\n");
    return results;
  }
};

template <typename... OpTys> void attachModels(MLIRContext *ctx) {
  (OpTys::template attachInterface<NormOpDecomposition<OpTys>>(*ctx), ...);
}
} // namespace

void mlir::norm::registerAggregatedOpInterfaceExternalModels(
    DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, NormDialect *) {
    // The dialects a decomposition builds ops of, loaded with norm so that
    // a transform script can decompose without naming them.
    ctx->loadDialect<arith::ArithDialect, bufferization::BufferizationDialect,
                     cf::ControlFlowDialect, linalg::LinalgDialect,
                     math::MathDialect, tensor::TensorDialect>();
    attachModels<LayerNormOp, RMSNormOp, BatchNormOp, DeepNormOp,
                 AddLayerNormOp, AddRMSNormOp, SandwichNormOp>(ctx);
  });
}
