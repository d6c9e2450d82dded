//===- NormToLinalg.cpp - Decompose norm ops into linalg ------------------===//
//
// The portable reference lowering of the norm dialect: reductions and
// element-wise maps as linalg.generic on tensors. The patterns replace each
// op by its decomposition (Decompositions.h; RowNorms.cpp, BatchNorm.cpp);
// ops on memrefs are first turned into the same ops on tensors.
//
//===----------------------------------------------------------------------===//

#include "norm/Conversion/NormToLinalg/NormToLinalg.h"

#include "LinalgBuilders.h"
#include "norm/Conversion/NormToLinalg/Decompositions.h"
#include "norm/Conversion/Passes.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "norm/Dialect/Norm/Transforms/Transforms.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::norm {
#define GEN_PASS_DEF_CONVERTNORMTOLINALG
#include "norm/Conversion/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::detail;

namespace {

//===----------------------------------------------------------------------===//
// Patterns
//===----------------------------------------------------------------------===//

/// Replaces a norm op on tensors by its linalg decomposition `Decompose`.
template <typename OpTy,
          FailureOr<SmallVector<Value>> (*Decompose)(OpBuilder &, OpTy)>
struct DecompositionLowering : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;
  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureTensorSemantics())
      return rewriter.notifyMatchFailure(op, "memref operands");
    FailureOr<SmallVector<Value>> results = Decompose(rewriter, op);
    if (failed(results))
      return failure();
    rewriter.replaceOp(op, *results);
    return success();
  }
};

/// Sandwich-LN is lowered as its unfused form: the input's norm, then the
/// fused residual op.
struct SandwichNormLowering : OpRewritePattern<SandwichNormOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(SandwichNormOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureTensorSemantics())
      return rewriter.notifyMatchFailure(op, "memref operands");
    // The checks under this op's name first (the ops it expands into repeat
    // them under theirs).
    Location loc = op.getLoc();
    Twine name = op->getName().getStringRef();
    Value input = op.getInput();
    int64_t axis = op.getNormalizedAxis();
    for (auto [value, what] :
         {std::pair<Value, StringRef>{op.getResidual(), "residual"},
          {op.getOuts()[0], "y"},
          {op.getOuts()[1], "h"}})
      assertFullShape(rewriter, loc, input, value,
                      (name + ": " + what + " does not match the input").str());
    for (auto [param, what] :
         {std::pair<Value, StringRef>{op.getInnerScale(), "inner_scale"},
          {op.getInnerBias(), "inner_bias"},
          {op.getScale(), "scale"},
          {op.getBias(), "bias"}})
      assertParamShape(
          rewriter, loc, input, param, axis,
          (name + ": " + what + " does not match the normalized shape").str());
    expandSandwichNorm(rewriter, op);
    return success();
  }
};

/// A norm op on memrefs (after bufferization) becomes the same op on
/// tensors: its inputs read through `bufferization.to_tensor`, each result
/// stored into its destination with `bufferization.materialize_in_destination`.
/// The tensor op is then lowered like any other, and bufferization maps the
/// tensors back onto the memrefs, strided ones included.
struct BufferNormToTensorNorm
    : OpInterfaceRewritePattern<DestinationStyleOpInterface> {
  using OpInterfaceRewritePattern::OpInterfaceRewritePattern;

  LogicalResult matchAndRewrite(DestinationStyleOpInterface op,
                                PatternRewriter &rewriter) const override {
    if (!isa<NormDialect>(op->getDialect()) || !op.hasPureBufferSemantics())
      return rewriter.notifyMatchFailure(op, "not a norm op on memrefs");
    Location loc = op.getLoc();
    SmallVector<Value> operands;
    for (OpOperand &operand : op->getOpOperands()) {
      auto memref = cast<MemRefType>(operand.get().getType());
      auto tensorType =
          RankedTensorType::get(memref.getShape(), memref.getElementType());
      UnitAttr unit = rewriter.getUnitAttr();
      operands.push_back(bufferization::ToTensorOp::create(
          rewriter, loc, tensorType, operand.get(), /*restrict=*/unit,
          /*writable=*/op.isDpsInit(&operand) ? unit : UnitAttr()));
    }
    OperationState state(loc, op->getName());
    state.addOperands(operands);
    state.propertiesAttr = op->getPropertiesAsAttribute();
    state.addAttributes(llvm::to_vector(op->getDiscardableAttrs()));
    for (Value init : ValueRange(operands).take_back(op.getNumDpsInits()))
      state.addTypes(init.getType());
    Operation *tensorOp = rewriter.create(state);
    for (auto [result, init] :
         llvm::zip(tensorOp->getResults(), op.getDpsInits())) {
      auto store = bufferization::MaterializeInDestinationOp::create(
          rewriter, loc, result, init);
      store.setRestrict(true);
      store.setWritable(true);
    }
    rewriter.eraseOp(op);
    return success();
  }
};

struct ConvertNormToLinalgPass
    : norm::impl::ConvertNormToLinalgBase<ConvertNormToLinalgPass> {
  using Base::Base;
  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    ConversionTarget target(*ctx);
    target.addIllegalDialect<NormDialect>();
    if (keepRowNorms || keepBatchNorms || keepRowNormGrads ||
        keepRowNormStatistics)
      target.addDynamicallyLegalDialect<NormDialect>([this](Operation *op) {
        KernelFamily family = getKernelFamily(op);
        return (keepRowNorms && family == KernelFamily::RowNorm) ||
               (keepRowNormStatistics && returnsRowStatistics(op)) ||
               (keepBatchNorms && family == KernelFamily::BatchNorm) ||
               (keepRowNormGrads && family == KernelFamily::RowNormGrad);
      });
    target.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
    RewritePatternSet patterns(ctx);
    populateNormToLinalgPatterns(patterns);
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace

void mlir::norm::populateNormToLinalgPatterns(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns
      .add<DecompositionLowering<LayerNormOp, decomposeLayerNorm>,
           DecompositionLowering<RMSNormOp, decomposeRMSNorm>,
           DecompositionLowering<AddLayerNormOp, decomposeAddLayerNorm>,
           DecompositionLowering<AddRMSNormOp, decomposeAddRMSNorm>,
           DecompositionLowering<BatchNormOp, decomposeBatchNorm>,
           DecompositionLowering<LayerNormGradOp, decomposeLayerNormGrad>,
           DecompositionLowering<RMSNormGradOp, decomposeRMSNormGrad>,
           DecompositionLowering<AddLayerNormGradOp, decomposeAddLayerNormGrad>,
           DecompositionLowering<AddRMSNormGradOp, decomposeAddRMSNormGrad>,
           DecompositionLowering<BatchNormGradOp, decomposeBatchNormGrad>,
           SandwichNormLowering, BufferNormToTensorNorm>(ctx);
  // DeepNorm is the norm.add_layer_norm it denotes (its canonicalization).
  DeepNormOp::getCanonicalizationPatterns(patterns, ctx);
  // Sublayers are expanded first; the norm ops they produce are lowered by
  // the patterns above.
  populateExpandSublayerPatterns(patterns);
}
