//===- RowNormGradEmitter.cpp - The GPU backward row kernel ---------------===//
//
// The first kernel of a backward row-norm op. With xhat the normalized x
// (the saved statistics, or recomputed as the forward computes them) and
// g = dy * (scale + offset):
//
//   dx = ((g - sum(g) / N) - xhat * sum(g * xhat) / N) * rstd
//
// (LayerNorm; RMSNorm has no sum(g) term), plus the residual stream's
// gradient for the fused ops, which also write dr = alpha * dx. The sums
// are f32 row sums (RowKernelBuilder::rowSum) whatever the element types.
//
// dscale and dbias are sums over all rows of dy * xhat and dy. The kernel
// launches `units` row units (a block or a warp each, at most a fixed
// number that depends only on the row count); unit u takes the rows
// u, u + units, ... in order and adds each thread's columns up in f32,
// then writes them to row u of the partials. A thread always has the same
// columns, so it adds into registers (row in registers) or into its own
// elements of the partials (streamed rows) without atomics or barriers.
// emitParamGradReduction then adds the partials' rows in order: the result
// is the same from run to run and on every device.
//
//===----------------------------------------------------------------------===//

#include "RowNormGradEmitter.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

using namespace mlir;
using namespace mlir::norm::gpu_lowering;

void RowNormGradEmitter::emit(OpBuilder &b, Location loc) {
  gpu::LaunchOp launch;
  Value unit;
  std::tie(launch, unit) =
      launchUnits(b, loc, partials.units, sumSlots(), kernelName());
  OpBuilder kb = OpBuilder::atBlockEnd(&launch.getBody().front());
  auto emitRows = [&](OpBuilder &rb, Location rl) {
    if (shape.perThread > 0)
      emitRegisterRows(rb, rl, unit);
    else
      emitStreamedRows(rb, rl, unit);
  };
  if (!shape.warpPerRow) {
    emitRows(kb, loc);
  } else {
    // Whole warps past the last unit drop out together.
    Value inside = arith::CmpIOp::create(kb, loc, arith::CmpIPredicate::ult,
                                         unit, partials.units);
    scf::IfOp::create(kb, loc, inside, [&](OpBuilder &tb, Location tl) {
      emitRows(tb, tl);
      scf::YieldOp::create(tb, tl);
    });
  }
  gpu::TerminatorOp::create(kb, loc);
}

std::string RowNormGradEmitter::kernelName() const {
  std::string name = "norm_";
  if (spec.dr)
    name += "add_";
  name += spec.layerNorm ? "layer_norm_grad_" : "rms_norm_grad_";
  llvm::raw_string_ostream os(name);
  os << cast<MemRefType>(spec.input.getType()).getElementType();
  os << (shape.lanes > 1 ? "_v" + std::to_string(shape.lanes) : "_scalar");
  os << (shape.warpPerRow ? "_warp" : shape.perThread ? "_block" : "_stream");
  return name;
}

Value RowNormGradEmitter::rowLength(OpBuilder &b, Location loc) const {
  auto type = cast<MemRefType>(spec.input.getType());
  if (type.isDynamicDim(1))
    return lengthAsF32(b, loc);
  return f32(b, loc, static_cast<double>(type.getDimSize(1)));
}

int64_t RowNormGradEmitter::sumSlots() const {
  int64_t statistics = spec.rstd ? 0 : spec.layerNorm ? 3 : 1;
  return statistics + (spec.layerNorm ? 2 : 1);
}

RowNormGradEmitter::Statistics
RowNormGradEmitter::savedStatistics(OpBuilder &b, Location loc) const {
  Value zero = indexConstant(b, loc, 0);
  auto scalar = [&](Value stat) {
    return splat(b, loc,
                 memref::LoadOp::create(b, loc, stat, ValueRange{row, zero}));
  };
  Statistics stats;
  if (spec.mean)
    stats.mean = scalar(spec.mean);
  stats.rstd = scalar(spec.rstd);
  return stats;
}

RowNormGradEmitter::Statistics
RowNormGradEmitter::registerStatistics(OpBuilder &b, Location loc,
                                       ArrayRef<Value> xs,
                                       ArrayRef<Value> inside, Value count) {
  auto sumOver = [&](function_ref<Value(Value)> term, bool masked) {
    Value acc;
    for (auto [x, valid] : llvm::zip(xs, inside)) {
      Value t = term(x);
      if (masked && valid)
        t = arith::SelectOp::create(b, loc, valid, t,
                                    splatConstant(b, loc, 0.0));
      acc = acc ? arith::AddFOp::create(b, loc, acc, t).getResult() : t;
    }
    return reduceLanes(b, loc, acc);
  };
  Statistics stats;
  if (!spec.layerNorm) {
    Value squares = sumOver(
        [&](Value x) {
          return arith::MulFOp::create(b, loc, x, x).getResult();
        },
        false);
    Value meanSquare =
        arith::DivFOp::create(b, loc, rowSum(b, loc, squares, 0), count);
    stats.rstd = splat(b, loc, rstdOf(b, loc, meanSquare));
    return stats;
  }
  Value sum = rowSum(b, loc, sumOver([](Value x) { return x; }, false), 0);
  stats.mean = splat(b, loc, arith::DivFOp::create(b, loc, sum, count));
  auto deviation = [&](Value x) {
    return arith::SubFOp::create(b, loc, x, stats.mean).getResult();
  };
  Value deviations = sumOver(deviation, true);
  Value squares = sumOver(
      [&](Value x) {
        Value d = deviation(x);
        return arith::MulFOp::create(b, loc, d, d).getResult();
      },
      true);
  Value rstd;
  std::tie(rstd, stats.center) = correctedStatistics(
      b, loc, count, rowSum(b, loc, deviations, 1), rowSum(b, loc, squares, 2));
  stats.rstd = splat(b, loc, rstd);
  return stats;
}

RowNormGradEmitter::Statistics
RowNormGradEmitter::streamedStatistics(OpBuilder &b, Location loc,
                                       Value count) {
  auto x = [&](OpBuilder &lb, Location ll, Value chunk) {
    return load(lb, ll, spec.input, chunk);
  };
  Statistics stats;
  if (!spec.layerNorm) {
    Value squares = streamSum(b, loc, [&](OpBuilder &lb, Location ll, Value c) {
      Value v = x(lb, ll, c);
      return arith::MulFOp::create(lb, ll, v, v).getResult();
    });
    Value meanSquare =
        arith::DivFOp::create(b, loc, rowSum(b, loc, squares, 0), count);
    stats.rstd = splat(b, loc, rstdOf(b, loc, meanSquare));
    return stats;
  }
  Value sum = streamSum(b, loc, x);
  stats.mean = splat(
      b, loc, arith::DivFOp::create(b, loc, rowSum(b, loc, sum, 0), count));
  auto loop = scf::ForOp::create(
      b, loc, tid, chunks, threads,
      ValueRange{splatConstant(b, loc, 0.0), splatConstant(b, loc, 0.0)},
      [&](OpBuilder &lb, Location ll, Value chunk, ValueRange acc) {
        Value d = arith::SubFOp::create(lb, ll, x(lb, ll, chunk), stats.mean);
        Value sum = arith::AddFOp::create(lb, ll, acc[0], d);
        Value square = arith::AddFOp::create(
            lb, ll, acc[1], arith::MulFOp::create(lb, ll, d, d));
        scf::YieldOp::create(lb, ll, ValueRange{sum, square});
      });
  Value rstd;
  std::tie(rstd, stats.center) = correctedStatistics(
      b, loc, count, rowSum(b, loc, reduceLanes(b, loc, loop.getResult(0)), 1),
      rowSum(b, loc, reduceLanes(b, loc, loop.getResult(1)), 2));
  stats.rstd = splat(b, loc, rstd);
  return stats;
}

Value RowNormGradEmitter::normalized(OpBuilder &b, Location loc, Value x,
                                     const Statistics &stats) const {
  if (stats.mean)
    x = arith::SubFOp::create(b, loc, x, stats.mean);
  x = arith::MulFOp::create(b, loc, x, stats.rstd);
  if (stats.center)
    x = arith::AddFOp::create(b, loc, x, stats.center);
  return x;
}

Value RowNormGradEmitter::scaledGrad(OpBuilder &b, Location loc, Value dy,
                                     Value gamma) const {
  if (!gamma)
    return dy;
  if (spec.offset != 0.0)
    gamma = arith::AddFOp::create(b, loc, gamma,
                                  splatConstant(b, loc, spec.offset));
  return arith::MulFOp::create(b, loc, dy, gamma);
}

std::pair<Value, Value> RowNormGradEmitter::meanGrads(OpBuilder &b,
                                                      Location loc, Value sumG,
                                                      Value sumGX, Value count,
                                                      int64_t slot) {
  auto mean = [&](Value partial, int64_t s) {
    Value sum = rowSum(b, loc, reduceLanes(b, loc, partial), s);
    return splat(b, loc, arith::DivFOp::create(b, loc, sum, count));
  };
  Value meanG = spec.layerNorm ? mean(sumG, slot++) : Value();
  return {meanG, mean(sumGX, slot)};
}

void RowNormGradEmitter::storeInputGrads(OpBuilder &b, Location loc,
                                         Value chunk, Value g, Value xhat,
                                         Value meanG, Value meanGX,
                                         Value rstd) const {
  Value dx = g;
  if (meanG)
    dx = arith::SubFOp::create(b, loc, dx, meanG);
  dx = arith::SubFOp::create(b, loc, dx,
                             arith::MulFOp::create(b, loc, xhat, meanGX));
  dx = arith::MulFOp::create(b, loc, dx, rstd);
  if (spec.residualGrad)
    dx = arith::AddFOp::create(b, loc, dx,
                               load(b, loc, spec.residualGrad, chunk));
  store(b, loc, dx, spec.dx, chunk);
  if (!spec.dr)
    return;
  Value dr = dx;
  if (spec.alpha != 1.0)
    dr = arith::MulFOp::create(b, loc, dx, splatConstant(b, loc, spec.alpha));
  store(b, loc, dr, spec.dr, chunk);
}

void RowNormGradEmitter::emitRegisterRows(OpBuilder &b, Location loc,
                                          Value unit) {
  SmallVector<Value> chunkIds, inside;
  for (int64_t k = 0; k < shape.perThread; ++k) {
    auto [chunk, valid] = chunkOf(b, loc, k);
    chunkIds.push_back(chunk);
    inside.push_back(valid);
  }
  SmallVector<Value> sumPartials;
  for (Value partial : {partials.scale, partials.bias})
    if (partial)
      sumPartials.push_back(partial);
  SmallVector<Value> init(shape.perThread * sumPartials.size(),
                          splatConstant(b, loc, 0.0));
  Value count = rowLength(b, loc);
  auto loop = scf::ForOp::create(
      b, loc, unit, rows, partials.units, init,
      [&](OpBuilder &lb, Location ll, Value iv, ValueRange acc) {
        row = iv;
        // A chunk past the row's end reads as zero (its sums and dx are
        // never stored).
        auto guardedLoad = [&](Value memref, Value chunk, Value valid) {
          if (!valid)
            return load(lb, ll, memref, chunk);
          return scf::IfOp::create(
                     lb, ll, valid,
                     [&](OpBuilder &tb, Location tl) {
                       scf::YieldOp::create(tb, tl,
                                            load(tb, tl, memref, chunk));
                     },
                     [&](OpBuilder &eb, Location el) {
                       scf::YieldOp::create(eb, el, splatConstant(eb, el, 0.0));
                     })
              .getResult(0);
        };
        SmallVector<Value> dys, xs;
        for (auto [chunk, valid] : llvm::zip(chunkIds, inside))
          xs.push_back(guardedLoad(spec.input, chunk, valid));
        Statistics stats = spec.rstd
                               ? savedStatistics(lb, ll)
                               : registerStatistics(lb, ll, xs, inside, count);
        // dy after the statistics: fewer values live across their sums.
        for (auto [chunk, valid] : llvm::zip(chunkIds, inside))
          dys.push_back(guardedLoad(spec.grad, chunk, valid));
        SmallVector<Value> gs, xhats;
        Value sumG, sumGX;
        for (auto [k, chunk] : llvm::enumerate(chunkIds)) {
          Value xhat = normalized(lb, ll, xs[k], stats);
          // Past the row's end dy is zero, and so is g.
          Value gamma =
              spec.scale ? guardedLoad(spec.scale, chunk, inside[k]) : Value();
          Value g = scaledGrad(lb, ll, dys[k], gamma);
          Value gx = arith::MulFOp::create(lb, ll, g, xhat);
          if (spec.layerNorm)
            sumG =
                sumG ? arith::AddFOp::create(lb, ll, sumG, g).getResult() : g;
          sumGX =
              sumGX ? arith::AddFOp::create(lb, ll, sumGX, gx).getResult() : gx;
          gs.push_back(g);
          xhats.push_back(xhat);
        }
        int64_t firstSlot = spec.rstd ? 0 : spec.layerNorm ? 3 : 1;
        Value meanG, meanGX;
        std::tie(meanG, meanGX) =
            meanGrads(lb, ll, sumG, sumGX, count, firstSlot);
        SmallVector<Value> next;
        for (size_t k = 0, e = chunkIds.size(); k < e; ++k) {
          auto store = [&](OpBuilder &sb, Location sl) {
            storeInputGrads(sb, sl, chunkIds[k], gs[k], xhats[k], meanG, meanGX,
                            stats.rstd);
          };
          if (!inside[k]) {
            store(lb, ll);
          } else {
            scf::IfOp::create(lb, ll, inside[k],
                              [&](OpBuilder &tb, Location tl) {
                                store(tb, tl);
                                scf::YieldOp::create(tb, tl);
                              });
          }
        }
        for (auto [p, partial] : llvm::enumerate(sumPartials))
          for (int64_t k = 0; k < shape.perThread; ++k) {
            Value term = partial == partials.scale
                             ? arith::MulFOp::create(lb, ll, dys[k], xhats[k])
                                   .getResult()
                             : dys[k];
            next.push_back(arith::AddFOp::create(
                lb, ll, acc[p * shape.perThread + k], term));
          }
        // With one sum per row, the next row's would overwrite its shared
        // slot while slower warps still read it.
        if (!shape.warpPerRow && sumSlots() == 1)
          gpu::BarrierOp::create(lb, ll);
        scf::YieldOp::create(lb, ll, next);
      });
  for (auto [p, partial] : llvm::enumerate(sumPartials))
    for (auto [k, chunk] : llvm::enumerate(chunkIds)) {
      Value sum = loop.getResult(p * shape.perThread + k);
      auto store = [&, partial = partial, chunk = chunk](OpBuilder &sb,
                                                         Location sl) {
        this->store(sb, sl, sum, partial, chunk, unit);
      };
      if (!inside[k]) {
        store(b, loc);
        continue;
      }
      scf::IfOp::create(b, loc, inside[k], [&](OpBuilder &tb, Location tl) {
        store(tb, tl);
        scf::YieldOp::create(tb, tl);
      });
    }
}

void RowNormGradEmitter::emitStreamedRows(OpBuilder &b, Location loc,
                                          Value unit) {
  SmallVector<Value> sumPartials;
  for (Value partial : {partials.scale, partials.bias})
    if (partial)
      sumPartials.push_back(partial);
  // This thread's elements of the unit's partials, which only it adds to.
  if (!sumPartials.empty())
    scf::ForOp::create(
        b, loc, tid, chunks, threads, ValueRange{},
        [&](OpBuilder &lb, Location ll, Value chunk, ValueRange) {
          for (Value partial : sumPartials)
            store(lb, ll, splatConstant(lb, ll, 0.0), partial, chunk, unit);
          scf::YieldOp::create(lb, ll);
        });
  Value count = rowLength(b, loc);
  scf::ForOp::create(
      b, loc, unit, rows, partials.units, ValueRange{},
      [&](OpBuilder &rb, Location rl, Value iv, ValueRange) {
        row = iv;
        Statistics stats = spec.rstd ? savedStatistics(rb, rl)
                                     : streamedStatistics(rb, rl, count);
        auto gradsOf = [&](OpBuilder &lb, Location ll, Value chunk) {
          Value dy = load(lb, ll, spec.grad, chunk);
          Value xhat =
              normalized(lb, ll, load(lb, ll, spec.input, chunk), stats);
          Value gamma = spec.scale ? load(lb, ll, spec.scale, chunk) : Value();
          return std::make_tuple(dy, scaledGrad(lb, ll, dy, gamma), xhat);
        };
        auto sums = scf::ForOp::create(
            rb, rl, tid, chunks, threads,
            ValueRange{splatConstant(rb, rl, 0.0), splatConstant(rb, rl, 0.0)},
            [&](OpBuilder &lb, Location ll, Value chunk, ValueRange acc) {
              auto [dy, g, xhat] = gradsOf(lb, ll, chunk);
              Value sumG = arith::AddFOp::create(lb, ll, acc[0], g);
              Value sumGX = arith::AddFOp::create(
                  lb, ll, acc[1], arith::MulFOp::create(lb, ll, g, xhat));
              scf::YieldOp::create(lb, ll, ValueRange{sumG, sumGX});
            });
        int64_t firstSlot = spec.rstd ? 0 : spec.layerNorm ? 3 : 1;
        Value meanG, meanGX;
        std::tie(meanG, meanGX) = meanGrads(
            rb, rl, sums.getResult(0), sums.getResult(1), count, firstSlot);
        scf::ForOp::create(
            rb, rl, tid, chunks, threads, ValueRange{},
            [&](OpBuilder &lb, Location ll, Value chunk, ValueRange) {
              auto [dy, g, xhat] = gradsOf(lb, ll, chunk);
              storeInputGrads(lb, ll, chunk, g, xhat, meanG, meanGX,
                              stats.rstd);
              for (Value partial : sumPartials) {
                Value term =
                    partial == partials.scale
                        ? arith::MulFOp::create(lb, ll, dy, xhat).getResult()
                        : dy;
                Value sum = arith::AddFOp::create(
                    lb, ll, load(lb, ll, partial, chunk, unit), term);
                store(lb, ll, sum, partial, chunk, unit);
              }
              scf::YieldOp::create(lb, ll);
            });
        if (!shape.warpPerRow && sumSlots() == 1)
          gpu::BarrierOp::create(rb, rl);
        scf::YieldOp::create(rb, rl);
      });
}
