//===- RowStatistics.cpp - A row's statistics in the CPU kernels ----------===//
//
// The shifted one-pass sums and the corrected second pass that the forward
// and backward row kernels share.
//
//===----------------------------------------------------------------------===//

#include "RowStatistics.h"

#include "mlir/Dialect/Math/IR/Math.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::cpu;

SmallVector<Value> RowStatisticsBuilder::zeroSums(OpBuilder &b,
                                                  Location loc) const {
  if (!layerNorm)
    return {k.zeroVector(b, loc)};
  return {k.zeroVector(b, loc), k.zeroVector(b, loc)};
}

SmallVector<Value> RowStatisticsBuilder::accumulate(OpBuilder &b, Location loc,
                                                    Value v, Value shift,
                                                    const Chunk &chunk,
                                                    ValueRange sums) const {
  if (!layerNorm) {
    v = k.widen(b, loc, k.masked(b, loc, v, chunk), chunk);
    return {vector::FMAOp::create(b, loc, v, v, sums[0])};
  }
  Value d = arith::SubFOp::create(b, loc, v, k.fit(b, loc, shift, chunk));
  d = k.widen(b, loc, k.masked(b, loc, d, chunk), chunk);
  return {arith::AddFOp::create(b, loc, sums[0], d),
          vector::FMAOp::create(b, loc, d, d, sums[1])};
}

std::pair<Value, Value> RowStatisticsBuilder::moments(OpBuilder &b,
                                                      Location loc,
                                                      ArrayRef<Value> sums,
                                                      Value base) const {
  Value m = arith::DivFOp::create(b, loc, k.reduce(b, loc, sums[0]), count);
  Value q = arith::DivFOp::create(b, loc, k.reduce(b, loc, sums[1]), count);
  Value v =
      arith::SubFOp::create(b, loc, q, arith::MulFOp::create(b, loc, m, m));
  if (base)
    m = arith::AddFOp::create(b, loc, base, m);
  return std::make_pair(m, v);
}

std::pair<Value, Value> RowStatisticsBuilder::finish(OpBuilder &b, Location loc,
                                                     Value row, Value shift,
                                                     ArrayRef<Value> sums,
                                                     double epsilon) const {
  if (!layerNorm) {
    Value meanSquare =
        arith::DivFOp::create(b, loc, k.reduce(b, loc, sums[0]), count);
    Value rstd = math::RsqrtOp::create(
        b, loc,
        arith::AddFOp::create(b, loc, meanSquare, k.scalar(b, loc, epsilon)));
    return {Value(), rstd};
  }
  Value offset1, var1;
  std::tie(offset1, var1) = moments(b, loc, sums, Value());
  Value far = arith::CmpFOp::create(
      b, loc, arith::CmpFPredicate::OGT,
      arith::MulFOp::create(b, loc, offset1, offset1),
      arith::MulFOp::create(b, loc, var1, k.scalar(b, loc, 16.0)));
  auto corrected = scf::IfOp::create(
      b, loc, far,
      [&](OpBuilder &tb, Location tl) {
        // The same sums with d = (x - K) - (mean - K), from the cached row.
        Value center = k.splat(tb, tl, offset1);
        SmallVector<Value> sums2 =
            k.loop(tb, tl, {k.zeroVector(tb, tl), k.zeroVector(tb, tl)},
                   [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                       ValueRange iters) -> SmallVector<Value> {
                     Value d = arith::SubFOp::create(
                         lb, ll, k.read(lb, ll, row, chunk),
                         k.fit(lb, ll, shift, chunk));
                     return accumulate(lb, ll, d, center, chunk, iters);
                   });
        auto [offset2, var2] = moments(tb, tl, sums2, offset1);
        scf::YieldOp::create(tb, tl, ValueRange{offset2, var2});
      },
      [&](OpBuilder &eb, Location el) {
        scf::YieldOp::create(eb, el, ValueRange{offset1, var1});
      });
  Value var = arith::MaximumFOp::create(b, loc, corrected.getResult(1),
                                        k.scalar(b, loc, 0.0));
  Value rstd = math::RsqrtOp::create(
      b, loc, arith::AddFOp::create(b, loc, var, k.scalar(b, loc, epsilon)));
  return {corrected.getResult(0), rstd};
}
