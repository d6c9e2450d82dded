//===- RowNormGradPatterns.cpp - Backward ops to CPU kernels --------------===//
//
// The patterns that take the four backward ops on memrefs to the backward
// row kernels (RowNormGrads.cpp): their operands in one shape, the
// run-time size checks, and operand staging.
//
//===----------------------------------------------------------------------===//

#include "OperandStaging.h"
#include "PopulatePatterns.h"
#include "RowNormGradKernel.h"

#include "mlir/IR/PatternMatch.h"
#include "norm/Conversion/Utils/RowViews.h"
#include "norm/Conversion/Utils/RuntimeChecks.h"
#include "norm/Dialect/Norm/IR/NormOps.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::cpu;

namespace {

//===----------------------------------------------------------------------===//
// Patterns
//===----------------------------------------------------------------------===//

RowNormGradSpec getGradSpec(LayerNormGradOp op) {
  RowNormGradSpec spec;
  spec.grad = op.getGrad();
  spec.input = op.getInput();
  spec.scale = op.getScale();
  spec.mean = op.getMean();
  spec.rstd = op.getRstd();
  spec.dx = op.getOuts()[0];
  if (op.hasParameterGrads()) {
    spec.dscale = op.getOuts()[1];
    spec.dbias = op.getOuts()[2];
  }
  spec.epsilon = op.getEpsilon().convertToDouble();
  return spec;
}

RowNormGradSpec getGradSpec(RMSNormGradOp op) {
  RowNormGradSpec spec;
  spec.layerNorm = false;
  spec.grad = op.getGrad();
  spec.input = op.getInput();
  spec.scale = op.getScale();
  spec.rstd = op.getRstd();
  spec.dx = op.getOuts()[0];
  if (op.hasParameterGrads())
    spec.dscale = op.getOuts()[1];
  spec.epsilon = op.getEpsilon().convertToDouble();
  spec.offset = op.getOffset().convertToDouble();
  return spec;
}

/// The fused residual ops: the norm's backward on h, plus the residual
/// stream's gradient, written to dx and (times alpha) to dr.
template <typename OpTy> RowNormGradSpec getFusedGradSpec(OpTy op) {
  RowNormGradSpec spec;
  spec.grad = op.getGrad();
  spec.input = op.getInput();
  spec.scale = op.getScale();
  spec.rstd = op.getRstd();
  spec.residualGrad = op.getResidualGrad();
  spec.dx = op.getOuts()[0];
  spec.dr = op.getOuts()[1];
  if (op.hasParameterGrads())
    spec.dscale = op.getOuts()[2];
  spec.epsilon = op.getEpsilon().convertToDouble();
  spec.alpha = op.getAlpha().convertToDouble();
  return spec;
}

RowNormGradSpec getGradSpec(AddLayerNormGradOp op) {
  RowNormGradSpec spec = getFusedGradSpec(op);
  spec.mean = op.getMean();
  if (op.hasParameterGrads())
    spec.dbias = op.getOuts()[3];
  return spec;
}

RowNormGradSpec getGradSpec(AddRMSNormGradOp op) {
  RowNormGradSpec spec = getFusedGradSpec(op);
  spec.layerNorm = false;
  spec.offset = op.getOffset().convertToDouble();
  return spec;
}

/// Checks at run time the sizes the verifier could not: every full-shaped
/// operand against the input, the parameters against the normalized dims,
/// the saved statistics' leading dims against the input's rows.
void emitGradSizeChecks(OpBuilder &b, Location loc,
                        const RowNormGradSpec &spec) {
  Value input = spec.input;
  auto message = [&](StringRef what, StringRef against) {
    return spec.opName + ": " + what.str() + " does not match the " +
           against.str();
  };
  for (auto [full, what] : {std::pair<Value, StringRef>{spec.grad, "grad"},
                            {spec.residualGrad, "residual_grad"},
                            {spec.dx, "dx"},
                            {spec.dr, "dr"}})
    emitSameSizesCheck(b, loc, input, 0, full, message(what, "input"));
  for (auto [param, what] : {std::pair<Value, StringRef>{spec.scale, "scale"},
                             {spec.dscale, "dscale"},
                             {spec.dbias, "dbias"}})
    emitSameSizesCheck(b, loc, input, spec.axis, param,
                       message(what, "normalized shape"));
  SmallVector<int64_t> leading =
      llvm::to_vector(llvm::seq<int64_t>(0, spec.axis));
  for (auto [stat, what] :
       {std::pair<Value, StringRef>{spec.mean, "mean"}, {spec.rstd, "rstd"}})
    if (stat && !leading.empty())
      emitSameSizesCheck(b, loc, input, leading, stat, leading,
                         message(what, "input's rows"));
}

/// Every backward row-wise norm through RowNormGradKernel.
template <typename OpTy> struct RowNormGradToCPU : OpRewritePattern<OpTy> {
  RowNormGradToCPU(MLIRContext *ctx, const KernelShape &shape)
      : OpRewritePattern<OpTy>(ctx), shape(shape) {}
  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    if (op.getKernelFamily() != KernelFamily::RowNormGrad)
      return rewriter.notifyMatchFailure(op, "not a backward row kernel");
    if (failed(checkSupported(rewriter, op)))
      return failure();
    Location loc = op.getLoc();
    RowNormGradSpec spec = getGradSpec(op);
    spec.opName = op->getName().getStringRef().str();
    spec.axis = op.getNormalizedAxis();
    emitGradSizeChecks(rewriter, loc, spec);
    SmallVector<KernelOperand> operands;
    for (Value *input :
         {&spec.grad, &spec.input, &spec.residualGrad, &spec.mean, &spec.rstd})
      operands.push_back({input, spec.axis, /*output=*/false});
    operands.push_back({&spec.scale, 0, /*output=*/false});
    for (Value *output : {&spec.dx, &spec.dr})
      operands.push_back({output, spec.axis, /*output=*/true});
    for (Value *output : {&spec.dscale, &spec.dbias})
      operands.push_back({output, 0, /*output=*/true});
    StagedOperands staged = stageOperands(rewriter, loc, operands);
    // A norm over every dim of its input is one row (and its statistics
    // one 1 x 1 matrix).
    if (spec.axis == 0)
      for (Value *matrix : {&spec.grad, &spec.input, &spec.residualGrad,
                            &spec.mean, &spec.rstd, &spec.dx, &spec.dr})
        if (*matrix)
          *matrix = viewAsSingleRow(rewriter, loc, *matrix);
    emitRowNormGradKernel(rewriter, loc, spec, shape);
    unstageOperands(rewriter, loc, staged);
    rewriter.eraseOp(op);
    return success();
  }
  KernelShape shape;
};

} // namespace

void cpu::populateRowNormGradToCPUPatterns(RewritePatternSet &patterns,
                                           const KernelShape &shape) {
  patterns
      .add<RowNormGradToCPU<LayerNormGradOp>, RowNormGradToCPU<RMSNormGradOp>,
           RowNormGradToCPU<AddLayerNormGradOp>,
           RowNormGradToCPU<AddRMSNormGradOp>>(patterns.getContext(), shape);
}
