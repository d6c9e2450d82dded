//===- RowNormGradSpec.cpp - The operands of a GPU backward kernel --------===//
//
// Reads the four backward ops into one RowNormGradSpec, checks that their
// memrefs suit the GPU kernels (element types, layouts that collapse to
// rows), checks their dynamic sizes at run time and collapses them to rows.
//
//===----------------------------------------------------------------------===//

#include "RowNormGradSpec.h"

#include "norm/Conversion/Utils/RowViews.h"
#include "norm/Conversion/Utils/RuntimeChecks.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::gpu_lowering;

SmallVector<Value> RowNormGradSpec::matrices() const {
  SmallVector<Value> all;
  for (Value v : {grad, input, residualGrad, dx, dr})
    if (v)
      all.push_back(v);
  return all;
}

SmallVector<Value> RowNormGradSpec::parameterGrads() const {
  SmallVector<Value> all;
  for (Value v : {dscale, dbias})
    if (v)
      all.push_back(v);
  return all;
}

/// The operands the four ops share.
template <typename OpTy> static RowNormGradSpec commonSpec(OpTy op) {
  RowNormGradSpec spec;
  spec.grad = op.getGrad();
  spec.input = op.getInput();
  spec.scale = op.getScale();
  spec.rstd = op.getRstd();
  spec.dx = op.getOuts()[0];
  spec.axis = op.getNormalizedAxis();
  spec.epsilon = op.getEpsilon().convertToDouble();
  return spec;
}

/// The fused residual ops: dx and dr, then the parameter gradients.
template <typename OpTy> static RowNormGradSpec fusedSpec(OpTy op) {
  RowNormGradSpec spec = commonSpec(op);
  spec.residualGrad = op.getResidualGrad();
  spec.dr = op.getOuts()[1];
  if (op.hasParameterGrads())
    spec.dscale = op.getOuts()[2];
  spec.alpha = op.getAlpha().convertToDouble();
  return spec;
}

std::optional<RowNormGradSpec>
mlir::norm::gpu_lowering::getRowNormGradSpec(Operation *op) {
  return TypeSwitch<Operation *, std::optional<RowNormGradSpec>>(op)
      .Case([](LayerNormGradOp op) {
        RowNormGradSpec spec = commonSpec(op);
        spec.mean = op.getMean();
        if (op.hasParameterGrads()) {
          spec.dscale = op.getOuts()[1];
          spec.dbias = op.getOuts()[2];
        }
        return spec;
      })
      .Case([](RMSNormGradOp op) {
        RowNormGradSpec spec = commonSpec(op);
        spec.layerNorm = false;
        if (op.hasParameterGrads())
          spec.dscale = op.getOuts()[1];
        spec.offset = op.getOffset().convertToDouble();
        return spec;
      })
      .Case([](AddLayerNormGradOp op) {
        RowNormGradSpec spec = fusedSpec(op);
        spec.mean = op.getMean();
        if (op.hasParameterGrads())
          spec.dbias = op.getOuts()[3];
        return spec;
      })
      .Case([](AddRMSNormGradOp op) {
        RowNormGradSpec spec = fusedSpec(op);
        spec.layerNorm = false;
        spec.offset = op.getOffset().convertToDouble();
        return spec;
      })
      .Default([](Operation *) { return std::nullopt; });
}

std::string
mlir::norm::gpu_lowering::whyGradUnsupported(const RowNormGradSpec &spec) {
  SmallVector<Value> all = spec.matrices();
  llvm::append_range(all, spec.parameterGrads());
  if (spec.scale)
    all.push_back(spec.scale);
  for (Value memref : all) {
    Type element = cast<MemRefType>(memref.getType()).getElementType();
    if (!element.isF32() && !element.isBF16() && !element.isF16())
      return "supports f32, bf16 and f16 data";
  }
  for (Value stat : {spec.mean, spec.rstd})
    if (stat && !cast<MemRefType>(stat.getType()).getElementType().isF32())
      return "supports f32 saved statistics";
  for (Value memref : spec.matrices())
    if (!isCollapsibleToRows(memref, spec.axis))
      return "has an operand whose layout does not collapse to rows";
  for (Value stat : {spec.mean, spec.rstd})
    if (stat && !isCollapsibleToRows(stat, spec.axis))
      return "has saved statistics whose layout does not collapse to rows";
  SmallVector<Value> vectors = spec.parameterGrads();
  if (spec.scale)
    vectors.push_back(spec.scale);
  for (Value memref : vectors)
    if (!isCollapsibleToRows(memref, 0))
      return "has a parameter whose layout is not contiguous";
  return "";
}

void mlir::norm::gpu_lowering::emitGradSizeChecks(OpBuilder &b, Location loc,
                                                  const RowNormGradSpec &spec,
                                                  StringRef opName) {
  auto message = [&](StringRef what, StringRef against) {
    return (opName + ": " + what + " does not match the " + against).str();
  };
  for (auto [full, what] : {std::pair<Value, StringRef>{spec.grad, "grad"},
                            {spec.residualGrad, "residual_grad"},
                            {spec.dx, "dx"},
                            {spec.dr, "dr"}})
    emitSameSizesCheck(b, loc, spec.input, 0, full, message(what, "input"));
  for (auto [param, what] : {std::pair<Value, StringRef>{spec.scale, "scale"},
                             {spec.dscale, "dscale"},
                             {spec.dbias, "dbias"}})
    emitSameSizesCheck(b, loc, spec.input, spec.axis, param,
                       message(what, "normalized shape"));
  SmallVector<int64_t> leading =
      llvm::to_vector(llvm::seq<int64_t>(0, spec.axis));
  for (auto [stat, what] :
       {std::pair<Value, StringRef>{spec.mean, "mean"}, {spec.rstd, "rstd"}})
    if (stat && !leading.empty())
      emitSameSizesCheck(b, loc, spec.input, leading, stat, leading,
                         message(what, "input's rows"));
}

RowNormGradSpec
mlir::norm::gpu_lowering::collapseGradSpec(OpBuilder &b, Location loc,
                                           RowNormGradSpec spec) {
  for (Value *matrix : {&spec.grad, &spec.input, &spec.residualGrad, &spec.dx,
                        &spec.dr, &spec.mean, &spec.rstd})
    if (*matrix) {
      *matrix = collapseToRows(b, loc, *matrix, spec.axis);
      if (spec.axis == 0)
        *matrix = viewAsSingleRow(b, loc, *matrix);
    }
  for (Value *vector : {&spec.scale, &spec.dscale, &spec.dbias})
    if (*vector)
      *vector = collapseToRows(b, loc, *vector, 0);
  return spec;
}
