//===- RowNormGradLaunch.cpp - Host code of the backward kernels ----------===//
//
// The host side of a GPU backward row-norm lowering:
//
// 1. With parameter gradients, f32 buffers of partial sums (dscale's and
//    dbias's), one row of N per row unit of the dx kernel.
// 2. The dx kernel (RowNormGradEmitter), vectorized where every row operand
//    and the scale are aligned at run time, as the forward kernels are; its
//    layout is the forward's (KernelShape) for a thread holding dy, x and
//    the partial sums of its columns in registers. It has
//    units = min(rows, grad-partial-units) blocks, or min(rows,
//    grad-partial-units x warp-rows-per-block) warps (short rows): a
//    number that depends on the row count only, and so does the order of
//    the sums.
// 3. The reduction of the partials into dscale and dbias (with no rows:
//    zeros), then the buffers are freed.
//
//===----------------------------------------------------------------------===//

#include "RowNormGradLaunch.h"
#include "KernelShape.h"
#include "RowKernelLaunch.h"
#include "RowNormGradEmitter.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::gpu_lowering;

/// The options of the dx kernel's layout: a thread holds dy and x of its
/// chunks and, across rows, one f32 partial sum per parameter gradient, in
/// the register budget the forward kernels give a row (max-register-values
/// values); blocks are sized so that a thread's share fits it.
static NormToGPUOptions gradKernelOptions(const RowNormGradSpec &spec,
                                          int64_t lanes,
                                          const NormToGPUOptions &options) {
  NormToGPUOptions grad = options;
  int64_t valuesPerElement = 2 + spec.parameterGrads().size();
  grad.maxRegisterValues =
      std::max<int64_t>(1, options.maxRegisterValues / valuesPerElement);
  grad.chunksPerThread = std::max<int64_t>(1, grad.maxRegisterValues / lanes);
  return grad;
}

void mlir::norm::gpu_lowering::buildRowNormGradKernels(
    OpBuilder &b, Location loc, const RowNormGradSpec &spec,
    const NormToGPUOptions &options) {
  RowExtent extent = getRowExtent(b, loc, spec.input);
  Value rows = extent.rows, length = extent.length;
  std::optional<int64_t> staticLength = extent.staticLength;
  SmallVector<Value> operands = spec.matrices();
  if (spec.scale)
    operands.push_back(spec.scale);

  // Row units: blocks, or for short rows warps (warpRowsPerBlock per block,
  // as many blocks), as the vector kernel's layout has them; the
  // element-wise kernel has as many units, whatever its layout.
  int64_t vectorLanes = chooseVectorLanes(operands, staticLength, options);
  KernelShape vectorShape = chooseKernelShape(
      staticLength, vectorLanes, gradKernelOptions(spec, vectorLanes, options));
  int64_t mostUnits = std::max<int64_t>(1, options.gradPartialUnits);
  if (vectorShape.warpPerRow)
    mostUnits *= std::max<int64_t>(1, options.warpRowsPerBlock);
  GradPartials partials;
  partials.units =
      arith::MinUIOp::create(b, loc, rows, indexConstant(b, loc, mostUnits));
  bool parameterGrads = !spec.parameterGrads().empty();
  if (parameterGrads) {
    int64_t columns = staticLength ? *staticLength : ShapedType::kDynamic;
    auto type =
        MemRefType::get({ShapedType::kDynamic, columns}, b.getF32Type());
    SmallVector<Value> sizes{partials.units};
    if (!staticLength)
      sizes.push_back(length);
    auto alloc = [&] {
      return memref::AllocOp::create(b, loc, type, sizes,
                                     b.getI64IntegerAttr(64))
          .getResult();
    };
    partials.scale = alloc();
    if (spec.dbias)
      partials.bias = alloc();
  }

  emitRowKernelVariants(
      b, loc, operands, rows, length, staticLength, options,
      [&](OpBuilder &lb, Location ll, int64_t lanes) {
        KernelShape shape = chooseKernelShape(
            staticLength, lanes, gradKernelOptions(spec, lanes, options));
        Value chunks = arith::CeilDivUIOp::create(lb, ll, length,
                                                  indexConstant(lb, ll, lanes));
        std::optional<int64_t> staticChunks;
        if (staticLength)
          staticChunks = llvm::divideCeil(*staticLength, lanes);
        RowNormGradEmitter(spec, shape, rows, length, chunks, staticChunks,
                           partials)
            .emit(lb, ll);
      });
  if (!parameterGrads)
    return;
  // No rows (no units): dscale and dbias are zeros.
  Value nonEmpty = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne,
                                         length, indexConstant(b, loc, 0));
  scf::IfOp::create(b, loc, nonEmpty, [&](OpBuilder &tb, Location tl) {
    emitParamGradReduction(tb, tl, spec, length, partials);
    scf::YieldOp::create(tb, tl);
  });
  for (Value partial : {partials.scale, partials.bias})
    if (partial)
      memref::DeallocOp::create(b, loc, partial);
}
