//===- NormToCPU.cpp - Row-wise vector kernels for the CPU ----------------===//
//
// Lowers the row-wise norms (LayerNorm, RMSNorm, the fused residual ops and
// DeepNorm) to explicit vector code on tensors: an scf.forall over rows (the
// parallel dimension, later OpenMP threads), and in each row scf.for loops
// over chunks of `lanes` elements with vector.transfer_read/write. A chunk is
// several hardware vectors wide, which LLVM splits into independent
// accumulators. The tail of a row is one masked chunk. f16/bf16 data are
// widened to f32 per chunk.
//
// Each row is read from memory once: the statistics passes and the output
// pass re-read it while it is still in cache. The fused ops write h in the
// first pass and normalize it from cache. LayerNorm statistics use the
// shifted, corrected two-pass scheme of the reference lowering.
//
//===----------------------------------------------------------------------===//

#include "norm/Conversion/NormToCPU/NormToCPU.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "norm/Conversion/Passes.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "llvm/TargetParser/Host.h"

namespace mlir::norm {
#define GEN_PASS_DEF_CONVERTNORMTOCPU
#include "norm/Conversion/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;
using namespace mlir::norm;

int64_t mlir::norm::getHostVectorWidth() {
  llvm::StringMap<bool> features = llvm::sys::getHostCPUFeatures();
  if (features.lookup("avx512f"))
    return 16;
  if (features.lookup("avx2") || features.lookup("avx"))
    return 8;
  return 4;
}

namespace {

/// Float conversion between scalar or vector float types.
Value convertFloat(OpBuilder &b, Location loc, Value value, Type to) {
  Type from = value.getType();
  if (from == to)
    return value;
  Type fromElement = getElementTypeOrSelf(from);
  Type toElement = getElementTypeOrSelf(to);
  unsigned fromWidth = fromElement.getIntOrFloatBitWidth();
  unsigned toWidth = toElement.getIntOrFloatBitWidth();
  if (fromWidth == toWidth) {
    Type f32 = b.getF32Type();
    if (auto vec = dyn_cast<VectorType>(to))
      f32 = vec.clone(f32);
    value = arith::ExtFOp::create(b, loc, f32, value);
    return arith::TruncFOp::create(b, loc, to, value);
  }
  if (fromWidth < toWidth)
    return arith::ExtFOp::create(b, loc, to, value);
  return arith::TruncFOp::create(b, loc, to, value);
}

/// Builds the per-row vector code of one norm op.
class RowKernelBuilder {
public:
  RowKernelBuilder(OpBuilder &b, Location loc, Value length, int64_t lanes,
                   Type computeType)
      : b(b), loc(loc), length(length), lanes(lanes), computeType(computeType) {
  }

  VectorType vectorOf(Type element) const {
    return VectorType::get({lanes}, element);
  }
  VectorType computeVector() const { return vectorOf(computeType); }

  Value scalar(double value) const {
    return arith::ConstantOp::create(b, loc,
                                     b.getFloatAttr(computeType, value));
  }
  Value splat(OpBuilder &builder, Location l, Value scalarValue) const {
    return vector::BroadcastOp::create(builder, l, computeVector(),
                                       scalarValue);
  }
  Value zeroVectorAt(OpBuilder &builder, Location l) const {
    return arith::ConstantOp::create(
        builder, l,
        DenseElementsAttr::get(computeVector(),
                               builder.getFloatAttr(computeType, 0.0)));
  }
  Value zeroVector() const {
    return arith::ConstantOp::create(
        b, loc,
        DenseElementsAttr::get(computeVector(),
                               b.getFloatAttr(computeType, 0.0)));
  }

  /// Runs `body` over the row in chunks: full chunks with no mask, then one
  /// masked tail chunk if the length is not a multiple of `lanes`.
  using ChunkBody = function_ref<SmallVector<Value>(
      OpBuilder &, Location, Value offset, Value mask, ValueRange iterArgs)>;
  SmallVector<Value> loop(ValueRange inits, ChunkBody body) const {
    Value step = arith::ConstantIndexOp::create(b, loc, lanes);
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value rem = arith::RemUIOp::create(b, loc, length, step);
    Value mainEnd = arith::SubIOp::create(b, loc, length, rem);
    auto main = scf::ForOp::create(
        b, loc, zero, mainEnd, step, inits,
        [&](OpBuilder &nb, Location nl, Value offset, ValueRange iterArgs) {
          scf::YieldOp::create(nb, nl, body(nb, nl, offset, Value(), iterArgs));
        });
    Value hasTail =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, rem, zero);
    auto tail = scf::IfOp::create(
        b, loc, hasTail,
        [&](OpBuilder &nb, Location nl) {
          Value mask = vector::CreateMaskOp::create(
              nb, nl, VectorType::get({lanes}, nb.getI1Type()),
              ValueRange{rem});
          scf::YieldOp::create(nb, nl,
                               body(nb, nl, mainEnd, mask, main.getResults()));
        },
        [&](OpBuilder &nb, Location nl) {
          scf::YieldOp::create(nb, nl, main.getResults());
        });
    return SmallVector<Value>(tail.getResults());
  }

  /// Tail chunks of 16-bit data move element by element: LLVM legalizes a
  /// masked load or store of bf16 vectors on x86 through __truncsfbf2, a
  /// compiler-rt helper a JIT or a plain link does not have.
  static bool needsScalarTail(Type element) {
    return element.getIntOrFloatBitWidth() == 16;
  }

  /// The number of valid elements in the tail chunk starting at `offset`.
  Value tailCount(OpBuilder &builder, Location l, Value offset) const {
    return arith::SubIOp::create(builder, l, length, offset);
  }

  /// Reads a chunk of a 1-D tensor at `offset`, widened to the compute type.
  Value read(OpBuilder &builder, Location l, Value row, Value offset,
             Value mask) const {
    Type element = cast<RankedTensorType>(row.getType()).getElementType();
    if (mask && needsScalarTail(element)) {
      Value zero = arith::ConstantIndexOp::create(builder, l, 0);
      Value one = arith::ConstantIndexOp::create(builder, l, 1);
      auto loop = scf::ForOp::create(
          builder, l, zero, tailCount(builder, l, offset), one,
          ValueRange{zeroVectorAt(builder, l)},
          [&](OpBuilder &nb, Location nl, Value i, ValueRange iters) {
            Value index = arith::AddIOp::create(nb, nl, offset, i);
            Value value = tensor::ExtractOp::create(nb, nl, row, index);
            value = convertFloat(nb, nl, value, computeType);
            scf::YieldOp::create(
                nb, nl,
                ValueRange{vector::InsertOp::create(nb, nl, value, iters[0],
                                                    ArrayRef<OpFoldResult>{i})
                               .getResult()});
          });
      return loop.getResult(0);
    }
    Value pad = arith::ConstantOp::create(builder, l,
                                          builder.getFloatAttr(element, 0.0));
    Value chunk = vector::TransferReadOp::create(builder, l, vectorOf(element),
                                                 row, ValueRange{offset}, pad,
                                                 ArrayRef<bool>{!mask});
    return convertFloat(builder, l, chunk, computeVector());
  }

  /// Writes a compute-type chunk into a 1-D tensor, rounded to its type.
  Value write(OpBuilder &builder, Location l, Value chunk, Value row,
              Value offset, Value mask) const {
    Type element = cast<RankedTensorType>(row.getType()).getElementType();
    if (mask && needsScalarTail(element)) {
      Value zero = arith::ConstantIndexOp::create(builder, l, 0);
      Value one = arith::ConstantIndexOp::create(builder, l, 1);
      auto loop = scf::ForOp::create(
          builder, l, zero, tailCount(builder, l, offset), one, ValueRange{row},
          [&](OpBuilder &nb, Location nl, Value i, ValueRange iters) {
            Value index = arith::AddIOp::create(nb, nl, offset, i);
            Value value = vector::ExtractOp::create(nb, nl, chunk,
                                                    ArrayRef<OpFoldResult>{i});
            value = convertFloat(nb, nl, value, element);
            scf::YieldOp::create(
                nb, nl,
                ValueRange{tensor::InsertOp::create(nb, nl, value, iters[0],
                                                    ValueRange{index})
                               .getResult()});
          });
      return loop.getResult(0);
    }
    Value stored = convertFloat(builder, l, chunk, vectorOf(element));
    return vector::TransferWriteOp::create(builder, l, stored, row,
                                           ValueRange{offset},
                                           ArrayRef<bool>{!mask})
        .getResult();
  }

  /// Keeps the lanes of a tail chunk that are inside the row.
  Value masked(OpBuilder &builder, Location l, Value chunk, Value mask) const {
    if (!mask)
      return chunk;
    Value zero = arith::ConstantOp::create(
        builder, l,
        DenseElementsAttr::get(computeVector(),
                               builder.getFloatAttr(computeType, 0.0)));
    return arith::SelectOp::create(builder, l, mask, chunk, zero);
  }

  Value reduce(Value vector) const {
    return vector::ReductionOp::create(b, loc, vector::CombiningKind::ADD,
                                       vector);
  }

private:
  OpBuilder &b;
  Location loc;
  Value length;
  int64_t lanes;
  Type computeType;
};

/// What a row-wise norm op asks of the kernel: its operands, and its name
/// for run-time check messages.
struct RowNormSpec : RowNormOperands {
  std::string opName;
};

Type getComputeType(Value input) {
  Type element = cast<RankedTensorType>(input.getType()).getElementType();
  return element.isF64() ? element : Float32Type::get(input.getContext());
}

/// Collapses a tensor to 2-D: (leading dims, normalized dims).
Value collapseTo2D(OpBuilder &b, Location loc, Value value, int64_t axis) {
  int64_t rank = cast<RankedTensorType>(value.getType()).getRank();
  if (rank == 2 && axis == 1)
    return value;
  ReassociationIndices rows, cols;
  for (int64_t dim = 0; dim < rank; ++dim)
    (dim < axis ? rows : cols).push_back(dim);
  return tensor::CollapseShapeOp::create(
      b, loc, value, ArrayRef<ReassociationIndices>{rows, cols});
}

/// Collapses a parameter of the normalized shape to 1-D.
Value collapseTo1D(OpBuilder &b, Location loc, Value value) {
  if (!value)
    return value;
  int64_t rank = cast<RankedTensorType>(value.getType()).getRank();
  if (rank == 1)
    return value;
  ReassociationIndices all;
  for (int64_t dim = 0; dim < rank; ++dim)
    all.push_back(dim);
  return tensor::CollapseShapeOp::create(b, loc, value,
                                         ArrayRef<ReassociationIndices>{all});
}

/// Expands a 2-D result back to the shape of `like`.
Value expandLike(OpBuilder &b, Location loc, Value value, Value like,
                 int64_t axis) {
  auto type = cast<RankedTensorType>(like.getType());
  int64_t rank = type.getRank();
  if (rank == 2 && axis == 1)
    return value;
  ReassociationIndices rows, cols;
  for (int64_t dim = 0; dim < rank; ++dim)
    (dim < axis ? rows : cols).push_back(dim);
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, like);
  return tensor::ExpandShapeOp::create(
      b, loc, type, value, ArrayRef<ReassociationIndices>{rows, cols}, sizes);
}

Value extractRow(OpBuilder &b, Location loc, Value matrix, Value row,
                 OpFoldResult length) {
  auto type = cast<RankedTensorType>(matrix.getType());
  auto rowType =
      RankedTensorType::get({type.getDimSize(1)}, type.getElementType());
  OpFoldResult one = b.getIndexAttr(1);
  return tensor::ExtractSliceOp::create(
      b, loc, rowType, matrix, ArrayRef<OpFoldResult>{row, b.getIndexAttr(0)},
      ArrayRef<OpFoldResult>{one, length}, ArrayRef<OpFoldResult>{one, one});
}

void checkSameSize(OpBuilder &b, Location loc, Value lhs, Value rhs,
                   StringRef what) {
  if (!lhs || !rhs || lhs == rhs)
    return;
  auto lhsType = cast<RankedTensorType>(lhs.getType());
  auto rhsType = cast<RankedTensorType>(rhs.getType());
  for (int64_t dim = 0; dim < lhsType.getRank(); ++dim) {
    if (!lhsType.isDynamicDim(dim) && !rhsType.isDynamicDim(dim))
      continue;
    Value l = tensor::DimOp::create(b, loc, lhs, dim);
    Value r = tensor::DimOp::create(b, loc, rhs, dim);
    Value same = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, l, r);
    cf::AssertOp::create(
        b, loc, same,
        (what + " at run time (dimension " + Twine(dim) + ")").str());
  }
}

/// Whether `value` is a slice whose innermost stride is not 1: rows of it
/// are not contiguous after bufferization, and a vector transfer of a row
/// would not lower to vector loads.
bool hasStridedRows(Value value) {
  auto slice = value ? value.getDefiningOp<tensor::ExtractSliceOp>()
                     : tensor::ExtractSliceOp();
  if (!slice)
    return false;
  std::optional<int64_t> stride =
      getConstantIntValue(slice.getMixedStrides().back());
  return !stride || *stride != 1;
}

/// A contiguous copy of an input with strided rows (correct, if slower).
Value contiguousInput(OpBuilder &b, Location loc, Value value) {
  if (!hasStridedRows(value))
    return value;
  Value empty = createEmptyLike(b, loc, value);
  return linalg::CopyOp::create(b, loc, value, empty).getResult(0);
}

/// A destination for an output: a fresh tensor instead of a strided slice
/// (the init's contents are never read).
Value contiguousInit(OpBuilder &b, Location loc, Value value) {
  if (!hasStridedRows(value))
    return value;
  return createEmptyLike(b, loc, value);
}

/// Emits the whole kernel; returns {y, h} (h null for plain norms), in the
/// original shapes.
std::pair<Value, Value> buildRowNorm(OpBuilder &b, Location loc,
                                     RowNormSpec spec, int64_t lanes) {
  for (Value *input : {&spec.input, &spec.residual, &spec.addBias, &spec.scale,
                       &spec.bias, &spec.innerScale, &spec.innerBias})
    *input = *input ? contiguousInput(b, loc, *input) : Value();
  spec.y = contiguousInit(b, loc, spec.y);
  if (spec.h)
    spec.h = contiguousInit(b, loc, spec.h);
  Type computeType = getComputeType(spec.input);
  Twine name = spec.opName;
  // One collapsed value per distinct operand, so that an output initialized
  // with an input (h over the sublayer output, y over x) is recognized below.
  DenseMap<Value, Value> collapsed;
  auto collapse = [&](Value value) -> Value {
    if (!value)
      return value;
    Value &entry = collapsed[value];
    if (!entry)
      entry = collapseTo2D(b, loc, value, spec.axis);
    return entry;
  };
  Value x2 = collapse(spec.input);
  Value r2 = collapse(spec.residual);
  Value y2 = collapse(spec.y);
  Value h2 = collapse(spec.h);
  Value scale = collapseTo1D(b, loc, spec.scale);
  Value bias = collapseTo1D(b, loc, spec.bias);
  Value addBias = collapseTo1D(b, loc, spec.addBias);
  Value innerScale = collapseTo1D(b, loc, spec.innerScale);
  Value innerBias = collapseTo1D(b, loc, spec.innerBias);
  Type xElement = cast<RankedTensorType>(x2.getType()).getElementType();

  Value rows = tensor::DimOp::create(b, loc, x2, 0);
  Value length = tensor::DimOp::create(b, loc, x2, 1);
  // Static where the row length is static, so slices keep static types.
  OpFoldResult rowLength = tensor::getMixedSize(b, loc, x2, 1);
  checkSameSize(b, loc, x2, y2, (name + ": y does not match the input").str());
  checkSameSize(b, loc, x2, r2,
                (name + ": residual does not match the input").str());
  checkSameSize(b, loc, x2, h2, (name + ": h does not match the input").str());
  for (auto [param, what] : {std::pair<Value, StringRef>{scale, "scale"},
                             {bias, "bias"},
                             {addBias, "add_bias"},
                             {innerScale, "inner_scale"},
                             {innerBias, "inner_bias"}}) {
    if (!param)
      continue;
    Value size = tensor::DimOp::create(b, loc, param, 0);
    Value same =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, size, length);
    cf::AssertOp::create(b, loc, same,
                         (name + ": " + what +
                          " does not match the normalized shape at run time")
                             .str());
  }
  Value zeroIndex = arith::ConstantIndexOp::create(b, loc, 0);
  Value nonEmpty = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne,
                                         length, zeroIndex);
  cf::AssertOp::create(b, loc, nonEmpty,
                       (name + ": the reduced size N is 0 at run time").str());

  SmallVector<Value> shared = {y2};
  if (h2)
    shared.push_back(h2);
  auto forall = scf::ForallOp::create(
      b, loc, ArrayRef<OpFoldResult>{rows}, shared, std::nullopt,
      [&](OpBuilder &nb, Location nl, ValueRange args) {
        Value row = args[0];
        // An input that is also an output's init is read through the shared
        // output: each element is read before it is overwritten, so the
        // update is in place instead of a copy of the whole tensor.
        auto readable = [&](Value matrix) {
          if (matrix == y2)
            return args[1];
          if (h2 && matrix == h2)
            return args[2];
          return matrix;
        };
        RowKernelBuilder k(nb, nl, length, lanes, computeType);
        Value count = arith::UIToFPOp::create(
            nb, nl, computeType,
            arith::IndexCastOp::create(nb, nl, nb.getI64Type(), length));
        // Per-row statistics of `statRow` (a row of x, h, or the Sandwich
        // input): LayerNorm's shift K, mean - K and rstd, or RMSNorm's rstd.
        struct RowStatistics {
          Value shift, meanOffset, rstd;
        };
        // LayerNorm's shift K: the first element of the (stored) row.
        auto firstElement = [&](Value statRow) {
          Value first =
              tensor::ExtractOp::create(nb, nl, statRow, ValueRange{zeroIndex});
          return k.splat(nb, nl, convertFloat(nb, nl, first, computeType));
        };
        // One chunk's contribution to sum(d) and sum(d^2), d = x - K
        // (- center).
        auto accumulateShifted = [&](OpBuilder &lb, Location ll,
                                     RowKernelBuilder &kb, Value chunk,
                                     Value shift, Value center, Value mask,
                                     ValueRange sums) -> SmallVector<Value> {
          Value d = arith::SubFOp::create(lb, ll, chunk, shift);
          if (center)
            d = arith::SubFOp::create(lb, ll, d, center);
          d = kb.masked(lb, ll, d, mask);
          return {arith::AddFOp::create(lb, ll, sums[0], d),
                  vector::FMAOp::create(lb, ll, d, d, sums[1])};
        };
        // One pass over a row: sum(d) and sum(d^2). K is a sample of the
        // row, so the shifted one-pass variance keeps its digits unless K
        // lies far from the mean.
        auto shiftedSums = [&](RowKernelBuilder &kb, Value statRow, Value shift,
                               Value center) {
          return kb.loop({kb.zeroVector(), kb.zeroVector()},
                         [&](OpBuilder &lb, Location ll, Value offset,
                             Value mask,
                             ValueRange iters) -> SmallVector<Value> {
                           Value chunk = kb.read(lb, ll, statRow, offset, mask);
                           return accumulateShifted(lb, ll, kb, chunk, shift,
                                                    center, mask, iters);
                         });
        };
        // (mean - K, var) from sums of d and d^2 relative to `base`.
        auto moments = [&](OpBuilder &mb, Location ml, RowKernelBuilder &kb,
                           ArrayRef<Value> sums, Value base) {
          Value m = arith::DivFOp::create(mb, ml, kb.reduce(sums[0]), count);
          Value q = arith::DivFOp::create(mb, ml, kb.reduce(sums[1]), count);
          Value v = arith::SubFOp::create(mb, ml, q,
                                          arith::MulFOp::create(mb, ml, m, m));
          if (base)
            m = arith::AddFOp::create(mb, ml, base, m);
          return std::make_pair(m, v);
        };
        // LayerNorm's mean - K and rstd from the one-pass sums; far means
        // ((mean - K)^2 > 16 var) take a second, corrected pass over the
        // cached row (Chan, Golub and LeVeque).
        auto finishLayerNorm = [&](Value statRow, Value shift,
                                   ArrayRef<Value> sums, double epsilon) {
          Value offset1, var1;
          std::tie(offset1, var1) = moments(nb, nl, k, sums, Value());
          Value far = arith::CmpFOp::create(
              nb, nl, arith::CmpFPredicate::OGT,
              arith::MulFOp::create(nb, nl, offset1, offset1),
              arith::MulFOp::create(nb, nl, var1, k.scalar(16.0)));
          auto corrected = scf::IfOp::create(
              nb, nl, far,
              [&](OpBuilder &tb, Location tl) {
                RowKernelBuilder kt(tb, tl, length, lanes, computeType);
                SmallVector<Value> sums2 =
                    shiftedSums(kt, statRow, shift, kt.splat(tb, tl, offset1));
                auto [offset2, var2] = moments(tb, tl, kt, sums2, offset1);
                scf::YieldOp::create(tb, tl, ValueRange{offset2, var2});
              },
              [&](OpBuilder &eb, Location el) {
                scf::YieldOp::create(eb, el, ValueRange{offset1, var1});
              });
          Value var = arith::MaximumFOp::create(nb, nl, corrected.getResult(1),
                                                k.scalar(0.0));
          Value rstd = math::RsqrtOp::create(
              nb, nl, arith::AddFOp::create(nb, nl, var, k.scalar(epsilon)));
          return std::make_pair(corrected.getResult(0), rstd);
        };
        auto finishRMSNorm = [&](Value sumSquares, double epsilon) {
          Value meanSquare =
              arith::DivFOp::create(nb, nl, k.reduce(sumSquares), count);
          return math::RsqrtOp::create(nb, nl,
                                       arith::AddFOp::create(nb, nl, meanSquare,
                                                             k.scalar(epsilon)))
              .getResult();
        };
        // Per-row statistics of `statRow` (a row of x, h, or the Sandwich
        // input): LayerNorm's shift K, mean - K and rstd, or RMSNorm's rstd.
        auto statistics = [&](Value statRow, double epsilon) -> RowStatistics {
          if (spec.layerNorm) {
            Value shift = firstElement(statRow);
            SmallVector<Value> sums = shiftedSums(k, statRow, shift, Value());
            auto [meanOffset, rstd] =
                finishLayerNorm(statRow, shift, sums, epsilon);
            return {shift, meanOffset, rstd};
          }
          Value sumSquares =
              k.loop({k.zeroVector()},
                     [&](OpBuilder &lb, Location ll, Value offset, Value mask,
                         ValueRange iters) -> SmallVector<Value> {
                       Value v = k.masked(
                           lb, ll, k.read(lb, ll, statRow, offset, mask), mask);
                       return {vector::FMAOp::create(lb, ll, v, v, iters[0])
                                   .getResult()};
                     })
                  .front();
          return {Value(), Value(), finishRMSNorm(sumSquares, epsilon)};
        };
        // The normalized chunk `v` of a row with `stats`, `gamma` (+ offset)
        // and `beta`.
        auto normalize = [&](OpBuilder &lb, Location ll, Value v,
                             const RowStatistics &stats, Value gamma,
                             Value beta, Value offset, Value mask) {
          if (stats.shift) {
            v = arith::SubFOp::create(lb, ll, v, stats.shift);
            v = arith::SubFOp::create(lb, ll, v,
                                      k.splat(lb, ll, stats.meanOffset));
          }
          // y = v * (rstd * gamma) + beta: one multiply and one FMA per
          // chunk.
          Value factor = k.splat(lb, ll, stats.rstd);
          if (gamma) {
            Value g = k.read(lb, ll, gamma, offset, mask);
            if (spec.offset != 0.0)
              g = arith::AddFOp::create(
                  lb, ll, g,
                  k.splat(
                      lb, ll,
                      arith::ConstantOp::create(
                          lb, ll, lb.getFloatAttr(computeType, spec.offset))));
            factor = arith::MulFOp::create(lb, ll, factor, g);
          }
          if (beta)
            return Value(vector::FMAOp::create(
                lb, ll, v, factor, k.read(lb, ll, beta, offset, mask)));
          return Value(arith::MulFOp::create(lb, ll, v, factor));
        };
        Value xRow = extractRow(nb, nl, readable(x2), row, rowLength);
        Value yRow = extractRow(nb, nl, args[1], row, rowLength);

        // The values to normalize: x, or h = alpha * r + x (+ bias) written
        // to the h output on the way.
        Value source = xRow;
        Value hRowOut;
        std::optional<RowStatistics> innerStats;
        if (spec.innerNorm)
          innerStats = statistics(xRow, spec.innerEpsilon);
        if (r2) {
          Value rRow = extractRow(nb, nl, readable(r2), row, rowLength);
          Value hRow = extractRow(nb, nl, args[2], row, rowLength);
          hRowOut =
              k.loop(
                   {hRow},
                   [&](OpBuilder &lb, Location ll, Value offset, Value mask,
                       ValueRange iters) -> SmallVector<Value> {
                     // Operands that share h's storage are read from the
                     // row being written, element before element.
                     Value rIn = readable(r2) == args[2] ? iters[0] : rRow;
                     Value xIn = readable(x2) == args[2] ? iters[0] : xRow;
                     Value sum = k.read(lb, ll, rIn, offset, mask);
                     if (spec.alpha != 1.0)
                       sum = arith::MulFOp::create(
                           lb, ll, sum,
                           k.splat(
                               lb, ll,
                               arith::ConstantOp::create(
                                   lb, ll,
                                   lb.getFloatAttr(computeType, spec.alpha))));
                     Value xv = k.read(lb, ll, xIn, offset, mask);
                     if (innerStats) {
                       // Sandwich-LN: the input's own norm, rounded as the
                       // unfused op would store it.
                       xv = normalize(lb, ll, xv, *innerStats, innerScale,
                                      innerBias, offset, mask);
                       xv = convertFloat(
                           lb, ll,
                           convertFloat(lb, ll, xv, k.vectorOf(xElement)),
                           k.computeVector());
                     }
                     sum = arith::AddFOp::create(lb, ll, sum, xv);
                     if (addBias)
                       sum = arith::AddFOp::create(
                           lb, ll, sum, k.read(lb, ll, addBias, offset, mask));
                     return {k.write(lb, ll, sum, iters[0], offset, mask)};
                   })
                  .front();
          source = hRowOut;
        }

        RowStatistics stats = statistics(source, spec.epsilon);
        Value yRowOut =
            k.loop({yRow},
                   [&](OpBuilder &lb, Location ll, Value offset, Value mask,
                       ValueRange iters) -> SmallVector<Value> {
                     // y written over x: read x from the row being written.
                     bool inPlace = source == xRow && readable(x2) == args[1];
                     Value v = k.read(lb, ll, inPlace ? iters[0] : source,
                                      offset, mask);
                     v = normalize(lb, ll, v, stats, scale, bias, offset, mask);
                     return {k.write(lb, ll, v, iters[0], offset, mask)};
                   })
                .front();

        auto terminator = scf::InParallelOp::create(nb, nl);
        OpBuilder::InsertionGuard guard(nb);
        nb.setInsertionPointToStart(terminator.getBody());
        OpFoldResult one = nb.getIndexAttr(1);
        SmallVector<OpFoldResult> offsets = {row, nb.getIndexAttr(0)};
        SmallVector<OpFoldResult> sizes = {one, rowLength};
        SmallVector<OpFoldResult> strides = {one, one};
        tensor::ParallelInsertSliceOp::create(nb, nl, yRowOut, args[1], offsets,
                                              sizes, strides);
        if (hRowOut)
          tensor::ParallelInsertSliceOp::create(nb, nl, hRowOut, args[2],
                                                offsets, sizes, strides);
      });
  Value y = expandLike(b, loc, forall.getResult(0), spec.y, spec.axis);
  Value h = spec.h ? expandLike(b, loc, forall.getResult(1), spec.h, spec.axis)
                   : Value();
  return {y, h};
}

/// Only ops normalized over at least one trailing dim with leading dims, and
/// without statistics results, take this path; the rest stay for the linalg
/// lowering.
LogicalResult checkSupported(PatternRewriter &rewriter, Operation *op,
                             int64_t axis) {
  if (!cast<DestinationStyleOpInterface>(op).hasPureTensorSemantics())
    return rewriter.notifyMatchFailure(op, "memref operands");
  if (axis < 1)
    return rewriter.notifyMatchFailure(op, "no leading (row) dimension");
  return success();
}

/// Every row-wise norm (plain, fused, Sandwich-LN) through buildRowNorm.
/// Sandwich-LN runs in one kernel: the input's statistics, then h =
/// residual + Norm(input) written in the pass that reads both, then y.
template <typename OpTy> struct RowNormToCPU : OpRewritePattern<OpTy> {
  RowNormToCPU(MLIRContext *ctx, int64_t lanes)
      : OpRewritePattern<OpTy>(ctx), lanes(lanes) {}
  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    std::optional<RowNormOperands> operands = getRowNormOperands(op);
    if (!operands)
      return rewriter.notifyMatchFailure(op, "statistics results");
    if (failed(checkSupported(rewriter, op, operands->axis)))
      return failure();
    RowNormSpec spec;
    static_cast<RowNormOperands &>(spec) = *operands;
    spec.opName = op->getName().getStringRef().str();
    auto [y, h] = buildRowNorm(rewriter, op.getLoc(), spec, lanes);
    if (h)
      rewriter.replaceOp(op, {y, h});
    else
      rewriter.replaceOp(op, y);
    return success();
  }
  int64_t lanes;
};

/// DeepNorm takes the fused add + LayerNorm kernel as the op it denotes.
struct DeepNormToCPU : OpRewritePattern<DeepNormOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(DeepNormOp op,
                                PatternRewriter &rewriter) const override {
    if (failed(checkSupported(rewriter, op, op.getNormalizedAxis())))
      return failure();
    rewriteDeepNormAsAddLayerNorm(rewriter, op);
    return success();
  }
};

struct ConvertNormToCPUPass
    : norm::impl::ConvertNormToCPUBase<ConvertNormToCPUPass> {
  using Base::Base;
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    NormToCPUOptions options;
    options.vectorWidth = vectorWidth;
    options.unroll = unroll;
    populateNormToCPUPatterns(patterns, options);
    // Patterns create no norm ops except DeepNorm's add_layer_norm, which
    // must be lowered in turn.
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace

void mlir::norm::populateNormToCPUPatterns(RewritePatternSet &patterns,
                                           const NormToCPUOptions &options) {
  int64_t width =
      options.vectorWidth > 0 ? options.vectorWidth : getHostVectorWidth();
  int64_t lanes = width * std::max<int64_t>(options.unroll, 1);
  MLIRContext *ctx = patterns.getContext();
  patterns.add<RowNormToCPU<LayerNormOp>, RowNormToCPU<RMSNormOp>,
               RowNormToCPU<AddLayerNormOp>, RowNormToCPU<AddRMSNormOp>,
               RowNormToCPU<SandwichNormOp>>(ctx, lanes);
  patterns.add<DeepNormToCPU>(ctx);
}
