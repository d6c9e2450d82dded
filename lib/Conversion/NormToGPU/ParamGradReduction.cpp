//===- ParamGradReduction.cpp - dscale and dbias from their partials ------===//
//
// The second kernel of a backward row-norm op: one thread per column adds
// the column's partial sums (one per row unit of the first kernel) in unit
// order, in f32, and rounds the total once to dscale and dbias. Threads of
// a warp read consecutive columns, so every load of a partials' row is
// coalesced. The order of the additions is fixed, so the parameter
// gradients are the same from run to run; there are no atomics.
//
//===----------------------------------------------------------------------===//

#include "RowKernelBuilder.h"
#include "RowNormGradEmitter.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace mlir::norm::gpu_lowering;

/// Threads per block of the reduction.
static constexpr int64_t kReductionThreads = 256;

/// E.g. norm_layer_norm_grad_partials_f32 (after dscale's element type).
static std::string reductionKernelName(const RowNormGradSpec &spec) {
  std::string name = "norm_";
  if (spec.dr)
    name += "add_";
  name +=
      spec.layerNorm ? "layer_norm_grad_partials_" : "rms_norm_grad_partials_";
  llvm::raw_string_ostream os(name);
  os << cast<MemRefType>(spec.dscale.getType()).getElementType();
  return name;
}

void mlir::norm::gpu_lowering::emitParamGradReduction(
    OpBuilder &b, Location loc, const RowNormGradSpec &spec, Value length,
    const GradPartials &partials) {
  Value one = indexConstant(b, loc, 1);
  Value blockSize = indexConstant(b, loc, kReductionThreads);
  Value grid = arith::CeilDivUIOp::create(b, loc, length, blockSize);
  auto launch = gpu::LaunchOp::create(
      b, loc, grid, one, one, blockSize, one, one,
      /*dynamicSharedMemorySize=*/{}, /*asyncTokenType=*/{},
      /*asyncDependencies=*/{}, /*workgroupAttributions=*/{},
      /*privateAttributions=*/{}, /*clusterSizeX=*/{}, /*clusterSizeY=*/{},
      /*clusterSizeZ=*/{}, /*module=*/{},
      FlatSymbolRefAttr::get(b.getContext(), reductionKernelName(spec)));
  OpBuilder kb = OpBuilder::atBlockEnd(&launch.getBody().front());
  Value column = arith::AddIOp::create(
      kb, loc,
      arith::MulIOp::create(kb, loc, launch.getBlockIds().x,
                            indexConstant(kb, loc, kReductionThreads)),
      launch.getThreadIds().x);
  Value inside =
      arith::CmpIOp::create(kb, loc, arith::CmpIPredicate::ult, column, length);
  SmallVector<std::pair<Value, Value>> sums;
  for (auto [partial, result] : {std::pair{partials.scale, spec.dscale},
                                 std::pair{partials.bias, spec.dbias}})
    if (partial)
      sums.push_back({partial, result});
  scf::IfOp::create(kb, loc, inside, [&](OpBuilder &tb, Location tl) {
    Value zero = arith::ConstantOp::create(tb, tl, tb.getF32FloatAttr(0.0));
    auto loop = scf::ForOp::create(
        tb, tl, indexConstant(tb, tl, 0), partials.units,
        indexConstant(tb, tl, 1), SmallVector<Value>(sums.size(), zero),
        [&](OpBuilder &lb, Location ll, Value unit, ValueRange acc) {
          SmallVector<Value> next;
          for (auto [sum, partial] :
               llvm::zip(acc, llvm::make_first_range(sums)))
            next.push_back(arith::AddFOp::create(
                lb, ll, sum,
                memref::LoadOp::create(lb, ll, partial,
                                       ValueRange{unit, column})));
          scf::YieldOp::create(lb, ll, next);
        });
    for (auto [total, result] :
         llvm::zip(loop.getResults(), llvm::make_second_range(sums))) {
      Value value = total;
      Type element = cast<MemRefType>(result.getType()).getElementType();
      if (!element.isF32())
        value = arith::TruncFOp::create(tb, tl, element, value);
      memref::StoreOp::create(tb, tl, value, result, ValueRange{column});
    }
    scf::YieldOp::create(tb, tl);
  });
  gpu::TerminatorOp::create(kb, loc);
}
